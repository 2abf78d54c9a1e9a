// The analysis worker: loads the WebAssembly module once and answers requests
//   { id, type: "stats", text, options }   -> { id, ok, result | error, ms }
//   { id, type: "entities", text }          -> { id, ok, result | error, ms }
//   { id, type: "duplicates", documents }   -> progress { id, type: "progress", done, total },
//                                              then { id, ok, result | error, ms }
import init, { Analyser, DuplicateFinder } from "../pkg/article_analyser.js";

/** Progress is reported after this many milliseconds of work, at most. */
const PROGRESS_EVERY_MS = 50;

let analyser = null;
const ready = init().then(() => {
  analyser = new Analyser();
  postMessage({ type: "ready", version: Analyser.version() });
}).catch((error) => {
  postMessage({ type: "fatal", error: `The analyser could not start: ${error && error.message ? error.message : error}` });
});

function duplicates(id, documents) {
  const finder = new DuplicateFinder();
  try {
    let last = performance.now();
    documents.forEach((doc, i) => {
      finder.add(doc.id, doc.text);
      const now = performance.now();
      if (now - last > PROGRESS_EVERY_MS) {
        postMessage({ id, type: "progress", done: i + 1, total: documents.length });
        last = now;
      }
    });
    return finder.finish();
  } finally {
    finder.free();
  }
}

self.onmessage = async (event) => {
  const { id, type } = event.data;
  await ready;
  if (!analyser) {
    postMessage({ id, ok: false, error: "The analyser is not available." });
    return;
  }
  const started = performance.now();
  try {
    let result;
    if (type === "stats") result = analyser.stats(event.data.text, event.data.options);
    else if (type === "entities") result = analyser.entities(event.data.text);
    else if (type === "duplicates") result = duplicates(id, event.data.documents);
    else throw new Error(`unknown request ${type}`);
    postMessage({ id, ok: true, result, ms: performance.now() - started });
  } catch (error) {
    postMessage({ id, ok: false, error: error && error.message ? error.message : String(error) });
  }
};
