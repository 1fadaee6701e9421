// Runs a wasm32-wasip1 program under Node's WASI with the data file's folder
// preopened as /data. Used by `cargo xtask bench`.
//   node tests/bench/wasi-run.mjs PROGRAM.wasm DATA.csv
import { WASI } from 'node:wasi';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const [program, file] = process.argv.slice(2);
const dir = path.dirname(path.resolve(file));
const wasi = new WASI({
  version: 'preview1',
  args: ['bench_profile', `/data/${path.basename(file)}`],
  preopens: { '/data': dir },
});
const module = await WebAssembly.compile(readFileSync(program));
const instance = await WebAssembly.instantiate(module, wasi.getImportObject());
wasi.start(instance);
