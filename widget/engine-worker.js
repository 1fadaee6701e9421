// The describe engine's entry script (see profile-worker.js): the same .wasm as the
// page, registering the engine instead.
import init, { run_describe_engine } from './datalots_widget.js';

export default async function start() {
  await init();
  run_describe_engine();
}
