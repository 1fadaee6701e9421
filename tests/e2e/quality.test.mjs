// End-to-end: the grade Sveriges dataportal gives (issue 27), as a steward sees it in
// steps 4 and 5 and in «Vår katalog», on the built site under the strict CSP; and the
// findings of trying it as a new user (a file chosen while the widget loads after a
// reload with a kept draft; the licence step's reasons before a result).
//
// A steward who keeps every suggestion downloads RDF/XML that the independent Python
// scorer (tests/python/mqa_score.py) gives 295 of 295 points, and the page shows the
// same number. Screenshots of the grade (steps 4 and 5, «Vår katalog», sv and en) go
// to target/e2e/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

import {
  root, shots, useBrowser, open, w, chooseFile, axe, switchLang, cp1252File, answerOpenData,
  answerQuestion,
} from './support.mjs';

useBrowser();

const downloads = path.join(shots, 'downloads');
mkdirSync(downloads, { recursive: true });

// The Python with rdflib: this check never skips (`cargo xtask test` sets it).
function pythonWithRdflib() {
  const p = process.env.DATALOTS_PYTHON;
  assert.ok(p, 'DATALOTS_PYTHON must name a Python with rdflib (cargo xtask test sets it)');
  return p;
}

const PUBLISHER = {
  'field-publisher-name': 'Exempelby kommun',
  'field-publisher-orgnr': '212000-0142',
  'field-contact-email': 'oppnadata@exempelby.se',
  'field-base-uri': 'https://exempelby.se/data',
};

async function fillPublisher(page) {
  for (const [id, value] of Object.entries(PUBLISHER)) {
    await page.locator(w(id)).fill(value);
  }
  await page.locator(w('field-publisher-type')).selectOption('LocalAuthority');
}

async function toDescribe(page, file = cp1252File()) {
  await chooseFile(page, file);
  await page.locator(w('next-step')).click();
  await answerOpenData(page);
  await page.locator(w('next-step')).click();
  await page.locator(w('describe')).waitFor();
}

// The metadata points the page shows: the integer in data-testid="quality-score".
async function shownPoints(page) {
  const text = await page.locator(w('quality-score')).first().textContent();
  const m = text.match(/(\d+) (?:av|of) (\d+) (?:poäng|points)/);
  assert.ok(m, `a score in «${text}»`);
  return { points: Number(m[1]), max: Number(m[2]) };
}

async function waitPoints(page, points, what) {
  for (let i = 0; i < 100; i++) {
    if ((await page.locator(w('quality-score')).count()) > 0 && (await shownPoints(page)).points === points) return;
    await page.waitForTimeout(50);
  }
  assert.fail(`${what}: ${await page.locator(w('quality')).first().textContent()}`);
}

async function violations(page) {
  return Number(await page.locator(w('validation-summary')).getAttribute('data-violations'));
}

async function waitValid(page) {
  for (let i = 0; i < 100; i++) {
    if ((await violations(page)) === 0) return;
    await page.waitForTimeout(50);
  }
  assert.fail(await page.locator(w('validation-summary')).textContent());
}

