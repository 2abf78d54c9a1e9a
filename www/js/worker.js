// The analysis worker: loads the WebAssembly module once and answers requests
//   { id, type: "stats", text, options }   -> { id, ok, result | error, ms }  (see statsForPage)
//   { id, type: "entities", text }          -> { id, ok, result | error, ms }
//   { id, type: "duplicates", documents }   -> progress { id, type: "progress", done, total },
//                                              then { id, ok, result | error, ms }
import init, { Analyser, DuplicateFinder } from "../pkg/article_analyser.js";
import { READER_LIMIT } from "./limits.js";

/** Progress is reported after this many milliseconds of work, at most. */
const PROGRESS_EVERY_MS = 50;

let analyser = null;
const ready = init().then(() => {
  analyser = new Analyser();
  postMessage({ type: "ready", version: Analyser.version() });
}).catch((error) => {
  postMessage({ type: "fatal", error: `The analyser could not start: ${error && error.message ? error.message : error}` });
});

/**
 * The statistics as the page uses them. The page shows the sentences that start before
 * READER_LIMIT; a longer text's other sentence details stay here, so that the main thread does
 * not clone objects it would not use (20 MB of text: 460,000 sentences). The counts, the
 * histogram and the longest sentence are kept whole.
 */
function statsForPage(result) {
  const details = result.sentenceDetails;
  const shown = details.findIndex((s) => s.span.start > READER_LIMIT);
  if (shown < 0) return result;
  const kept = details.slice(0, shown);
  let longest = result.longestSentence;
  if (longest !== null && longest >= shown) {
    kept.push(details[longest]);
    longest = kept.length - 1;
  }
  return { ...result, sentenceDetails: kept, longestSentence: longest };
}

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
    if (type === "stats") result = statsForPage(analyser.stats(event.data.text, event.data.options));
    else if (type === "entities") result = analyser.entities(event.data.text);
    else if (type === "duplicates") result = duplicates(id, event.data.documents);
    else throw new Error(`unknown request ${type}`);
    postMessage({ id, ok: true, result, ms: performance.now() - started });
  } catch (error) {
    postMessage({ id, ok: false, error: error && error.message ? error.message : String(error) });
  }
};
