// Shared setup of the browser tests: the static server over target/, headless
// Chromium, a fresh context per test, axe-core, and the CSV files the tests choose.
//
// Each test file calls `useBrowser()` once at the top level.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { chromium } from 'playwright-core';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const targetDir = process.env.DATALOTS_TARGET_DIR ?? path.join(root, 'target');
export const shots = path.join(targetDir, 'e2e');
const chromiumPath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const axeSource = readFileSync(path.join(root, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self' blob:";

let server;
export let origin;
export let browser;

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
    // Started in 10 s or a failure; and never outliving the tests, however they end.
    setTimeout(() => reject(new Error(`python3 -m http.server did not start in 10 s: ${out}`)), 10000).unref();
    process.once('exit', () => server.kill('SIGKILL'));
  });
}

export function useBrowser() {
before(async () => {
  assert.ok(existsSync(path.join(targetDir, 'site', 'index.html')), 'target/site/index.html is missing: run `cargo xtask dist` first');
  mkdirSync(shots, { recursive: true });
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
}

// Opens a page in a fresh context and records every request and page error.
// `heading`: the test id to wait for once mounted (null: none).
export async function open(pagePath = '/site/index.html', { mounted = true, setup, heading = 'heading' } = {}) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('response', (r) => { if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`); });
  if (setup) await setup(page);
  const response = await page.goto(`${origin}${pagePath}`);
  assert.equal(response.status(), 200);
  if (mounted) {
    await page.waitForSelector('datalots-widget[data-mounted]', { timeout: 20000 });
    if (heading) await page.locator(`datalots-widget [data-testid=${heading}]`).first().waitFor();
  }
  return { context, page, requests, errors };
}

export const w = (sel) => `datalots-widget [data-testid=${sel}]`;

// Chooses a file in the first widget (or `scope`) and waits for the profile.
export async function chooseFile(page, file, scope = 'datalots-widget') {
  await page.locator(`${scope} [data-testid=file-input]`).setInputFiles(file);
  await page.locator(`${scope} [data-testid=profile]`).waitFor({ timeout: 60000 });
}

export async function axe(page) {
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) {
    // Evaluated through the DevTools protocol: an inline <script> would be refused by
    // the page's strict CSP (as it should be).
    await page.evaluate(axeSource);
  }
  const res = await page.evaluate(() => axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  }));
  assert.ok(res.passes.length > 0, 'axe ran its rules');
  return res.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

export async function switchLang(page, heading) {
  await page.locator(w('lang-toggle')).first().click();
  await page.locator(w('heading'), { hasText: heading }).first().waitFor();
}

// A Windows-1252 file, semicolons, decimal commas, Swedish letters: as Excel saves it.
export function cp1252File() {
  const text = 'kommun;kommunkod;datum;andel;belopp\r\n'
    + 'Upplands Väsby;0114;2024-01-31;12,5;1 234,50\r\n'
    + 'Vallentuna;0115;2024-02-29;7,25;48 013,00\r\n'
    + 'Österåker;0117;2024-03-31;3,0;12,75\r\n'
    + 'Värmdö;0120;2024-04-30;9,75;310,00\r\n';
  // Every character here is in Latin-1, where Windows-1252 agrees byte for byte.
  return { name: 'befolkning.csv', mimeType: 'text/csv', buffer: Buffer.from(text, 'latin1') };
}

export const PNR = ['19811218-9876', '19900101-0017', '19850505-1234', '20000229-0008', '19700101-1239', '19551231-0005'];
export function personnummerFile() {
  let text = 'namn;personnummer;epost;belopp\n';
  PNR.forEach((p, i) => { text += `Person ${i};${p};person${i}@exempel.se;${i}00,50\n`; });
  return { name: 'elever.csv', mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') };
}


// Answers one licence question (radio or checkbox) and waits until it shows.
export async function answerQuestion(page, key, value, scope = 'datalots-widget') {
  const q = page.locator(`${scope} [data-testid=licence-question][data-question-id=${key}]`);
  await q.locator(`input[value="${value}"]`).click();
  await q.locator(`input[value="${value}"]:checked`).waitFor();
}

// Answers the licence questions for open facts of one's own (CC0), on step 3.
export async function answerOpenData(page, scope = 'datalots-widget') {
  const questions = page.locator(`${scope} [data-testid=licence-question]`);
  await questions.first().waitFor();
  const given = { confidential: 'false', personal_data: 'false', high_value: 'false', own_content: 'true', facts_only: 'true', conditions: 'none' };
  for (let i = 0; i < 10; i++) {
    if (await page.locator(`${scope} [data-testid=licence-result]`).getAttribute('data-outcome') !== 'incomplete') break;
    const key = await questions.last().getAttribute('data-question-id');
    await answerQuestion(page, key, given[key] ?? 'false', scope);
  }
  assert.equal(await page.locator(`${scope} [data-testid=licence-result]`).getAttribute('data-outcome'), 'licence');
}

// Every child process a test starts (Python, the datalots binary) runs under this
// limit and is killed past it, so that a hang fails the test instead of stalling CI.
// Generous: each takes a second or two.
export const CHILD_TIMEOUT_MS = 120_000;

// Runs `program args` to its end (at most CHILD_TIMEOUT_MS) and returns spawnSync's
// result (status, stdout, stderr); a child that cannot start or is killed for taking
// too long throws.
export function runChild(program, args) {
  const r = spawnSync(program, args, {
    encoding: 'utf8', timeout: CHILD_TIMEOUT_MS, killSignal: 'SIGKILL', maxBuffer: 256 * 1024 * 1024,
  });
  if (r.error) {
    const why = r.error.code === 'ETIMEDOUT' ? `killed after ${CHILD_TIMEOUT_MS} ms` : r.error.message;
    throw new Error(`${program} ${args.join(' ')}: ${why}\n${r.stdout ?? ''}${r.stderr ?? ''}`);
  }
  return r;
}

// The standard output of `program args`, which must succeed (exit 0).
export function outputOf(program, args) {
  const r = runChild(program, args);
  assert.equal(r.status, 0, `${program} ${args.join(' ')}: exit ${r.status}\n${r.stdout}${r.stderr}`);
  return r.stdout;
}

// Python with rdflib, python-docx and openpyxl: DATALOTS_PYTHON (set by `cargo xtask
// test`), else the venv `cargo xtask test` installs. Missing, it is an error: the
// checks that read the downloads with independent tools always run.
export function python(what) {
  const py = process.env.DATALOTS_PYTHON ?? path.join(targetDir, 'tools', 'venv', 'bin', 'python');
  assert.ok(existsSync(py), `${py} is missing: the ${what} check needs a Python with it (DATALOTS_PYTHON; \`cargo xtask test\` installs one)`);
  return py;
}

// The command-line tool: DATALOTS_BIN (set by `cargo xtask test`), else
// target/debug/datalots. Missing, it is an error.
export function datalotsBin() {
  const bin = process.env.DATALOTS_BIN ?? path.join(targetDir, 'debug', 'datalots');
  assert.ok(existsSync(bin), `${bin} is missing: \`cargo xtask test\` builds it before the browser tests (or \`cargo build --bin datalots\`)`);
  return bin;
}
