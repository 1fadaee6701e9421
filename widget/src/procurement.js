// Opens the procurement requirements from the publishing flow's tools bar. They are a
// module of their own (pkg/datalots_procurement.js and _bg.wasm, built by
// `cargo xtask dist`), loaded on the first click only: a visitor who never opens them
// never downloads them. The view is mounted beside the flow's root, in the same shadow
// root (same styles; not inside the flow's DOM, so the two yew apps never see each
// other's events); the flow renders nothing meanwhile and keeps its state.
// wasm-bindgen copies this file to pkg/snippets/<crate>/src/, so pkg/ is three levels
// up. Same origin as the widget: no request leaves the site.
let loaded = null;

function load() {
  if (!loaded) {
    loaded = (async () => {
      const pkg = new URL('../../../', import.meta.url);
      const m = await import(new URL('datalots_procurement.js', pkg).href);
      await m.default({ module_or_path: new URL('datalots_procurement_bg.wasm', pkg) });
      return m;
    })();
    // A failed load (offline, a missing file) is tried again on the next click.
    loaded.catch(() => { loaded = null; });
  }
  return loaded;
}

// `root`: the element the flow is mounted in; `lang`: "sv" or "en"; `onBack`: called
// once when the person goes back (the view is removed first).
export async function open_procurement(root, lang, onBack) {
  const m = await load();
  const host = document.createElement('div');
  root.after(host);
  let handle = null;
  handle = m.mount_procurement_view(host, lang, () => {
    // Not from inside the view's own click handler: after it has returned.
    setTimeout(() => {
      handle?.destroy();
      handle?.free();
      host.remove();
      onBack();
    }, 0);
  });
  // Keyboard and screen reader users land on the view's heading (the button they
  // pressed is gone); the flow puts focus back on that button on the way back.
  setTimeout(() => {
    const heading = host.querySelector('h2');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
  }, 0);
}