test('a steward who keeps the suggestions gets 295 of 295: the page and the Python scorer agree on the download', async () => {
  const { context, page, errors } = await open();
  await toDescribe(page);
  await fillPublisher(page);
  await waitValid(page);
  // The theme is among the first fields (not behind the disclosure), suggested.
  assert.ok(await page.locator(w('field-theme')).isVisible(), 'the theme is shown with the first fields');
  assert.ok(await page.locator('datalots-widget [data-testid=suggestion][data-field=themes]').isVisible());
  // The grade, live in step 4: every point, per dimension as text and a bar.
  await waitPoints(page, 295, 'every metadata point with the suggestions kept');
  assert.deepEqual(await shownPoints(page), { points: 295, max: 295 });
  const dims = page.locator(w('quality-dimension'));
  assert.equal(await dims.count(), 5);
  assert.match(await dims.first().textContent(), /Upptäckbarhet 100 av 100/);
  assert.equal(await dims.first().locator('meter').getAttribute('aria-labelledby'),
    await dims.first().locator('span').getAttribute('id'), 'the bar\'s text alternative is the text');
  // One indicator element per indicator, with its name and points.
  const indicators = page.locator(w('quality-indicator'));
  assert.equal(await indicators.count(), 23);
  const byName = Object.fromEntries(await indicators.evaluateAll((els) => els.map((e) => [e.dataset.indicator, e.dataset.points ?? null])));
  assert.equal(byName.theme, '30');
  assert.equal(byName.spatial, '20');
  assert.equal(byName.access_url_reachable, null, 'checked by the portal, not guessed');
  assert.match(await page.locator(w('quality-rating')).first().textContent(), /Utmärkt/);
  assert.deepEqual(await axe(page), [], 'step 4 with the grade, sv');
  await page.locator(w('quality')).screenshot({ path: path.join(shots, 'quality-step4-sv.png') });
  await page.screenshot({ path: path.join(shots, 'quality-step4-page-sv.png'), fullPage: true });

  // Step 5: the points, what the portal checks at the file's address, the stars.
  await page.locator(w('next-step')).click();
  await page.locator(w('publish')).waitFor();
  assert.deepEqual(await shownPoints(page), { points: 295, max: 295 });
  assert.match(await page.locator(w('quality-portal')).textContent(), /HTTP 200–399/);
  assert.match(await page.locator(w('quality-portal')).textContent(), /https:\/\/exempelby\.se\/data\/befolkning\.csv/);
  assert.equal(await page.locator(w('quality-stars')).first().getAttribute('data-stars'), '3');
  assert.deepEqual(await axe(page), [], 'step 5 with the grade, sv');
  await page.locator(w('quality')).screenshot({ path: path.join(shots, 'quality-step5-sv.png') });

  // The RDF/XML the steward downloads, graded by the independent scorer.
  const [d] = await Promise.all([page.waitForEvent('download'), page.locator(w('download-rdfxml')).click()]);
  const file = path.join(downloads, 'quality-kept-suggestions.rdf');
  await d.saveAs(file);
  const scored = JSON.parse(execFileSync(pythonWithRdflib(), [path.join(root, 'tests/python/mqa_score.py'), file], { encoding: 'utf8' }));
  assert.equal(scored.points, 295, JSON.stringify(scored.indicators.filter((i) => i.points !== null && i.points < i.max)));
  assert.equal(scored.points, (await shownPoints(page)).points, 'the page shows what the scorer gives');

  await switchLang(page, 'Describe and publish open data');
  assert.deepEqual(await shownPoints(page), { points: 295, max: 295 });
  assert.match(await page.locator(w('quality-score')).first().textContent(), /295 of 295 points/);
  assert.deepEqual(await axe(page), [], 'step 5 with the grade, en');
  await page.locator(w('quality')).screenshot({ path: path.join(shots, 'quality-step5-en.png') });
  await page.locator(w('step-describe')).click();
  await page.locator(w('describe')).waitFor();
  assert.match(await page.locator(w('quality-dimension')).first().textContent(), /Findability 100 of 100/);
  await page.locator(w('quality')).screenshot({ path: path.join(shots, 'quality-step4-en.png') });
  assert.deepEqual(errors, []);
  await context.close();
});

test('the grade follows the typing, and a missing point leads to the field that earns it', async () => {
  const { context, page, errors } = await open();
  // Headers without a word to suggest keywords from.
  await toDescribe(page, { name: 'siffror.csv', mimeType: 'text/csv', buffer: Buffer.from('a;b\n1;2\n3;4\n', 'utf8') });
  await fillPublisher(page);
  await waitValid(page);
  await waitPoints(page, 265, 'no keyword: 30 points missing');
  const missing = page.locator('datalots-widget [data-testid=quality-missing] li');
  assert.equal(await missing.count(), 1);
  assert.equal(await missing.first().getAttribute('data-indicator'), 'keyword');
  assert.match(await missing.first().textContent(), /Nyckelord: 0 av 30/);
  assert.deepEqual(await axe(page), [], 'step 4 with a point missing');
  await page.locator(w('quality')).screenshot({ path: path.join(shots, 'quality-step4-missing-sv.png') });
  // The link opens the recommended fields and puts the cursor in the keywords.
  const fix = missing.first().locator('[data-testid=quality-fix]');
  assert.equal(await fix.getAttribute('data-field'), 'keywords');
  await fix.click();
  const keywords = page.locator(w('field-keywords'));
  await keywords.waitFor({ state: 'visible' });
  assert.equal(await page.evaluate(() => document.querySelector('datalots-widget').shadowRoot.activeElement?.dataset.testid), 'field-keywords');
  await page.keyboard.type('befolkning');
  await waitPoints(page, 295, 'the keyword typed earns its points');
  assert.equal(await page.locator('datalots-widget [data-testid=quality-missing]').count(), 0);
  assert.ok(await page.locator(w('quality-complete')).isVisible());
  assert.deepEqual(errors, []);
  await context.close();
});

