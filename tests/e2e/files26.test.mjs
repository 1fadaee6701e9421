// End-to-end: the real-authority-file cases of issue #26 in the widget, on the built
// site (target/site/) in headless Chromium under the strict CSP:
//
// - SMHI's download (station, parameter and period blocks, then the data table with
//   notes beside its first rows): the profile step shows «Om filen» and the notes
//   before the columns, «Borås» is a place, not a person, and step 4 suggests the
//   kommun Borås as the area;
// - two byte-order marks: the first column is «Stationsnamn», not «\ufeffStationsnamn»;
// - bathing places under `Namn`: not flagged; observers (people's names under
//   `Observatörer`): flagged, the steward says «not personal data» with a reason,
//   the licence question is asked again; after a reload the decision and the reason
//   are still there (and in step 5);
// - personnummer: no «not personal data», the warning stands (an e-mail column
//   beside them can be dismissed);
// - a Windows-1252 file whose first å comes after 800 KB: read again, said in step 2,
//   and the normalised copy has å, ä and ö and no U+FFFD; a file with bytes no
//   encoding reads gets a note by the download saying how many cells changed;
// - the dialect classes: each fixture read with its delimiter and columns.
//
// Screenshots (sv, en) go to target/e2e/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';

import {
  root, shots, useBrowser, open, w, chooseFile, axe, switchLang, answerQuestion, answerOpenData,
  personnummerFile,
} from './support.mjs';

useBrowser();

const downloads = path.join(shots, 'downloads');
mkdirSync(downloads, { recursive: true });
const sniff = path.join(root, 'crates', 'csv-profile', 'tests', 'data', 'sniff');

function fixture(name) {
  return { name, mimeType: 'text/csv', buffer: readFileSync(path.join(sniff, name)) };
}

