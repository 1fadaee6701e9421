// Datalots widget loader: defines <datalots-widget> and <datalots-catalog>.
//
// Put this file, and the pkg/ folder beside it, anywhere on a static web server, then
// on any page:
//   <script type="module" src="https://example.se/datalots/datalots-widget.js"></script>
//   <datalots-widget lang="sv"></datalots-widget>
// or, for the procurement requirements on their own:
//   <datalots-widget mode="procurement"></datalots-widget>
// or, for the kommun's catalogue as a searchable page for citizens (its own, small
// module; the publishing flow is not loaded):
//   <datalots-catalog src="/datasets/dcat" lang="sv"></datalots-catalog>
// Every asset is resolved against this file's own URL, so it works from a sub-path
// and from another origin (which must then send Access-Control-Allow-Origin).
//
// Attributes: lang="sv|en" (data-lang works too), id (widgets with the same id share
// saved state), publisher-name, publisher-orgnr, publisher-type, contact-email,
// base-uri, lock-publisher, mode.
//
// The host page's Content-Security-Policy must allow:
//   script-src 'self' 'wasm-unsafe-eval'; worker-src 'self' blob:
// and .wasm must be served as application/wasm. When something blocks the widget it
// tells the site's administrator, in Swedish and English, what to change.
const base = new URL('.', import.meta.url);
const workerUrl = new URL('pkg/widget-worker.js', base);

