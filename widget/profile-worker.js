// The profiling worker's entry script. gloo-worker starts a module worker from a blob:
// URL that imports this file and awaits its default export; the page and both workers
// share the widget's one .wasm (downloaded once, then from the browser's cache).
import init, { run_profile_worker } from './datalots_widget.js';

export default async function start() {
  await init();
  run_profile_worker();
}
