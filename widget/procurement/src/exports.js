// Loads an export module (pkg/datalots_export_docx.js or _xlsx.js, built by
// `cargo xtask dist`) only when someone asks for a Word or Excel file, and writes the
// file with it. wasm-bindgen copies this file to pkg/snippets/<crate>/src/, so pkg/ is
// three levels up. Same origin as the widget: no request leaves the site.
const loaded = new Map();

export async function export_office(kind, selectionJson, lang) {
  if (!loaded.has(kind)) {
    loaded.set(kind, (async () => {
      const pkg = new URL('../../../', import.meta.url);
      const m = await import(new URL(`datalots_export_${kind}.js`, pkg).href);
      await m.default({ module_or_path: new URL(`datalots_export_${kind}_bg.wasm`, pkg) });
      return m;
    })());
  }
  let m;
  try {
    m = await loaded.get(kind);
  } catch (e) {
    loaded.delete(kind);
    throw e;
  }
  return m[`export_${kind}`](selectionJson, lang);
}
