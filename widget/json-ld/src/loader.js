// Loads the JSON-LD reader (pkg/datalots_json_ld*.js, .wasm: this crate built as a
// module of its own) into the module that links this crate with the feature `loader`
// (the widget's worker, «Vår katalog»'s engine, the catalogue page), only when a
// JSON-LD catalogue is to be read. A wasm-bindgen snippet:
// pkg/snippets/<crate>/src/loader.js, so pkg/ is three levels up.
let reader = null;
let loading = null;

export function load_json_ld() {
  if (!loading) {
    loading = (async () => {
      const pkg = new URL('../../../', import.meta.url);
      const m = await import(new URL('datalots_json_ld.js', pkg).href);
      await m.default({ module_or_path: new URL('datalots_json_ld_bg.wasm', pkg) });
      reader = m;
    })();
    // A failed load (offline, a server without the file) is tried again next time.
    loading.catch(() => { loading = null; });
  }
  return loading;
}

export function read_json_ld(input, recover) {
  if (!reader) {
    throw new Error('the JSON-LD reader is not loaded');
  }
  return reader.read_json_ld(input, recover);
}
