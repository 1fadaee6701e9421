// The own page's section: opened, drawn by pkg/datalots_export_site*, loaded then
// (see components/own_page.rs). This file is copied to pkg/snippets/<crate>/src/.
let loaded = null;

function load() {
  if (!loaded) {
    loaded = (async () => {
      const pkg = new URL('../../../', import.meta.url);
      const m = await import(new URL('datalots_export_site.js', pkg).href);
      await m.default({ module_or_path: new URL('datalots_export_site_bg.wasm', pkg) });
      return m;
    })();
    loaded.catch(() => { loaded = null; });
  }
  return loaded;
}

async function draw(host) {
  if (host.hidden) return;
  let m;
  try {
    m = await load();
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
