// End-to-end: the kommun's own page from the widget (issue #25, item 3), in headless
// Chromium under the strict CSP. In step 5 and in «Vår katalog» the widget gives the
// snippet for the kommun's page with the catalogue's address filled in: pasted as it
// is into a page under the strict CSP, with the catalogue published at that address,
// it lists the datasets. The static pages come as a zip file made in the worker: it
// downloads, unpacks (Python's zipfile) to a folder whose index.html lists the
// datasets and whose links all resolve. Screenshots: target/e2e/own-page-*.png.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import * as support from './support.mjs';
import {
  root, targetDir, shots, STRICT_CSP, useBrowser, open, w, chooseFile, axe, switchLang, cp1252File,
  answerOpenData, runChild, outputOf, python, datalotsBin,
} from './support.mjs';

useBrowser();

const work = path.join(targetDir, 'e2e', 'own-page');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
// Where the test serves a file of `work` (the server serves target/).
const served = (file) => `${support.origin}/e2e/own-page/${file}`;

async function toPublish(page) {
  await chooseFile(page, cp1252File());
  await page.locator(w('next-step')).click();
  await answerOpenData(page);
  await page.locator(w('next-step')).click();
  await page.locator(w('describe')).waitFor();
  for (const [id, value] of Object.entries({
    'field-publisher-name': 'Exempelby kommun',
    'field-publisher-orgnr': '212000-0142',
    'field-contact-email': 'oppnadata@exempelby.se',
    'field-base-uri': 'https://exempelby.se/data',
  })) {
    await page.locator(w(id)).fill(value);
  }
  await page.locator(w('field-publisher-type')).selectOption('LocalAuthority');
  await page.locator(`${w('validation-summary')}[data-violations="0"]`).waitFor({ timeout: 20000 });
  await page.locator(w('step-publish')).click();
  await page.locator(w('own-page')).waitFor();
}

// The section's module (which also makes the zip).
const zipModule = (u) => /\/datalots_export_site(_bg\.wasm|\.js)$/.test(u);

// Opens the own page's section: the flow shows only its heading, a disclosure button;
// the module that draws the section is loaded on the click, not before.
async function openOwnPage(page, requests) {
  const button = page.locator(w('open-own-page'));
  assert.equal(await button.getAttribute('aria-expanded'), 'false');
  assert.equal(await page.locator(w('own-page-address')).count(), 0);
  if (requests) assert.deepEqual(requests.filter(zipModule), [], 'the module is not loaded before the section is opened');
  await button.focus();
  await page.keyboard.press('Enter');
  assert.equal(await button.getAttribute('aria-expanded'), 'true');
  await page.locator(w('own-page-address')).waitFor();
  if (requests) assert.equal(requests.filter(zipModule).length, 2, requests.filter(zipModule).join(' '));
}

async function download(page, testid, name) {
  const [d] = await Promise.all([page.waitForEvent('download', { timeout: 60000 }), page.locator(w(testid)).click()]);
  const file = path.join(work, name ?? d.suggestedFilename());
  await d.saveAs(file);
  return { file, suggested: d.suggestedFilename() };
}

// A page of the kommun's own site: the strict CSP, and the snippet pasted as it is.
function hostPage(name, snippet) {
  writeFileSync(path.join(work, name), `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${STRICT_CSP}">
<title>Öppna data i Exempelby</title>
<link rel="icon" href="/site/favicon.svg" type="image/svg+xml">
</head>
<body>
<h1>Öppna data i Exempelby</h1>
${snippet}
</body>
</html>
`);
  return served(name);
}

// Opens a page with <datalots-catalog> and waits for its list.
async function openCatalogPage(url) {
  const context = await support.browser.newContext();
  const page = await context.newPage();
  const errors = [];
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  assert.equal((await page.goto(url)).status(), 200);
  await page.waitForSelector('datalots-catalog[data-mounted]', { timeout: 30000 });
  await page.locator('datalots-catalog [data-testid=catalog-count]').waitFor({ timeout: 30000 });
  return { context, page, errors, requests };
}

// Unzips with Python's zipfile (the test venv's) into a fresh folder, after checking
// every member's CRC; returns the folder.
function unzip(zip, folder) {
  rmSync(folder, { recursive: true, force: true });
  const py = python('zipfile');
  const t = runChild(py, ['-m', 'zipfile', '-t', zip]);
  assert.equal(t.status, 0, `${zip} is not a sound zip file: ${t.stdout}${t.stderr}`);
  outputOf(py, ['-m', 'zipfile', '-e', zip, folder]);
  return folder;
}