test('Vår katalog shows each dataset\'s points and the catalogue\'s grade with what pulls it down', async () => {
  const { context, page, errors } = await open();
  await page.locator(w('open-catalog')).click();
  await page.locator(w('catalog-view')).waitFor();
  await page.locator(w('catalog-file')).setInputFiles(path.join(root, 'tests/fixtures/catalogs/dcat-ap-se-rekommenderat.rdf'));
  await page.locator(w('catalog-quality')).waitFor();
  assert.deepEqual(await shownPoints(page), { points: 260, max: 295 });
  // The metadata alone is rated of the portal's 375; the stars average on a line of its own.
  const line = await page.locator('datalots-widget [data-testid=catalog-quality] .datalots-score').textContent();
  assert.match(line, /Betyg för metadatan ensam: 260 av 375: Bra\)/);
  assert.doesNotMatch(line, /stjärnor/);
  assert.match(await page.locator(w('catalog-stars')).textContent(), /^Stjärnor i snitt: [\d,]+ av 5 stjärnor$/);
  const pulling = page.locator('datalots-widget [data-testid=quality-pulling-down] [data-testid=quality-indicator]');
  assert.ok((await pulling.count()) > 0);
  const first = await pulling.first().getAttribute('data-indicator');
  assert.ok(first, 'each indicator named');
  const points = await page.locator(w('catalog-points')).evaluateAll((els) => els.map((e) => Number(e.dataset.points)));
  assert.equal(points.length, await page.locator(w('catalog-row')).count());
  assert.ok(points.every((p) => p > 0 && p <= 295), `${points}`);
  assert.deepEqual(await axe(page), [], 'Vår katalog with the grade, sv');
  await page.locator(w('catalog-quality')).screenshot({ path: path.join(shots, 'quality-catalog-sv.png') });
  await page.screenshot({ path: path.join(shots, 'quality-catalog-page-sv.png'), fullPage: true });
  await page.locator(w('lang-toggle')).first().click();
  await page.locator(w('catalog-quality'), { hasText: 'The catalogue\'s grade' }).waitFor();
  assert.match(await page.locator(w('quality-score')).first().textContent(), /260 of 295 points/);
  assert.deepEqual(await axe(page), [], 'Vår katalog with the grade, en');
  await page.locator(w('catalog-quality')).screenshot({ path: path.join(shots, 'quality-catalog-en.png') });
  assert.deepEqual(errors, []);
  await context.close();
});

test('finding: after a reload with a kept draft, a file chosen while the widget loads is read', async () => {
  const { context, page, errors } = await open();
  await toDescribe(page);
  await page.locator(w('field-title')).fill('Befolkning, utkast');
  // The draft is kept; the page is reloaded with the module held back.
  let release;
  const gate = new Promise((resolve) => { release = resolve; });
  await page.route('**/datalots_widget_bg.wasm', async (route) => { await gate; await route.continue(); });
  await page.reload();
  const early = page.getByLabel('Välj en CSV-fil');
  await early.waitFor();
  assert.equal(await early.getAttribute('data-early'), '');
  // Another file, chosen in the first moment.
  await early.setInputFiles({ name: 'tidig.csv', mimeType: 'text/csv', buffer: Buffer.from('kommunkod;antal\n0114;48 000\n0115;34 000\n', 'utf8') });
  release();
  await page.locator(w('profile')).waitFor({ timeout: 60000 });
  assert.equal(await page.locator(w('column-row')).count(), 2);
  // The kept draft comes back with its own file.
  await page.locator(w('step-file')).click();
  await chooseFileAccepting(page, cp1252File());
  await page.locator(w('step-describe')).click();
  await page.locator(w('describe')).waitFor();
  assert.equal(await page.locator(w('field-title')).inputValue(), 'Befolkning, utkast');
  assert.deepEqual(errors, []);
  await context.close();
});

// Chooses a file in the widget, accepting its question about replacing a draft.
async function chooseFileAccepting(page, file) {
  page.once('dialog', (d) => d.accept());
  await page.locator('datalots-widget [data-testid=file-input]').setInputFiles(file);
  await page.locator(w('profile')).waitFor({ timeout: 60000 });
}

test('finding: the licence step gives reasons with a result only', async () => {
  const { context, page, errors } = await open();
  await chooseFile(page, cp1252File());
  await page.locator(w('next-step')).click();
  const result = page.locator(w('licence-result'));
  const given = { confidential: 'false', personal_data: 'false', high_value: 'false', own_content: 'true', facts_only: 'true', conditions: 'none' };
  const questions = page.locator(w('licence-question'));
  await questions.first().waitFor();
  for (let i = 0; i < 10 && (await result.getAttribute('data-outcome')) === 'incomplete'; i++) {
    // While a question is open: «answer the question above», and no reason.
    assert.match(await result.textContent(), /Svara på frågan ovan/);
    assert.equal(await result.locator('.datalots-reasons').count(), 0, `no reasons before a result: ${await result.textContent()}`);
    assert.doesNotMatch(await result.textContent(), /Datalots föreslår/);
    const key = await questions.last().getAttribute('data-question-id');
    await answerQuestion(page, key, given[key] ?? 'false');
  }
  assert.equal(await result.getAttribute('data-outcome'), 'licence');
  assert.ok((await result.locator('.datalots-reasons li').count()) > 0, 'the result comes with its reasons');
  assert.deepEqual(errors, []);
  await context.close();
});