// Inherited properties (font, colour) and custom properties cross the shadow boundary:
// a host page themes the widget with these custom properties:
//   --datalots-accent      links, buttons, focus ring, chart bars (default #005a9c)
//   --datalots-background  the widget's background (default #fff)
//   --datalots-text        the widget's text colour (default #1a1a1a)
//   --datalots-warning     the personal-data warning's border (default #a4000f)
const STYLE = `
:host { display: block; font: inherit; color: inherit; }
.datalots { border: 1px solid #767676; border-radius: 6px; padding: 1rem 1.25rem;
  max-width: 60rem; background: var(--datalots-background, #fff); color: var(--datalots-text, #1a1a1a); line-height: 1.5; }
.datalots-bar { display: flex; gap: 1rem; align-items: baseline; justify-content: space-between; flex-wrap: wrap; }
.datalots-tools { display: flex; gap: .5rem; }
.datalots h2 { margin: 0 0 .5rem; font-size: 1.3rem; }
.datalots h3 { font-size: 1.1rem; margin: 1.25rem 0 .5rem; }
.datalots h4 { font-size: 1rem; margin: 1rem 0 .25rem; }
.datalots-button { font: inherit; padding: .25rem .75rem; border: 1px solid var(--datalots-accent, #005a9c);
  color: var(--datalots-accent, #005a9c); background: transparent; border-radius: 4px; cursor: pointer; }
.datalots a { color: var(--datalots-accent, #005a9c); }
.datalots-steps ol { display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; list-style: none; padding: 0; margin: .75rem 0; }
.datalots-steps a[aria-current] { font-weight: 700; text-decoration: none; border-bottom: 3px solid var(--datalots-accent, #005a9c); }
.datalots-steps span { color: #595959; }
.datalots-privacy { font-size: .95rem; }
.datalots-field { display: flex; flex-direction: column; gap: .35rem; margin: 1rem 0; }
.datalots-control { display: flex; flex-direction: column; gap: .35rem; }
.datalots-drop { border: 2px dashed #767676; border-radius: 6px; padding: .75rem; }
.datalots-field label { font-weight: 600; }
.datalots-hint { font-size: .9rem; color: #595959; }
.datalots-progress { display: flex; gap: .75rem; align-items: center; flex-wrap: wrap; }
.datalots-progress progress { width: 16rem; height: 1rem; }
.datalots :focus-visible { outline: 3px solid var(--datalots-accent, #005a9c); outline-offset: 2px; }
.datalots-error { color: #a4000f; }
.datalots-alert { border: 3px solid var(--datalots-warning, #a4000f); border-radius: 6px; padding: .5rem 1rem; margin: 1rem 0; background: #fff4f4; color: #1a1a1a; }
.datalots-alert h3 { margin-top: .25rem; color: #a4000f; }
.datalots-ok { color: #1e6b1e; font-weight: 600; }
.datalots-mark { font-size: .85rem; border: 1px solid #1e6b1e; color: #1e6b1e; border-radius: 3px; padding: 0 .3rem; white-space: nowrap; }
.datalots-facts { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; margin: 0; }
.datalots-facts dt { font-weight: 600; }
.datalots-facts dd { margin: 0; }
.datalots-scroll { overflow-x: auto; margin: 1rem 0; }
.datalots-table { border-collapse: collapse; font-size: .9rem; }
.datalots-table caption { text-align: left; font-weight: 600; padding: .25rem 0; }
.datalots-table th, .datalots-table td { border: 1px solid #c4c4c4; padding: .2rem .5rem; text-align: left; vertical-align: top; }
.datalots-table thead th { background: #f0f0f0; }
.datalots-chart rect { fill: var(--datalots-accent, #005a9c); }
.datalots-sections li { margin: .2rem 0; }
.datalots-question { border: 1px solid #c4c4c4; border-radius: 6px; margin: .75rem 0; padding: .5rem 1rem; }
.datalots-question legend { font-weight: 600; padding: 0 .25rem; }
.datalots-option { display: flex; gap: .5rem; align-items: center; margin: .2rem 0; }
.datalots-result { border-left: 6px solid #1e6b1e; padding: .25rem 1rem; margin: 1rem 0; }
.datalots-result.datalots-stop { border-left-color: #a4000f; }
.datalots-source { font-size: .85rem; color: #595959; }
.datalots-next { font-weight: 600; }
.datalots-admin { border: 3px solid #a4000f; padding: .75rem 1rem; border-radius: 6px; background: #fff; color: #1a1a1a; }
.datalots-admin code { font-family: ui-monospace, monospace; background: #eee; padding: 0 .2rem; }
.datalots-field input[type=text], .datalots-field input[type=url], .datalots-field input[type=email], .datalots-field input[type=tel],
.datalots-field textarea, .datalots-field select { font: inherit; padding: .3rem .4rem; border: 1px solid #767676;
  border-radius: 4px; max-width: 100%; box-sizing: border-box; background: var(--datalots-background, #fff); color: inherit; }
.datalots-field input[readonly], .datalots-field select[disabled] { background: #f0f0f0; color: #1a1a1a; }
.datalots-field textarea { width: 100%; }
.datalots-invalid input, .datalots-invalid textarea, .datalots-invalid select, .datalots-invalid fieldset { border: 2px solid #a4000f; }
.datalots-suggestion { margin: 0; font-size: .9rem; }
.datalots-small { font-size: .85rem; padding: .1rem .5rem; }
.datalots-field-findings { margin: 0; padding-left: 1.25rem; }
.datalots-warning { color: #5c4400; }
.datalots-checks { border: 1px solid #c4c4c4; border-radius: 6px; padding: .25rem .75rem; columns: 2 14rem; }
.datalots-checks legend { font-weight: 600; }
.datalots-recommended { margin: .75rem 0; }
.datalots-recommended > summary { cursor: pointer; font-weight: 600; color: var(--datalots-accent, #005a9c); }
.datalots-form-section { border-top: 1px solid #c4c4c4; margin-top: 1rem; }
.datalots-summary { border-left: 6px solid #1e6b1e; padding: .25rem 1rem; margin: 1rem 0; }
.datalots-summary.datalots-stop { border-left-color: #a4000f; }
.datalots-quality { border-left: 6px solid #1f4e8c; padding: .25rem 1rem; margin: 1rem 0; }
.datalots-dimensions { list-style: none; padding: 0; display: grid; gap: .3rem; max-width: 36rem; }
.datalots-dimensions li { display: grid; grid-template-columns: minmax(12rem, 1fr) 10rem; align-items: center; gap: .5rem; }
.datalots-dimensions meter { width: 10rem; height: 1rem; }
.datalots-missing li { margin: .3rem 0; }
.datalots-score strong { font-size: 1.05em; }
.datalots-downloads { list-style: none; padding: 0; display: grid; gap: .4rem; }
.datalots-downloads button[disabled] { color: #595959; border-color: #767676; cursor: not-allowed; }
.datalots code { font-family: ui-monospace, monospace; overflow-wrap: anywhere; }
.datalots-field textarea.datalots-code { font-family: ui-monospace, monospace; font-size: .9rem; background: #f6f6f6; }
.datalots h5 { font-size: 1rem; margin: 1rem 0 .25rem; }
`;

// The procurement view (widget/procurement, a module of its own).
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

