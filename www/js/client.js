// The bridge to the analysis worker: starts it lazily, numbers requests, and for each kind of
// request resolves only the latest one (older answers resolve to null). A worker that dies (a
// trap in the module) is replaced on the next request; one that stops answering without an
// error (killed for memory) is noticed by a watchdog and replaced too; and a new request that
// would wait behind stale work (a long analysis of a text already replaced) restarts the
// worker instead of waiting for it.

import { t } from "./i18n.js";

/** A request may run this long, plus WATCHDOG_MS_PER_MB for each MB it sends, before the
 * worker is taken for dead. */
const WATCHDOG_MS = 60_000;
const WATCHDOG_MS_PER_MB = 4_000;
/** Work older than this is abandoned when a newer request of the same kind arrives. */
const STALE_MS = 1_500;
export class AnalyserClient {
  constructor() {
    this.worker = null;
    this.nextId = 1;
    this.pending = new Map(); // id -> { kind, resolve, reject, onProgress, started, timer }
    this.latest = new Map(); // kind -> id
    this.held = new Map(); // key -> the text the worker holds under it
    this.onReady = () => {};
    this.onFatal = () => {};
  }

  start() {
    if (this.worker) return;
    this.held.clear(); // a new worker holds nothing
    this.worker = new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
    this.worker.onmessage = (event) => this.receive(event.data);
    this.worker.onerror = (event) => {
      event.preventDefault();
      this.fail(t("The analyser stopped: {why}. It will restart with the next change.", { why: event.message || t("unknown error") }));
    };
  }

  receive(message) {
    if (message.type === "ready") { this.onReady(message.version); return; }
    if (message.type === "fatal") { this.onFatal(t(message.error)); return; }
    const entry = this.pending.get(message.id);
    if (!entry) return;
    if (message.type === "progress") { entry.onProgress?.(message.done, message.total); return; }
    clearTimeout(entry.timer);
    this.pending.delete(message.id);
    if (message.trap) {
      // The module trapped: this worker is replaced, and every request waiting on it fails with
      // the same message (the texts stay in the page).
      entry.reject(new Error(t("{why}; it was restarted, and your texts are kept. Edit the text to try again.", { why: t(message.error) })));
      this.fail(t("{why}; it was restarted, and your texts are kept.", { why: t(message.error) }));
      return;
    }
    if (message.id !== this.latest.get(entry.kind)) { entry.resolve(null); return; }
    if (message.ok) entry.resolve({ result: message.result, ms: message.ms });
    else entry.reject(new Error(t(message.error)));
  }

  fail(reason) {
    for (const entry of this.pending.values()) { clearTimeout(entry.timer); entry.reject(new Error(reason)); }
    this.pending.clear();
    if (this.worker) this.worker.terminate();
    this.worker = null;
  }

  /** Drops the work in progress (its requests resolve to null) and starts a fresh worker. */
  restart() {
    for (const entry of this.pending.values()) { clearTimeout(entry.timer); entry.resolve(null); }
    this.pending.clear();
    if (this.worker) this.worker.terminate();
    this.worker = null;
  }

  /** Sends a request; `payload` is an object, or a function called once the worker that will
   * answer is known (so that its text references match what that worker holds). */
  request(kind, payload, onProgress, size = 0) {
    const now = performance.now();
    const stale = [...this.pending.values()].some((e) => e.kind === kind && now - e.started > STALE_MS);
    if (stale) this.restart();
    this.start();
    if (typeof payload === "function") payload = payload();
    const id = this.nextId++;
    this.latest.set(kind, id);
    return new Promise((resolve, reject) => {
      const limit = WATCHDOG_MS + WATCHDOG_MS_PER_MB * (size / 1e6);
      const timer = setTimeout(() => {
        if (this.pending.has(id)) this.fail(t("The analyser stopped answering and was restarted; your texts are kept. Edit the text to try again."));
      }, limit);
      this.pending.set(id, { kind, resolve, reject, onProgress, started: performance.now(), timer });
      this.worker.postMessage({ id, type: kind, ...payload });
    });
  }

  /**
   * A text as a request carries it: `{ key }` alone when the worker already holds this very text
   * under `key` (a 30 MB text is copied to the worker once, not once per request), else
   * `{ key, text }`, which the worker keeps under `key`.
   */
  ref(key, text) {
    if (key === undefined) return { text };
    if (this.worker && this.held.get(key) === text) return { key };
    this.held.set(key, text);
    return { key, text };
  }

  /** The worker may drop the text held under `key` (an article removed). */
  forget(key) {
    if (!this.held.delete(key) || !this.worker) return;
    this.worker.postMessage({ type: "forget", key });
  }

  /** Statistics of one text: { result, ms }, or null when a newer request replaced it. */
  stats(text, options, key) {
    return this.request("stats", () => ({ ref: this.ref(key, text), options }), undefined, text.length);
  }

  /** Entities of one text: { result, ms }, or null when a newer request replaced it. */
  entities(text, key) {
    return this.request("entities", () => ({ ref: this.ref(key, text) }), undefined, text.length);
  }

  /** A file of the workspace's analysis (see exports.js): { result: { filename, mime, content }, ms }. */
  exportFile(format, documents, active, options, corrections, onProgress) {
    return this.request("export", { format, documents, active, options, corrections }, onProgress, totalLength(documents));
  }

  /** The frequent terms of `contexts` (the words around a term, one occurrence a line), read
   * in `language`: its collocates. { result, ms }, or null. */
  collocates(contexts, language) {
    return this.request("collocates", { contexts, language }, undefined, contexts.length);
  }

  /** The distinctive terms of each of a set of { id, text }: { result, ms }, or null. */
  terms(documents, top) {
    return this.request("terms", () => ({ documents: this.refs(documents), top }), undefined, totalLength(documents));
  }

  /** The quotations found in several of a set of { id, text }: { result, ms }, or null. */
  quotes(documents) {
    return this.request("quotes", () => ({ documents: this.refs(documents) }), undefined, totalLength(documents));
  }

  /** A .jsonl archive read in the worker (see worker.js's readArchive): { result, ms }, or null
   * when cancelled; `onProgress(bytesRead, bytes)`. */
  archive(file, onProgress) {
    return this.request("archive", { file }, onProgress, file.size);
  }

  /** Repeats and reuse in a set of { id, text }: { result, ms }, or null when replaced. */
  duplicates(documents, onProgress) {
    return this.request("duplicates", () => ({ documents: this.refs(documents) }), onProgress, totalLength(documents));
  }

  /** A set of { id, text } as requests carry it: [{ id, ref }] (see `ref`). */
  refs(documents) {
    return documents.map((d) => ({ id: d.id, ref: this.ref(d.id, d.text) }));
  }
}

const totalLength = (documents) => documents.reduce((n, d) => n + d.text.length, 0);
