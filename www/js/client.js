// The bridge to the analysis worker: starts it lazily, numbers requests, and resolves only the
// latest one (older answers are dropped). A worker that dies (a trap in the module) is replaced
// on the next request.
export class AnalyserClient {
  constructor() {
    this.worker = null;
    this.nextId = 1;
    this.pending = new Map();
    this.latest = 0;
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
    this.pending.delete(message.id);
    if (message.id !== this.latest) { entry.resolve(null); return; }
    if (message.ok) entry.resolve({ result: message.result, ms: message.ms });
    else entry.reject(new Error(message.error));
  }

  fail(reason) {
    for (const entry of this.pending.values()) entry.reject(new Error(reason));
    this.pending.clear();
    if (this.worker) this.worker.terminate();
    this.worker = null;
  }

  /** Analyses `text`; resolves to { result, ms }, or to null when a newer request replaced it. */
  stats(text, options) {
    this.start();
    const id = this.nextId++;
    this.latest = id;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, type: "stats", text, options });
    });
  }
}
