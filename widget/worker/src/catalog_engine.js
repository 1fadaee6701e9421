// Loads «Vår katalog»'s engine (a module of its own: pkg/datalots_catalog_engine*.js,
// .wasm) into the worker, only when someone opens their catalogue: the catalogue
// operations are not in the widget's module, which every visitor downloads.
// This file is a wasm-bindgen snippet: pkg/snippets/<crate>/src/catalog_engine.js.
let engine = null;
let loading = null;

export function load_catalog_engine() {
  if (!loading) {
    loading = (async () => {
      const pkg = new URL('../../../', import.meta.url);
      const m = await import(new URL('datalots_catalog_engine.js', pkg).href);
      await m.default({ module_or_path: new URL('datalots_catalog_engine_bg.wasm', pkg) });
      engine = m;
    })();
    // A failed load (offline, a server without the file) is tried again next time.
    loading.catch(() => { loading = null; });
  }
  return loading;
}

// The engine's RDF/XML and Turtle reader, called synchronously once the engine is
// loaded (the worker's module has none of its own).
export function read_rdf(input, format, recover) {
  if (!engine) {
    throw new Error('the catalogue engine is not loaded');
  }
  return engine.read_rdf(input, format, recover);
}

export function apply_catalog(request) {
  if (!engine) {
    throw new Error('the catalogue engine is not loaded');
  }
  return engine.apply_catalog(request);
}
