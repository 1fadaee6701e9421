// Times the widget profiling a file in headless Chromium, next to the native CLI.
//
//   cargo xtask dist && cargo build --release
//   node tests/bench/widget-profile.mjs FILE.csv
//
// Prints the worker's own time (reading the File in 4 MiB pieces and profiling, from
// the widget's data-millis), the wall time from choosing the file to the profile on
// screen, and `target/release/datalots profile FILE` for the same file. Not a test:
// a measurement (run it on an otherwise idle machine).
import { spawn, execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const file = path.resolve(process.argv[2] ?? '');
const size = statSync(file).size;
const server = spawn('python3', ['-u', '-m', 'http.server', '0', '--bind', '127.0.0.1', '--directory', path.join(root, 'target')], { stdio: ['ignore', 'pipe', 'inherit'] });
const origin = await new Promise((resolve) => {
  let out = '';
  server.stdout.on('data', (c) => { out += c; const m = out.match(/port (\d+)/); if (m) resolve(`http://127.0.0.1:${m[1]}`); });
});
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const runs = [];
for (let i = 0; i < 3; i++) {
  const page = await browser.newPage();
  await page.goto(`${origin}/site/index.html`);
  await page.waitForSelector('datalots-widget[data-mounted]');
  const t0 = Date.now();
  await page.locator('datalots-widget [data-testid=file-input]').setInputFiles(file);
  await page.locator('datalots-widget [data-testid=profile]').waitFor({ timeout: 600000 });
  const wall = Date.now() - t0;
  await page.locator('datalots-widget [data-testid=step-file]').click();
  const worker = Number(await page.locator('datalots-widget [data-testid=file-status]').getAttribute('data-millis'));
  runs.push({ worker, wall });
  await page.close();
}
await browser.close();
server.kill();
// The native CLI, best of three as the widget (one run alone varies by a third here).
const nativeRuns = [];
for (let i = 0; i < 3; i++) {
  const t0 = process.hrtime.bigint();
  execFileSync(path.join(root, 'target/release/datalots'), ['profile', file], { stdio: 'ignore' });
  nativeRuns.push(Math.round(Number(process.hrtime.bigint() - t0) / 1e6));
}
const native = Math.min(...nativeRuns);
const best = runs.reduce((a, b) => (a.worker < b.worker ? a : b));
const mbps = (ms) => (size / 1e6 / (ms / 1000)).toFixed(1);
console.log(`file: ${file} (${size} bytes)`);
console.log(`widget worker: ${best.worker} ms (${mbps(best.worker)} MB/s), wall ${best.wall} ms; runs ${JSON.stringify(runs)}`);
console.log(`native CLI:    ${native} ms (${mbps(native)} MB/s); runs ${JSON.stringify(nativeRuns)}`);
console.log(`widget / native throughput: ${(native / best.worker).toFixed(2)}`);
