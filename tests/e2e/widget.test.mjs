// End-to-end: the built site (target/site/) in headless Chromium.
//
// The site is served by Python's http.server from the *target/* directory, so the
// widget runs from a sub-path (/site/) on a server that knows nothing about it: the
// same situation as a municipality copying target/site/ onto its own web server.
// The pages send the strict Content-Security-Policy in a <meta http-equiv> tag.
//
// Screenshots of each step, in Swedish and English, go to target/e2e/.
//
// Run by `cargo xtask test` after `cargo xtask dist`; by hand: `node --test tests/e2e/`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync, existsSync, mkdirSync, writeFileSync, openSync, writeSync, closeSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { chromium } from 'playwright-core';

import {
  root, targetDir, shots, STRICT_CSP, origin, useBrowser, open, w, chooseFile, axe, switchLang,
  cp1252File, PNR, personnummerFile, answerQuestion,
} from './support.mjs';

useBrowser();

test('the widget mounts from a sub-path under the strict CSP, in Swedish, with a labelled file input', async () => {
  const { context, page, errors } = await open();
  assert.equal(await page.locator(w('heading')).textContent(), 'Beskriv och publicera öppna data');
  const input = page.getByLabel('Välj en CSV-fil');
  assert.equal(await input.getAttribute('data-testid'), 'file-input');
  assert.equal(await input.getAttribute('type'), 'file');
  // The page really runs under the strict policy.
  assert.equal(await page.locator('meta[http-equiv=Content-Security-Policy]').getAttribute('content'), STRICT_CSP);
  // Styles come from an adopted stylesheet: no <style> element and no style attribute.
  const styleInfo = await page.evaluate(() => {
    const s = document.querySelector('datalots-widget').shadowRoot;
    return { adopted: s.adoptedStyleSheets.length, styles: s.querySelectorAll('style, [style]').length };
  });
  assert.deepEqual(styleInfo, { adopted: 1, styles: 0 });
  // The first screen has DIGG's eight sections.
  assert.equal(await page.locator('datalots-widget .datalots-sections li').count(), 8);
  assert.deepEqual(errors, []);
  await page.screenshot({ path: path.join(shots, 'step1-file-sv.png'), fullPage: true });
  await switchLang(page, 'Describe and publish open data');
  await page.screenshot({ path: path.join(shots, 'step1-file-en.png'), fullPage: true });
  await context.close();
});

// Opens the demo page with the widget's .wasm held back until `release()`: the loader
// has drawn its own file input, the module has not arrived.
async function openWhileLoading() {
  let release;
  const gate = new Promise((resolve) => { release = resolve; });
  const opened = await open('/site/index.html', {
    mounted: false,
    setup: (p) => p.route('**/datalots_widget_bg.wasm', async (route) => { await gate; await route.continue(); }),
  });
  return { ...opened, release };
}

