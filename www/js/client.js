// The bridge to the analysis worker: starts it lazily, numbers requests, and for each kind of
// request resolves only the latest one (older answers resolve to null). A worker that dies (a
// trap in the module) is replaced on the next request.
export class AnalyserClient {
  constructor() {
    this.worker = null;
    this.nextId = 1;
    this.pending = new Map(); // id -> { kind, resolve, reject, onProgress }
    this.latest = new Map(); // kind -> id
    this.onReady = () => {};
    this.onFatal = () => {};
  }

  start() {
    if (this.worker) return;
    this.worker = new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
    this.worker.onmessage = (event) => this.receive(event.data);
    this.worker.onerror = (event) => {
      event.preventDefault();
      this.fail(`The analyser stopped: ${event.message || "unknown error"}. It will restart with the next change.`);
    };
  }

  receive(message) {
    if (message.type === "ready") { this.onReady(message.version); return; }
    if (message.type === "fatal") { this.onFatal(message.error); return; }
    const entry = this.pending.get(message.id);
    if (!entry) return;
    if (message.type === "progress") { entry.onProgress?.(message.done, message.total); return; }
    this.pending.delete(message.id);
    if (message.id !== this.latest.get(entry.kind)) { entry.resolve(null); return; }
    if (message.ok) entry.resolve({ result: message.result, ms: message.ms });
    else entry.reject(new Error(message.error));
  }

  fail(reason) {
    for (const entry of this.pending.values()) entry.reject(new Error(reason));
    this.pending.clear();
    if (this.worker) this.worker.terminate();
    this.worker = null;
  }

  request(kind, payload, onProgress) {
    this.start();
    const id = this.nextId++;
    this.latest.set(kind, id);
    return new Promise((resolve, reject) => {
      this.pending.set(id, { kind, resolve, reject, onProgress });
      this.worker.postMessage({ id, type: kind, ...payload });
    });
  }

  /** Statistics of one text: { result, ms }, or null when a newer request replaced it. */
  stats(text, options) {
    return this.request("stats", { text, options });
  }

  /** Entities of one text: { result, ms }, or null when a newer request replaced it. */
  entities(text) {
    return this.request("entities", { text });
  }

  /** Repeats and reuse in a set of { id, text }: { result, ms }, or null when replaced. */
  duplicates(documents, onProgress) {
    return this.request("duplicates", { documents }, onProgress);
  }
}