// The catalogue page (<datalots-catalog>, widget/catalog).
const CATALOG_STYLE = `
.dl-catalog h2 { font-size: 1.4rem; }
.dl-header p { margin: .25rem 0; }
.dl-tools { display: flex; flex-wrap: wrap; gap: 0 1.5rem; align-items: flex-start; }
.dl-tools .dl-search { flex: 1 1 18rem; }
.dl-tools input[type=search], .dl-tools select { font: inherit; padding: .3rem .4rem; border: 1px solid #767676;
  border-radius: 4px; background: var(--datalots-background, #fff); color: inherit; }
.dl-body { display: grid; grid-template-columns: minmax(12rem, 16rem) 1fr; gap: 1.5rem; }
@media (max-width: 40rem) { .dl-body { grid-template-columns: 1fr; } }
.dl-filter h3 { margin-top: .5rem; }
.dl-facet { border: 1px solid #c4c4c4; border-radius: 6px; margin: 0 0 .75rem; padding: .25rem .75rem .5rem; }
.dl-facet legend { font-weight: 600; padding: 0 .25rem; }
.dl-facet .datalots-option { align-items: flex-start; }
.dl-facet input { margin-top: .3rem; }
.dl-n { color: #595959; }
.dl-count { font-weight: 600; margin: .5rem 0; }
.dl-list, .dl-downloads { list-style: none; padding: 0; margin: 0; }
.dl-item { border-top: 1px solid #c4c4c4; padding: .5rem 0 .75rem; }
.dl-item h3 { margin: .25rem 0; font-size: 1.1rem; }
.dl-item p { margin: .25rem 0; }
.dl-pager { display: flex; gap: 1rem; align-items: baseline; margin: 1rem 0; flex-wrap: wrap; }
.dl-download { border: 1px solid #c4c4c4; border-radius: 6px; padding: .25rem 1rem; margin: .75rem 0; }
.dl-download h4 { margin: .5rem 0 .25rem; }
.dl-download-link { font-weight: 600; }
.dl-catalog h2[tabindex]:focus { outline: 3px solid var(--datalots-accent, #005a9c); outline-offset: 2px; }
.dl-visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.dl-error .dl-visitor { font-weight: 600; }
.dl-catalog [hidden] { display: none; }
`;

let sheet;
function styleSheet() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLE + PROCUREMENT_STYLE + CATALOG_STYLE);
  }
  return sheet;
}

// A problem the site's administrator must fix, in both languages.
class HostProblem extends Error {
  constructor(sv, en) {
    super(en);
    this.sv = sv;
    this.en = en;
  }
}

const CSP_HINT = "script-src 'self' 'wasm-unsafe-eval'; worker-src 'self' blob:";

// Can this page compile WebAssembly? A strict CSP without 'wasm-unsafe-eval' refuses.
async function checkWasm() {
  try {
    await WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]));
  } catch (err) {
    throw new HostProblem(
      `Webbplatsens Content-Security-Policy blockerar WebAssembly. Lägg till 'wasm-unsafe-eval' i script-src, till exempel: ${CSP_HINT}`,
      `The site's Content-Security-Policy blocks WebAssembly. Add 'wasm-unsafe-eval' to script-src, for example: ${CSP_HINT}`,
    );
  }
}

// Can this page start a module worker from a blob: URL (as gloo-worker does)?
function checkWorker() {
  return new Promise((resolve, reject) => {
    const problem = () => new HostProblem(
      `Webbplatsens Content-Security-Policy blockerar Web Workers från blob:-adresser. Lägg till blob: i worker-src, till exempel: ${CSP_HINT}`,
      `The site's Content-Security-Policy blocks Web Workers from blob: URLs. Add blob: to worker-src, for example: ${CSP_HINT}`,
    );
    let url;
    let worker;
    const done = (ok) => {
      clearTimeout(timer);
      worker?.terminate();
      if (url) URL.revokeObjectURL(url);
      ok ? resolve() : reject(problem());
    };
    const timer = setTimeout(() => done(false), 5000);
    try {
      url = URL.createObjectURL(new Blob(['postMessage(1)'], { type: 'application/javascript' }));
      worker = new Worker(url, { type: 'module' });
      worker.onmessage = () => done(true);
      worker.onerror = () => done(false);
    } catch (err) {
      done(false);
    }
  });
}

