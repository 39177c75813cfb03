// The accessibility mirror: ui/'s semantic nodes as a hidden, positioned DOM tree over the canvas.
//
// One element per node, with its native element or ARIA role, placed on the node's rectangle (CSS pixels),
// transparent and pointer-events: none, so the mouse still reaches the canvas while screen readers and the
// keyboard get real controls. Updated by a diff keyed on the node id, only after frames whose nodes changed;
// an element, once made, stays the same element (a screen reader keeps its place). While a text field has
// focus its element becomes a visible <input> or <textarea> styled like the app, and edits go to ui/ whole.
// Runs inside the Emscripten module (--pre-js), so the _ft_sem_* exports are in scope once it has started.
Module['ftMirror'] = (function () {
  var root = null, regions = {}, els = new Map(), listboxes = new Map();
  // Rows and cells of tables, made here (ui/ gives each node its table, row and column): key -> element.
  var rows = new Map(), cells = new Map();
  var stats = {updates: 0, totalMs: 0, maxMs: 0, lastMs: 0, nodes: 0, listMs: 0, fullUpdates: 0};
  var polite = null, assertive = null, keysDialog = null;
  var scale = 1;   // the UI size choice: node rectangles (display units) x scale = CSS pixels
  // A frame's update waits in a task of its own so the frame is painted first (web/mirror.cpp). A
  // MessageChannel message, not setTimeout: it runs as soon as the frame is done, with no 4 ms clamp.
  var waiting = false, channel = null;
  function flushSoon() {
    waiting = false;
    _ft_mirror_flush(1);
  }
  function flushNow(e) {
    // A press or click on the canvas is ImGui's and needs no page; one on a mirror element (a screen
    // reader's activation) does.
    if (e.target && e.target.id === 'canvas') return;
    waiting = false;
    _ft_mirror_flush(0);
  }

  function str(s) {
    var n = lengthBytesUTF8(s) + 1, p = _malloc(n);
    stringToUTF8(s, p, n);
    return p;
  }
  function idOf(el) { return Number(el.dataset.id) >>> 0; }

  function tagFor(n) {
    switch (n.role) {
      case 'button': return n.expanded === undefined ? 'button' : 'button';
      case 'combobox': return 'button';
      case 'link': return 'a';
      case 'checkbox': case 'radio': return 'input';
      case 'textbox': return n.multiline ? 'textarea' : 'input';
      case 'heading': return 'h' + Math.min(Math.max(n.level || 2, 1), 6);
      case 'table': case 'img': return 'div';
      case 'cell': return 'span';
      default: return n.role === 'option' || n.role === 'slider' ? 'div' : 'p';
    }
  }

  function make(n) {
    var el = document.createElement(tagFor(n));
    el.dataset.id = String(n.id);
    el.className = 'ft-node';
    if (n.role === 'checkbox' || n.role === 'radio') el.type = n.role;
    if (n.role === 'textbox') {
      if (!n.multiline) el.type = 'text';
      el.className += ' ft-edit';
      el.autocomplete = 'off';
      el.lang = 'en-GB';
      el.spellcheck = !!n.prose;
      el.addEventListener('input', function () {
        var p = str(el.value);
        _ft_sem_text(idOf(el), p);
        _free(p);
      });
    }
    if (n.role === 'button' || n.role === 'combobox') el.type = 'button';
    if (n.role === 'link') el.href = '#';
    if (n.role === 'option') { el.setAttribute('role', 'option'); el.tabIndex = 0; }
    if (n.role === 'slider') { el.setAttribute('role', 'slider'); el.tabIndex = 0; }
    if (n.role === 'combobox') el.setAttribute('aria-haspopup', 'listbox');
    // A table is a static box: its cells' nodes are placed on the page by their own rectangles.
    if (n.role === 'table') { el.setAttribute('role', 'table'); el.className = 'ft-node ft-table'; }
    if (n.role === 'img') el.setAttribute('role', 'img');
    el._n = {};
    return el;
  }

  function setAttr(el, name, value) {
    if (value === undefined || value === null || value === false) {
      if (el.hasAttribute(name)) el.removeAttribute(name);
    } else if (el.getAttribute(name) !== String(value)) {
      el.setAttribute(name, String(value));
    }
  }

  // Writes the element's rectangle (CSS pixels) where it differs from `o`, the node it last showed.
  function placeRect(el, o, n) {
    var rescaled = el._s !== scale;
    if (rescaled || o.x !== n.x) el.style.left = n.x * scale + 'px';
    if (rescaled || o.y !== n.y) el.style.top = n.y * scale + 'px';
    if (rescaled || o.w !== n.w) el.style.width = Math.max(n.w * scale, 1) + 'px';
    if (rescaled || o.h !== n.h) el.style.height = Math.max(n.h * scale, 1) + 'px';
    el._s = scale;
  }

  // Applies only what differs from the element's last node.
  function update(el, n) {
    var o = el._n;
    if (n.role === 'table' || n.role === 'img') {
      if (o.name !== n.name) setAttr(el, 'aria-label', n.name || null);
      if (n.role === 'table') { el._n = n; return; }
    }
    // Only what moved is written: scrolling moves every node on a list but changes only its top, and each
    // write is a call into the browser (issue 14).
    placeRect(el, o, n);
    var label = n.name;
    if (n.role === 'combobox') label = n.name ? n.name + ': ' + (n.value || '') : (n.value || '');
    if (n.role === 'textbox' || n.role === 'checkbox' || n.role === 'radio' || n.role === 'slider') {
      if (o.name !== n.name) setAttr(el, 'aria-label', n.name || 'Field');
      if (n.role === 'textbox' && o.value !== n.value && document.activeElement !== el) el.value = n.value || '';
    } else if (n.role === 'img') {
      // named by aria-label; no text inside
    } else if (o.name !== label || o.role !== n.role) {
      el.textContent = label || '';
    }
    if (n.role === 'checkbox' || n.role === 'radio') el.checked = !!n.checked;
    if (n.role === 'radio' && o.group !== n.group) el.name = 'ft-group-' + n.group;
    if (n.role === 'slider') { setAttr(el, 'aria-valuenow', n.value); setAttr(el, 'aria-valuemin', 0); setAttr(el, 'aria-valuemax', 5); }
    if (n.role === 'link') setAttr(el, 'aria-current', n.selected ? 'page' : null);
    if (n.role === 'button') setAttr(el, 'aria-pressed', n.selected ? 'true' : null);
    if (n.role === 'option') setAttr(el, 'aria-selected', n.selected ? 'true' : 'false');
    if (n.role === 'combobox') setAttr(el, 'aria-expanded', n.expanded ? 'true' : 'false');
    if (el.disabled !== undefined && el.tagName !== 'P') el.disabled = !!n.disabled;
    setAttr(el, 'aria-readonly', n.readonly ? 'true' : null);
    if (n.role === 'textbox') el.readOnly = !!n.readonly;
    if (o.desc !== n.desc || o.invalid !== n.invalid) {
      var ids = [];
      if (n.desc) ids.push(describe(el, 'd', n.desc, false));
      else drop(el, 'd');
      if (n.invalid) ids.push(describe(el, 'e', n.invalid, true));
      else drop(el, 'e');
      setAttr(el, 'aria-describedby', ids.length ? ids.join(' ') : null);
      setAttr(el, 'aria-invalid', n.invalid ? 'true' : null);
    }
    el.classList.toggle('ft-truncated', !!n.truncated);
    if (n.truncated) setAttr(el, 'title', n.name); else setAttr(el, 'title', null);
    el._n = n;
  }

  // Descriptions (help, tooltips) and refusals are separate elements the field points at.
  function describe(el, kind, text, alert) {
    var id = 'ft-' + kind + '-' + el.dataset.id;
    // Looked up on the element too: a new element is described before it is placed in the document, when
    // el.after() does nothing and getElementById cannot find the description (render() places it then).
    var d = el['_' + kind] || document.getElementById(id);
    if (!d) {
      d = document.createElement('span');
      d.id = id;
      d.className = 'ft-desc';
      if (alert) d.setAttribute('role', 'alert');
    }
    el['_' + kind] = d;
    if (!d.isConnected && el.parentNode) el.after(d);
    if (d.textContent !== text) d.textContent = text;
    return id;
  }
  function drop(el, kind) {
    var d = el['_' + kind] || document.getElementById('ft-' + kind + '-' + el.dataset.id);
    if (d) d.remove();
    el['_' + kind] = null;
  }

  // Puts `el` at the container's next position (document order = node order), moving only what is out of place.
  // The cursor is the last element placed in the box (or the descriptions right after it), and the next
  // position is its next sibling: walked by siblings, not by index, because an index into box.children is
  // looked up again from the start after each insertion, which made a scroll that brought in a few rows cost
  // a walk of the whole list per node (issue 14: most of the placement pass on the capped Quote list).
  function place(box, el, cursor) {
    var prev = cursor.get(box);
    var want = prev ? prev.nextElementSibling : box.firstElementChild;
    while (want && want.classList.contains('ft-desc')) want = want.nextElementSibling;
    if (want !== el) box.insertBefore(el, want || null);
    // Descriptions made while the element was not yet in the document follow it now (see describe()).
    if (el._e && !el._e.isConnected) el.after(el._e);
    if (el._d && !el._d.isConnected) el.after(el._d);
    var last = el, next = el.nextElementSibling;
    while (next && next.classList.contains('ft-desc')) { last = next; next = next.nextElementSibling; }
    cursor.set(box, last);
  }

  // A node that only moved (a list scrolled): {id, m: 1, x, y, w, h}, everything else as the element's last
  // node. Only the rectangle is written; update() would compare every attribute to find nothing else.
  // The element's node is changed in place (nothing else holds it), so what was worked out from it stays.
  function moved(el, m) {
    var o = el._n;
    if (o.role !== 'table') placeRect(el, o, m);
    o.x = m.x; o.y = m.y; o.w = m.w; o.h = m.h;
    return o;
  }

  // A table node's row and cell keys ("table:row", "table:row:col"), made once per node.
  function rowKey(n) { return n._rk || (n._rk = n.t + ':' + n.r); }
  function cellKey(n) { return n._ck || (n._ck = n.t + ':' + n.r + ':' + n.c); }

  // The cell a node inside a table goes into: table > row > cell, made on first use and kept while used.
  function cellFor(n, cursor, used) {
    var table = els.get(n.t);
    if (!table) return null;
    var rk = rowKey(n), ck = cellKey(n);
    var row = rows.get(rk);
    if (!row) {
      row = document.createElement('div');
      row.setAttribute('role', 'row');
      row.className = 'ft-row';
      rows.set(rk, row);
    }
    if (!used.has(rk)) { used.add(rk); place(table, row, cursor); }
    var cell = cells.get(ck);
    if (!cell) {
      cell = document.createElement('div');
      cell.className = 'ft-cell';
      cells.set(ck, cell);
    }
    var role = n.header ? 'columnheader' : 'cell';
    if (cell.getAttribute('role') !== role) cell.setAttribute('role', role);
    if (!used.has(ck)) { used.add(ck); place(row, cell, cursor); }
    return cell;
  }

  function containerFor(n) {
    if (n.role === 'option' && n.p !== undefined) {
      var lb = listboxes.get(n.p);
      if (!lb) {
        lb = document.createElement('div');
        lb.setAttribute('role', 'listbox');
        lb.className = 'ft-listbox';
        listboxes.set(n.p, lb);
      }
      var combo = els.get(n.p);
      if (combo) lb.setAttribute('aria-label', combo._n.name || 'Options');
      if (lb.parentNode !== regions[n.region]) regions[n.region].appendChild(lb);
      return lb;
    }
    return regions[n.region] || regions.main;
  }

  // Takes out, before the placement pass, the elements, rows and cells that no node of this list uses
  // (the clean-up after the pass then finds little). Left in until after it, they sat before the elements
  // that follow them: when a list scrolled, each row that stayed found a row about to leave in its place
  // and was moved in front of it, so every visible row was moved in the document on every scroll
  // (issue 14: most of the mirror's 6 ms a frame on the capped Quote list). Removed first, the rows that
  // stay are already in order and only the rows that came into view are inserted.
  function dropUnused(nodes) {
    var ids = new Set(), keys = new Set();
    for (var i = 0; i < nodes.length; i++) {
      var n = nodes[i], el = els.get(n.id);
      ids.add(n.id);
      var m = n.s || n.m ? (el && el._n) : n;
      if (m && m.t !== undefined) { keys.add(rowKey(m)); keys.add(cellKey(m)); }
    }
    els.forEach(function (el, id) {
      if (!ids.has(id)) { drop(el, 'd'); drop(el, 'e'); el.remove(); els.delete(id); }
    });
    rows.forEach(function (row, k) { if (!keys.has(k)) { row.remove(); rows.delete(k); } });
    cells.forEach(function (cell, k) { if (!keys.has(k)) { cell.remove(); cells.delete(k); } });
  }

  var updating = false;   // true while render() moves elements (see the quirk there)
  function render(full) {
    var t0 = performance.now();
    // Only a focused mirror element can lose its focus by what render() does (it moves only those). Focus
    // elsewhere (the page itself, the canvas) is left alone: giving it back calls focus(), which makes the
    // browser bring style and layout up to date, and was a third of the mirror's cost per changed frame.
    var active = document.activeElement;
    if (active && !root.contains(active)) active = null;
    var nodes = JSON.parse(UTF8ToString(_ft_sem_nodes(full ? 0 : 1, 1)));
    stats.listMs += performance.now() - t0;   // the node list from ui/ (serialised and parsed), apart from DOM work
    // Same nodes in the same order as last time: only the changed ones came, and only they are touched
    // (no placement pass, no clean-up pass). Anything that would move an element goes the long way.
    if (!Array.isArray(nodes)) {
      var changedNodes = nodes.nodes, ok = true;
      for (var q = 0; q < changedNodes.length && ok; q++) {
        var cn = changedNodes[q], ce = els.get(cn.id);
        ok = !!ce && (!!cn.m || (tagFor(cn) === ce.tagName.toLowerCase() && cn.region === ce._n.region &&
             cn.t === ce._n.t && cn.r === ce._n.r && cn.c === ce._n.c && cn.p === ce._n.p && !!cn.header === !!ce._n.header));
      }
      if (!ok) return render(true);
      for (var u = 0; u < changedNodes.length; u++) {
        var un = changedNodes[u], ue = els.get(un.id), was = ue._n.expanded;
        if (un.m) { moved(ue, un); continue; }
        update(ue, un);
        if (un.role === 'combobox' && un.expanded && !was && document.activeElement === ue) {
          var ulb = listboxes.get(un.id), ufirst = ulb && (ulb.querySelector('[aria-selected="true"]') || ulb.firstElementChild);
          if (ufirst) ufirst.focus({preventScroll: true});
        }
      }
      finish(t0, stats.nodes);
      return;
    }
    // Unchanged nodes arrive as {id, s: 1}; if one has no element yet, start again from the full list.
    if (!full) {
      for (var k = 0; k < nodes.length; k++) if ((nodes[k].s || nodes[k].m) && !els.has(nodes[k].id)) return render(true);
    }
    // Quirk: moving or removing the focused element makes Chromium blur it, and giving focus back fires
    // focusin; both would reach ui/ as a focus change and scroll the widget back into view, so a wheel
    // scroll away from a clicked button would spring back. Focus events during the update are the mirror's
    // own doing and are not passed on.
    updating = true;
    stats.fullUpdates++;
    dropUnused(nodes);
    var seen = new Set(), usedBoxes = new Set(), usedCells = new Set();
    var cursor = new Map();   // container -> index of the next child position
    var focusCombo = null;
    for (var i = 0; i < nodes.length; i++) {
      var n = nodes[i];
      seen.add(n.id);
      var el = els.get(n.id);
      if (n.s) {
        n = el._n;
      } else if (n.m) {
        n = moved(el, n);
      } else {
        if (el && tagFor(n) !== el.tagName.toLowerCase()) { el.remove(); el = null; }
        if (!el) { el = make(n); els.set(n.id, el); }
      }
      var wasExpanded = el._n.expanded;
      if (el._n !== n) update(el, n);
      if (n.role === 'combobox' && n.expanded && !wasExpanded && document.activeElement === el) focusCombo = n.id;
      var box = (n.t !== undefined && cellFor(n, cursor, usedCells)) || containerFor(n);
      if (n.role === 'option') usedBoxes.add(n.p);
      // Keep document order equal to the node order (visual order); move only what is out of place.
      place(box, el, cursor);
    }
    // Rows and cells no node used this time go, and so does anything left after a container's last placed child
    // (a table's rows, a row's cells) that belongs to no node any more.
    rows.forEach(function (row, k) { if (!usedCells.has(k)) { row.remove(); rows.delete(k); } });
    cells.forEach(function (cell, k) { if (!usedCells.has(k)) { cell.remove(); cells.delete(k); } });
    els.forEach(function (el, id) {
      if (!seen.has(id)) {
        drop(el, 'd');
        drop(el, 'e');
        el.remove();
        els.delete(id);
      }
    });
    listboxes.forEach(function (lb, id) {
      if (!usedBoxes.has(id)) { lb.remove(); listboxes.delete(id); }
    });
    if (active && active !== document.activeElement && active.isConnected) active.focus({preventScroll: true});
    updating = false;
    if (focusCombo !== null) {
      var lb = listboxes.get(focusCombo);
      var first = lb && (lb.querySelector('[aria-selected="true"]') || lb.firstElementChild);
      if (first) first.focus({preventScroll: true});
    }
    // Moving a focused element in the document drops its focus; give it back.
    // Only when focus was lost (it fell to the body), not when it moved on purpose (into an opened list).
    var now = document.activeElement;
    if (active && active.isConnected && (!now || now === document.body)) active.focus({preventScroll: true});
    finish(t0, nodes.length);
  }

  function finish(t0, count) {
    var ms = performance.now() - t0;
    stats.updates++;
    stats.totalMs += ms;
    stats.lastMs = ms;
    stats.maxMs = Math.max(stats.maxMs, ms);
    stats.nodes = count;
  }

  function onFocusIn(e) {
    if (updating) return;
    var el = e.target.closest && e.target.closest('.ft-node');
    if (el) _ft_sem_focus(idOf(el));
  }
  function onFocusOut(e) {
    if (updating) return;
    if (!e.relatedTarget || !root.contains(e.relatedTarget)) _ft_sem_focus(0);
  }
  function onClick(e) {
    var el = e.target.closest && e.target.closest('.ft-node');
    if (!el) return;
    var role = el._n.role;
    if (role === 'link') e.preventDefault();
    if (role === 'button' || role === 'link' || role === 'combobox' || role === 'option') _ft_sem_activate(idOf(el));
  }
  function onChange(e) {
    var el = e.target;
    if (el.type === 'checkbox' || el.type === 'radio') {
      _ft_sem_activate(idOf(el));
      el.checked = !!el._n.checked;   // ui/ decides; the next update shows its answer
    }
  }
  function onKeyDown(e) {
    var el = e.target.closest && e.target.closest('.ft-node');
    if (e.key === 'Escape') {
      _ft_sem_escape();
      if (el && el._n.role === 'option' && el._n.p !== undefined) {
        var combo = els.get(el._n.p);
        if (combo) combo.focus({preventScroll: true});
      }
      return;
    }
    if (!el) return;
    var role = el._n.role;
    if (role === 'option' && e.key === 'Tab' && el._n.p !== undefined) {
      // Tab leaves an open list as it leaves any control: the list closes, the choice stays as it was (only
      // Enter, Space or a click choose), and Tab goes on from the list's own button (not prevented).
      _ft_sem_escape();
      // The list's options follow its button in the document until the next update removes them: out of
      // Tab's way now, so Tab does not land on one that is about to go (focus then fell to the page).
      var list = el.parentNode;
      if (list) for (var o = list.firstElementChild; o; o = o.nextElementSibling) o.tabIndex = -1;
      var box = els.get(el._n.p);
      if (box) box.focus({preventScroll: true});
      return;
    }
    if (role === 'option' && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      var owner = els.get(el._n.p);
      _ft_sem_activate(idOf(el));
      if (owner) owner.focus({preventScroll: true});
    } else if (role === 'option' && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
      e.preventDefault();
      var next = e.key === 'ArrowDown' ? el.nextElementSibling : el.previousElementSibling;
      if (next) next.focus({preventScroll: true});
    } else if (role === 'combobox' && e.key === 'ArrowDown' && !el._n.expanded) {
      e.preventDefault();
      _ft_sem_activate(idOf(el));
    }
  }

  // The panel remembers the control that had focus when it opened and gives focus back to it when it
  // closes (or, if that control has gone, to the first control of the screen), never to the page's body.
  var keysOpener = null;
  function showKeys(show) {
    if (show) {
      var a = document.activeElement;
      keysOpener = a && a !== document.body && a.id !== 'canvas' && !keysDialog.contains(a) ? a : null;
    }
    keysDialog.hidden = !show;
    if (show) { keysDialog.querySelector('button').focus(); return; }
    var back = keysOpener && keysOpener.isConnected ? keysOpener : regions.main.querySelector('button, a, input, textarea, [tabindex="0"]');
    keysOpener = null;
    if (back) back.focus();
  }

  function isTyping(el) {
    return el && (el.tagName === 'TEXTAREA' || (el.tagName === 'INPUT' && el.type === 'text'));
  }

  return {
    install: function (fontBytes) {
      root = document.getElementById('ft-mirror');
      regions = {
        banner: document.getElementById('ft-banner'),
        navigation: document.getElementById('ft-nav'),
        main: document.getElementById('ft-main'),
        messages: document.getElementById('ft-messages')
      };
      polite = document.getElementById('ft-polite');
      assertive = document.getElementById('ft-assertive');
      keysDialog = document.getElementById('ft-keys');
      root.addEventListener('focusin', onFocusIn);
      root.addEventListener('focusout', onFocusOut);
      channel = new MessageChannel();
      channel.port1.onmessage = flushSoon;
      // Input handled before a waiting update would meet the last frame's page (focus on the old element, a
      // field not yet placed): the window's capture phase runs before every other listener, so it goes first.
      ['keydown', 'keyup', 'beforeinput', 'paste', 'focusin', 'mousedown', 'mouseup', 'click', 'touchstart'].forEach(function (type) {
        window.addEventListener(type, flushNow, {capture: true, passive: true});
      });
      root.addEventListener('click', onClick);
      root.addEventListener('change', onChange);
      root.addEventListener('keydown', onKeyDown);
      // An overflow: hidden box still scrolls to show a focused child; the mirror must stay on its rectangles.
      root.addEventListener('scroll', function () { root.scrollTop = 0; root.scrollLeft = 0; });
      document.getElementById('ft-skip').addEventListener('click', function (e) {
        e.preventDefault();
        var first = regions.main.querySelector('button, a, input, textarea, [tabindex="0"]');
        if (first) first.focus();
      });
      keysDialog.querySelector('button').addEventListener('click', function () { showKeys(false); });
      document.addEventListener('keydown', function (e) {
        if (e.key === '?' && !isTyping(document.activeElement) && keysDialog.hidden) { e.preventDefault(); showKeys(true); }
        else if (e.key === 'Escape' && !keysDialog.hidden) showKeys(false);
      });
      // Undo and redo of committed steps. Inside a text field the browser's own undo works on its text, so the
      // app's undo applies only elsewhere (a mirror control, the page); Enter in a single-line field ends the
      // step being typed. Keys reaching the canvas itself are ImGui's (ui/shell/app.cpp reads them there).
      document.addEventListener('keydown', function (e) {
        var a = document.activeElement;
        if (e.key === 'Enter' && a && a.tagName === 'INPUT' && a.type === 'text' && root.contains(a)) { _ft_history(0); return; }
        if (!(e.ctrlKey || e.metaKey) || e.altKey || isTyping(a) || !a || a === document.body || a.id === 'canvas') return;
        var k = e.key.length === 1 ? e.key.toLowerCase() : '';
        if (k === 'z' || k === 'y') {
          e.preventDefault();
          _ft_history(k === 'y' || e.shiftKey ? 2 : 1);
        }
      });
      // A press on the canvas hands the keyboard back to the canvas; the clicked widget, if any, then
      // reports itself focused and its mirror element takes focus again.
      document.getElementById('canvas').addEventListener('mousedown', function () {
        var a = document.activeElement;
        if (a && root.contains(a)) a.blur();
      });
      // The text editor uses the app's own font (the embedded Noto Sans), loaded from memory: nothing is fetched.
      if (typeof FontFace === 'function') {
        var face = new FontFace('FT Noto Sans', fontBytes);
        face.load().then(function (f) { document.fonts.add(f); }, function () {});
      }
    },
    afterFrame: function (changed, focusId, said, uiScale) {
      var full = false;
      if (uiScale && uiScale !== scale) {
        scale = uiScale;
        root.style.fontSize = (16 * scale) + 'px';   // the DOM editor's text grows with everything else
        full = true;                                 // every element moves: take every node, not the delta
      }
      if (changed || full) render(full);
      if (focusId) {
        // ui/ moved its focus here (a click on the canvas, a screen's request): the browser's focus follows.
        // The focusin this fires is not passed back: ui/ already knows, and telling it again cost a pass and
        // two more frames after every click (issue 14).
        var el = els.get(focusId);
        if (el && document.activeElement !== el) {
          updating = true;
          el.focus({preventScroll: true});
          updating = false;
        }
      }
      if (said) {
        var a = JSON.parse(said);
        if (a.polite.length) polite.textContent = a.polite.join(' ');
        if (a.assertive.length) assertive.textContent = a.assertive.join(' ');
      }
    },
    post: function () {
      if (waiting || !channel) return;
      waiting = true;
      channel.port2.postMessage(0);
    },
    hasFocus: function () {
      var a = document.activeElement;
      return !!a && a !== document.body && a.id !== 'canvas';
    },
    stats: function () { return Object.assign({}, stats); },
    resetStats: function () { stats = {updates: 0, totalMs: 0, maxMs: 0, lastMs: 0, nodes: stats.nodes, listMs: 0, fullUpdates: 0}; }
  };
})();
