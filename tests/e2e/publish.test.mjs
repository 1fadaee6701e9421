// End-to-end: steps 4 (describe) and 5 (publish) of the widget, walked as a new user
// would, on the built site (target/site/) in headless Chromium under the strict CSP.
//
// The downloaded catalogue is read by rdflib (an independent parser) and checked with
// `datalots validate`; adding to an existing catalogue is checked triple by triple
// (tests/python/keeps_catalog.py). Screenshots of steps 4 and 5 (sv, en) go to
// target/e2e/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';

import {
  root, shots, origin, useBrowser, open, w, chooseFile, axe, switchLang,
  cp1252File, personnummerFile, answerOpenData, answerQuestion, python, datalotsBin, runChild, outputOf,
} from './support.mjs';

useBrowser();

const downloads = path.join(shots, 'downloads');
mkdirSync(downloads, { recursive: true });

const PUBLISHER = {
  'field-publisher-name': 'Exempelby kommun',
  'field-publisher-orgnr': '212000-0142',
  'field-contact-email': 'oppnadata@exempelby.se',
  'field-base-uri': 'https://exempelby.se/data',
};

async function fillPublisher(page, scope = 'datalots-widget') {
  for (const [id, value] of Object.entries(PUBLISHER)) {
    await page.locator(`${scope} [data-testid=${id}]`).fill(value);
  }
  await page.locator(`${scope} [data-testid=field-publisher-type]`).selectOption('LocalAuthority');
}

// From a fresh page to step 4 with the given file and open-data answers.
async function toDescribe(page, file = cp1252File()) {
  await chooseFile(page, file);
  await page.locator(w('next-step')).click();
  await answerOpenData(page);
  await page.locator(w('next-step')).click();
  await page.locator(w('describe')).waitFor();
}

async function violations(page) {
  return Number(await page.locator(w('validation-summary')).getAttribute('data-violations'));
}

async function waitViolations(page, predicate, what) {
  for (let i = 0; i < 100; i++) {
    if (predicate(await violations(page))) return;
    await page.waitForTimeout(50);
  }
  assert.fail(`${what}: ${await page.locator(w('validation-summary')).textContent()}`);
}

async function download(page, testid, name) {
  const [d] = await Promise.all([page.waitForEvent('download'), page.locator(w(testid)).click()]);
  const file = path.join(downloads, name ?? d.suggestedFilename());
  await d.saveAs(file);
  return { file, suggested: d.suggestedFilename() };
}