// The two modules a widget can start with: the publishing flow (pkg/datalots_widget*,
// with its worker) and, for mode="procurement", the procurement requirements
// (pkg/datalots_procurement*, which the flow also loads when they are opened from its
// tools bar).
const MODULES = {
  widget: { name: 'datalots_widget', worker: true },
  procurement: { name: 'datalots_procurement', worker: false },
  catalog: { name: 'datalots_catalog', worker: false },
};

// Fetches a module's .wasm, telling the administrator about a missing file, a CORS
// refusal or the wrong MIME type.
async function fetchWasm(wasmUrl) {
  let response;
  try {
    response = await fetch(wasmUrl);
  } catch (err) {
    throw new HostProblem(
      `Filen ${wasmUrl} kunde inte hämtas. Ligger widgeten på en annan webbplats måste den servern skicka rubriken Access-Control-Allow-Origin för .js- och .wasm-filerna.`,
      `The file ${wasmUrl} could not be fetched. When the widget is on another site, that server must send the Access-Control-Allow-Origin header for the .js and .wasm files.`,
    );
  }
  if (!response.ok) {
    throw new HostProblem(
      `Filen ${wasmUrl} svarade ${response.status}. Kopiera hela mappen med datalots-widget.js och pkg/ till webbservern.`,
      `The file ${wasmUrl} answered ${response.status}. Copy the whole folder with datalots-widget.js and pkg/ to the web server.`,
    );
  }
  const type = (response.headers.get('content-type') ?? '').split(';')[0].trim();
  if (type !== 'application/wasm') {
    throw new HostProblem(
      `Webbservern skickar ${wasmUrl.pathname} som "${type || 'okänd typ'}". Ställ in servern så att .wasm-filer skickas som application/wasm.`,
      `The web server sends ${wasmUrl.pathname} as "${type || 'unknown type'}". Configure the server to send .wasm files as application/wasm.`,
    );
  }
  return response;
}

// Loads a module once per page (every widget of the page shares it).
const ready = new Map();
function load(module) {
  if (!ready.has(module.name)) {
    ready.set(module.name, (async () => {
      await checkWasm();
      const script = new URL(`pkg/${module.name}.js`, base);
      const [m, wasm] = await Promise.all([
        import(script.href).catch(() => {
          throw new HostProblem(
            `Skriptet ${script} kunde inte laddas. Kontrollera att mappen pkg/ finns bredvid datalots-widget.js, och att servern skickar Access-Control-Allow-Origin om widgeten ligger på en annan webbplats.`,
            `The script ${script} could not be loaded. Check that the pkg/ folder is beside datalots-widget.js, and that the server sends Access-Control-Allow-Origin when the widget is on another site.`,
          );
        }),
        fetchWasm(new URL(`pkg/${module.name}_bg.wasm`, base)),
        module.worker ? checkWorker() : null,
      ]);
      await m.default({ module_or_path: wasm });
      return m;
    })());
  }
  return ready.get(module.name);
}

function adminMessage(root, err) {
  const box = document.createElement('div');
  box.className = 'datalots-admin';
  box.setAttribute('role', 'alert');
  box.setAttribute('data-testid', 'host-problem');
  const h = document.createElement('h2');
  h.textContent = 'Datalots kunde inte starta / Datalots could not start';
  const sv = document.createElement('p');
  sv.lang = 'sv';
  const en = document.createElement('p');
  en.lang = 'en';
  if (err instanceof HostProblem) {
    sv.textContent = `Till webbplatsens administratör: ${err.sv}`;
    en.textContent = `To the site's administrator: ${err.en}`;
  } else {
    sv.textContent = `Ett oväntat fel: ${err}`;
    en.textContent = `An unexpected error: ${err}`;
  }
  box.append(h, sv, en);
  root.replaceChildren(box);
}

