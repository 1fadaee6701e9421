// The widget's worker's entry script. gloo-worker starts a module worker from a blob:
// URL that imports this file and awaits its default export; the page and the workers
// share the widget's one .wasm (downloaded once, then from the browser's cache).
import init, { run_widget_worker } from './datalots_widget.js';

export default async function start() {
  await init();
  run_widget_worker();
}
