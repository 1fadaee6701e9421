// End-to-end: the built site (target/site/) in headless Chromium.
//
// The site is served by Python's http.server from the *target/* directory, so the
// widget runs from a sub-path (/site/) on a server that knows nothing about it: the
// same situation as a municipality copying target/site/ onto its own web server.
//
// Run by `cargo xtask test` after `cargo xtask dist`; by hand: `node --test tests/e2e/`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const targetDir = process.env.DATALOTS_TARGET_DIR ?? path.join(root, 'target');
const chromiumPath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const axeSource = readFileSync(path.join(root, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

let server;
let origin;
let browser;

function startServer() {
  return new Promise((resolve, reject) => {
    server = spawn('python3', ['-u', '-m', 'http.server', '0', '--bind', '127.0.0.1', '--directory', targetDir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    server.stdout.on('data', (chunk) => {
      out += chunk;
      const m = out.match(/port (\d+)/);
      if (m) resolve(`http://127.0.0.1:${m[1]}`);
    });
    server.on('exit', (code) => reject(new Error(`python3 -m http.server exited with ${code}: ${out}`)));
    setTimeout(() => reject(new Error(`python3 -m http.server did not start: ${out}`)), 10000);
  });
}

before(async () => {
  assert.ok(existsSync(path.join(targetDir, 'site', 'index.html')), 'target/site/index.html is missing: run `cargo xtask dist` first');
  origin = await startServer();
  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
});

after(async () => {
  await browser?.close();
  server?.kill();
});

// Opens the site in a fresh context and records every request and page error.
async function openSite() {
  const context = await browser.newContext();
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('response', (r) => { if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`); });
  const response = await page.goto(`${origin}/site/index.html`);
  assert.equal(response.status(), 200);
  await page.waitForSelector('datalots-widget[data-mounted]', { timeout: 20000 });
  await page.locator('datalots-widget [data-testid=heading]').waitFor();
  return { context, page, requests, errors };
}

test('the widget mounts from a sub-path, in Swedish, with a labelled file input', async () => {
  const { context, page, errors } = await openSite();
  assert.equal(await page.locator('datalots-widget [data-testid=heading]').textContent(), 'Beskriv och publicera öppna data');
  const input = page.getByLabel('Välj en CSV-fil');
  assert.equal(await input.getAttribute('data-testid'), 'file-input');
  assert.equal(await input.getAttribute('type'), 'file');
  assert.ok(await page.locator('datalots-widget label').isVisible(), 'the label is visible');
  assert.deepEqual(errors, []);
  await context.close();
});

test('axe-core finds no WCAG 2.1 A/AA violations, in Swedish and in English', async () => {
  const { context, page } = await openSite();
  await page.addScriptTag({ content: axeSource });
  const run = () => page.evaluate(() => axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  }));
  const describe = (res) => res.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  let res = await run();
  assert.ok(res.passes.length > 0, 'axe ran its rules');
  assert.deepEqual(describe(res), []);

  await page.locator('datalots-widget [data-testid=lang-switch]').click();
  await page.locator('datalots-widget [data-testid=heading]', { hasText: 'Describe and publish open data' }).waitFor();
  res = await run();
  assert.deepEqual(describe(res), []);
  await context.close();
});

test('no request leaves the page origin, and choosing a file uploads nothing', async () => {
  const { context, page, requests, errors } = await openSite();
  assert.ok(requests.some((u) => u.endsWith('/site/pkg/datalots_widget_bg.wasm')), `the wasm was fetched: ${requests}`);
  const before = requests.length;

  const csv = Buffer.from('kommunkod;namn;antal\n0114;Upplands Väsby;48 000\n', 'utf8');
  assert.equal(csv.length, 49, 'ä is two bytes in UTF-8');
  await page.locator('datalots-widget [data-testid=file-input]').setInputFiles({
    name: 'befolkning.csv',
    mimeType: 'text/csv',
    buffer: csv,
  });
  const status = page.locator('datalots-widget [data-testid=file-status]');
  await status.filter({ hasText: 'befolkning.csv' }).waitFor();
  assert.match(await status.textContent(), /^Vald fil: befolkning\.csv, 49 byte$/);
  // Give a stray upload a moment to show up before counting.
  await page.waitForTimeout(200);

  assert.equal(requests.length, before, `requests after choosing a file: ${requests.slice(before)}`);
  const foreign = requests.filter((u) => !u.startsWith(origin + '/') && !u.startsWith('data:') && !u.startsWith('blob:'));
  assert.deepEqual(foreign, []);
  assert.deepEqual(errors, []);
  await context.close();
});
