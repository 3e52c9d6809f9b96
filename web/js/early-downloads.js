// A classic script in <head> (joined to embed-early.js by the build): starts
// the first load's two downloads while the page is still being parsed, and
// compiles the wasm core as it arrives. engine.js picks both up
// (window.imgcostEarly). Started from the page's module instead, they waited
// for the module to be parsed and evaluated, after the first layout: a share
// link's first figure came about 25 ms later (issue 15). The build names both
// files by their content in <meta name="imgcost-core"> and
// <meta name="imgcost-catalog">; without those (or without streaming
// compilation) nothing starts here and engine.js fetches both itself.
{
  const named = (name) => document.querySelector(`meta[name="${name}"]`)?.content;
  const wasm = named('imgcost-core');
  const catalog = named('imgcost-catalog');
  // A failure here is not reported: engine.js tries again and reports its own.
  const quiet = (promise) => {
    promise.catch(() => {});
    return promise;
  };
  if (wasm && catalog && typeof WebAssembly === 'object' && WebAssembly.compileStreaming) {
    window.imgcostEarly = {
      wasm: quiet(WebAssembly.compileStreaming(fetch(wasm, { credentials: 'same-origin' }))),
      catalog: quiet(fetch(catalog, { credentials: 'same-origin' })
        .then((response) => (response.ok ? response.arrayBuffer() : Promise.reject(new Error(`HTTP ${response.status}`))))),
    };
  }
}