function files(dir) {
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

// Every relative link (href, src) of every page of the folder points at one of its files.
function assertLinksResolve(folder) {
  let checked = 0;
  for (const file of files(folder).filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(file, 'utf8');
    for (const [, link] of html.matchAll(/(?:href|src)="([^"]*)"/g)) {
      if (link.includes(':') || link.startsWith('#')) continue;
      const target = path.resolve(path.dirname(file), link.split('#')[0]);
      assert.ok(existsSync(target), `${path.relative(folder, file)} links ${link}`);
      checked++;
    }
  }
  return checked;
}

test('step 5: the snippet with the catalogue\'s address works on a page under the strict CSP; copy; the zip unpacks to pages whose links resolve', async () => {
  const { context, page, requests, errors } = await open();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: support.origin });
  await toPublish(page);
  await openOwnPage(page, requests);

  // The address proposed: the base address and the catalogue file's name.
  const address = page.locator(w('own-page-address'));
  assert.equal(await address.inputValue(), 'https://exempelby.se/data/dcat.rdf');
  const snippet = page.locator(w('own-page-snippet'));
  assert.equal(await snippet.inputValue(),
    `<script type="module" src="${support.origin}/site/datalots-widget.js"></script>\n`
    + '<datalots-catalog src="https://exempelby.se/data/dcat.rdf" lang="sv"></datalots-catalog>');
  assert.deepEqual(await axe(page), [], 'step 5 with the own page, sv');
  await page.locator(w('own-page')).screenshot({ path: path.join(shots, 'own-page-step5-sv.png') });

  // A wrong address is named; then the address where this test publishes the file.
  await address.fill('exempelby.se/dcat.rdf');
  await page.locator(w('own-page-address-problem'), { hasText: 'https://' }).waitFor();
  const published = served('dcat.rdf');
  await address.fill(published);
  await page.locator(w('own-page-address-problem')).waitFor({ state: 'detached' });
  const code = await snippet.inputValue();
  assert.ok(code.includes(`<datalots-catalog src="${published}" lang="sv">`), code);

  // Copy: the clipboard holds the snippet, and the status says so.
  await page.locator(w('copy-snippet')).click();
  await page.locator(w('copy-status'), { hasText: 'Koden är kopierad.' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), code);

  // The catalogue, published where the address says; the snippet pasted as it is.
  const rdf = await download(page, 'download-rdfxml');
  assert.equal(rdf.suggested, 'dcat.rdf');
  const kommun = await openCatalogPage(hostPage('kommun.html', code));
  assert.equal(await kommun.page.locator('datalots-catalog [data-testid=catalog-count]').textContent(), '1 datamängd');
  assert.equal(await kommun.page.locator('datalots-catalog [data-testid=catalog-item] a').first().textContent(), 'Befolkning');
  await kommun.page.screenshot({ path: path.join(shots, 'own-page-kommun-sv.png'), fullPage: true });
  const foreign = kommun.requests.filter((u) => !u.startsWith(support.origin + '/'));
  assert.deepEqual(foreign, []);
  assert.deepEqual(kommun.errors, []);
  await kommun.context.close();

  // The static pages: made in the section's worker by the same module, downloaded as
  // a zip, unpacked by Python.
  const zip = await download(page, 'download-site-zip');
  assert.equal(zip.suggested, 'dcat-webbsidor.zip');
  await page.locator(w('site-zip-status'), { hasText: 'dcat-webbsidor.zip' }).waitFor();
  const folder = unzip(zip.file, path.join(work, 'sidor'));
  const index = readFileSync(path.join(folder, 'index.html'), 'utf8');
  assert.match(index, /<html lang="sv">/);
  assert.match(index, /data-testid="catalog-item"[^>]*>\n<h2><a href="dataset\/befolkning[^"]*\.html">Befolkning<\/a>/);
  assert.ok(index.includes(`href="${published}"`), 'the index links the catalogue file at its address');
  assert.ok(existsSync(path.join(folder, 'site.css')) && existsSync(path.join(folder, 'site.js')));
  assert.ok(assertLinksResolve(folder) >= 4);
  // The folder works as a site: its index and the dataset page, served.
  const p2 = await context.newPage();
  await p2.goto(served('sidor/index.html'));
  await p2.locator('[data-testid=catalog-item] a').first().click();
  await p2.locator('h1', { hasText: 'Befolkning' }).waitFor();
  assert.match(p2.url(), /\/e2e\/own-page\/sidor\/dataset\/befolkning[^/]*\.html$/);
  await p2.close();

  // In English.
  await switchLang(page, 'Describe and publish open data');
  assert.equal(await page.locator(w('own-page')).locator('h4').textContent(), 'Show the catalogue on your own web site');
  assert.equal(await page.locator(w('own-page')).locator('label').first().textContent(), "The catalogue file's address");
  assert.ok((await snippet.inputValue()).endsWith(`<datalots-catalog src="${published}" lang="en"></datalots-catalog>`));
  assert.deepEqual(await axe(page), [], 'step 5 with the own page, en');
  await page.locator(w('own-page')).screenshot({ path: path.join(shots, 'own-page-step5-en.png') });

  const off = requests.filter((u) => !u.startsWith(support.origin + '/') && !u.startsWith('data:') && !u.startsWith('blob:'));
  assert.deepEqual(off, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('Vår katalog: a JSON-LD catalogue, the address typed, the snippet and the zip of both datasets', async () => {
  const bin = datalotsBin();
  const csv = path.join(root, 'tests/fixtures/csv/befolkning_2024.csv');
  const common = ['--answers', path.join(root, 'tests/fixtures/answers/open-facts.json'),
    '--publisher', path.join(root, 'tests/fixtures/publisher/exempelby.toml')];
  const one = path.join(work, 'en.jsonld');
  const both = path.join(work, 'katalog.jsonld');
  for (const args of [['--title', 'Befolkning i kommunerna', '--out', one],
    ['--title', 'Äldre i kommunerna', '--catalog', one, '--out', both]]) {
    outputOf(bin, ['describe', csv, ...common, ...args]);
  }

  const { context, page, errors } = await open();
  await page.locator(w('open-catalog')).click();
  await page.locator(w('catalog-file')).setInputFiles(both);
  await page.locator(w('catalog-row')).first().waitFor();
  await page.locator(w('own-page')).waitFor();
  await openOwnPage(page);
  // No base address typed in this widget: nothing to propose, so the steward is asked.
  const address = page.locator(w('own-page-address'));
  assert.equal(await address.inputValue(), '');
  await page.locator(w('own-page-address-problem')).waitFor();
  const published = served('katalog.jsonld');
  await address.fill(published);
  const code = await page.locator(w('own-page-snippet')).inputValue();
  assert.ok(code.includes(`<datalots-catalog src="${published}" lang="sv">`), code);
  assert.deepEqual(await axe(page), [], 'Vår katalog with the own page, sv');
  await page.locator(w('own-page')).screenshot({ path: path.join(shots, 'own-page-catalog-sv.png') });

  const kommun = await openCatalogPage(hostPage('kommun-jsonld.html', code));
  assert.equal(await kommun.page.locator('datalots-catalog [data-testid=catalog-count]').textContent(), '2 datamängder');
  assert.deepEqual(kommun.errors, []);
  await kommun.context.close();

  // The JSON-LD catalogue's pages: read in the worker, made by the module it loads.
  const zip = await download(page, 'download-site-zip');
  assert.equal(zip.suggested, 'katalog-webbsidor.zip');
  const folder = unzip(zip.file, path.join(work, 'sidor-jsonld'));
  const index = readFileSync(path.join(folder, 'index.html'), 'utf8');
  for (const t of ['Befolkning i kommunerna', 'Äldre i kommunerna']) assert.ok(index.includes(`>${t}</a>`), t);
  assert.equal(readdirSync(path.join(folder, 'dataset')).length, 2);
  assert.ok(assertLinksResolve(folder) >= 6);

  // The address typed is kept for the next time (one kommun, one catalogue).
  await page.reload();
  await page.locator(w('open-catalog')).click();
  await page.locator(w('catalog-file')).setInputFiles(both);
  await page.locator(w('own-page')).waitFor();
  await openOwnPage(page);
  assert.equal(await page.locator(w('own-page-address')).inputValue(), published);
  await page.locator(w('lang-toggle')).click();
  await page.locator('datalots-widget [data-testid=catalog-view] h2', { hasText: 'Our catalogue' }).waitFor();
  assert.equal(await page.locator(w('own-page')).locator('h4').textContent(), 'Show the catalogue on your own web site');
  assert.deepEqual(await axe(page), [], 'Vår katalog with the own page, en');
  await page.locator(w('own-page')).screenshot({ path: path.join(shots, 'own-page-catalog-en.png') });
  assert.deepEqual(errors, []);
  await context.close();
});
