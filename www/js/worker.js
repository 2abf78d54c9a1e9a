// The analysis worker: loads the WebAssembly module once and answers requests
// { id, type: "stats", text, options } with { id, ok, result | error, ms }.
import init, { Analyser } from "../pkg/article_analyser.js";

let analyser = null;
const ready = init().then(() => {
  analyser = new Analyser();
  postMessage({ type: "ready", version: Analyser.version() });
}).catch((error) => {
  postMessage({ type: "fatal", error: `The analyser could not start: ${error && error.message ? error.message : error}` });
});

self.onmessage = async (event) => {
  const { id, type, text, options } = event.data;
  await ready;
  if (!analyser) {
    postMessage({ id, ok: false, error: "The analyser is not available." });
    return;
  }
  const started = performance.now();
  try {
    if (type !== "stats") throw new Error(`unknown request ${type}`);
    const result = analyser.stats(text, options);
    postMessage({ id, ok: true, result, ms: performance.now() - started });
  } catch (error) {
    postMessage({ id, ok: false, error: error && error.message ? error.message : String(error) });
  }
};
