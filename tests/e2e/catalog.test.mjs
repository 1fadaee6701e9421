// End-to-end: the widget's "Vår katalog" view (issue #14) in headless Chromium under
// the strict CSP. A catalogue of two datasets is written with the CLI
// (target/debug/datalots), loaded in the widget, one dataset is updated from a new
// version of its file, the other removed, one is edited, and the downloaded result is
// read with rdflib.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import {
  root, shots, origin, useBrowser, open, w, axe, python, datalotsBin, runChild, outputOf,
} from './support.mjs';


useBrowser();

const work = path.join(shots, 'catalog');
mkdirSync(work, { recursive: true });

// Two datasets from the same fixture under two titles, written by the CLI as
// RDF/XML (or, with ext 'jsonld', JSON-LD).
function twoDatasets(ext = 'rdf') {
  const bin = datalotsBin();
  const csv = path.join(root, 'tests/fixtures/csv/befolkning_2024.csv');
  const common = ['--answers', path.join(root, 'tests/fixtures/answers/open-facts.json'),
    '--publisher', path.join(root, 'tests/fixtures/publisher/exempelby.toml')];
  const first = path.join(work, `en.${ext}`);
  const both = path.join(work, `katalog.${ext}`);
  const run = (args) => {
    const r = runChild(bin, args);
    assert.equal(r.status, 0, r.stdout + r.stderr);
  };
  run(['describe', csv, ...common, '--title', 'Befolkning i kommunerna', '--out', first]);
  run(['describe', csv, ...common, '--title', 'Äldre i kommunerna', '--catalog', first, '--out', both]);
  return both;
}

const BASE = 'https://data.exempelby.se/dataset/';

