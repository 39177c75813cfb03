// Runs inside the Emscripten module, before the WebAssembly is loaded.
//
// Quirk: with -sSINGLE_FILE, Emscripten 3.1.6 embeds the wasm as a data: URI and first tries to fetch()
// it. The page's Content-Security-Policy (connect-src 'none') rightly refuses that fetch; the loader then
// falls back to decoding the URI itself, but the refusal is logged as a console error on every start.
// Decoding the embedded module directly skips the fetch altogether. `tryParseAsDataURI` and
// `wasmBinaryFile` are the loader's own (function and var declarations in this same script).
Module['instantiateWasm'] = function (imports, receiveInstance) {
  var bytes = tryParseAsDataURI(wasmBinaryFile);
  WebAssembly.instantiate(bytes, imports).then(function (result) {
    receiveInstance(result.instance, result.module);
  }, function (reason) {
    if (Module['onAbort']) Module['onAbort']('could not start: ' + reason);
  });
  return {};   // exports arrive later through receiveInstance
};
