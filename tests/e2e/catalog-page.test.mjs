// End-to-end: <datalots-catalog> (issue #25) in headless Chromium under the strict CSP,
// on a catalogue of 30 datasets written by `datalots describe` (the rows of
// tests/fixtures/site/datasets.tsv, each from tests/fixtures/csv/befolkning_2024.csv),
// whose files are served beside it so that the download links work; and the static
// pages `datalots site` writes from the same catalogue.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { root, targetDir, shots, STRICT_CSP, useBrowser, browser, axe } from './support.mjs';
import * as support from './support.mjs';

useBrowser();

const work = path.join(targetDir, 'e2e', 'catalog-page');
const at = (file) => `${support.origin}/e2e/catalog-page/${file}`;
const C = 'datalots-catalog';
const t = (id) => `${C} [data-testid=${id}]`;

function datalots(args) {
  const bin = process.env.DATALOTS_BIN ?? path.join(targetDir, 'debug', 'datalots');
  assert.ok(existsSync(bin), `${bin} is missing: cargo xtask test builds it before the browser tests`);
  const r = spawnSync(bin, args, { encoding: 'utf8', cwd: root });
  assert.equal(r.status, 0, `datalots ${args.join(' ')}\n${r.stdout}${r.stderr}`);
  return r;
}

// The rows of the sample: answers, title, description, keywords, themes, hvd.
const rows = readFileSync(path.join(root, 'tests/fixtures/site/datasets.tsv'), 'utf8')
  .split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t'));
const slug = (title) => title.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '')
  .replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

const page = (lang, src) => `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${STRICT_CSP}">
<title>Katalogsida ${lang}</title>
<link rel="icon" href="/site/favicon.svg" type="image/svg+xml">
<script type="module" src="/site/datalots-widget.js"></script>
</head>
<body>
<h1>Exempelby kommun</h1>
<${C} src="${src}" lang="${lang}"></${C}>
</body>
</html>
`;

// The catalogue, its files and the host pages, written once the server's address is
// known (the download links point at it): by the first test that opens a page.
let written = false;
function setup() {
  if (written) return;
  written = true;
  rmSync(work, { recursive: true, force: true });
  mkdirSync(path.join(work, 'filer'), { recursive: true });
  const csv = path.join(root, 'tests/fixtures/csv/befolkning_2024.csv');
  const answers = { open: 'open-facts.json', attribution: 'attribution.json', hvd: 'high-value.json' };
  const rdf = path.join(work, 'katalog.rdf');
  rows.forEach(([kind, title, description, keywords, themes, hvd], i) => {
    // The file under its own name: the data dictionary is written beside it as
    // FILE.csv-metadata.json, where the catalogue's dcterms:conformsTo points.
    const file = `${slug(title)}.csv`;
    const copy = path.join(work, 'filer', file);
    copyFileSync(csv, copy);
    const args = ['describe', copy, '--answers', `tests/fixtures/answers/${answers[kind]}`,
      '--publisher', 'tests/fixtures/publisher/exempelby.toml', '--title', title, '--description', description,
      '--download-url', at(`filer/${file}`), '--schema-dir', path.join(work, 'filer')];
    for (const k of keywords.split(',').filter(Boolean)) args.push('--keyword', k);
    for (const th of themes.split(',').filter(Boolean)) args.push('--theme', th);
    for (const h of hvd.split(',').filter(Boolean)) args.push('--hvd-category', h);
    if (i > 0) args.push('--catalog', rdf);
    if (i === rows.length - 1) datalots([...args, '--out', path.join(work, 'katalog.jsonld')]);
    datalots([...args, i > 0 ? '--in-place' : '--out', ...(i > 0 ? [] : [rdf])]);
  });
  // A catalogue broken on line 4, and the host pages.
  writeFileSync(path.join(work, 'trasig.rdf'), '<?xml version="1.0"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n  <rdf:Description>\n</rdf:RDF>\n');
  writeFileSync(path.join(work, 'sv.html'), page('sv', 'katalog.rdf'));
  writeFileSync(path.join(work, 'en.html'), page('en', 'katalog.rdf'));
  writeFileSync(path.join(work, 'jsonld.html'), page('sv', 'katalog.jsonld'));
  writeFileSync(path.join(work, 'trasig.html'), page('sv', 'trasig.rdf'));
  writeFileSync(path.join(work, 'saknas.html'), page('en', 'finns-inte.rdf'));
}

// Every request of every test, to check that none leaves the origin.
const everyRequest = [];

async function open(file, { ready = 'catalog-count' } = {}) {
  setup();
  const context = await browser.newContext();
  const p = await context.newPage();
  const errors = [];
  p.on('request', (r) => everyRequest.push(r.url()));
  p.on('pageerror', (e) => errors.push(String(e)));
  p.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  const response = await p.goto(at(file));
  assert.equal(response.status(), 200);
  await p.waitForSelector(`${C}[data-mounted]`, { timeout: 30000 });
  if (ready) await p.locator(t(ready)).first().waitFor({ timeout: 30000 });
  return { context, page: p, errors };
}