test('Vår katalog: load two datasets, update one from a new file, edit it, remove the other, download and read with rdflib', async () => {
  const catalogue = twoDatasets();
  const { context, page, requests, errors } = await open();
  const engine = () => requests.filter((u) => u.includes('datalots_catalog_engine'));
  assert.deepEqual(engine(), [], 'the catalogue engine is not in the first load');
  await page.locator(w('open-catalog')).click();
  await page.locator(w('catalog-view')).waitFor();
  await page.locator(w('catalog-file')).setInputFiles(catalogue);
  const rows = page.locator(w('catalog-row'));
  await rows.first().waitFor();
  assert.equal(await rows.count(), 2);
  // The worker loaded «Vår katalog»'s engine (a module of its own) for the file.
  assert.ok(engine().some((u) => u.endsWith('/site/pkg/datalots_catalog_engine_bg.wasm')), `${requests.join('\n')}`);
  const iris = await rows.evaluateAll((rs) => rs.map((r) => r.dataset.iri));
  const befolkning = iris.find((i) => i.includes('befolkning'));
  const aldre = iris.find((i) => i.includes('aldre'));
  assert.ok(befolkning && aldre, `${iris}`);
  assert.deepEqual(await rows.evaluateAll((rs) => rs.map((r) => r.dataset.violations)), ['0', '0']);
  // Licences by their name in the specification's vocabulary, not as IRIs.
  const licences = await rows.evaluateAll((rs) => rs.map((r) => r.querySelectorAll('td')[0].textContent));
  assert.ok(licences.every((l) => l.startsWith('CC0 1.0') && !l.includes('http')), `${licences}`);
  assert.deepEqual(await axe(page), [], 'catalogue view, sv');
  await page.screenshot({ path: path.join(shots, 'catalog-sv.png'), fullPage: true });

  // Update "Befolkning" from a new version of its file (one more row, a later date).
  const row = (iri) => page.locator(`datalots-widget [data-testid=catalog-row][data-iri="${iri}"]`);
  const newer = readFileSync(path.join(root, 'tests/fixtures/csv/befolkning_2024.csv'), 'utf8')
    + '0125;Ekerö;29 502;19,1;31/3/2024;Ja\n';
  await row(befolkning).locator('[data-testid=update-from-file]').setInputFiles({
    name: 'befolkning_2024.csv', mimeType: 'text/csv', buffer: Buffer.from(newer, 'utf8'),
  });
  await page.locator(w('catalog-done'), { hasText: 'uppdaterades' }).waitFor({ timeout: 30000 });
  const today = new Date();
  const iso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
  assert.equal(await row(befolkning).getAttribute('data-modified'), iso);

  // Edit its title.
  await row(befolkning).locator('[data-testid=edit-dataset]').click();
  // The same fields as for a new dataset (field-title, field-theme…).
  const title = page.locator('datalots-widget [data-testid=edit-form] [data-testid=field-title]');
  await page.waitForFunction(() => {
    const i = document.querySelector('datalots-widget').shadowRoot.querySelector('[data-testid=edit-form] [data-testid=field-title]');
    return i && i.value.length > 0;
  });
  assert.equal(await title.inputValue(), 'Befolkning i kommunerna');
  await title.fill('Folkmängd per kommun 2024');
  await page.locator('datalots-widget [data-testid=edit-form] [data-testid=field-theme]').getByLabel('Befolkning och samhälle').check();
  await page.locator(w('save-dataset')).click();
  await row(befolkning).locator('th', { hasText: 'Folkmängd per kommun 2024' }).waitFor();

  // Remove "Äldre" (confirmed).
  page.once('dialog', (d) => d.accept());
  await row(aldre).locator('[data-testid=remove-dataset]').click();
  await row(aldre).waitFor({ state: 'detached' });
  assert.equal(await rows.count(), 1);
  await page.locator(w('lang-toggle')).click();
  await page.locator('datalots-widget [data-testid=catalog-view] h2', { hasText: 'Our catalogue' }).waitFor();
  await page.screenshot({ path: path.join(shots, 'catalog-en.png'), fullPage: true });
  assert.deepEqual(await axe(page), [], 'catalogue view after the changes');

  const [d] = await Promise.all([page.waitForEvent('download'), page.locator(w('download-catalog')).click()]);
  assert.equal(d.suggestedFilename(), 'katalog.rdf');
  const out = path.join(work, 'katalog-ny.rdf');
  await d.saveAs(out);

  const py = python('rdflib');
  const triples = JSON.parse(outputOf(py, [path.join(root, 'tests/python/triples.py'), out, 'xml']));
  const DATASET = 'http://www.w3.org/ns/dcat#Dataset';
  const datasets = triples.filter(([, p, o]) => p === 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type' && o === DATASET).map(([s]) => s);
  assert.deepEqual(datasets, [befolkning]);
  assert.ok(!triples.some(([s, , o]) => s === aldre || o === aldre), 'nothing of the removed dataset is left');
  assert.ok(triples.some(([s, p, o]) => s === befolkning && p === 'http://purl.org/dc/terms/modified' && o === iso));
  assert.ok(triples.some(([s, p, o]) => s === befolkning && p === 'http://purl.org/dc/terms/title' && o === 'Folkmängd per kommun 2024'));
  assert.ok(triples.some(([s, p, o]) => s === befolkning && p === 'http://www.w3.org/ns/dcat#theme' && o.endsWith('/SOCI')));
  const size = Buffer.byteLength(newer, 'utf8');
  assert.ok(triples.some(([, p, o]) => p === 'http://www.w3.org/ns/dcat#byteSize' && o === String(size)), `byte size ${size}`);
  const run = runChild(datalotsBin(), ['validate', out]);
  assert.equal(run.status, 0, run.stdout + run.stderr);
  const foreign = requests.filter((u) => !u.startsWith(origin + '/') && !u.startsWith('data:') && !u.startsWith('blob:'));
  assert.deepEqual(foreign, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('Vår katalog: a 2.x catalogue is upgraded with a list of what needs a person; a broken file is refused with its place', async () => {
  const { context, page, errors } = await open();
  await page.locator(w('open-catalog')).click();
  await page.locator(w('catalog-file')).setInputFiles(path.join(root, 'tests/fixtures/catalogs/dcat-ap-se-rekommenderat.rdf'));
  await page.locator(w('catalog-row')).first().waitFor();
  const before = await page.locator(w('catalog-row')).evaluateAll((rs) => rs.map((r) => Number(r.dataset.violations)));
  await page.locator(w('upgrade-catalog')).click();
  await page.locator(w('catalog-done')).waitFor();
  const after = await page.locator(w('catalog-row')).evaluateAll((rs) => rs.map((r) => Number(r.dataset.violations)));
  assert.ok(after.reduce((a, b) => a + b, 0) < before.reduce((a, b) => a + b, 0), `${before} → ${after}`);
  await page.locator(w('catalog-file')).setInputFiles({ name: 'trasig.ttl', mimeType: 'text/turtle', buffer: Buffer.from('<a> <b> .') });
  await page.locator(w('catalog-error'), { hasText: 'trasig.ttl' }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('Vår katalog: a JSON-LD catalogue is read by a module loaded only for it, with the same rows; a broken one is refused with its place', async () => {
  const rdf = twoDatasets();
  const jsonld = twoDatasets('jsonld');
  const { context, page, requests, errors } = await open();
  const jsonLdModule = () => requests.filter((u) => u.includes('datalots_json_ld'));
  await page.locator(w('open-catalog')).click();
  await page.locator(w('catalog-file')).setInputFiles(rdf);
  const rows = page.locator(w('catalog-row'));
  await rows.first().waitFor();
  const fromRdf = await rows.evaluateAll((rs) => rs.map((r) => [r.dataset.iri, r.dataset.violations]));
  assert.equal(fromRdf.length, 2);
  assert.deepEqual(jsonLdModule(), [], 'RDF/XML is read without the JSON-LD module');

  await page.locator(w('catalog-file')).setInputFiles(jsonld);
  // The worker fetches the JSON-LD module, then reads the file.
  for (let i = 0; i < 300 && !jsonLdModule().some((u) => u.endsWith('datalots_json_ld_bg.wasm')); i++) {
    await page.waitForTimeout(100);
  }
  assert.ok(jsonLdModule().some((u) => u.endsWith('datalots_json_ld_bg.wasm')), `the JSON-LD module was not loaded:\n${requests.join('\n')}`);
  await page.locator('datalots-widget [data-testid=catalog-status][data-busy=false]').waitFor();
  await rows.first().waitFor();
  const fromJsonLd = await rows.evaluateAll((rs) => rs.map((r) => [r.dataset.iri, r.dataset.violations]));
  assert.deepEqual(fromJsonLd.sort(), fromRdf.sort());

  // An operation writes the catalogue back as JSON-LD: remove one dataset.
  const [gone, kept] = fromJsonLd.map(([iri]) => iri);
  page.once('dialog', (d) => d.accept());
  await page.locator(`datalots-widget [data-testid=catalog-row][data-iri="${gone}"] [data-testid=remove-dataset]`).click();
  await page.locator(`datalots-widget [data-testid=catalog-row][data-iri="${gone}"]`).waitFor({ state: 'detached' });
  const [d] = await Promise.all([page.waitForEvent('download'), page.locator(w('download-catalog')).click()]);
  assert.equal(d.suggestedFilename(), 'katalog.jsonld');
  const out = path.join(work, 'katalog-ny.jsonld');
  await d.saveAs(out);
  const py = python('rdflib');
  const triples = JSON.parse(outputOf(py, [path.join(root, 'tests/python/triples.py'), out, 'json-ld']));
  const datasets = triples.filter(([, p, o]) => p === 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type' && o === 'http://www.w3.org/ns/dcat#Dataset').map(([s]) => s);
  assert.deepEqual(datasets, [kept]);
  const run = runChild(datalotsBin(), ['validate', out]);
  assert.equal(run.status, 0, run.stdout + run.stderr);

  // A broken JSON-LD file: refused with its line, in the widget's words.
  await page.locator(w('catalog-file')).setInputFiles({ name: 'trasig.jsonld', mimeType: 'application/ld+json', buffer: Buffer.from('{"@context": {"dct": "http://purl.org/dc/terms/"},\n "@id": "http://ex.se/a", "dct:title": }') });
  await page.locator(w('catalog-error'), { hasText: 'trasig.jsonld' }).waitFor();
  assert.match(await page.locator(w('catalog-error')).textContent(), /rad 2/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('Vår katalog: when the JSON-LD module cannot be loaded, a JSON-LD file gets a clear message', async () => {
  const { context, page, errors } = await open();
  await page.route('**/datalots_json_ld_bg.wasm', (route) => route.abort());
  await page.locator(w('open-catalog')).click();
  await page.locator(w('catalog-file')).setInputFiles({ name: 'katalog.jsonld', mimeType: 'application/ld+json', buffer: Buffer.from('{"@id": "http://ex.se/k"}') });
  await page.locator(w('catalog-error'), { hasText: 'JSON-LD kan inte läsas här' }).waitFor();
  assert.match(await page.locator(w('catalog-error')).textContent(), /RDF\/XML/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('Vår katalog: when the catalogue engine cannot be loaded, the file gets a clear message and the view stays usable', async () => {
  const { context, page, errors } = await open();
  await page.route('**/datalots_catalog_engine_bg.wasm', (route) => route.abort());
  await page.locator(w('open-catalog')).click();
  await page.locator(w('catalog-file')).setInputFiles(twoDatasets());
  await page.locator(w('catalog-error'), { hasText: 'Katalogdelen kunde inte laddas' }).waitFor();
  assert.equal(await page.locator(w('catalog-row')).count(), 0);
  // Once the module can be fetched, the same file opens (a failed load is tried again).
  await page.unroute('**/datalots_catalog_engine_bg.wasm');
  await page.locator(w('catalog-file')).setInputFiles(twoDatasets());
  await page.locator(w('catalog-row')).first().waitFor();
  assert.equal(await page.locator(w('catalog-row')).count(), 2);
  assert.deepEqual(errors, []);
  await context.close();
});
