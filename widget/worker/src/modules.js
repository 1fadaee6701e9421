// The worker's later modules, each a module of its own in pkg/ (built by
// `cargo xtask dist`), loaded the first time the worker needs it, never before:
// - «Vår katalog»'s engine (datalots_catalog_engine*, widget/catalog-engine): the
//   catalogue operations and the RDF/XML and Turtle reader, which the widget's module
//   does not carry;
// - the static pages and their zip (datalots_export_site*, widget/exports/site).
// One file for both: each snippet is a request of its own when the widget starts. (The
// JSON-LD reader has its loader in its own crate, datalots_json_ld::loader.)
// This file is a wasm-bindgen snippet, pkg/snippets/<crate>/src/modules.js, so pkg/ is
// three levels up. Same origin as the widget: no request leaves the site.
const loading = new Map();
const loaded = new Map();

// Loads pkg/<name>.js and its .wasm once; a failed load (offline, a server without the
// file) is tried again next time.
function load(name) {
  if (!loading.has(name)) {
    const promise = (async () => {
      const pkg = new URL('../../../', import.meta.url);
      const m = await import(new URL(`${name}.js`, pkg).href);
      await m.default({ module_or_path: new URL(`${name}_bg.wasm`, pkg) });
      loaded.set(name, m);
      return m;
    })();
    promise.catch(() => loading.delete(name));
    loading.set(name, promise);
  }
  return loading.get(name);
}

// A module already loaded, for the synchronous calls.
function ready(name, what) {
  const m = loaded.get(name);
  if (!m) {
    throw new Error(`${what} is not loaded`);
  }
  return m;
}

const ENGINE = 'datalots_catalog_engine';
const SITE = 'datalots_export_site';

export async function load_catalog_engine() {
  await load(ENGINE);
}

// The engine's RDF/XML and Turtle reader, called synchronously once the engine is
// loaded (the worker's module has none of its own).
export function read_rdf(input, format, recover) {
  return ready(ENGINE, 'the catalogue engine').read_rdf(input, format, recover);
}

export function apply_catalog(request) {
  return ready(ENGINE, 'the catalogue engine').apply_catalog(request);
}

// Resolves to the zip as a Blob. Rejects with an Error when the module could not be
// loaded, or with the module's own error as an object {sv, en} (the module throws it as
// JSON text; parsed here, so that the worker needs no JSON reader of its own).
export async function zip_site(name, text, catalogueUrl, lang, time) {
  let m;
  try {
    m = await load(SITE);
  } catch (err) {
    throw new Error(String(err?.message ?? err));
  }
  let bytes;
  try {
    bytes = m.site_zip(name, text, catalogueUrl, lang, time);
  } catch (err) {
    throw typeof err === 'string' ? JSON.parse(err) : err;
  }
  return new Blob([bytes], { type: 'application/zip' });
}