const count = (p) => p.locator(t('catalog-count')).textContent();
// The count's text for n datasets (with «, visar 1–10» when there is more than a page).
const counted = (n) => new RegExp(`^${n} datamängd(er)?(,|$)`);
const items = (p) => p.locator(t('catalog-item')).count();
const shadowActive = (p) => p.evaluate(() => {
  const a = document.querySelector('datalots-catalog').shadowRoot.activeElement;
  return a ? { testid: a.getAttribute('data-testid'), id: a.id, tag: a.tagName, text: a.textContent, outline: getComputedStyle(a).outlineStyle } : null;
});
const has = (row, col, value) => row[col].split(',').includes(value);

test('the list: 30 datasets, a search narrows it and the count is announced, two facets combine, next page', async () => {
  const { context, page: p, errors } = await open('sv.html');
  assert.equal(await count(p), '30 datamängder, visar 1–10');
  assert.equal(await items(p), 10);
  // The count is in a polite live region.
  assert.equal(await p.locator(`${C} [aria-live=polite] [data-testid=catalog-count]`).count(), 1);
  await p.screenshot({ path: path.join(shots, 'catalog-page-list-sv.png'), fullPage: true });

  // A search: «aldreboenden» finds «Äldreboenden» (a finds ä).
  await p.locator(t('catalog-search')).fill('aldreboenden');
  await p.locator(t('catalog-count'), { hasText: /^1 datamängd$/ }).waitFor();
  assert.equal(await p.locator(t('catalog-item')).first().locator('a').textContent(), 'Äldreboenden');
  assert.match(await p.evaluate(() => location.hash), /^#q=aldreboenden$/);
  // «skola»: in titles, descriptions or keywords.
  await p.locator(t('catalog-search')).fill('skola');
  const skola = rows.filter((r) => `${r[1]} ${r[2]} ${r[3]}`.toLowerCase().includes('skola')).length;
  assert.ok(skola > 1 && skola < 10, `${skola}`);
  await p.locator(t('catalog-count'), { hasText: counted(skola) }).waitFor();
  assert.equal(await items(p), skola);
  await p.locator(t('catalog-search')).fill('');
  await p.locator(t('catalog-count'), { hasText: /^30 datamängder/ }).waitFor();

  // Two facets: theme «Utbildning, kultur och sport» and keyword «skola» (AND).
  const facet = (name) => p.locator(`${C} [data-testid=catalog-facet][data-facet=${name}]`);
  assert.equal(await p.locator(t('catalog-facet')).count(), 5, 'theme, format, licence, keyword, hvd');
  const educ = rows.filter((r) => has(r, 4, 'EDUC')).length;
  await facet('theme').getByLabel(/Utbildning, kultur och sport/).check();
  await p.locator(t('catalog-count'), { hasText: counted(educ) }).waitFor();
  const both = rows.filter((r) => has(r, 4, 'EDUC') && has(r, 3, 'skola')).length;
  assert.ok(both > 0 && both < educ);
  await facet('keyword').getByLabel(/^skola/).check();
  await p.locator(t('catalog-count'), { hasText: counted(both) }).waitFor();
  assert.equal(await items(p), both);
  assert.match(await p.evaluate(() => location.hash), /theme=EDUC&keyword=skola/);
  await p.screenshot({ path: path.join(shots, 'catalog-page-facets-sv.png'), fullPage: true });
  // HVD: the facet's count is the datasets with a category.
  const hvd = rows.filter((r) => r[5]).length;
  await p.locator(t('catalog-clear')).click();
  await p.locator(t('catalog-count'), { hasText: /^30 datamängder/ }).waitFor();
  const hvdCounts = await facet('hvd').locator('label').allTextContents();
  const summed = hvdCounts.map((l) => Number(l.match(/\((\d+)\)$/)[1])).reduce((a, b) => a + b, 0);
  assert.ok(summed >= hvd, `${hvdCounts}`);

  // The next page.
  await p.locator(t('catalog-next-page')).click();
  await p.locator(t('catalog-count'), { hasText: 'visar 11–20' }).waitFor();
  assert.equal(await items(p), 10);
  assert.match(await p.evaluate(() => location.hash), /page=2/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a dataset page: distributions with working download links; reload keeps the view, back returns to the list', async () => {
  const { context, page: p, errors } = await open('sv.html#q=bad');
  const n = rows.filter((r) => `${r[1]} ${r[2]} ${r[3]}`.toLowerCase().includes('bad')).length;
  await p.locator(t('catalog-count'), { hasText: counted(n) }).waitFor();
  assert.equal(await p.locator(t('catalog-search')).inputValue(), 'bad', 'the search comes from the fragment');
  await p.locator(`${C} [data-testid=catalog-item][data-slug=badplatser] a`).click();
  await p.locator(t('dataset-page')).waitFor();
  assert.equal(await p.locator(`${t('dataset-page')} h2`).textContent(), 'Badplatser');
  const dists = p.locator(t('dataset-distribution'));
  assert.ok(await dists.count() >= 1);
  const href = await dists.first().locator('a[href]').getAttribute('href');
  assert.equal(href, at('filer/badplatser.csv'));
  const download = await p.request.get(href);
  assert.equal(download.status(), 200);
  assert.match(await download.text(), /^kommunkod;kommun/);
  const text = await p.locator(t('dataset-page')).textContent();
  for (const part of ['Det här får du göra', 'Utgivare', 'Kontakt', 'oppnadata@exempelby.se', 'Databeskrivning', 'Tillbaka till listan']) {
    assert.ok(text.includes(part), `${part} in ${text}`);
  }
  // The data dictionary the catalogue links (dcterms:conformsTo) is served too.
  const dictionary = await p.locator(t('dataset-dictionary')).first().locator('a').getAttribute('href');
  assert.equal((await p.request.get(dictionary)).status(), 200, dictionary);
  await p.screenshot({ path: path.join(shots, 'catalog-page-dataset-sv.png'), fullPage: true });
  assert.match(await p.evaluate(() => location.hash), /^#q=bad&dataset=badplatser$/);

  await p.reload();
  await p.locator(t('dataset-page')).waitFor({ timeout: 30000 });
  assert.equal(await p.locator(`${t('dataset-page')} h2`).textContent(), 'Badplatser');

  await p.goBack();
  await p.locator(t('catalog-count'), { hasText: counted(n) }).waitFor();
  assert.ok(await p.locator(t('dataset-page')).count() === 0 || !(await p.locator(t('dataset-page')).isVisible()));
  assert.equal(await p.locator(t('catalog-search')).inputValue(), 'bad');
  assert.deepEqual(errors, []);
  await context.close();
});

test('axe finds nothing at the list and a dataset page, in Swedish and English', async () => {
  for (const [lang, heading] of [['sv', '30 datamängder'], ['en', '30 datasets']]) {
    const { context, page: p } = await open(`${lang}.html`);
    assert.match(await count(p), new RegExp(`^${heading}`));
    assert.deepEqual(await axe(p), [], `list, ${lang}`);
    await p.locator(`${C} [data-testid=catalog-facet][data-facet=theme] input`).first().check();
    assert.deepEqual(await axe(p), [], `list with a facet, ${lang}`);
    await p.locator(`${C} [data-testid=catalog-item] a`).first().click();
    await p.locator(t('dataset-page')).waitFor();
    assert.deepEqual(await axe(p), [], `dataset page, ${lang}`);
    if (lang === 'en') {
      assert.ok((await p.locator(t('dataset-page')).textContent()).includes('What you may do'));
      await p.screenshot({ path: path.join(shots, 'catalog-page-dataset-en.png'), fullPage: true });
    }
    await context.close();
  }
});

test('keyboard only: search, a facet, a dataset and back, with visible focus', async () => {
  const { context, page: p } = await open('sv.html');
  let a = null;
  for (let i = 0; i < 10 && a?.testid !== 'catalog-search'; i++) {
    await p.keyboard.press('Tab');
    a = await shadowActive(p);
  }
  assert.equal(a?.testid, 'catalog-search', 'the search box is reachable with Tab');
  assert.equal(a.outline, 'solid', 'focus is visible');
  await p.keyboard.type('park');
  const parks = rows.filter((r) => `${r[1]} ${r[2]} ${r[3]}`.toLowerCase().includes('park')).length;
  await p.locator(t('catalog-count'), { hasText: counted(parks) }).waitFor();
  // Tab to the first checkbox and tick it with Space: the focus stays on it.
  const isCheckbox = (x) => x?.tag === 'INPUT' && /^dl-(theme|format|licence|keyword|hvd)-/.test(x.id);
  for (let i = 0; i < 10 && !isCheckbox(a); i++) {
    await p.keyboard.press('Tab');
    a = await shadowActive(p);
  }
  assert.ok(isCheckbox(a), `${JSON.stringify(a)}`);
  const id = a.id;
  await p.keyboard.press('Space');
  await p.waitForFunction((id) => document.querySelector('datalots-catalog').shadowRoot.getElementById(id)?.checked, id);
  assert.equal((await shadowActive(p)).id, id, 'the focus stays on the checkbox');
  // On to the first dataset link, Enter, then back with the link at the top.
  for (let i = 0; i < 40 && !(a?.tag === 'A' && a.text && !a.testid); i++) {
    await p.keyboard.press('Tab');
    a = await shadowActive(p);
  }
  assert.equal(a.tag, 'A', 'a dataset link is reachable');
  assert.equal(a.outline, 'solid');
  const title = a.text;
  await p.keyboard.press('Enter');
  await p.locator(t('dataset-page')).waitFor();
  a = await shadowActive(p);
  assert.equal(a.text, title, "the dataset page's heading has the focus");
  // The link back is just before the heading.
  await p.keyboard.press('Shift+Tab');
  a = await shadowActive(p);
  assert.equal(a.testid, 'catalog-back');
  await p.keyboard.press('Enter');
  await p.locator(t('catalog-count')).waitFor();
  a = await shadowActive(p);
  assert.equal(a.text, title, "back in the list, the dataset's link has the focus");
  await context.close();
});

test('a JSON-LD catalogue loads the JSON-LD module and shows the same list', async () => {
  const { context, page: p, errors } = await open('jsonld.html');
  assert.equal(await count(p), '30 datamängder, visar 1–10');
  assert.ok(everyRequest.some((u) => u.endsWith('/pkg/datalots_json_ld_bg.wasm')));
  assert.deepEqual(errors, []);
  await context.close();
});

test('a broken or missing catalogue: a short message for the visitor, the line or status for the administrator', async () => {
  const { context, page: p } = await open('trasig.html', { ready: 'catalog-error' });
  const text = await p.locator(t('catalog-error')).textContent();
  assert.ok(text.includes('Katalogen kan inte visas just nu'), text);
  assert.ok(text.includes(at('trasig.rdf')), text);
  assert.ok(text.includes('rad 4'), text);
  assert.ok(text.includes('line 4'), text);
  assert.deepEqual(await axe(p), []);
  await p.screenshot({ path: path.join(shots, 'catalog-page-error-sv.png'), fullPage: true });
  await context.close();
  const missing = await open('saknas.html', { ready: 'catalog-error' });
  const said = await missing.page.locator(t('catalog-error')).textContent();
  assert.ok(said.includes('HTTP status 404') && said.includes(at('finns-inte.rdf')), said);
  await missing.context.close();
});

test('the catalogue page loads only its own module, and no request leaves the origin', async () => {
  const { context, page: p } = await open('sv.html');
  const mine = everyRequest.filter((u) => u.startsWith(at('sv.html')) || u.includes('/pkg/'));
  assert.ok(!everyRequest.some((u) => u.includes('datalots_widget_bg.wasm')), 'the publishing flow is not loaded');
  assert.ok(mine.some((u) => u.endsWith('/pkg/datalots_catalog_bg.wasm')));
  const foreign = everyRequest.filter((u) => !u.startsWith(`${support.origin}/`) && !u.startsWith('data:') && !u.startsWith('blob:'));
  assert.deepEqual(foreign, []);
  await context.close();
});

test('the static pages of `datalots site`: axe finds nothing, the search works under their CSP', async () => {
  setup();
  const out = path.join(work, 'sidor');
  datalots(['site', path.join(work, 'katalog.rdf'), '--out', out, '--base-url', at('sidor')]);
  const context = await browser.newContext();
  // The folder has no icon: the browser's request for the site's /favicon.ico is the
  // host's business, not the pages'.
  await context.route('**/favicon.ico', (r) => r.fulfill({ status: 204 }));
  const p = await context.newPage();
  const errors = [];
  p.on('pageerror', (e) => errors.push(String(e)));
  p.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await p.goto(at('sidor/index.html'));
  await p.locator('[data-testid=catalog-search]').waitFor({ state: 'visible' });
  assert.equal(await p.locator('[data-testid=catalog-item]').count(), 30);
  assert.deepEqual(await axe(p), [], 'static index');
  await p.locator('[data-testid=catalog-search]').fill('ostersund');
  await p.locator('[data-testid=catalog-count]', { hasText: /^0 datamängder$/ }).waitFor();
  await p.locator('[data-testid=catalog-search]').fill('aldreboenden');
  await p.locator('[data-testid=catalog-count]', { hasText: /^1 datamängd$/ }).waitFor();
  assert.equal(await p.locator('[data-testid=catalog-item]:visible').count(), 1);
  await p.screenshot({ path: path.join(shots, 'catalog-site-index-sv.png'), fullPage: true });
  await p.locator('[data-testid=catalog-item]:visible a').click();
  await p.locator('[data-testid=dataset-page]').waitFor();
  assert.deepEqual(await axe(p), [], 'static dataset page');
  const href = await p.locator('[data-testid=dataset-distribution] a[href]').first().getAttribute('href');
  assert.equal((await p.request.get(href)).status(), 200);
  await p.screenshot({ path: path.join(shots, 'catalog-site-dataset-sv.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});
