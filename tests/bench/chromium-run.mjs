// Times csv-profile compiled to wasm32 (tests/bench/wasm) in headless Chromium on one
// file, the way the widget would read it: the file is fetched into the page first,
// then fed to the module 64 KiB at a time. Prints one JSON line per module:
// {"module": …, "seconds": best of RUNS, "rows": …}. Used by `cargo xtask bench`.
//   node tests/bench/chromium-run.mjs DATA.csv RUNS MODULE.wasm [MODULE.wasm…]
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { chromium } from 'playwright-core';

const [file, runsArg, ...modules] = process.argv.slice(2);
const runs = Number(runsArg) || 3;
const served = new Map([['/data.csv', file], ...modules.map((m, i) => [`/m${i}.wasm`, m])]);
const server = createServer((req, res) => {
  const path = served.get(req.url);
  if (req.url === '/') {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<!doctype html><title>csv-profile wasm32 benchmark</title>');
  } else if (path) {
    res.writeHead(200, {
      'content-type': path.endsWith('.wasm') ? 'application/wasm' : 'text/csv',
      'content-length': statSync(path).size,
    });
    createReadStream(path).pipe(res);
  } else {
    res.writeHead(404).end();
  }
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
try {
  const page = await browser.newPage();
  await page.goto(`${origin}/`);
  for (let i = 0; i < modules.length; i++) {
    const result = await page.evaluate(async ({ url, runs }) => {
      const { instance } = await WebAssembly.instantiateStreaming(fetch(url), {});
      const { buffer, feed, finish, memory } = instance.exports;
      const data = new Uint8Array(await (await fetch('/data.csv')).arrayBuffer());
      const CHUNK = 64 * 1024;
      let best = Infinity;
      let rows = -1;
      for (let r = 0; r < runs; r++) {
        const start = performance.now();
        for (let at = 0; at < data.length; at += CHUNK) {
          const chunk = data.subarray(at, Math.min(at + CHUNK, data.length));
          const ptr = buffer(chunk.length);
          new Uint8Array(memory.buffer, ptr, chunk.length).set(chunk);
          if (feed(chunk.length) !== 0) throw new Error(`feed failed at byte ${at}`);
        }
        rows = finish();
        best = Math.min(best, (performance.now() - start) / 1000);
      }
      return { seconds: best, rows };
    }, { url: `/m${i}.wasm`, runs });
    console.log(JSON.stringify({ module: modules[i], ...result }));
  }
} finally {
  await browser.close();
  server.close();
}
