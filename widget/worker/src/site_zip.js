// Loads the static pages' module (pkg/datalots_export_site*.js, .wasm, a module of its
// own) into the worker, only when someone asks for the zip, and makes the zip with it.
// This file is a wasm-bindgen snippet: pkg/snippets/<crate>/src/site_zip.js.
let loading = null;

function load() {
  if (!loading) {
    loading = (async () => {
      const pkg = new URL('../../../', import.meta.url);
      const m = await import(new URL('datalots_export_site.js', pkg).href);
      await m.default({ module_or_path: new URL('datalots_export_site_bg.wasm', pkg) });
      return m;
    })();
    // A failed load (offline, a server without the file) is tried again next time.
    loading.catch(() => { loading = null; });
  }
  return loading;
}

// Resolves to the zip as a Blob. Rejects with an Error when the module could not be
// loaded, or with the module's own error as an object {sv, en} (the module throws it as
// JSON text; parsed here, so that the worker needs no JSON reader of its own).
export async function zip_site(name, text, catalogueUrl, lang, time) {
  let m;
  try {
    m = await load();
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
