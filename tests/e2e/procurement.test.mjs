// End-to-end: the procurement view of the built site (target/site/) in headless
// Chromium — answer the questions, switch one requirement off, edit another, download
// the Word file and read it with python-docx (DATALOTS_PYTHON, set by `cargo xtask
// test`; without it the test fails), the Excel and CSV
// files, what localStorage keeps, that the export module is fetched only when asked and
// from the same origin, and axe-core in Swedish and English.
//
// Run by `cargo xtask test` after `cargo xtask dist`; by hand: `node --test tests/e2e/`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  useBrowser, origin, root, open as openPage, axe, python, outputOf, STRICT_CSP, chooseFile, cp1252File,
} from './support.mjs';

const downloads = mkdtempSync(path.join(tmpdir(), 'datalots-procurement-'));

useBrowser();

async function open(page_ = 'upphandling.html') {
  const opened = await openPage(`/site/${page_}`, { heading: null });
  // Every page of the site runs under the strict policy (no inline script or style).
  assert.equal(
    await opened.page.locator('meta[http-equiv=Content-Security-Policy]').getAttribute('content'),
    STRICT_CSP,
  );
  return opened;
}

const q = (page, id) => page.locator(`datalots-widget [data-testid=procurement-question][data-question-id=${id}]`);
const req = (page, id) => page.locator(`datalots-widget [data-testid=requirement][data-requirement-id="${id}"]`);

async function click(page, locator, checked = true) {
  await locator.click();
  for (let i = 0; i < 100 && (await locator.isChecked()) !== checked; i++) await page.waitForTimeout(50);
  assert.equal(await locator.isChecked(), checked);
}

async function answer(page) {
  await click(page, q(page, 'kind').locator('input[value=system]'));
  await q(page, 'buyer').locator('input').fill('Exempelby kommun');
  await q(page, 'buyer').locator('input').press('Tab');
  await click(page, q(page, 'publishes_online').locator('input[value=true]'));
  await click(page, q(page, 'personal_data').locator('input[value=true]'));
  await click(page, q(page, 'high_value').locator('input[value=false]'));
  await click(page, q(page, 'running_service').locator('input[value=true]'));
  await q(page, 'contract_years').locator('input').fill('4');
  await q(page, 'contract_years').locator('input').press('Tab');
  await q(page, 'notice_months').locator('input').fill('6');
  await q(page, 'notice_months').locator('input').press('Tab');
  await req(page, 'D7-01').waitFor();
}


const EDITED = 'Lösningen ska kunna exportera all data till Exempelby kommun som CSV – ändrad i widgeten, åäö ÅÄÖ.';

test('answer, switch one requirement off, edit one, download the Word file and read it with python-docx', async () => {
  const { context, page, requests, errors } = await open();
  assert.equal(await page.locator('datalots-widget [data-testid=procurement-heading]').textContent(),
    'Upphandlingskrav med inbyggd öppenhet');
  // Questions come one after the other, each with its help text.
  assert.equal(await page.locator('datalots-widget [data-testid=procurement-question]').count(), 1);
  assert.match(await q(page, 'kind').locator('.datalots-help').textContent(), /verksamhetssystem/);
  await answer(page);
  const ids = await page.locator('datalots-widget [data-testid=requirement]').evaluateAll(
    (els) => els.map((e) => e.dataset.requirementId));
  assert.ok(ids.length >= 30, `${ids}`);
  for (const id of ['D1-01', 'D1-10', 'D2-06', 'D4-01', 'D6-02', 'D7-01']) assert.ok(ids.includes(id), id);
  assert.equal(await page.locator('datalots-widget .datalots-area h3').count(), 7);
  assert.match(await req(page, 'D7-01').locator('textarea').inputValue(), /minst 6 månader/);

  // Switch D1-01 off; edit D2-01.
  await click(page, req(page, 'D1-01').getByLabel('Ta med kravet'), false);
  await req(page, 'D2-01').locator('textarea').fill(EDITED);
  const count = page.locator('datalots-widget [data-testid=requirement-count]');
  assert.equal(await count.textContent(), `Valda krav: ${ids.length - 1} av ${ids.length}`);

  // The Word module is fetched only now, from the same origin.
  assert.ok(!requests.some((u) => u.includes('datalots_export_docx')), 'the export module is not in the first load');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('datalots-widget [data-testid=download-docx]').click(),
  ]);
  assert.equal(download.suggestedFilename(), 'krav-inbyggd-oppenhet.docx');
  const file = path.join(downloads, 'krav.docx');
  await download.saveAs(file);
  assert.ok(requests.some((u) => u.endsWith('/site/pkg/datalots_export_docx_bg.wasm')), `${requests}`);
  assert.ok(!requests.some((u) => u.includes('datalots_export_xlsx')), 'Excel is not loaded for Word');
  const foreign = requests.filter((u) => !u.startsWith(origin + '/') && !u.startsWith('data:') && !u.startsWith('blob:'));
  assert.deepEqual(foreign, []);
  await page.locator('datalots-widget [data-testid=download-status]', { hasText: 'Filen är skapad' }).waitFor();
  assert.ok(readFileSync(file).subarray(0, 2).equals(Buffer.from('PK')));

  const py = python('python-docx');
  const doc = JSON.parse(outputOf(py, [path.join(root, 'tests/python/read_office.py'), file]));
  const texts = doc.paragraphs.map((p) => p.text);
  const h1 = doc.paragraphs.filter((p) => p.style === 'Heading 1').map((p) => p.text);
  for (const n of [1, 2, 3, 4, 5, 6, 7]) assert.ok(h1.some((h) => h.startsWith(`${n}. `)), `area ${n}: ${h1}`);
  assert.ok(h1.includes('1. Rätten till information ska säkras'), `${h1}`);
  const h2 = doc.paragraphs.filter((p) => p.style === 'Heading 2').map((p) => p.text.split(' ')[0]);
  assert.deepEqual(h2, ids.filter((id) => id !== 'D1-01'));
  assert.ok(texts.includes(`Kravtext: ${EDITED}`), 'the edited text, Swedish characters intact');
  assert.ok(!texts.some((t) => t.includes('informationsklassning som Exempelby kommun bifogar')), 'D1-01 is switched off');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the switched-off and edited requirements survive a reload (localStorage); CSV and Excel download', async () => {
  const { context, page } = await open();
  await answer(page);
  await click(page, req(page, 'D1-01').getByLabel('Ta med kravet'), false);
  await req(page, 'D2-01').locator('textarea').fill(EDITED);
  await page.reload();
  await page.waitForSelector('datalots-widget[data-mounted]');
  await req(page, 'D2-01').waitFor();
  assert.equal(await req(page, 'D1-01').getByLabel('Ta med kravet').isChecked(), false);
  assert.equal(await req(page, 'D2-01').locator('textarea').inputValue(), EDITED);

  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('datalots-widget [data-testid=download-csv]').click(),
  ]);
  const csvFile = path.join(downloads, 'krav.csv');
  await csv.saveAs(csvFile);
  const bytes = readFileSync(csvFile);
  assert.ok(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])), 'UTF-8 BOM');
  const text = bytes.toString('utf8');
  assert.match(text, /^\uFEFFID;Område;Hänsyn;Kravtyp;/);
  assert.ok(!text.includes('\r\nD1-01;'));
  assert.ok(text.includes(EDITED));

  const [xlsx] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('datalots-widget [data-testid=download-xlsx]').click(),
  ]);
  const xlsxFile = path.join(downloads, 'krav.xlsx');
  await xlsx.saveAs(xlsxFile);
  assert.ok(readFileSync(xlsxFile).subarray(0, 2).equals(Buffer.from('PK')));
  const py = python('python-docx');
  const book = JSON.parse(outputOf(py, [path.join(root, 'tests/python/read_office.py'), xlsxFile]));
  const rows = book.sheets.Krav;
  assert.ok(rows.some((r) => r[0] === 'D2-01' && r[5] === EDITED));
  assert.ok(!rows.some((r) => r[0] === 'D1-01'));
  await context.close();
});

