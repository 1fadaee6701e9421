// Times <datalots-catalog> in headless Chromium on a large catalogue: how long until the
// first page of the list shows (from navigation, a cold cache each run: the loader, the
// module, fetching and reading the catalogue, the first render), and how long each
// keystroke of a search takes (the input handler: search, facets, render; and until
// the next frame). Prints one JSON line. Used by `cargo xtask bench --part page`.
//   node tests/bench/catalog-page.mjs SITE_DIR CATALOGUE.rdf [RUNS]
import { createServer } from 'node:http';
import { createReadStream, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const [siteArg, catalogueArg, runsArg] = process.argv.slice(2);
const siteDir = path.resolve(siteArg);
const catalogue = path.resolve(catalogueArg);
const runs = Number(runsArg) || 3;
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self' blob:";
const TYPES = { '.wasm': 'application/wasm', '.js': 'text/javascript', '.html': 'text/html', '.rdf': 'application/rdf+xml', '.css': 'text/css' };
const host = `<!doctype html><html lang="sv"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}"><title>catalogue page benchmark</title>
<script type="module" src="/datalots-widget.js"></script></head>
<body><datalots-catalog src="/bench/katalog.rdf" lang="sv"></datalots-catalog></body></html>`;

const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  if (url.pathname === '/bench/') {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(host);
    return;
  }
  const file = url.pathname === '/bench/katalog.rdf' ? catalogue : path.join(siteDir, path.normalize(url.pathname));
  if (!file.startsWith(siteDir) && file !== catalogue || !existsSync(file) || statSync(file).isDirectory()) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'content-length': statSync(file).size });
  createReadStream(file).pipe(res);
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
try {
  const firstPage = [];
  let keys = null;
  for (let r = 0; r < runs; r++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}/bench/`);
    await page.waitForFunction(
      () => document.querySelector('datalots-catalog')?.shadowRoot?.querySelector('[data-testid=catalog-item]'),
      null, { polling: 'raf', timeout: 60000 });
    firstPage.push(await page.evaluate(() => performance.now()));
    const count = await page.evaluate(() => document.querySelector('datalots-catalog').shadowRoot.querySelector('[data-testid=catalog-count]').textContent);
    if (r === runs - 1) {
      // Each keystroke of a search, typed into the box as a person would, one at a time.
      keys = await page.evaluate(async (query) => {
        const root = document.querySelector('datalots-catalog').shadowRoot;
        const input = root.querySelector('[data-testid=catalog-search]');
        const handler = [];
        const frame = [];
        for (let i = 1; i <= query.length; i++) {
          const start = performance.now();
          input.value = query.slice(0, i);
          input.dispatchEvent(new InputEvent('input', { bubbles: true }));
          handler.push(performance.now() - start);
          await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
          frame.push(performance.now() - start);
        }
        return { handler, frame, count: root.querySelector('[data-testid=catalog-count]').textContent };
      }, 'återvinningsstationer');
      keys.listed = count;
    }
    await context.close();
  }
  console.log(JSON.stringify({
    catalogue_bytes: statSync(catalogue).size,
    listed: keys.listed,
    first_page_ms: { best: Math.min(...firstPage), median: median(firstPage), runs: firstPage },
    keystroke_handler_ms: { max: Math.max(...keys.handler), median: median(keys.handler) },
    keystroke_frame_ms: { max: Math.max(...keys.frame), median: median(keys.frame) },
    keystrokes: keys.handler.length,
    found: keys.count,
  }));
} finally {
  await browser.close();
  server.close();
}
