// Datalots widget loader: defines <datalots-widget>.
//
// Put this file, and the pkg/ folder beside it, anywhere on a static web server, then
// on any page:
//   <script type="module" src="https://example.se/datalots/datalots-widget.js"></script>
//   <datalots-widget data-lang="sv"></datalots-widget>
// or, for the procurement requirements on their own:
//   <datalots-widget data-lang="sv" mode="procurement"></datalots-widget>
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

// The procurement view (widget/src/procurement.rs).
const PROCUREMENT_STYLE = `
.datalots-link { font: inherit; padding: .25rem .5rem; border: 1px solid var(--datalots-accent, #005a9c);
  color: var(--datalots-accent, #005a9c); background: transparent; border-radius: 4px; cursor: pointer; }
.datalots-question { border: 1px solid #767676; border-radius: 4px; margin: 0 0 .75rem; padding: .5rem .75rem; }
.datalots-question legend { font-weight: 600; padding: 0 .25rem; }
.datalots-help { font-size: .95rem; margin: .25rem 0 .5rem; }
.datalots-check { display: flex; gap: .5rem; align-items: center; margin: .2rem 0; }
.datalots-reqs { list-style: none; padding: 0; margin: 0; }
.datalots-req { border-top: 1px solid #767676; padding: .5rem 0; }
.datalots-req h4 { margin: .25rem 0; }
.datalots-req textarea { display: block; width: 100%; box-sizing: border-box; font: inherit; margin: .25rem 0; }
.datalots-req-off { color: #595959; }
.datalots-req-off textarea { text-decoration: line-through; }
.datalots-buttons { display: flex; gap: .5rem; flex-wrap: wrap; }
.datalots-buttons button { font: inherit; padding: .35rem .75rem; border: 1px solid var(--datalots-accent, #005a9c);
  color: #fff; background: var(--datalots-accent, #005a9c); border-radius: 4px; cursor: pointer; }
`;

class DatalotsWidget extends HTMLElement {
  async connectedCallback() {
    if (this.shadowRoot) return;
    // Open, so that assistive technology, axe and tests see inside.
    const shadow = this.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = STYLE + PROCUREMENT_STYLE;
    const root = document.createElement('div');
    shadow.append(style, root);
    try {
      (await load()).mount(root, this.dataset.lang ?? document.documentElement.lang ?? 'sv', this.getAttribute('mode'));
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
