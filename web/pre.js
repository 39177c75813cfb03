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
Module['instantiateWasm'] = function (imports, receiveInstance) {
  var bytes = tryParseAsDataURI(wasmBinaryFile);
  var gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
  var ready;
  if (!gzipped) {
    ready = Promise.resolve(bytes);
  } else if (typeof DecompressionStream !== 'function') {
    ready = Promise.reject('this browser is too old to unpack fairterms; use an up-to-date Chrome, Edge or Firefox');
  } else {
    ready = new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer();
  }
  ready.then(function (binary) {
    return WebAssembly.instantiate(binary, imports);
  }).then(function (result) {
    receiveInstance(result.instance, result.module);
  }, function (reason) {
    if (Module['onAbort']) Module['onAbort']('could not start: ' + reason);
  });
  return {};   // exports arrive later through receiveInstance
};