test('the file input works before the module has loaded: a file chosen then is read once it has', async () => {
  // One module serves the page and its worker; the loader draws a file input at once.
  const { context, page, errors, release } = await openWhileLoading();
  const early = page.getByLabel('Välj en CSV-fil');
  await early.waitFor();
  assert.equal(await early.getAttribute('data-early'), '', 'the loader\'s own input');
  assert.equal(await page.locator('datalots-widget[data-mounted]').count(), 0, 'the module is still loading');
  assert.match(await page.locator('datalots-widget [role=status]').textContent(), /Du kan redan välja filen/);
  assert.deepEqual(await axe(page), []);
  await page.screenshot({ path: path.join(shots, 'step0-loading-sv.png'), fullPage: true });
  await early.setInputFiles({ name: 'tidig.csv', mimeType: 'text/csv', buffer: Buffer.from('kommunkod;antal\n0114;48 000\n0115;34 000\n', 'utf8') });
  release();
  await page.locator(w('profile')).waitFor({ timeout: 60000 });
  assert.equal(await page.locator(w('column-row')).count(), 2);
  assert.equal(await page.locator('datalots-widget [data-early]').count(), 0, 'the app replaced the loader\'s input');
  await page.locator(w('step-file')).click();
  assert.match(await page.locator(w('file-status')).textContent(), /tidig\.csv/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a file dropped on the widget while it loads is read once it has (and the page stays)', async () => {
  const { context, page, errors, release } = await openWhileLoading();
  await page.getByLabel('Välj en CSV-fil').waitFor();
  const url = page.url();
  await page.evaluate(() => {
    const box = document.querySelector('datalots-widget').shadowRoot.querySelector('.datalots');
    const data = new DataTransfer();
    data.items.add(new File(['kommunkod;antal\n0114;48 000\n0115;34 000\n0117;12\n'], 'släppt.csv', { type: 'text/csv' }));
    box.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
    box.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  });
  assert.match(await page.locator('datalots-widget [role=status]').textContent(), /«släppt\.csv» läses så snart Datalots har laddats/);
  release();
  await page.locator(w('profile')).waitFor({ timeout: 60000 });
  assert.equal(page.url(), url, 'the page was not left');
  await page.locator(w('step-file')).click();
  assert.match(await page.locator(w('file-status')).textContent(), /släppt\.csv/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('no request leaves the page origin, and choosing a file uploads nothing and shows its profile', async () => {
  const { context, page, requests, errors } = await open();
  assert.ok(requests.some((u) => u.endsWith('/site/pkg/datalots_widget_bg.wasm')), `the wasm was fetched: ${requests}`);

  const csv = Buffer.from('kommunkod;kommun;antal\n0114;Upplands Väsby;48 000\n0115;Vallentuna;34 000\n', 'utf8');
  await chooseFile(page, { name: 'befolkning.csv', mimeType: 'text/csv', buffer: csv });
  const rows = page.locator(w('column-row'));
  assert.equal(await rows.count(), 3);
  assert.match(await rows.nth(0).textContent(), /A «kommunkod».*koder/);
  assert.match(await rows.nth(2).textContent(), /C «antal».*heltal och mellanslag mellan tusental/);
  assert.match(await page.locator(w('preview')).textContent(), /Upplands Väsby/);
  // Give a stray upload a moment to show up before checking.
  await page.waitForTimeout(200);
  // The only requests after loading are the widget's own files (the worker's glue and wasm).
  const foreign = requests.filter((u) => !u.startsWith(origin + '/') && !u.startsWith('data:') && !u.startsWith('blob:'));
  assert.deepEqual(foreign, []);
  const posts = requests.filter((u) => !/\.(js|wasm|html|css|svg)$/.test(new URL(u, origin).pathname) && !u.startsWith('blob:'));
  assert.deepEqual(posts, [], 'nothing but the site\'s own files was requested');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a Windows-1252 semicolon file with decimal commas is read the Swedish way', async () => {
  const { context, page, errors } = await open();
  await chooseFile(page, cp1252File());
  const profile = page.locator(w('profile'));
  const text = await profile.textContent();
  assert.match(text, /Windows-1252/);
  assert.match(text, /semikolon \(;\)/);
  assert.match(text, /Österåker/, 'Swedish letters decoded from Windows-1252');
  const rows = page.locator(w('column-row'));
  assert.equal(await rows.count(), 5);
  assert.match(await rows.nth(3).textContent(), /decimaltal med decimalkomma/);
  assert.match(await rows.nth(4).textContent(), /decimaltal med decimalkomma och mellanslag mellan tusental/);
  assert.match(await rows.nth(2).textContent(), /datum \(ÅÅÅÅ-MM-DD/);
  // Charts have text alternatives.
  const charts = page.locator('datalots-widget svg[role=img]');
  assert.ok(await charts.count() >= 1);
  assert.match(await charts.first().getAttribute('aria-label'), /«/);
  assert.equal(await page.locator(w('personal-data-warning')).count(), 0);
  assert.match(await page.locator(w('no-problems')).textContent(), /Inga problem hittades/);
  // The file reads without doubt: the other reading (`,` inside `1 234,50`) waits
  // behind a closed disclosure instead of asking a question.
  const other = page.locator(w('read-alternatives'));
  assert.deepEqual(await other.evaluate((e) => [e.tagName, e.open]), ['DETAILS', false]);
  await page.screenshot({ path: path.join(shots, 'step2-profile-sv.png'), fullPage: true });
  await switchLang(page, 'Describe and publish open data');
  assert.match(await rows.nth(3).textContent(), /decimal numbers with a decimal comma/);
  assert.match(await page.locator(w('no-problems')).textContent(), /No problems were found/);
  await page.screenshot({ path: path.join(shots, 'step2-profile-en.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});

test('personal data: the warning comes first and no value of such a column is ever shown', async () => {
  const { context, page, errors } = await open();
  await chooseFile(page, personnummerFile());
  const warning = page.locator(w('personal-data-warning'));
  await warning.waitFor();
  assert.match(await warning.textContent(), /B «personnummer» \(personnummer\)/);
  assert.match(await warning.textContent(), /GDPR/);
  // The warning is above the column table.
  const order = await page.evaluate(() => {
    const s = document.querySelector('datalots-widget').shadowRoot;
    const warn = s.querySelector('[data-testid=personal-data-warning]');
    const row = s.querySelector('[data-testid=column-row]');
    return warn.compareDocumentPosition(row) & Node.DOCUMENT_POSITION_FOLLOWING;
  });
  assert.ok(order, 'the personal-data warning precedes the columns');
  const html = await page.evaluate(() => document.querySelector('datalots-widget').shadowRoot.innerHTML);
  for (const p of PNR) {
    assert.ok(!html.includes(p), `${p} is shown`);
    assert.ok(!html.includes(p.slice(0, 8)), `the birth date of ${p} is shown`);
  }
  assert.ok(!html.includes('@exempel.se'), 'e-mail addresses are shown');
  assert.match(html, /ÅÅÅÅMMDD-XXXX/);
  // Other warnings: one sentence each, with the spreadsheet place and what to do.
  assert.match(await page.locator(w('warnings')).textContent(),
    /Kolumn D «belopp»: 1 cell \(17\s%\) passar inte kolumnens typ, decimaltal med decimalkomma\. Rätta cellerna/);
  const masked = page.locator('datalots-widget [data-testid=column-row][data-masked=true]');
  assert.ok(await masked.count() >= 2, 'personnummer and e-mail columns are masked');
  await page.screenshot({ path: path.join(shots, 'step2-personal-data-sv.png'), fullPage: true });
  await switchLang(page, 'Describe and publish open data');
  assert.match(await warning.textContent(), /personal identity numbers/);
  await page.screenshot({ path: path.join(shots, 'step2-personal-data-en.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});

test('axe-core finds no WCAG 2.1 A/AA violations at any step, in Swedish and in English, and the console stays clean', async () => {
  const { context, page, errors } = await open();
  assert.deepEqual(await axe(page), [], 'step 1, sv');
  await switchLang(page, 'Describe and publish open data');
  assert.deepEqual(await axe(page), [], 'step 1, en');
  await chooseFile(page, personnummerFile());
  assert.deepEqual(await axe(page), [], 'step 2, en');
  await switchLang(page, 'Beskriv och publicera öppna data');
  assert.deepEqual(await axe(page), [], 'step 2, sv');
  await page.locator(w('step-file')).click();
  await page.locator(w('file-input')).waitFor();
  assert.deepEqual(await axe(page), [], 'back at step 1 with a file, sv');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the stepper keeps the profile when moving back and forth', async () => {
  const { context, page, errors } = await open();
  assert.equal(await page.locator('datalots-widget span[data-testid=step-profile]').count(), 1, 'step 2 is not a link before a file is read');
  await chooseFile(page, cp1252File());
  await page.locator(w('step-file')).click();
  await page.locator(w('file-input')).waitFor();
  assert.match(await page.locator(w('file-status')).textContent(), /befolkning\.csv/);
  await page.locator(w('step-profile')).click();
  await page.locator(w('profile')).waitFor();
  assert.equal(await page.locator(w('column-row')).count(), 5);
  assert.equal(await page.locator(w('step-profile')).getAttribute('aria-current'), 'step');
  assert.deepEqual(errors, []);
  await context.close();
});

test('keyboard only: choose a file, read the profile, move between steps', async () => {
  const { context, page, errors } = await open();
  // Listen for the file chooser before any key is pressed: Playwright turns the
  // browser's file-chooser interception on asynchronously when the first listener is
  // added, and a listener added together with the key press can lose that race on a
  // loaded machine (CI timed out once that way, with the input focused).
  const chooserOpened = new Promise((resolve) => page.once('filechooser', resolve));
  // Tab from the page into the widget until the file input has focus.
  let focused = '';
  for (let i = 0; i < 20 && focused !== 'file-input'; i++) {
    await page.keyboard.press('Tab');
    focused = await page.evaluate(() => document.querySelector('datalots-widget').shadowRoot.activeElement?.getAttribute('data-testid') ?? '');
  }
  assert.equal(focused, 'file-input', 'the file input is reachable with Tab');
  await page.keyboard.press('Space');
  const chooser = await Promise.race([chooserOpened, new Promise((_, reject) => setTimeout(
    () => reject(new Error('Space on the focused file input opened no file chooser within 30 s')), 30000).unref())]);
  await chooser.setFiles(cp1252File());
  await page.locator(w('profile')).waitFor({ timeout: 60000 });
  // Back to step 1 by keyboard: focus the stepper link and press Enter.
  await page.locator(w('step-file')).focus();
  const outline = await page.evaluate(() => getComputedStyle(document.querySelector('datalots-widget').shadowRoot.activeElement).outlineStyle);
  assert.equal(outline, 'solid', 'focus is visible');
  await page.keyboard.press('Enter');
  await page.locator(w('file-input')).waitFor();
  await page.locator(w('step-profile')).focus();
  await page.keyboard.press('Enter');
  await page.locator(w('profile')).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('cancel during a large file stops the worker and keeps the page responsive', async () => {
  // About 150 MB, generated here: far more than a piece, so the progress shows.
  const file = path.join(shots, 'large.csv');
  if (!existsSync(file) || statSync(file).size < 150_000_000) {
    const fd = openSync(file, 'w');
    writeSync(fd, 'kommunkod;datum;belopp;kategori\n');
    let block = '';
    for (let i = 0; i < 20000; i++) block += `0${114 + (i % 50)};2024-01-${String(1 + (i % 28)).padStart(2, '0')};${i} ${String(i % 1000).padStart(3, '0')},50;Bibliotek\n`;
    const buf = Buffer.from(block);
    for (let written = 0; written < 150_000_000; written += buf.length) writeSync(fd, buf);
    closeSync(fd);
  }
  const { context, page, errors } = await open();
  await page.locator(w('file-input')).setInputFiles(file);
  const progress = page.locator(w('progress'));
  await progress.waitFor({ timeout: 20000 });
  await page.waitForFunction(() => {
    const p = document.querySelector('datalots-widget').shadowRoot.querySelector('[data-testid=progress]');
    return p && Number(p.getAttribute('value')) > 0;
  }, null, { timeout: 30000 });
  assert.equal(await progress.evaluate((p) => p.tagName), 'PROGRESS', 'a native progressbar role');
  assert.match(await progress.getAttribute('aria-valuetext'), /byte/);
  // The page answers while the worker reads.
  const t0 = Date.now();
  await page.evaluate(() => 1 + 1);
  assert.ok(Date.now() - t0 < 1000, 'the page is not frozen');
  await page.locator(w('cancel')).click();
  await page.locator(w('file-status'), { hasText: 'avbröts' }).waitFor({ timeout: 20000 });
  assert.equal(await progress.count(), 0);
  assert.equal(await page.locator(w('profile')).count(), 0);
  // A new file works after the cancel.
  await chooseFile(page, cp1252File());
  assert.equal(await page.locator(w('column-row')).count(), 5);
  assert.deepEqual(errors, []);
  await context.close();
});

test('two widgets in a foreign page with its own CSS: isolated styles, themed, separate state', async () => {
  const { context, page, errors } = await open('/site/embed.html');
  await page.waitForFunction(() => document.querySelectorAll('datalots-widget[data-mounted]').length === 2, null, { timeout: 20000 });
  const first = 'datalots-widget#oppna-data';
  const second = 'datalots-widget#andra';
  // The host's `button { font-size: 22px !important; border: 4px … }` does not reach inside.
  const inside = await page.evaluate(() => {
    const b = document.querySelector('datalots-widget').shadowRoot.querySelector('[data-testid=lang-toggle]');
    const s = getComputedStyle(b);
    return { fontSize: s.fontSize, border: s.borderTopWidth };
  });
  assert.notEqual(inside.fontSize, '22px');
  assert.notEqual(inside.border, '4px');
  // …and the widget's styles do not reach out.
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('h1')).fontFamily), 'Georgia, serif');
  // The themed instance uses the host's accent.
  const accent = await page.evaluate(() => getComputedStyle(document.querySelector('#andra').shadowRoot.querySelector('[data-testid=lang-toggle]')).color);
  assert.equal(accent, 'rgb(107, 44, 145)');
  assert.equal(await page.locator(`${second} [data-testid=heading]`).textContent(), 'Describe and publish open data');
  // A file in one widget does not appear in the other.
  await chooseFile(page, cp1252File(), first);
  assert.equal(await page.locator(`${second} [data-testid=profile]`).count(), 0);
  assert.match(await page.locator(`${second} [data-testid=file-status]`).textContent(), /No file chosen/);
  await page.screenshot({ path: path.join(shots, 'embed-two-widgets.png'), fullPage: true });
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(errors, []);
  await context.close();
});

// Test pages under target/e2e/pages/, served from the same origin, with other policies.
function hostPage(name, csp) {
  const dir = path.join(shots, 'pages');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, name), `<!doctype html><html lang="sv"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<title>Host</title><script type="module" src="../../site/datalots-widget.js"></script></head>
<body><main><datalots-widget lang="sv"></datalots-widget></main></body></html>`);
  return `/e2e/pages/${name}`;
}

async function hostProblem(page) {
  await page.waitForSelector('datalots-widget[data-failed]', { timeout: 20000 });
  const box = page.locator('datalots-widget [data-testid=host-problem]');
  return box.textContent();
}

test('a CSP without wasm-unsafe-eval gets a message to the administrator, in Swedish and English', async () => {
  const url = hostPage('no-wasm.html', "default-src 'self'; script-src 'self'; worker-src 'self' blob:");
  const { context, page } = await open(url, { mounted: false });
  const text = await hostProblem(page);
  assert.match(text, /Till webbplatsens administratör: .*'wasm-unsafe-eval'/);
  assert.match(text, /To the site's administrator: .*'wasm-unsafe-eval'/);
  await context.close();
});

test('a CSP without blob: workers gets a message to the administrator', async () => {
  const url = hostPage('no-blob.html', "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'");
  const { context, page } = await open(url, { mounted: false });
  const text = await hostProblem(page);
  assert.match(text, /blob: i worker-src/);
  assert.match(text, /blob: to worker-src/);
  await context.close();
});

test('.wasm with the wrong MIME type, or refused (CORS), gets a message to the administrator', async () => {
  let ctx = await open('/site/index.html', {
    mounted: false,
    setup: (page) => page.route('**/datalots_widget_bg.wasm', async (route) => {
      const resp = await route.fetch();
      await route.fulfill({ response: resp, headers: { ...resp.headers(), 'content-type': 'application/octet-stream' } });
    }),
  });
  let text = await hostProblem(ctx.page);
  assert.match(text, /application\/wasm/);
  await ctx.context.close();

  ctx = await open('/site/index.html', {
    mounted: false,
    setup: (page) => page.route('**/datalots_widget_bg.wasm', (route) => route.abort('accessdenied')),
  });
  text = await hostProblem(ctx.page);
  assert.match(text, /Access-Control-Allow-Origin/);
  await ctx.context.close();
});

// Answers the licence question `key` with `value` (a radio or checkbox value as in an
// answers JSON file) and waits for the form to follow.
test('licence step: questions appear as the tree decides, CC0 for own facts, answers survive a reload', async () => {
  const { context, page, errors } = await open();
  await chooseFile(page, cp1252File());
  await page.locator(w('next-step')).click();
  const questions = page.locator(w('licence-question'));
  await questions.first().waitFor();
  assert.equal(await questions.count(), 1, 'one question at a time');
  assert.equal(await questions.first().getAttribute('data-question-id'), 'confidential');
  await answerQuestion(page, 'confidential', 'false');
  await page.locator('datalots-widget [data-question-id=personal_data]').waitFor();
  await answerQuestion(page, 'personal_data', 'false');
  await answerQuestion(page, 'high_value', 'false');
  await answerQuestion(page, 'own_content', 'true');
  await answerQuestion(page, 'facts_only', 'true');
  // Walk on until the tree is satisfied.
  for (let i = 0; i < 5; i++) {
    if (await page.locator(w('licence-result')).getAttribute('data-outcome') !== 'incomplete') break;
    const last = questions.last();
    const key = await last.getAttribute('data-question-id');
    await answerQuestion(page, key, key === 'conditions' ? 'none' : 'false');
  }
  const result = page.locator(w('licence-result'));
  assert.equal(await result.getAttribute('data-outcome'), 'licence');
  assert.match(await result.textContent(), /CC0/);
  assert.match(await result.textContent(), /Källa/);
  assert.deepEqual(await axe(page), [], 'step 3, sv');
  await page.screenshot({ path: path.join(shots, 'step3-licence-sv.png'), fullPage: true });
  await switchLang(page, 'Describe and publish open data');
  assert.deepEqual(await axe(page), [], 'step 3, en');
  await page.screenshot({ path: path.join(shots, 'step3-licence-en.png'), fullPage: true });
  const answered = await questions.count();

  // A reload keeps the answers (not the file: it is never stored).
  await page.reload();
  await page.waitForSelector('datalots-widget[data-mounted]');
  await chooseFile(page, cp1252File());
  await page.locator(w('step-licence')).click();
  await questions.first().waitFor();
  assert.equal(await questions.count(), answered);
  assert.equal(await page.locator(w('licence-result')).getAttribute('data-outcome'), 'licence');
  assert.ok(await page.locator('datalots-widget [data-question-id=confidential] input[value=false]').isChecked());

  // Start over (confirmed) clears them.
  page.once('dialog', (d) => d.accept());
  await page.locator(w('start-over')).click();
  await chooseFile(page, cp1252File());
  await page.locator(w('step-licence')).click();
  await questions.first().waitFor();
  assert.equal(await questions.count(), 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('licence step: personal data in the file pre-answers the question and stops publishing', async () => {
  const { context, page, errors } = await open();
  await chooseFile(page, personnummerFile());
  await page.locator(w('next-step')).click();
  await answerQuestion(page, 'confidential', 'false');
  const pd = page.locator('datalots-widget [data-question-id=personal_data] input[value=true]');
  await pd.waitFor();
  assert.ok(await pd.isChecked(), 'personal_data is pre-answered yes');
  const result = page.locator(w('licence-result'));
  assert.equal(await result.getAttribute('data-outcome'), 'stop');
  assert.match(await result.textContent(), /kan inte publiceras/);
  assert.equal(await page.locator(w('next-step')).count(), 0, 'no way on to publishing');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a close second reading is offered: "read with comma instead" re-reads the file that way', async () => {
  const { context, page, errors } = await open();
  await chooseFile(page, { name: 'tvetydig.csv', mimeType: 'text/csv', buffer: Buffer.from('a;b,c\n1;2,3\n4;5,6\n') });
  const columns = () => page.locator(w('column-row')).evaluateAll((rows) => rows.map((r) => r.querySelector('th').textContent));
  assert.deepEqual(await columns(), ['A «a»', 'B «b,c»']);
  assert.equal(await page.locator(w('read-alternatives')).evaluate((e) => e.tagName), 'SECTION', 'in doubt: offered openly');
  const choice = page.locator('datalots-widget [data-testid=read-with][data-delimiter=","]');
  assert.match(await choice.textContent(), /Läs med kommatecken \(,\) i stället: 2 kolumner \(/);
  await choice.click();
  await page.locator('datalots-widget [data-testid=column-row] th', { hasText: '«a;b»' }).waitFor({ timeout: 30000 });
  assert.deepEqual(await columns(), ['A «a;b»', 'B «c»']);
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(errors, []);
  await context.close();
});
