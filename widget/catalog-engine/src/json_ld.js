// Loads the widget's JSON-LD reader (a module of its own: pkg/datalots_json_ld*.js,
// .wasm) into the catalogue engine, only when a JSON-LD catalogue is to be read.
// This file is a wasm-bindgen snippet: pkg/snippets/<crate>/src/json_ld.js.
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
