// Runs inside the Emscripten module, before the WebAssembly is loaded.
//
// Quirk 1: with -sSINGLE_FILE, Emscripten 3.1.6 embeds the wasm as a data: URI and first tries to fetch()
// it. The page's Content-Security-Policy (connect-src 'none') rightly refuses that fetch; the loader then
// falls back to decoding the URI itself, but the refusal is logged as a console error on every start.
// Decoding the embedded module directly skips the fetch altogether. `tryParseAsDataURI` and
// `wasmBinaryFile` are the loader's own (function and var declarations in this same script).
//
// Quirk 2: the build stores that module gzip-compressed (web/pack_bundle.py) to keep the one file small;
// it is inflated here with the browser's DecompressionStream (Chrome and Edge 80+, Firefox 113+,
// Safari 16.4+). new Response() only wraps the stream: nothing is fetched.
//
// Quirk 3 (start-up time, issue 14): the inflated bytes are handed to WebAssembly.instantiateStreaming as a
// Response (typed application/wasm, which it insists on), so the module compiles while it is still being
// inflated instead of after. Browsers without it (older Safari) inflate first and compile after.
//
// Quirk 4 (start-up time, issue 14): the loader's own base64 decoder (atob, then a charCodeAt loop over
// 0.75 MB) took 15-28 ms of the main thread at start in Chromium; Uint8Array.fromBase64 (Chrome 140+,
// Firefox 133+, Safari 18.2+) decodes the same text in about 1 ms. Older browsers keep the loader's decoder.
// (pack_bundle.py keeps that text in an inert element before the script and sets wasmBinaryFile from it, so
// the page's script does not carry a 0.75 MB string literal for the engine to scan.)
Module['instantiateWasm'] = function (imports, receiveInstance) {
  var bytes = typeof Uint8Array.fromBase64 === 'function' && wasmBinaryFile.indexOf(';base64,') >= 0
    ? Uint8Array.fromBase64(wasmBinaryFile.slice(wasmBinaryFile.indexOf(';base64,') + 8))
    : tryParseAsDataURI(wasmBinaryFile);
  var gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
  var started;
  if (!gzipped) {
    started = WebAssembly.instantiate(bytes, imports);
  } else if (typeof DecompressionStream !== 'function') {
    started = Promise.reject('this browser is too old to unpack fairterms; use an up-to-date Chrome, Edge or Firefox');
  } else {
    var inflated = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
    if (typeof WebAssembly.instantiateStreaming === 'function') {
      started = WebAssembly.instantiateStreaming(new Response(inflated, {headers: {'Content-Type': 'application/wasm'}}), imports);
    } else {
      started = new Response(inflated).arrayBuffer().then(function (binary) { return WebAssembly.instantiate(binary, imports); });
    }
  }
  started.then(function (result) {
    receiveInstance(result.instance, result.module);
  }, function (reason) {
    if (Module['onAbort']) Module['onAbort']('could not start: ' + reason);
  });
  return {};   // exports arrive later through receiveInstance
};