// The file input the loader draws at once, before the module has loaded (one module
// serves the page and its worker, so it is the whole download): a file chosen or
// dropped here is handed to the app, which reads it as soon as it is up. Returns a
// function that gives that file (or undefined) and whether the input has focus.
function earlyFileInput(root, lang) {
  const en = /^en\b/i.test(lang);
  const box = document.createElement('div');
  box.className = 'datalots';
  const field = document.createElement('div');
  field.className = 'datalots-field';
  const label = document.createElement('label');
  label.textContent = en ? 'Choose a CSV file' : 'Välj en CSV-fil';
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = '.csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain';
  input.setAttribute('data-testid', 'file-input');
  input.setAttribute('data-early', '');
  label.className = 'datalots-control';
  label.append(input);
  const status = document.createElement('p');
  status.setAttribute('role', 'status');
  status.className = 'datalots-hint';
  status.textContent = en ? 'Datalots is loading. You can choose the file already.' : 'Datalots laddas. Du kan redan välja filen.';
  field.append(label, status);
  box.append(field);
  // A file dropped on the box is taken too; without this the browser would open it
  // and leave the page.
  // The last file chosen or dropped wins.
  let chosen;
  input.addEventListener('change', () => { chosen = input.files?.[0]; });
  box.addEventListener('dragover', (e) => e.preventDefault());
  box.addEventListener('drop', (e) => {
    e.preventDefault();
    const f = e.dataTransfer?.files?.[0];
    if (f) {
      chosen = f;
      status.textContent = en
        ? `«${f.name}» is read as soon as Datalots has loaded.`
        : `«${f.name}» läses så snart Datalots har laddats.`;
    }
  });
  root.replaceChildren(box);
  return () => ({
    file: chosen,
    focused: root.getRootNode().activeElement === input,
  });
}

function attr(el, name) {
  const v = el.getAttribute(name);
  return v === null || v === '' ? undefined : v;
}

class DatalotsWidget extends HTMLElement {
  async connectedCallback() {
    if (this.shadowRoot) return;
    // Open, so that assistive technology, axe and tests see inside.
    const shadow = this.attachShadow({ mode: 'open' });
    shadow.adoptedStyleSheets = [styleSheet()];
    const root = document.createElement('div');
    shadow.append(root);
    const config = {
      lang: attr(this, 'lang') ?? attr(this, 'data-lang') ?? document.documentElement.lang ?? 'sv',
      id: attr(this, 'id'),
      mode: attr(this, 'mode'),
      workerUrl: workerUrl.href,
      loaderUrl: import.meta.url,
      publisherName: attr(this, 'publisher-name'),
      publisherOrgnr: attr(this, 'publisher-orgnr'),
      publisherType: attr(this, 'publisher-type'),
      contactEmail: attr(this, 'contact-email'),
      baseUri: attr(this, 'base-uri'),
      lockPublisher: this.hasAttribute('lock-publisher'),
    };
    const procurement = config.mode === 'procurement';
    const early = procurement ? null : earlyFileInput(root, config.lang);
    try {
      const m = await load(procurement ? MODULES.procurement : MODULES.widget);
      const { file, focused } = early?.() ?? {};
      root.replaceChildren();
      if (procurement) {
        m.mount_procurement_view(root, config.lang, null);
      } else {
        m.mount_widget(root, config, file);
      }
      this.setAttribute('data-mounted', '');
      if (focused) requestAnimationFrame(() => shadow.querySelector('[data-testid=file-input]')?.focus());
    } catch (err) {
      adminMessage(root, err);
      this.setAttribute('data-failed', '');
    }
  }
}

if (!customElements.get('datalots-widget')) customElements.define('datalots-widget', DatalotsWidget);

// <datalots-catalog src="URL" lang="sv|en">: the catalogue at src (RDF/XML, Turtle or
// JSON-LD; same origin, or another that sends Access-Control-Allow-Origin) as a page
// for citizens. Its view lives in the page's URL fragment (one such element a page).
// Themed with the same custom properties as the widget.
class DatalotsCatalog extends HTMLElement {
  async connectedCallback() {
    if (this.shadowRoot) return;
    const shadow = this.attachShadow({ mode: 'open' });
    shadow.adoptedStyleSheets = [styleSheet()];
    const root = document.createElement('div');
    shadow.append(root);
    const lang = attr(this, 'lang') ?? attr(this, 'data-lang') ?? document.documentElement.lang ?? 'sv';
    const src = attr(this, 'src');
    const url = src === undefined ? '' : new URL(src, document.baseURI).href;
    // The catalogue is fetched while the module loads (the two took 170 and 230 ms of
    // a 1,000-dataset first page); the module reads the answer, or reports its failure.
    const early = url === '' ? undefined : fetch(url);
    early?.catch(() => {});
    try {
      const m = await load(MODULES.catalog);
      m.mount_catalog(root, url, lang, early);
      this.setAttribute('data-mounted', '');
    } catch (err) {
      adminMessage(root, err);
      this.setAttribute('data-failed', '');
    }
  }
}

if (!customElements.get('datalots-catalog')) customElements.define('datalots-catalog', DatalotsCatalog);
