// Draws Dear ImGui's draw lists with the Canvas 2D API: the renderer for browsers with no WebGL (no GPU,
// a blocklisted driver, a virtual desktop, a browser that no longer falls back to software WebGL).
// Linked with --pre-js, so it shares the module's scope and its heap views (HEAP32, HEAPF32, HEAPU16...).
//
// One call per frame, draw(), reads the vertices and indices straight from wasm memory (the layout is
// described in canvas2d_renderer.cpp). What it does with them:
// - Solid triangles (all three texture coordinates on the atlas's white pixel) become paths. Runs of
//   triangles of the same colour go into one path and one fill(): fewer calls, and no hairline seams
//   where neighbouring triangles meet, which filling each one on its own would anti-alias into view.
//   Axis-aligned quads (two triangles) are added as rect(), much the commonest shape.
// - Textured quads are glyphs: drawImage() from a copy of the font atlas tinted to the text's colour.
//   Tinted copies are cached per colour (a few dozen colours in the app; the least recently used is
//   dropped past a limit). Any other textured triangle is drawn with an affine-mapped drawImage.
// - Clip rectangles become clip(), rounded to device pixels as the WebGL backend's glScissor does.
// - Only the part of the canvas that changed is redrawn (the C++ side works it out: canvas2d_damage.h). That
//   rectangle is cleared and everything touching it is drawn again, clipped to it; shapes and text runs wholly
//   outside it are skipped before any call into the browser. A press, a hover or a keystroke then costs the
//   browser a button's pixels, not the canvas's.
// - Triangles whose vertices differ in colour (gradients) cannot be shaded per vertex here; they take
//   the average of their corners. ImGui's anti-aliased fringes are such gradients, which is why the C++
//   side turns ImGui's anti-aliasing off in this mode.
var ftCanvas2D = (function () {
  var ctx = null;
  var atlas = null, atlasW = 0, atlasH = 0;
  var tints = new Map();     // 0xRRGGBB -> canvas holding the atlas in that colour
  var kMaxTints = 48;
  var lastTint = -1, lastTinted = null;
  var curAlpha = 1;          // ctx.globalAlpha as last set (reading it back is a call into the browser too)
  var styles = new Map();    // ABGR colour -> CSS colour string
  var counts = { whole: 0, partial: 0, lastShare: 0 };   // for the tests: redraws whole and partial
  // The rectangle being redrawn, in display pixels (as vertices are) and device pixels (as glyph runs are);
  // culling is false for a whole redraw.
  var culling = false, cullX0 = 0, cullY0 = 0, cullX1 = 0, cullY1 = 0, cullDx0 = 0, cullDy0 = 0, cullDx1 = 0, cullDy1 = 0;
  function outside(x0, y0, x1, y1) { return culling && (x1 < cullX0 || x0 > cullX1 || y1 < cullY0 || y0 > cullY1); }

  function start(canvas) {
    try {
      ctx = canvas.getContext('2d', { alpha: false });
    } catch (e) {
      ctx = null;
    }
    // Quirk: Chromium may drop a 2D canvas's pixels (a background tab short of memory, a GPU reset) and
    // restore the context blank. Only changed parts are redrawn, and an idle page draws nothing, so the
    // app is told to redraw all of it. (The bench's bare page has no such export.)
    if (ctx) canvas.addEventListener('contextrestored', function () {
      if (typeof _ft_canvas_cleared === 'function') _ft_canvas_cleared();
    });
    return !!ctx;
  }

  // The atlas arrives as 8-bit coverage; it becomes white pixels with that alpha, ready to tint.
  function setAtlas(ptr, w, h) {
    var c = document.createElement('canvas');
    c.width = w;
    c.height = h;
    var cctx = c.getContext('2d');
    var img = cctx.createImageData(w, h);
    var px = img.data, src = HEAPU8;
    for (var i = 0, n = w * h; i < n; i++) {
      px[i * 4] = 255; px[i * 4 + 1] = 255; px[i * 4 + 2] = 255;
      px[i * 4 + 3] = src[ptr + i];
    }
    cctx.putImageData(img, 0, 0);
    atlas = c;
    atlasW = w;
    atlasH = h;
    tints.forEach(function (t) { if (t.close) t.close(); });
    tints.clear();
    runCache.forEach(function (b) { b.close(); });
    runCache.clear();
    runCachePixels = 0;
    lastTint = -1;
    lastTinted = null;
  }

  function style(col) {
    var s = styles.get(col);
    if (s === undefined) {
      s = 'rgba(' + (col & 255) + ',' + ((col >>> 8) & 255) + ',' + ((col >>> 16) & 255) + ',' + ((col >>> 24) / 255) + ')';
      styles.set(col, s);
    }
    return s;
  }

  // The atlas in one colour (alpha comes separately, through globalAlpha).
  function tinted(col) {
    var rgb = col & 0xFFFFFF;
    if (rgb === lastTint) return lastTinted;   // runs of glyphs share a colour
    var t = tints.get(rgb);
    if (t !== undefined) {
      lastTint = rgb;
      lastTinted = t;
      tints.delete(rgb);   // re-inserted below: the Map's order is the recently-used order
      tints.set(rgb, t);
      return t;
    }
    // An ImageBitmap where the browser can make one at once (OffscreenCanvas): drawing from it is
    // cheaper than drawing from a canvas element, which is snapshotted on each drawImage.
    var offscreen = typeof OffscreenCanvas === 'function';
    var c = offscreen ? new OffscreenCanvas(atlasW, atlasH) : document.createElement('canvas');
    c.width = atlasW;
    c.height = atlasH;
    var tctx = c.getContext('2d');
    tctx.drawImage(atlas, 0, 0);
    tctx.globalCompositeOperation = 'source-in';
    tctx.fillStyle = style(rgb | 0xFF000000);
    tctx.fillRect(0, 0, atlasW, atlasH);
    t = offscreen && c.transferToImageBitmap ? c.transferToImageBitmap() : c;
    tints.set(rgb, t);
    lastTint = rgb;
    lastTinted = t;
    if (tints.size > kMaxTints) {
      var oldest = tints.keys().next().value;
      if (tints.get(oldest).close) tints.get(oldest).close();   // an ImageBitmap frees its pixels at once
      tints.delete(oldest);
    }
    return t;
  }

  function average(a, b, c) {
    var out = 0;
    for (var shift = 0; shift < 32; shift += 8) {
      var v = Math.round((((a >>> shift) & 255) + ((b >>> shift) & 255) + ((c >>> shift) & 255)) / 3);
      out += v * Math.pow(2, shift);
    }
    return out >>> 0;
  }

  // A textured triangle that is not a glyph quad: clip to the triangle and draw the atlas through the
  // affine transform that takes its texture coordinates to its positions.
  function texturedTriangle(f32, col, a, b, c) {
    var x0 = f32[a], y0 = f32[a + 1], x1 = f32[b], y1 = f32[b + 1], x2 = f32[c], y2 = f32[c + 1];
    var u0 = f32[a + 2] * atlasW, v0 = f32[a + 3] * atlasH;
    var u1 = f32[b + 2] * atlasW, v1 = f32[b + 3] * atlasH;
    var u2 = f32[c + 2] * atlasW, v2 = f32[c + 3] * atlasH;
    var det = (u1 - u0) * (v2 - v0) - (u2 - u0) * (v1 - v0);
    if (det === 0) return;
    var ma = ((x1 - x0) * (v2 - v0) - (x2 - x0) * (v1 - v0)) / det;
    var mc = ((x2 - x0) * (u1 - u0) - (x1 - x0) * (u2 - u0)) / det;
    var mb = ((y1 - y0) * (v2 - v0) - (y2 - y0) * (v1 - v0)) / det;
    var md = ((y2 - y0) * (u1 - u0) - (y1 - y0) * (u2 - u0)) / det;
    ctx.save();
    ctx.beginPath();
    ctx.moveTo(x0, y0);
    ctx.lineTo(x1, y1);
    ctx.lineTo(x2, y2);
    ctx.closePath();
    ctx.clip();
    ctx.transform(ma, mb, mc, md, x0 - ma * u0 - mc * v0, y0 - mb * u0 - md * v0);
    ctx.globalAlpha = (col >>> 24) / 255;
    ctx.drawImage(tinted(col), 0, 0);
    ctx.restore();
  }

  // The fan of solid, one-colour triangles starting at index `start`: its vertices' HEAPF32 indices go
  // into fanVerts; returns their count (3 or more), or 0 if the triangle at `start` begins no fan of two
  // or more triangles.
  var fanVerts = [];
  function fan(vtx, vtxOffset, start, end, col, wu, wv) {
    var f32 = HEAPF32, u32 = HEAPU32, u16 = HEAPU16;
    var hub = u16[start];
    fanVerts.length = 0;
    fanVerts.push(vtx + (hub + vtxOffset) * 5, vtx + (u16[start + 1] + vtxOffset) * 5, vtx + (u16[start + 2] + vtxOffset) * 5);
    for (var j = start + 3; j + 2 < end && u16[j] === hub && u16[j + 1] === u16[j - 1]; j += 3) {
      var v = vtx + (u16[j + 2] + vtxOffset) * 5;
      if (u32[v + 4] !== col || f32[v + 2] !== wu || f32[v + 3] !== wv) break;
      fanVerts.push(v);
    }
    return fanVerts.length >= 4 ? fanVerts.length : 0;
  }

  // Whether the fan's polygon lies wholly outside the rectangle being redrawn.
  function fanOutside(n) {
    if (!culling) return false;
    var f32 = HEAPF32, v = fanVerts, x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    for (var k = 0; k < n; k++) {
      var x = f32[v[k]], y = f32[v[k] + 1];
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
    return outside(x0, y0, x1, y1);
  }

  // Adds the fan's polygon to the path, wound as rect() winds.
  function polygon(n) {
    var f32 = HEAPF32, v = fanVerts;
    var ax = f32[v[0]], ay = f32[v[0] + 1];
    var forward = (f32[v[1]] - ax) * (f32[v[2] + 1] - ay) - (f32[v[2]] - ax) * (f32[v[1] + 1] - ay) >= 0;
    ctx.moveTo(ax, ay);
    for (var k = 1; k < n; k++) {
      var p = forward ? v[k] : v[n - k];
      ctx.lineTo(f32[p], f32[p + 1]);
    }
    ctx.closePath();
  }

  // Text runs. Each drawImage is a call into the browser with a fixed cost that dwarfs copying one
  // glyph's pixels, and a screen has a couple of thousand glyphs. So consecutive glyphs of one colour
  // are gathered into a run, keyed by their glyphs and relative places, and drawn once into a bitmap that
  // later frames reuse (text rarely changes between frames; scrolling only moves it). The cache is
  // bounded by pixels and drops the least recently used runs.
  var runGlyphs = [], runLength = 0, runCol = 0, runTall = 0;   // runTall: the run's tallest glyph
  var runCache = new Map(), runCachePixels = 0;
  var kRunCachePixels = 8 * 1024 * 1024;   // 32 MB of RGBA
  var kMinRun = 3;                         // shorter runs are drawn glyph by glyph
  var runCacheWorks = true;                // false if this browser's OffscreenCanvas cannot make bitmaps

  function drawRunGlyphs(target, col, offsetX, offsetY, toDisplay) {
    var atlasImage = tinted(col);
    for (var k = 0; k < runLength; k++) {
      var g = runGlyphs[k];
      target.drawImage(atlasImage, g[2], g[3], g[4], g[5], (g[0] - offsetX) * toDisplay, (g[1] - offsetY) * toDisplay,
                       g[4] * toDisplay, g[5] * toDisplay);
    }
  }

  function flushRun(scale) {
    var col = runCol;
    var minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity, k, g;
    for (k = 0; k < runLength; k++) {
      g = runGlyphs[k];
      if (g[0] < minX) minX = g[0];
      if (g[1] < minY) minY = g[1];
      if (g[0] + g[4] > maxX) maxX = g[0] + g[4];
      if (g[1] + g[5] > maxY) maxY = g[1] + g[5];
    }
    // Wholly outside the rectangle being redrawn (device pixels, as the glyphs' places are): nothing to draw.
    if (culling && (maxX < cullDx0 || minX > cullDx1 || maxY < cullDy0 || minY > cullDy1)) {
      runLength = 0;
      return;
    }
    var alpha = (col >>> 24) / 255;
    if (alpha !== curAlpha) ctx.globalAlpha = curAlpha = alpha;
    if (runLength < kMinRun || typeof OffscreenCanvas !== 'function' || !runCacheWorks) {
      drawRunGlyphs(ctx, col, 0, 0, 1 / scale);
      runLength = 0;
      return;
    }
    var key = String(col & 0xFFFFFF);
    for (k = 0; k < runLength; k++) {
      g = runGlyphs[k];
      key += ',' + (g[0] - minX) + ' ' + (g[1] - minY) + ' ' + g[2] + ' ' + g[3] + ' ' + g[4] + ' ' + g[5];
    }
    var bitmap = runCache.get(key);
    if (bitmap !== undefined) {
      runCache.delete(key);   // re-inserted: the Map's order is the recently-used order
      runCache.set(key, bitmap);
    } else {
      var w = maxX - minX, h = maxY - minY;
      try {
        var off = new OffscreenCanvas(w, h);
        drawRunGlyphs(off.getContext('2d'), col, minX, minY, 1);
        bitmap = off.transferToImageBitmap();
      } catch (e) {
        runCacheWorks = false;   // from now on, glyph by glyph
        drawRunGlyphs(ctx, col, 0, 0, 1 / scale);
        runLength = 0;
        return;
      }
      runCache.set(key, bitmap);
      runCachePixels += w * h;
      while (runCachePixels > kRunCachePixels && runCache.size > 1) {
        var oldest = runCache.keys().next().value, old = runCache.get(oldest);
        runCachePixels -= old.width * old.height;
        old.close();
        runCache.delete(oldest);
      }
    }
    ctx.drawImage(bitmap, minX / scale, minY / scale, bitmap.width / scale, bitmap.height / scale);
    runLength = 0;
  }

  // Draws `count` indices from `idx` (a HEAPU16 index) over vertices at `vtx` (a HEAPF32 index).
  function drawTriangles(vtx, idx, count, vtxOffset, wu, wv, scale) {
    var f32 = HEAPF32, u32 = HEAPU32, u16 = HEAPU16;
    var pathCol = -1;   // the colour of the path being gathered, or -1 for none
    var end = idx + count;
    function flushPath() {
      if (pathCol !== -1) {
        if (curAlpha !== 1) ctx.globalAlpha = curAlpha = 1;
        ctx.fillStyle = style(pathCol);
        ctx.fill();
        ctx.beginPath();
        pathCol = -1;
      }
    }
    function flush() {
      flushPath();
      if (runLength > 0) flushRun(scale);
    }
    for (var i = idx; i < end;) {
      var a = vtx + (u16[i] + vtxOffset) * 5, b = vtx + (u16[i + 1] + vtxOffset) * 5, c = vtx + (u16[i + 2] + vtxOffset) * 5;
      var col = u32[a + 4];
      var ax = f32[a], ay = f32[a + 1], bx = f32[b], by = f32[b + 1], cx = f32[c], cy = f32[c + 1];
      var solid = f32[a + 2] === wu && f32[a + 3] === wv && f32[b + 2] === wu && f32[b + 3] === wv &&
                  f32[c + 2] === wu && f32[c + 3] === wv;
      // Two triangles (a b c)(a c d) of one colour forming an axis-aligned rectangle.
      if (i + 5 < end && u16[i + 3] === u16[i] && u16[i + 4] === u16[i + 2]) {
        var d = vtx + (u16[i + 5] + vtxOffset) * 5;
        var dx = f32[d], dy = f32[d + 1];
        var rowFirst = ay === by && bx === cx && cy === dy && dx === ax;
        var colFirst = ax === bx && by === cy && cx === dx && dy === ay;
        if ((rowFirst || colFirst) && u32[b + 4] === col && u32[c + 4] === col && u32[d + 4] === col) {
          if (solid && f32[d + 2] === wu && f32[d + 3] === wv) {
            if ((col >>> 24) !== 0 && !outside(Math.min(ax, cx), Math.min(ay, cy), Math.max(ax, cx), Math.max(ay, cy))) {
              if (col !== pathCol) { flush(); pathCol = col; }
              ctx.rect(Math.min(ax, cx), Math.min(ay, cy), Math.abs(cx - ax), Math.abs(cy - ay));
            }
            i += 6;
            continue;
          }
          // A glyph: texture coordinates run with the positions (top left at a, bottom right at c).
          var ua = f32[a + 2], va = f32[a + 3], uc = f32[c + 2], vc = f32[c + 3];
          if (rowFirst && f32[b + 2] === uc && f32[b + 3] === va && f32[d + 2] === ua && f32[d + 3] === vc &&
              cx > ax && cy > ay) {
            flushPath();
            if ((col >>> 24) !== 0) {
              var sx = ua * atlasW, sy = va * atlasH, sw = (uc - ua) * atlasW, sh = (vc - va) * atlasH;
              var dw = cx - ax, dh = cy - ay;
              var alpha = (col >>> 24) / 255;
              if (alpha !== curAlpha) ctx.globalAlpha = curAlpha = alpha;   // each setting is a call into the browser
              if (Math.abs(dw * scale - sw) < 0.01 && Math.abs(dh * scale - sh) < 0.01) {
                // Glyphs are rasterised at the device pixel ratio, so one texel is one device pixel.
                // Placed on whole device pixels, the copy needs no filtering: a plain blit, several
                // times cheaper than a filtered draw (text is most of a frame's calls). The shift is
                // under half a pixel, below what the eye sees in text.
                var gx = Math.round(ax * scale), gy = Math.round(ay * scale);
                if (runLength > 0) {
                  // A run is one line of text: a table draws a column's cells one after another, so without
                  // this a run would be a whole column, keyed by every row in view. Scrolling then changed
                  // the key on every frame and redrew the column into a new bitmap (issue 14: 13 ms a frame
                  // on the capped Quote list); a line is the same line when it comes back into view.
                  var last = runGlyphs[runLength - 1];
                  if (col !== runCol || gx < last[0] || Math.abs(gy - last[1]) > runTall) flushRun(scale);
                }
                if (runLength === 0) runTall = 0;
                runTall = Math.max(runTall, Math.round(sh));
                runCol = col;
                runGlyphs[runLength++] = [gx, gy, Math.round(sx), Math.round(sy), Math.round(sw), Math.round(sh)];
              } else {
                if (runLength > 0) flushRun(scale);
                ctx.drawImage(tinted(col), sx, sy, sw, sh, ax, ay, dw, dh);
              }
            }
            i += 6;
            continue;
          }
        }
      }
      i += 3;
      if (!solid) {
        flush();
        texturedTriangle(f32, col, a, b, c);
        continue;
      }
      var cb = u32[b + 4], cc = u32[c + 4];
      if (cb !== col || cc !== col) col = average(col, cb, cc);   // a gradient: its average colour
      else if (i + 2 < end && u16[i] === u16[i - 3] && u16[i + 1] === u16[i - 1]) {
        // A fan (a b c)(a c d)(a d e)...: how ImGui fills convex shapes (rounded rectangles, circles)
        // without anti-aliasing. One polygon instead of many triangles is far less work to fill.
        var n = fan(vtx, vtxOffset, i - 3, end, col, wu, wv);
        if (n > 0) {
          if ((col >>> 24) !== 0 && !fanOutside(n)) {
            if (col !== pathCol) { flush(); pathCol = col; }
            polygon(n);
          }
          i = i - 3 + 3 * (n - 2);
          continue;
        }
      }
      if ((col >>> 24) === 0) continue;
      if (outside(Math.min(ax, bx, cx), Math.min(ay, by, cy), Math.max(ax, bx, cx), Math.max(ay, by, cy))) continue;
      if (col !== pathCol) { flush(); pathCol = col; }
      // One winding for every triangle, so that under the nonzero rule triangles sharing an edge fill
      // as one shape (as rect() winds).
      ctx.moveTo(ax, ay);
      if ((bx - ax) * (cy - ay) - (cx - ax) * (by - ay) >= 0) {
        ctx.lineTo(bx, by);
        ctx.lineTo(cx, cy);
      } else {
        ctx.lineTo(cx, cy);
        ctx.lineTo(bx, by);
      }
      ctx.closePath();
    }
    flush();
  }

  // stream: byte address of the frame's words; scale: device pixels per display pixel; (wu, wv): the
  // atlas's white pixel; clearRgb: 0xRRGGBB of the background; dirty: byte address of four ints, the
  // device-pixel rectangle x0 y0 x1 y1 to redraw (the whole canvas, or the part that changed).
  function draw(stream, words, scale, wu, wv, clearRgb, dirty) {
    var i32 = HEAP32, f32 = HEAPF32;
    var fbW = ctx.canvas.width, fbH = ctx.canvas.height;
    var dx0 = Math.max(i32[dirty >> 2], 0), dy0 = Math.max(i32[(dirty >> 2) + 1], 0);
    var dx1 = Math.min(i32[(dirty >> 2) + 2], fbW), dy1 = Math.min(i32[(dirty >> 2) + 3], fbH);
    if (dx1 <= dx0 || dy1 <= dy0) return;
    culling = dx0 > 0 || dy0 > 0 || dx1 < fbW || dy1 < fbH;
    if (culling) counts.partial++; else counts.whole++;
    counts.lastShare = (dx1 - dx0) * (dy1 - dy0) / (fbW * fbH);
    counts.last = [dx0, dy0, dx1, dy1];
    cullDx0 = dx0; cullDy0 = dy0; cullDx1 = dx1; cullDy1 = dy1;
    cullX0 = dx0 / scale; cullY0 = dy0 / scale; cullX1 = dx1 / scale; cullY1 = dy1 / scale;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.globalAlpha = curAlpha = 1;
    ctx.globalCompositeOperation = 'source-over';
    ctx.imageSmoothingEnabled = true;
    ctx.save();
    if (culling) {
      // Whole device pixels, so the pixels inside come out as a whole redraw draws them (Skia anti-aliases a
      // shape cut by the clip's edge a level differently now and then, beside that edge: invisible).
      ctx.beginPath();
      ctx.rect(dx0, dy0, dx1 - dx0, dy1 - dy0);
      ctx.clip();
    }
    ctx.fillStyle = style((clearRgb >> 16) | (clearRgb & 0xFF00) | ((clearRgb & 255) << 16) | 0xFF000000);
    ctx.fillRect(dx0, dy0, dx1 - dx0, dy1 - dy0);
    for (var p = stream >> 2, end = p + words; p < end;) {
      var vtx = i32[p] >> 2, idx = i32[p + 1] >> 1, commands = i32[p + 2];
      p += 3;
      for (var k = 0; k < commands; k++, p += 8) {
        // As the WebGL backend's glScissor: scaled, then truncated to whole device pixels.
        var x0 = f32[p] * scale, y0 = f32[p + 1] * scale, x1 = f32[p + 2] * scale, y1 = f32[p + 3] * scale;
        if (x1 <= x0 || y1 <= y0) continue;
        var sx = Math.trunc(x0), sw = Math.trunc(x1 - x0);
        var sh = Math.trunc(y1 - y0), sy = fbH - (Math.trunc(fbH - y1) + sh);
        if (culling && (sx >= dx1 || sx + sw <= dx0 || sy >= dy1 || sy + sh <= dy0)) continue;
        ctx.save();
        ctx.beginPath();
        ctx.rect(sx, sy, sw, sh);
        ctx.clip();
        ctx.beginPath();
        ctx.setTransform(scale, 0, 0, scale, 0, 0);
        drawTriangles(vtx, idx + i32[p + 5], i32[p + 4], i32[p + 6], wu, wv, scale);
        ctx.restore();
        curAlpha = 1;   // as saved
      }
    }
    ctx.restore();
    culling = false;
  }

  // Reading a pixel makes the canvas rasterise everything recorded so far.
  function finish() {
    ctx.getImageData(0, 0, 1, 1);
  }

  return { start: start, setAtlas: setAtlas, draw: draw, finish: finish,
           counts: function () { return Object.assign({}, counts); } };
})();