test('reachable from the first screen, loaded only then, and back to the flow as it was', async () => {
  const { context, page, requests, errors } = await open('index.html');
  const module = () => requests.filter((u) => u.includes('datalots_procurement'));
  // The publishing flow with a file read: its state must survive the visit.
  await chooseFile(page, cp1252File());
  assert.deepEqual(module(), [], 'the procurement module is not loaded before it is opened');
  await page.locator('datalots-widget [data-testid=open-procurement]').click();
  await page.locator('datalots-widget [data-testid=procurement-heading]').waitFor();
  assert.ok(module().some((u) => u.endsWith('datalots_procurement_bg.wasm')), requests.join('\n'));
  const focused = () => page.evaluate(() => document.querySelector('datalots-widget').shadowRoot.activeElement?.dataset.testid);
  for (let i = 0; i < 50 && (await focused()) !== 'procurement-heading'; i++) await page.waitForTimeout(20);
  assert.equal(await focused(), 'procurement-heading', 'focus moves to the view it opened');
  // Only the procurement view is shown meanwhile.
  assert.equal(await page.locator('datalots-widget [data-testid=heading]').count(), 0);
  assert.equal(await page.locator('datalots-widget [data-testid=profile]').count(), 0);
  assert.deepEqual(await axe(page), [], 'the procurement view opened from the flow');
  await page.locator('datalots-widget [data-testid=procurement-back]').click();
  await page.locator('datalots-widget [data-testid=heading]').waitFor();
  await page.locator('datalots-widget [data-testid=profile]').waitFor();
  assert.equal(await page.locator('datalots-widget [data-testid=procurement-heading]').count(), 0);
  assert.equal(await page.locator('datalots-widget [data-testid=column-row]').count(), 5, 'the profile is still there');
  // Focus is back on the button that opened it (keyboard users keep their place).
  assert.equal(await focused(), 'open-procurement');
  // Open again: the module is not loaded twice.
  await page.locator('datalots-widget [data-testid=open-procurement]').click();
  await page.locator('datalots-widget [data-testid=procurement-heading]').waitFor();
  assert.equal(module().filter((u) => u.endsWith('.wasm')).length, 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('when the procurement module cannot be loaded, the flow says so and goes on', async () => {
  const { context, page } = await open('index.html');
  await page.route('**/datalots_procurement_bg.wasm', (route) => route.abort());
  await page.locator('datalots-widget [data-testid=open-procurement]').click();
  const alert = page.locator('datalots-widget [data-testid=procurement-failed]');
  await alert.waitFor();
  assert.match(await alert.textContent(), /kunde inte laddas/);
  // The flow is untouched: a file is still read.
  await chooseFile(page, cp1252File());
  await context.close();
});

test('axe-core finds no WCAG 2.1 A/AA violations in the procurement view, in Swedish and in English', async () => {
  const { context, page } = await open();
  await answer(page);
  assert.deepEqual(await axe(page), []);
  await page.locator('datalots-widget [data-testid=procurement-lang-switch]').click();
  await page.locator('datalots-widget [data-testid=procurement-heading]', { hasText: 'Procurement requirements' }).waitFor();
  await req(page, 'D7-01').locator('textarea').waitFor();
  assert.match(await req(page, 'D7-01').locator('textarea').inputValue(), /at least 6 months/);
  assert.deepEqual(await axe(page), []);
  await context.close();
});
