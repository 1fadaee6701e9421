// Datalots widget loader: defines <datalots-widget>.
//
// Put this file, and the pkg/ folder beside it, anywhere on a static web server, then
// on any page:
//   <script type="module" src="https://example.se/datalots/datalots-widget.js"></script>
//   <datalots-widget data-lang="sv"></datalots-widget>
// Every asset is resolved against this file's own URL, so it works from a sub-path
// and from another origin (which must then send Access-Control-Allow-Origin).
const base = new URL('.', import.meta.url);

let ready;
function load() {
  ready ??= import(new URL('pkg/datalots_widget.js', base).href).then(async (m) => {
    await m.default({ module_or_path: new URL('pkg/datalots_widget_bg.wasm', base) });
    return m;
  });
  return ready;
}

// Inherited properties (font, colour) and custom properties cross the shadow boundary:
// a host page themes the widget with --datalots-accent and friends.
const STYLE = `
:host { display: block; font: inherit; color: inherit; }
.datalots { border: 1px solid #767676; border-radius: 6px; padding: 1rem 1.25rem;
  max-width: 48rem; background: var(--datalots-background, #fff); color: var(--datalots-text, #1a1a1a); }
.datalots-bar { display: flex; gap: 1rem; align-items: baseline; justify-content: space-between; flex-wrap: wrap; }
.datalots h2 { margin: 0 0 .5rem; font-size: 1.3rem; }
.datalots-lang { font: inherit; padding: .25rem .75rem; border: 1px solid var(--datalots-accent, #005a9c);
  color: var(--datalots-accent, #005a9c); background: transparent; border-radius: 4px; cursor: pointer; }
.datalots-privacy { font-size: .95rem; }
.datalots-field { display: flex; flex-direction: column; gap: .35rem; margin: 1rem 0; }
.datalots-field label { font-weight: 600; }
.datalots :focus-visible { outline: 3px solid var(--datalots-accent, #005a9c); outline-offset: 2px; }
.datalots-error { color: #a4000f; }
`;

class DatalotsWidget extends HTMLElement {
  async connectedCallback() {
    if (this.shadowRoot) return;
    // Open, so that assistive technology, axe and tests see inside.
    const shadow = this.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = STYLE;
    const root = document.createElement('div');
    shadow.append(style, root);
    try {
      (await load()).mount(root, this.dataset.lang ?? document.documentElement.lang ?? 'sv');
      this.setAttribute('data-mounted', '');
    } catch (err) {
      const p = document.createElement('p');
      p.className = 'datalots-error';
      p.setAttribute('role', 'alert');
      p.textContent = 'Datalots kunde inte startas / Datalots could not start: ' + err;
      root.replaceChildren(p);
      throw err;
    }
  }
}

if (!customElements.get('datalots-widget')) customElements.define('datalots-widget', DatalotsWidget);
