// Browser storage and working files for ui/shell/autosave (called from web/storage.cpp).
//
// Runs inside the Emscripten module (--pre-js), so the _ft_* exports are in scope once it has started.
// Quirks handled here, each seen in Chromium:
// - localStorage throws (rather than returning null) when the user or a policy blocks site data, and on
//   file:// every local page in the profile shares one storage area; every access is guarded.
// - Other tabs' writes arrive only as `storage` events (never in the tab that wrote), and the frame loop
//   sleeps when idle, so the event wakes it: the app then sees the newer revision at once.
// - `beforeunload` shows the browser's own question only when the handler calls preventDefault() (and,
//   for older Chromium, sets returnValue); the wording is the browser's, never ours.
// - The File System Access API (showSaveFilePicker / showOpenFilePicker) exists in Chrome and Edge, also
//   on file://; Firefox and Safari lack it, and the app then downloads as before. A picker the user closes
//   rejects with AbortError, which is not an error. A file picked to open is read-only until the user grants
//   write access, which needs the click's user activation, so permission is asked for at once.
Module['ftStorage'] = (function () {
  var handle = null;
  var leaveWarning = false;
  var id = (function () {
    var bytes = new Uint8Array(8);
    (window.crypto || {}).getRandomValues ? window.crypto.getRandomValues(bytes) : bytes.forEach(function (_, i) { bytes[i] = Math.random() * 256; });
    return 'tab-' + Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
  })();

  function str(s) {
    var n = lengthBytesUTF8(s) + 1, p = _malloc(n);
    stringToUTF8(s, p, n);
    return p;
  }
  // Tells the app about the working file; returns what it answered (1: the opened file was accepted).
  function event(kind, name, detail) {
    detail = detail || '';
    var k = str(kind), n = str(name || ''), d = str(detail);
    try { return _ft_working_file(k, n, d, lengthBytesUTF8(detail)); } finally { _free(k); _free(n); _free(d); }
  }
  function reason(e) { return (e && (e.message || e.name)) || String(e); }
  var types = [{ description: 'fairterms workspace', accept: { 'application/json': ['.json'] } }];

  window.addEventListener('storage', function (e) {
    if (e.key === null || String(e.key).indexOf('fairterms.') === 0) _ft_wake();
  });
  window.addEventListener('beforeunload', function (e) {
    if (!leaveWarning) return;
    e.preventDefault();
    e.returnValue = '';
  });

  return {
    instanceId: function () { return id; },
    // Which copy of fairterms this is: its path on this computer (or its address when served).
    copyLocation: function () {
      try {
        return location.protocol === 'file:' ? decodeURIComponent(location.pathname) : location.origin + location.pathname;
      } catch (e) { return ''; }
    },
    keys: function (prefix) {
      var out = [];
      try {
        for (var i = 0; i < localStorage.length; i++) {
          var k = localStorage.key(i);
          if (k !== null && k.indexOf(prefix) === 0) out.push(k);
        }
      } catch (e) { /* blocked: nothing to list */ }
      return out;
    },
    remove: function (key) { try { localStorage.removeItem(key); } catch (e) { /* blocked */ } },
    setLeaveWarning: function (on) { leaveWarning = !!on; },
    hasWorkingFiles: function () {
      return typeof window.showSaveFilePicker === 'function' && typeof window.showOpenFilePicker === 'function';
    },
    choose: function (suggestedName) {
      window.showSaveFilePicker({ suggestedName: suggestedName, types: types }).then(function (h) {
        handle = h;
        event('chosen', h.name, '');
        _ft_wake();
      }, function (e) {
        event(e && e.name === 'AbortError' ? 'cancelled' : 'failed', '', reason(e));
        _ft_wake();
      });
    },
    open: function () {
      window.showOpenFilePicker({ types: types, multiple: false }).then(function (picked) {
        var h = picked[0];
        var asked = h.requestPermission ? h.requestPermission({ mode: 'readwrite' }).catch(function () {}) : Promise.resolve();
        return asked.then(function () { return h.getFile(); }).then(function (f) { return f.text(); }).then(function (text) {
          if (event('opened', h.name, text)) handle = h;
          _ft_wake();
        });
      }).catch(function (e) {
        if (!(e && e.name === 'AbortError')) event('failed', '', reason(e));
        _ft_wake();
      });
    },
    write: function (text) {
      var h = handle;
      // Never answered from inside the app's own call: the news always arrives later, as from the file.
      if (!h) { Promise.resolve().then(function () { event('failed', '', 'no file is chosen'); _ft_wake(); }); return; }
      h.createWritable().then(function (w) {
        return w.write(text).then(function () { return w.close(); });
      }).then(function () {
        event('written', h.name, '');
        _ft_wake();
      }, function (e) {
        event('failed', h.name, reason(e));
        _ft_wake();
      });
    },
    drop: function () { handle = null; },
    timeOfDay: function () {
      var d = new Date();
      return String(d.getHours()).padStart(2, '0') + ':' + String(d.getMinutes()).padStart(2, '0');
    }
  };
})();