test('the Windows-1252 file from choosing to harvestable RDF/XML: suggestions, live validation, downloads read by rdflib and datalots validate', async () => {
  const { context, page, requests, errors } = await open();
  await toDescribe(page);

  // Drafted values are marked as suggestions until edited or accepted.
  const title = page.locator(w('field-title'));
  assert.equal(await title.inputValue(), 'Befolkning');
  assert.ok(await page.locator('datalots-widget [data-testid=suggestion][data-field=title]').isVisible());
  assert.match(await page.locator(w('field-description')).inputValue(), /semikolon|kolumner/);
  // Nothing about the publisher yet: mandatory fields are errors, publishing is blocked.
  await waitViolations(page, (n) => n >= 5, 'five mandatory publisher fields');
  assert.match(await page.locator('datalots-widget [data-key=email] [data-testid=field-error]').textContent(), /Obligatoriskt/);
  assert.equal(await page.locator(w('field-contact-email')).getAttribute('aria-invalid'), 'true');
  assert.deepEqual(await axe(page), [], 'step 4 with errors, sv');

  // A wrong e-mail address gets its error next to the field, in words.
  await fillPublisher(page);
  await page.locator(w('field-contact-email')).fill('oppnadata(at)exempelby.se');
  await page.locator('datalots-widget [data-key=email] [data-testid=field-error]', { hasText: 'inte en e-postadress' }).waitFor();
  await page.locator(w('field-contact-email')).fill(PUBLISHER['field-contact-email']);
  await waitViolations(page, (n) => n === 0, 'a complete form');

  // Edit the title; accept the keywords; choose a theme and a frequency.
  await title.fill('Befolkning per kommun 2024');
  await page.locator('datalots-widget [data-testid=suggestion][data-field=title]').waitFor({ state: 'detached' });
  // The recommended fields are behind a disclosure, after the mandatory ones.
  await page.locator('datalots-widget details.datalots-recommended summary').first().click();
  await page.locator('datalots-widget [data-field=keywords] [data-testid=accept-suggestion]').click();
  await page.locator('datalots-widget [data-testid=suggestion][data-field=keywords]').waitFor({ state: 'detached' });
  await page.locator(w('field-theme')).getByLabel('Befolkning och samhälle').check();
  await page.locator(w('field-frequency')).selectOption('ANNUAL');
  // The release date is today's (the person's clock) until typed.
  const now = new Date();
  const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  assert.equal(await page.locator(w('field-issued')).inputValue(), today);
  assert.ok(await page.locator('datalots-widget [data-testid=suggestion][data-field=issued]').isVisible());
  // The contact telephone, among the publisher's recommended fields.
  await page.locator('datalots-widget details.datalots-recommended summary').nth(1).click();
  await page.locator(w('field-phone')).fill('0123-45 67 00');
  await page.locator(w('field-street-address')).fill('Storgatan 1');
  await page.locator(w('field-postal-code')).fill('12345');
  await page.locator(w('field-locality')).fill('Exempelby');
  await page.locator(w('field-publisher-description')).fill('Kommunen i Exempelby län.');
  await waitViolations(page, (n) => n === 0, 'still valid');
  assert.deepEqual(await axe(page), [], 'step 4, sv');
  await page.screenshot({ path: path.join(shots, 'step4-describe-sv.png'), fullPage: true });
  await switchLang(page, 'Describe and publish open data');
  assert.equal(await page.locator('datalots-widget label[for=datalots-f-title]').first().textContent(), 'Title (mandatory)');
  assert.deepEqual(await axe(page), [], 'step 4, en');
  await page.screenshot({ path: path.join(shots, 'step4-describe-en.png'), fullPage: true });

  // Step 5: the files.
  await page.locator(w('next-step')).click();
  await page.locator(w('publish')).waitFor();
  assert.equal(await page.locator(w('dataset-iri')).textContent(), 'https://exempelby.se/data/dataset/befolkning-per-kommun-2024');
  assert.match(await page.locator(w('harvesting')).textContent(), /https:\/\/exempelby\.se\/datasets\/dcat/);
  assert.match(await page.locator(w('harvesting')).textContent(), /https:\/\/exempelby\.se\/data\/befolkning\.csv/);
  assert.match(await page.locator(w('maintenance')).textContent(), /Procurement requirements/);
  assert.deepEqual(await axe(page), [], 'step 5, en');
  await page.screenshot({ path: path.join(shots, 'step5-publish-en.png'), fullPage: true });
  await switchLang(page, 'Beskriv och publicera öppna data');
  assert.deepEqual(await axe(page), [], 'step 5, sv');
  await page.screenshot({ path: path.join(shots, 'step5-publish-sv.png'), fullPage: true });

  const rdf = await download(page, 'download-rdfxml');
  assert.equal(rdf.suggested, 'dcat.rdf');
  const ttl = await download(page, 'download-turtle');
  const jsonld = await download(page, 'download-jsonld');
  const csvw = await download(page, 'download-csvw');
  assert.equal(csvw.suggested, 'befolkning.csv-metadata.json');
  const dictionary = JSON.parse(readFileSync(csvw.file, 'utf8'));
  assert.equal(dictionary.url, 'befolkning.csv');
  assert.deepEqual(dictionary.tableSchema.columns.map((c) => c.titles ?? c.name).flat().slice(0, 2), ['kommun', 'kommunkod']);
  const friction = await download(page, 'download-frictionless');
  assert.equal(friction.suggested, 'befolkning.resource.json');
  const normalized = await download(page, 'download-normalized');
  assert.equal(normalized.suggested, 'befolkning-normaliserad.csv');
  const copy = readFileSync(normalized.file, 'utf8');
  assert.ok(copy.startsWith('kommun,kommunkod,datum,andel,belopp\r\nUpplands Väsby,0114,2024-01-31,"12,5","1 234,50"\r\n'), copy.slice(0, 120));

  const text = readFileSync(rdf.file, 'utf8');
  assert.match(text, /Befolkning per kommun 2024/);
  assert.match(text, /data-theme\/SOCI/);
  const py = python('rdflib');
  for (const [file, format] of [[rdf.file, 'xml'], [ttl.file, 'turtle'], [jsonld.file, 'json-ld']]) {
    const triples = JSON.parse(outputOf(py, [path.join(root, 'tests/python/triples.py'), file, format]));
    assert.ok(triples.length > 40, `${format}: ${triples.length} triples`);
    assert.ok(triples.some(([s, p, o]) => p === 'http://purl.org/dc/terms/title' && o === 'Befolkning per kommun 2024'), format);
    assert.ok(triples.some(([s, p, o]) => p === 'http://purl.org/dc/terms/publisher' && o === 'http://dataportal.se/organisation/SE2120000142'), format);
    assert.ok(triples.some(([s, p, o]) => p === 'http://purl.org/dc/terms/issued' && o === today), `${format}: issued ${today}`);
    assert.ok(triples.some(([s, p, o]) => p === 'http://www.w3.org/2006/vcard/ns#hasValue' && o === 'tel:+46123456700'), `${format}: the telephone`);
    assert.ok(triples.some(([s, p, o]) => p === 'http://www.w3.org/2006/vcard/ns#postal-code' && o === '123 45'), `${format}: the postal code`);
    assert.ok(triples.some(([s, p, o]) => s === 'http://dataportal.se/organisation/SE2120000142' && p === 'http://purl.org/dc/terms/description' && o === 'Kommunen i Exempelby län.'), `${format}: the publisher's description`);
  }
  const bin = datalotsBin();
  const run = runChild(bin, ['validate', rdf.file]);
  assert.equal(run.status, 0, run.stdout + run.stderr);
  assert.match(run.stdout, /0 violations/);
  const foreign = requests.filter((u) => !u.startsWith(origin + '/') && !u.startsWith('data:') && !u.startsWith('blob:'));
  assert.deepEqual(foreign, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('adding to an existing catalogue keeps every triple of it (rdflib); the same dataset twice is refused', async () => {
  const { context, page, errors } = await open();
  await toDescribe(page);
  await fillPublisher(page);
  await waitViolations(page, (n) => n === 0, 'a complete form');
  await page.locator(w('step-publish')).click();
  const existing = path.join(root, 'tests/fixtures/catalogs/dcat-ap-se-rekommenderat.rdf');
  await page.locator(w('import-catalog')).setInputFiles(existing);
  const info = page.locator(w('imported-catalog'));
  await info.waitFor();
  assert.ok(Number(await info.getAttribute('data-datasets')) >= 1);
  await waitViolations(page, (n) => n === 0, 'the catalogue with the new dataset');
  const out = await download(page, 'download-rdfxml', 'added.rdf');
  assert.equal(out.suggested, 'dcat-ap-se-rekommenderat.rdf', 'named after the imported file');
  const py = python('rdflib');
  const ok = runChild(py, [path.join(root, 'tests/python/keeps_catalog.py'), existing, 'xml', out.file, 'xml']);
  assert.equal(ok.status, 0, ok.stdout + ok.stderr);
  // The result imported again: the same dataset cannot be added twice.
  await page.locator(w('import-catalog')).setInputFiles(out.file);
  await page.locator('datalots-widget [data-testid=imported-catalog]').waitFor();
  await waitViolations(page, (n) => n >= 1, 'a duplicate');
  assert.ok(await page.locator(w('download-rdfxml')).isDisabled());
  await page.locator(w('step-describe')).click();
  assert.match(await page.locator('datalots-widget [data-key=title] [data-testid=field-error]').textContent(), /redan/);
  // A broken file is refused with its place, and nothing is lost of the draft.
  await page.locator(w('step-publish')).click();
  await page.locator(w('import-catalog')).setInputFiles({ name: 'trasig.ttl', mimeType: 'text/turtle', buffer: Buffer.from('<a> <b> .') });
  await page.locator('datalots-widget [data-testid=imported-catalog] .datalots-error', { hasText: 'trasig.ttl' }).waitFor();
  await page.locator(w('forget-catalog')).click();
  await waitViolations(page, (n) => n === 0, 'back to a new catalogue');
  // A JSON-LD catalogue (written by the CLI) is read by the module the worker loads
  // for it; every triple of it is kept.
  const bin = datalotsBin();
  const other = path.join(downloads, 'annan.jsonld');
  const made = runChild(bin, ['describe', path.join(root, 'tests/fixtures/csv/befolkning_2024.csv'),
    '--answers', path.join(root, 'tests/fixtures/answers/open-facts.json'),
    '--publisher', path.join(root, 'tests/fixtures/publisher/exempelby.toml'),
    '--title', 'Äldre i kommunerna', '--out', other]);
  assert.equal(made.status, 0, made.stdout + made.stderr);
  await page.locator(w('import-catalog')).setInputFiles(other);
  await page.locator('datalots-widget [data-testid=imported-catalog][data-datasets="1"]').waitFor();
  await waitViolations(page, (n) => n === 0, 'the JSON-LD catalogue with the new dataset');
  const added = await download(page, 'download-rdfxml', 'added-to-jsonld.rdf');
  assert.equal(added.suggested, 'annan.rdf');
  const kept = runChild(py, [path.join(root, 'tests/python/keeps_catalog.py'), other, 'json-ld', added.file, 'xml']);
  assert.equal(kept.status, 0, kept.stdout + kept.stderr);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a reload in the middle keeps the draft and the publisher; start over keeps only the publisher', async () => {
  const { context, page, errors } = await open();
  await toDescribe(page);
  await fillPublisher(page);
  await page.locator(w('field-title')).fill('Mitt utkast');
  await page.locator(w('field-description')).fill('Skrivet för hand, åäö.');
  await waitViolations(page, (n) => n === 0, 'complete');
  await page.reload();
  await page.waitForSelector('datalots-widget[data-mounted]');
  assert.match(await page.locator(w('draft-waiting')).textContent(), /befolkning\.csv/);
  await chooseFile(page, cp1252File());
  await page.locator(w('step-describe')).click();
  await page.locator(w('describe')).waitFor();
  assert.equal(await page.locator(w('field-title')).inputValue(), 'Mitt utkast');
  assert.equal(await page.locator(w('field-description')).inputValue(), 'Skrivet för hand, åäö.');
  assert.equal(await page.locator(w('field-publisher-orgnr')).inputValue(), '212000-0142');
  await waitViolations(page, (n) => n === 0, 'complete after the reload');

  page.once('dialog', (d) => d.accept());
  await page.locator(w('start-over')).click();
  await chooseFile(page, cp1252File());
  await page.locator(w('next-step')).click();
  await answerOpenData(page);
  await page.locator(w('next-step')).click();
  assert.equal(await page.locator(w('field-title')).inputValue(), 'Befolkning', 'the dataset draft is gone');
  assert.equal(await page.locator(w('field-publisher-name')).inputValue(), 'Exempelby kommun', 'the publisher is remembered');
  assert.deepEqual(errors, []);
  await context.close();
});

test('each file keeps its own draft: another file (even a hostile one) loses nothing typed', async () => {
  const { context, page, errors } = await open();
  await toDescribe(page);
  await page.locator(w('field-title')).fill('Mitt utkast för befolkning');
  // A file of NUL bytes and binary noise: a message, and the draft stays.
  page.once('dialog', (d) => d.accept());
  await page.locator(w('step-file')).click();
  const noise = Buffer.concat([Buffer.alloc(4096, 0), Buffer.from([0xff, 0xfe, 0x00, 0x89, 0x50, 0x4e, 0x47])]);
  await page.locator(w('file-input')).setInputFiles({ name: 'brus.csv', mimeType: 'text/csv', buffer: noise });
  await page.locator('datalots-widget [data-testid=profile], datalots-widget .datalots-error').first().waitFor({ timeout: 30000 });
  // Back to the first file: its draft is there.
  await page.locator(w('step-file')).click();
  await chooseFile(page, cp1252File());
  await page.locator(w('step-describe')).click();
  await page.locator(w('describe')).waitFor();
  assert.equal(await page.locator(w('field-title')).inputValue(), 'Mitt utkast för befolkning');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a file full of personnummer cannot be published: the form says why and offers no files', async () => {
  const { context, page, errors } = await open();
  await chooseFile(page, personnummerFile());
  await page.locator(w('next-step')).click();
  // A steward answers every question as for open facts of the kommun's own; only
  // whether the file holds personal data is not asked of them: the profile found
  // personnummer and answered it. (A file without them would be asked that too, get
  // "no" and a licence, and fail here.)
  const questions = page.locator(w('licence-question'));
  await questions.first().waitFor();
  const result = page.locator(w('licence-result'));
  const given = { confidential: 'false', personal_data: 'false', high_value: 'false', own_content: 'true', facts_only: 'true', conditions: 'none' };
  for (let i = 0; i < 10 && await result.getAttribute('data-outcome') === 'incomplete'; i++) {
    const key = await questions.last().getAttribute('data-question-id');
    await answerQuestion(page, key, given[key] ?? 'false');
  }
  const personal = page.locator('datalots-widget [data-testid=licence-question][data-question-id=personal_data]');
  assert.equal(await personal.locator('input[value="true"]:checked').count(), 1, 'personal data: "yes", from the profile');
  assert.ok(await questions.locator('input:checked').count() >= 2, 'the steward answered the questions asked');
  assert.equal(await result.getAttribute('data-outcome'), 'stop');
  // The reason shown is the personal data in the file, with its source.
  const reasons = result.locator('.datalots-reasons li');
  assert.equal(await reasons.count(), 1, await result.textContent());
  assert.match(await reasons.first().textContent(), /Filen innehåller personuppgifter\. En licens ger ingen rätt att behandla personuppgifter/);
  assert.match(await result.textContent(), /kan inte publiceras som öppna data/);
  // No way on, and nothing to download: steps 4 and 5 are not links, no file is offered.
  assert.equal(await page.locator('datalots-widget span[data-testid=step-describe]').count(), 1, 'step 4 is not a link');
  assert.equal(await page.locator('datalots-widget span[data-testid=step-publish]').count(), 1, 'step 5 is not a link');
  assert.equal(await page.locator(w('next-step')).count(), 0, 'no way on');
  assert.equal(await page.locator('datalots-widget [data-testid^=download-], datalots-widget a[download]').count(), 0, 'no download offered');
  assert.deepEqual(errors, []);
  await context.close();
});

test('keyboard only: from choosing the file through the licence answers and the form to a download', async () => {
  const { context, page, errors } = await open();
  // From here on only the keyboard: Tab to a control, Space or Enter.
  const active = () => page.evaluate(() => {
    const a = document.querySelector('datalots-widget').shadowRoot.activeElement;
    return a ? (a.getAttribute('data-testid') ?? a.tagName) : '';
  });
  async function tabTo(testid, limit = 200) {
    for (let i = 0; i < limit; i++) {
      if (await active() === testid) return;
      await page.keyboard.press('Tab');
    }
    assert.fail(`${testid} is not reachable with Tab`);
  }
  // Listen before pressing: Playwright turns the browser's file-chooser interception on
  // asynchronously when the first listener is added, so a listener added together with
  // the key press can miss the dialog on a loaded machine.
  const chooserOpened = new Promise((resolve) => page.once('filechooser', resolve));
  await tabTo('file-input');
  // Space opens the file dialog.
  await page.keyboard.press('Space');
  const chooser = await Promise.race([chooserOpened, new Promise((resolve) => setTimeout(resolve, 30000).unref())]);
  assert.ok(chooser, 'the file input opens the file dialog from the keyboard');
  await chooser.setFiles(cp1252File());
  await page.locator(w('profile')).waitFor({ timeout: 60000 });
  await tabTo('next-step');
  await page.keyboard.press('Enter');
  // The licence questions: Tab into each radio group, arrow keys to the answer.
  const given = { confidential: 'false', personal_data: 'false', high_value: 'false', own_content: 'true', facts_only: 'true', conditions: 'none' };
  const questions = page.locator(w('licence-question'));
  await questions.first().waitFor();
  for (let i = 0; i < 10; i++) {
    if (await page.locator(w('licence-result')).getAttribute('data-outcome') !== 'incomplete') break;
    const key = await questions.last().getAttribute('data-question-id');
    const want = given[key] ?? 'false';
    const target = `datalots-q-${key}-${want}`;
    // Tab to the question; within a radio group the arrow keys move (checkboxes are
    // each a Tab stop).
    for (let n = 0; n < 80; n++) {
      const { id, type } = await page.evaluate(() => {
        const a = document.querySelector('datalots-widget').shadowRoot.activeElement;
        return { id: a?.id ?? '', type: a?.type ?? '' };
      });
      if (id === target) break;
      await page.keyboard.press(type === 'radio' && id.startsWith(`datalots-q-${key}-`) ? 'ArrowDown' : 'Tab');
    }
    if (!(await page.locator(`datalots-widget #${target}`).isChecked())) await page.keyboard.press('Space');
    await page.locator(`datalots-widget #${target}:checked`).waitFor();
  }
  assert.equal(await page.locator(w('licence-result')).getAttribute('data-outcome'), 'licence');
  await tabTo('next-step');
  await page.keyboard.press('Enter');
  await page.locator(w('describe')).waitFor();
  for (const [id, value] of Object.entries(PUBLISHER)) {
    await tabTo(id);
    // Key by key, as a person types: each key re-validates the form, and the field
    // must keep its focus and every character.
    await page.keyboard.type(value, { delay: 20 });
    assert.equal(await page.locator(w(id)).inputValue(), value, id);
  }
  await tabTo('field-publisher-type');
  // A select is changed with the arrow keys; LocalAuthority is "Lokal myndighet".
  for (let i = 0; i < 20; i++) {
    if (await page.locator(w('field-publisher-type')).inputValue() === 'LocalAuthority') break;
    await page.keyboard.press('ArrowDown');
    // One key at a time, as a person presses them: each choice re-renders the form.
    await page.waitForTimeout(150);
  }
  assert.equal(await page.locator(w('field-publisher-type')).inputValue(), 'LocalAuthority');
  await waitViolations(page, (n) => n === 0, 'complete by keyboard');
  await tabTo('next-step');
  const outline = await page.evaluate(() => getComputedStyle(document.querySelector('datalots-widget').shadowRoot.activeElement).outlineStyle);
  assert.equal(outline, 'solid', 'focus is visible');
  await page.keyboard.press('Enter');
  await page.locator(w('publish')).waitFor();
  await tabTo('download-rdfxml');
  const [d] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  assert.equal(d.suggestedFilename(), 'dcat.rdf');
  assert.deepEqual(errors, []);
  await context.close();
});

test('lock-publisher: the page presets the publisher and the fields are read-only', async () => {
  const { context, page, errors } = await open('/site/embed.html');
  // www/embed.html's first instance: <datalots-widget id="oppna-data" … lock-publisher>.
  const scope = 'datalots-widget#oppna-data';
  assert.equal(await page.locator(scope).getAttribute('lock-publisher'), '');
  await page.locator(`${scope} [data-testid=file-input]`).setInputFiles(cp1252File());
  await page.locator(`${scope} [data-testid=profile]`).waitFor({ timeout: 60000 });
  await page.locator(`${scope} [data-testid=next-step]`).click();
  await answerOpenData(page, scope);
  await page.locator(`${scope} [data-testid=next-step]`).click();
  const name = page.locator(`${scope} [data-testid=field-publisher-name]`);
  await name.waitFor();
  assert.notEqual(await name.getAttribute('readonly'), null);
  assert.equal(await name.inputValue(), await page.locator(scope).getAttribute('publisher-name'));
  assert.ok(await page.locator(`${scope} [data-testid=field-publisher-type]`).isDisabled());
  assert.deepEqual(errors, []);
  await context.close();
});
