// The publishing flow's JavaScript: what the flow's module asks of the page beyond
// web-sys, and the loaders of the two modules it opens later. One file: each snippet is
// a request of its own when the widget starts.
// - The procurement requirements (pkg/datalots_procurement*, widget/procurement), opened
//   from the tools bar: mounted beside the flow's root, in the same shadow root (same
//   styles; not inside the flow's DOM, so the two yew apps never see each other's
//   events); the flow renders nothing meanwhile and keeps its state.
// - The own page's section (pkg/datalots_export_site*, see components/own_page.rs).
// - Focusing a field of the describe form from the grade (step 4).
// Each module is loaded at its first use only: a visitor who never opens it never
// downloads it. wasm-bindgen copies this file to pkg/snippets/<crate>/src/, so pkg/ is
// three levels up. Same origin as the widget: no request leaves the site.
const loading = new Map();

// Loads pkg/<name>.js and its .wasm once; a failed load (offline, a missing file) is
// tried again next time.
function load(name) {
  if (!loading.has(name)) {
    const promise = (async () => {
      const pkg = new URL('../../../', import.meta.url);
      const m = await import(new URL(`${name}.js`, pkg).href);
      await m.default({ module_or_path: new URL(`${name}_bg.wasm`, pkg) });
      return m;
    })();
    promise.catch(() => loading.delete(name));
    loading.set(name, promise);
  }
  return loading.get(name);
}

// `root`: the element the flow is mounted in; `lang`: "sv" or "en"; `onBack`: called
// once when the person goes back (the view is removed first).
export async function open_procurement(root, lang, onBack) {
  const m = await load('datalots_procurement');
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

// The own page's section: its handle and latest contents live on the host element.
async function draw(host) {
  if (host.hidden) return;
  let m;
  try {
    m = await load('datalots_export_site');
  } catch {
    const alert = document.createElement('p');
    alert.className = 'datalots-alert';
    alert.setAttribute('role', 'alert');
    alert.textContent = host.dataset.failed;
    host.replaceChildren(alert);
    return;
  }
  if (!host.isConnected) return;
  if (!host.datalotsOwnPage) {
    host.textContent = '';
    host.datalotsOwnPage = m.mount_own_page(host);
  }
  host.datalotsOwnPage.update(...host.datalotsArgs);
}

export function show_own_page(host, ...args) {
  host.datalotsArgs = args;
  draw(host);
}

export function toggle_own_page(button, host) {
  const open = host.hidden;
  host.hidden = !open;
  button.setAttribute('aria-expanded', String(open));
  draw(host);
}

export function close_own_page(host) {
  setTimeout(() => {
    if (!host.isConnected) {
      host.datalotsOwnPage?.free();
      delete host.datalotsOwnPage;
    }
  }, 0);
}

// Focuses a field of the describe form from a link in the grade (step 4): the element
// with `id` in the same shadow root as the link, its closed disclosure («Recommended
// fields») opened first; for a group of checkboxes, its first box. A fragment link
// cannot do this: `#id` does not reach into a shadow root.
export function focus_field(from, id) {
  const root = from?.getRootNode?.();
  const el = root?.getElementById?.(id);
  if (!el) return;
  const details = el.closest('details');
  if (details) details.open = true;
  const target = el.matches('input, select, textarea, button') ? el : (el.querySelector('input, select, textarea') ?? el);
  target.scrollIntoView({ block: 'center' });
  target.focus();
}