function csv(name, text) {
  return { name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') };
}

const BATHS = csv('badplatser.csv', 'Namn;Kommun;Latitud;Longitud;Vattentemperatur\n'
  + 'Sjöviksbadet;Borås;57,72;12,94;19,5\nFiskartorpet;Borås;57,70;12,90;18,0\n'
  + 'Långsjöbadet;Borås;57,75;12,99;20,5\nÄngsö strand;Borås;57,69;12,88;17,0\n'
  + 'Kallbadhuset;Borås;57,71;12,93;16,5\nHagabadet;Borås;57,73;12,95;19,0\n');

const OBSERVERS = csv('observationer.csv', 'Artnamn;Antal;Lokalnamn;Observatörer\n'
  + 'Blåmes;3;Sjöviken;Johan Nilsson, Anna Berg\nTalgoxe;2;Norrskogen;Erik Lindqvist\n'
  + 'Koltrast;1;Sjöviken;Maria Holm & Per Olsson\nGärdsmyg;4;Ängen;Karin Sjöberg\n'
  + 'Sothöna;2;Sjöviken;Lars Ek, Eva Strand\nGräsand;6;Ängen;Sofia Lund\n');

const REASON = 'Namnen är fältstationernas namn, inte personer';

// A Windows-1252 file whose first byte outside ASCII comes after 800 KB (as
// Socialstyrelsen's indicator list), then `rows` rows with å, ä and ö.
function lateWindows1252(rows = 400, tail = null) {
  let text = 'indikator;kommun;varde\r\n';
  for (let i = 0; text.length < 800 * 1024; i++) text += `Indikator ${i};Kiruna;${i % 97},5\r\n`;
  const places = ['Umeå', 'Västerås', 'Örebro', 'Härnösand', 'Åre'];
  for (let r = 0; r < rows; r++) text += `Väntetid i ${r % 7} dagar;${places[r % 5]};${r % 13},25\r\n`;
  const head = Buffer.from(text, 'latin1'); // å ä ö Å Ä Ö are the same bytes in Windows-1252
  return { name: 'indikatorer.csv', mimeType: 'text/csv', buffer: tail ? Buffer.concat([head, tail]) : head };
}

const PUBLISHER = {
  'field-publisher-name': 'Exempelby kommun',
  'field-publisher-orgnr': '212000-0142',
  'field-contact-email': 'oppnadata@exempelby.se',
  'field-base-uri': 'https://exempelby.se/data',
};

async function fillPublisher(page) {
  for (const [id, value] of Object.entries(PUBLISHER)) await page.locator(w(id)).fill(value);
  await page.locator(w('field-publisher-type')).selectOption('LocalAuthority');
}

async function download(page, testid) {
  const [d] = await Promise.all([page.waitForEvent('download'), page.locator(w(testid)).click()]);
  const file = path.join(downloads, d.suggestedFilename());
  await d.saveAs(file);
  return file;
}

async function shot(page, name) {
  await page.screenshot({ path: path.join(shots, name), fullPage: true });
}

test('SMHI: «Om filen» and the notes before the columns, Borås a place, the kommun suggested as the area', async () => {
  const { context, page, errors } = await open();
  await chooseFile(page, fixture('smhi_blocks.csv'));
  const about = page.locator(w('about-file'));
  await about.waitFor();
  const lines = await page.locator(`${w('about-lines')} li`).allTextContents();
  assert.equal(lines.length, 12, lines.join('\n'));
  assert.equal(lines[0], 'Stationsnamn: Borås (plats)');
  assert.ok(lines.includes('Tidsperiod (t.o.m): 2024-06-01 06:00:00 (period)'), lines.join('\n'));
  const notes = await page.locator(`${w('file-notes')} li`).allTextContents();
  assert.equal(notes.length, 7);
  assert.equal(notes[0], 'Rad 11, «Tidsutsnitt:»: Kvalitetskontrollerade historiska data (utom de senaste 3 mån)');
  // Before the columns; the data table's columns, not the station block's.
  const before = await page.evaluate(() => {
    const s = document.querySelector('datalots-widget').shadowRoot;
    return !!(s.querySelector('[data-testid=about-file]').compareDocumentPosition(s.querySelector('[data-testid=column-row]'))
      & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  assert.ok(before, '«Om filen» precedes the columns');
  const headers = await page.locator(`${w('preview')} thead th`).allTextContents();
  assert.deepEqual(headers, ['Datum', 'Tid (UTC)', 'Lufttemperatur', 'Kvalitet']);
  assert.equal(await page.locator(w('personal-data-warning')).count(), 0, '«Borås» is a station, not a person');
  assert.deepEqual(await axe(page), [], 'step 2 with «Om filen», sv');
  await shot(page, 'files26-smhi-step2-sv.png');
  await switchLang(page, 'Describe and publish open data');
  assert.equal(await page.locator(`${w('about-lines')} li`).first().textContent(), 'Stationsnamn: Borås (place)');
  assert.match(await page.locator(`${w('file-notes')} li`).first().textContent(), /^Row 11, «Tidsutsnitt:»/);
  assert.deepEqual(await axe(page), [], 'step 2 with «Om filen», en');
  await shot(page, 'files26-smhi-step2-en.png');
  await switchLang(page, 'Beskriv och publicera öppna data');
  // Step 4: the kommun the station line names is the suggested area.
  await page.locator(w('next-step')).click();
  await answerOpenData(page);
  await page.locator(w('next-step')).click();
  await page.locator(w('describe')).waitFor();
  await fillPublisher(page);
  const spatial = page.locator(w('field-spatial'));
  await page.waitForFunction(() => {
    const s = document.querySelector('datalots-widget').shadowRoot.querySelector('[data-testid=field-spatial]');
    return s && s.value.endsWith('/omrade/kommun-1490');
  }, null, { timeout: 20000 });
  assert.equal(await spatial.inputValue(), 'https://exempelby.se/data/omrade/kommun-1490');
  const describe = await page.locator(w('describe')).textContent();
  assert.match(describe, /Raden «Stationsnamn: Borås» i filen namnger kommunen Borås \(1490\)/);
  await shot(page, 'files26-smhi-step4-sv.png');
  assert.deepEqual(errors, []);
  await context.close();
});

test('two byte-order marks: the first column is named without one', async () => {
  const { context, page, errors } = await open();
  await chooseFile(page, fixture('double_bom.csv'));
  const headers = await page.locator(`${w('preview')} thead th`).allTextContents();
  assert.deepEqual(headers, ['Stationsnamn', 'Klimatnummer', 'Latitud']);
  assert.ok(!headers[0].includes('\ufeff'));
  assert.equal(await page.locator(w('personal-data-warning')).count(), 0);
  await shot(page, 'files26-double-bom-sv.png');
  assert.deepEqual(errors, []);
  await context.close();
});

test('bathing places are not personal data; observers are, and «not personal data» with its reason survives a reload', async () => {
  const { context, page, errors } = await open();
  await chooseFile(page, BATHS);
  assert.equal(await page.locator(w('personal-data-warning')).count(), 0, 'Sjöviksbadet is no person');
  assert.equal(await page.locator(w('personal-review')).count(), 0);
  await page.locator(w('next-step')).click();
  await answerQuestion(page, 'confidential', 'false');
  const personal = page.locator('datalots-widget [data-testid=licence-question][data-question-id=personal_data]');
  await personal.waitFor();
  assert.equal(await personal.locator('input:checked').count(), 0, 'not pre-answered');
  await shot(page, 'files26-baths-step3-sv.png');

  await page.locator(w('step-file')).click();
  await chooseFile(page, OBSERVERS);
  await page.locator(w('personal-data-warning')).waitFor();
  const column = page.locator(`${w('personal-column')}[data-column="Observatörer"]`);
  assert.equal(await page.locator(w('personal-column')).count(), 1, 'species and places are not people');
  assert.match(await page.locator(w('personal-data-warning')).textContent(), /D «Observatörer» \(namn på personer\)/);
  // While the flag stands, the licence question is pre-answered «yes».
  await page.locator(w('step-licence')).click();
  await personal.locator('input[value=true]:checked').waitFor();
  await page.locator(w('step-profile')).click();
  // The names stay masked.
  const html = await page.evaluate(() => document.querySelector('datalots-widget').shadowRoot.innerHTML);
  assert.ok(!html.includes('Johan Nilsson') && !html.includes('Erik Lindqvist'), 'a name is shown');
  // Without a reason: refused, said next to the field.
  await column.locator('summary').click();
  await column.locator('[data-testid=dismiss-reason]').fill('nej');
  await column.locator('[data-testid=dismiss-save]').click();
  await column.locator('[data-testid=dismiss-error]').waitFor();
  assert.match(await column.locator('[data-testid=dismiss-error]').textContent(), /minst 10 tecken/);
  assert.deepEqual(await axe(page), [], 'step 2 with the error, sv');
  await shot(page, 'files26-observers-reason-missing-sv.png');
  // With one: the decision, the warning gone.
  await column.locator('[data-testid=dismiss-reason]').fill(REASON);
  await column.locator('[data-testid=dismiss-save]').click();
  await page.locator(`${w('personal-column')}[data-dismissed=true]`).waitFor();
  assert.equal(await page.locator(w('personal-data-warning')).count(), 0);
  assert.equal(await column.locator('p').textContent(),
    `D «Observatörer» (namn på personer, 100 %): inte personuppgifter enligt dig: «${REASON}»`);
  assert.deepEqual(await axe(page), [], 'step 2 with the decision, sv');
  await shot(page, 'files26-observers-dismissed-sv.png');
  await switchLang(page, 'Describe and publish open data');
  assert.match(await column.locator('p').textContent(), /not personal data, you said: «Namnen är/);
  assert.deepEqual(await axe(page), [], 'step 2 with the decision, en');
  await shot(page, 'files26-observers-dismissed-en.png');
  await switchLang(page, 'Beskriv och publicera öppna data');
  // The licence question follows at once: no longer pre-answered «yes».
  await page.locator(w('step-licence')).click();
  await personal.waitFor();
  assert.equal(await personal.locator('input:checked').count(), 0, 'still pre-answered after the dismissal');
  await page.locator(w('step-profile')).click();

  // A reload: the file chosen again finds the decision and its reason.
  await page.reload();
  await page.waitForSelector('datalots-widget[data-mounted]');
  await chooseFile(page, OBSERVERS);
  await page.locator(`${w('personal-column')}[data-dismissed=true]`).waitFor();
  assert.match(await column.locator('p').textContent(), new RegExp(`«${REASON}»`));
  assert.equal(await page.locator(w('personal-data-warning')).count(), 0);
  // The licence question is the steward's to answer, not pre-answered from the names.
  await page.locator(w('next-step')).click();
  await personal.waitFor();
  assert.equal(await personal.locator('input:checked').count(), 0, 'not pre-answered after the dismissal');
  await answerOpenData(page);
  await page.locator(w('next-step')).click();
  await page.locator(w('describe')).waitFor();
  await fillPublisher(page);
  assert.match(await page.locator(w('notices')).textContent(),
    new RegExp(`du har angett att det inte är personuppgifter: «${REASON}»`));
  await page.locator(w('step-publish')).click();
  const checklist = page.locator(w('personal-checklist'));
  await checklist.waitFor();
  assert.match(await checklist.textContent(), new RegExp(`inte personuppgifter enligt dig: «${REASON}»`));
  await shot(page, 'files26-observers-step5-sv.png');
  // Taken back: the flag stands again.
  await page.locator(w('step-profile')).click();
  await column.locator('[data-testid=undismiss]').click();
  await page.locator(w('personal-data-warning')).waitFor();
  assert.equal(await column.getAttribute('data-dismissed'), 'false');
  assert.deepEqual(errors, []);
  await context.close();
});

test('personnummer cannot be dismissed: no control, the warning stands; an e-mail column beside it can be', async () => {
  const { context, page, errors } = await open();
  await chooseFile(page, personnummerFile());
  const warning = page.locator(w('personal-data-warning'));
  await warning.waitFor();
  const pnr = page.locator(`${w('personal-column')}[data-column=personnummer]`);
  const email = page.locator(`${w('personal-column')}[data-column=epost]`);
  assert.equal(await pnr.locator('[data-testid=dismiss]').count(), 0, 'personnummer offers «not personal data»');
  assert.equal(await pnr.locator('[data-testid=undismiss]').count(), 0);
  assert.match(await pnr.locator('p').textContent(), /^B «personnummer» \(personnummer, 33 %\): får inte publiceras; ta bort kolumnen$/);
  assert.equal(await email.locator('[data-testid=dismiss]').count(), 1, 'e-mail can be dismissed');
  await email.locator('summary').click();
  await email.locator('[data-testid=dismiss-reason]').fill('Funktionsadresser till skolornas expeditioner');
  await email.locator('[data-testid=dismiss-save]').click();
  await page.locator(`${w('personal-column')}[data-column=epost][data-dismissed=true]`).waitFor();
  // The personnummer still stand: the warning names them, not the e-mail column.
  const text = await warning.textContent();
  assert.match(text, /«personnummer»/);
  assert.ok(!text.includes('«epost»'), text);
  assert.equal(await pnr.getAttribute('data-dismissed'), 'false');
  assert.deepEqual(await axe(page), [], 'step 2 with personnummer, sv');
  await shot(page, 'files26-personnummer-sv.png');
  // And the licence question stays pre-answered «yes».
  await page.locator(w('step-licence')).click();
  await answerQuestion(page, 'confidential', 'false');
  const personal = page.locator('datalots-widget [data-testid=licence-question][data-question-id=personal_data]');
  await personal.locator('input[value=true]:checked').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('a Windows-1252 file whose first å comes after 800 KB: read again, said, and the copy keeps every letter', async () => {
  const { context, page, errors } = await open();
  await chooseFile(page, lateWindows1252());
  const note = page.locator(w('reread-note'));
  await note.waitFor();
  assert.match(await note.textContent(), /Filen lästes två gånger.*Hela filen lästes därför om som Windows-1252/);
  assert.match(await page.locator('datalots-widget .datalots-facts').textContent(), /Windows-1252/);
  assert.equal(await page.locator('datalots-widget [data-code=invalid_bytes]').count(), 0, 'no invalid bytes left');
  await shot(page, 'files26-late-1252-step2-sv.png');
  await switchLang(page, 'Describe and publish open data');
  assert.match(await note.textContent(), /The file was read twice/);
  await shot(page, 'files26-late-1252-step2-en.png');
  await switchLang(page, 'Beskriv och publicera öppna data');
  await page.locator(w('next-step')).click();
  await answerOpenData(page);
  await page.locator(w('step-publish')).click();
  await page.locator(w('download-normalized')).waitFor();
  const copy = readFileSync(await download(page, 'download-normalized'), 'utf8');
  assert.ok(!copy.includes('\ufffd'), 'U+FFFD in the normalised copy');
  assert.equal(copy.match(/Umeå/g).length, 80);
  assert.ok(copy.endsWith('Väntetid i 0 dagar,Åre,"9,25"\r\n'), copy.slice(-100));
  assert.equal(await page.locator(w('normalized-note')).count(), 0, 'nothing changed, nothing said');
  assert.deepEqual(errors, []);
  await context.close();
});

test('bytes no encoding reads: the copy is offered with a note by its download saying how many cells changed', async () => {
  const { context, page, errors } = await open();
  // 0x81 is undefined in Windows-1252: no second reading can save these cells.
  const bad = Buffer.from('Trasig \x81 rad;Kiruna;1,5\r\nTrasig \x8d rad;Kiruna;2,5\r\n', 'latin1');
  await chooseFile(page, lateWindows1252(0, bad));
  assert.equal(await page.locator(w('reread-note')).count(), 0);
  await page.locator(w('next-step')).click();
  await answerOpenData(page);
  await page.locator(w('step-publish')).click();
  await page.locator(w('download-normalized')).waitFor();
  const copy = readFileSync(await download(page, 'download-normalized'), 'utf8');
  assert.equal(copy.match(/\ufffd/g).length, 2);
  const note = page.locator(w('normalized-note'));
  await note.waitFor();
  assert.match(await note.textContent(), /^2 celler i kopian skiljer sig från filen: tecken som inte kunde läsas som UTF-8/);
  assert.deepEqual(await axe(page), [], 'step 5 with the note, sv');
  await shot(page, 'files26-replaced-cells-step5-sv.png');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the dialect classes of issue #26 are read with their delimiter and columns', async () => {
  const cases = [
    ['single_quotes_apostrophes.csv', 'komma (,)', ['datum', 'tid', 'antal', 'produkt', 'beskrivning']],
    ['second_table_wider_no_blank.csv', 'komma (,)', ['kommun', 'antal']],
    ['stray_quote_header.csv', 'komma (,)', ['id', 'namn', 'antal', 'kommentar']],
    ['quoted_last_field_newlines.csv', 'semikolon (;)', ['id', 'namn', 'kommentar']],
  ];
  const { context, page, errors } = await open();
  for (const [name, delimiter, headers] of cases) {
    await page.locator(w('step-file')).click().catch(() => {});
    await chooseFile(page, fixture(name));
    await page.locator(`${w('preview')} thead th`).first().waitFor();
    assert.deepEqual(await page.locator(`${w('preview')} thead th`).allTextContents(), headers, name);
    assert.match(await page.locator('datalots-widget .datalots-facts').textContent(), new RegExp(`Avgränsare${delimiter.replace(/[()]/g, '\\$&')}`), name);
  }
  assert.deepEqual(errors, []);
  await context.close();
});
