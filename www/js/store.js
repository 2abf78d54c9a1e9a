// The workspace (articles, names, the active one, options) kept in this browser's IndexedDB, so
// that a large set survives a reload (localStorage holds about 5 MB). Nothing leaves the
// browser. A save that fails (storage full, private mode) is reported to the caller and leaves
// a mark, so that after a reload the page says which version came back instead of passing an
// older copy off as the latest.
import { t } from "./i18n.js";
const DB_NAME = "article-analyser";
const STORE = "workspace";
const KEY = "current";
/** The workspace a permalink replaced, kept so that the user can go back to it. */
const STASH_KEY = "before-link";
/** Where earlier versions kept the texts; read once and moved over. */
const LEGACY_KEY = "article-analyser:documents";
/** Set when a save failed: the time of the failure. */
const UNSAVED_KEY = "article-analyser:unsaved";
/** The article being edited, written synchronously when the page is hidden (an IndexedDB write
 * started then may not finish before the page goes). */
const DRAFT_KEY = "article-analyser:draft";
/** Longest draft kept in localStorage (UTF-16 units; its quota is about 5 MB). */
const DRAFT_LIMIT = 2_000_000;

let dbPromise = null;

function database() {
  if (!dbPromise) {
    dbPromise = new Promise((resolve, reject) => {
      const request = indexedDB.open(DB_NAME, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
      request.onblocked = () => reject(new Error("the browser's storage is busy in another tab"));
    });
    dbPromise.catch(() => { dbPromise = null; });
  }
  return dbPromise;
}

function request(mode, action) {
  return database().then((db) => new Promise((resolve, reject) => {
    const tx = db.transaction(STORE, mode);
    const r = action(tx.objectStore(STORE));
    tx.oncomplete = () => resolve(r && r.result);
    tx.onabort = () => reject(tx.error || new Error("the save was aborted"));
    tx.onerror = () => reject(tx.error);
  }));
}

/**
 * The saved workspace, or null: { docs: [{ name, text }], active, options, savedAt }, and
 * `unsavedSince` (a time) when the last save failed after that version was written.
 */
export async function loadWorkspace() {
  let saved = null;
  try {
    saved = await request("readonly", (store) => store.get(KEY));
  } catch { /* no IndexedDB (private mode in some browsers): fall back below */ }
  if (!saved) {
    try {
      const legacy = JSON.parse(localStorage.getItem(LEGACY_KEY) || "null");
      if (legacy && Array.isArray(legacy.docs)) saved = { ...legacy, savedAt: 0 };
    } catch { /* unreadable: nothing to restore */ }
  }
  let draft = null;
  try { draft = JSON.parse(localStorage.getItem(DRAFT_KEY) || "null"); } catch { /* none */ }
  if (draft && typeof draft.text === "string" && (!saved || draft.savedAt > (saved.savedAt || 0))) {
    const docs = saved ? saved.docs.slice() : [];
    const at = Math.max(0, Math.min(Number(draft.active) || 0, docs.length));
    docs[at] = { name: typeof draft.name === "string" ? draft.name : null, text: draft.text };
    saved = { ...(saved || {}), docs, active: at, options: draft.options || (saved && saved.options), savedAt: draft.savedAt };
  }
  if (!saved) return null;
  const unsaved = Number(localStorage.getItem(UNSAVED_KEY) || 0);
  return unsaved > (saved.savedAt || 0) ? { ...saved, unsavedSince: unsaved } : saved;
}

/** Writes the article being edited to localStorage at once, for a page that is going away. */
export function saveDraft(workspace) {
  const doc = workspace.docs[workspace.active];
  if (!doc || doc.text.length > DRAFT_LIMIT) return;
  try {
    localStorage.setItem(DRAFT_KEY, JSON.stringify({
      active: workspace.active, name: doc.name, text: doc.text, options: workspace.options, savedAt: Date.now(),
    }));
  } catch { /* full: the IndexedDB save still runs */ }
}

/**
 * Writes `value` under `key`. In the page the write is handed to a worker running this same
 * module, so that cloning a large text into IndexedDB happens off the main thread (a 30 MB text
 * held it 250-540 ms); where no worker can start, the page writes it itself.
 */
let writer = null;
let nextWrite = 1;
const writes = new Map(); // id -> { resolve, reject }

function put(value, key) {
  if (typeof window === "undefined" || typeof Worker === "undefined") {
    return request("readwrite", (store) => store.put(value, key));
  }
  if (!writer) {
    try {
      writer = new Worker(new URL("./store.js", import.meta.url), { type: "module" });
    } catch {
      return request("readwrite", (store) => store.put(value, key));
    }
    writer.onmessage = ({ data }) => {
      const w = writes.get(data.id);
      writes.delete(data.id);
      if (!w) return;
      if (data.ok) w.resolve();
      else w.reject(Object.assign(new Error(data.message), { name: data.name }));
    };
    writer.onerror = (event) => {
      event.preventDefault();
      for (const w of writes.values()) w.reject(new Error(event.message || "the storage worker stopped"));
      writes.clear();
      writer = null;
    };
  }
  const id = nextWrite++;
  return new Promise((resolve, reject) => {
    writes.set(id, { resolve, reject });
    writer.postMessage({ id, key, value });
  });
}

// Run as the page's storage worker: write what the page sends, say how it went.
if (typeof window === "undefined" && typeof self !== "undefined" && typeof importScripts === "function") {
  self.onmessage = ({ data }) => {
    request("readwrite", (store) => store.put(data.value, data.key)).then(
      () => self.postMessage({ id: data.id, ok: true }),
      (error) => self.postMessage({ id: data.id, ok: false, name: error && error.name, message: error && error.message ? error.message : String(error) }),
    );
  };
}

/** Saves the workspace; rejects with an Error whose message says why it was not kept. */
export async function saveWorkspace(workspace) {
  const value = { ...workspace, savedAt: Date.now() };
  try {
    await put(value, KEY);
  } catch (error) {
    try { localStorage.setItem(UNSAVED_KEY, String(Date.now())); } catch { /* nothing more to do */ }
    const full = error && (error.name === "QuotaExceededError" || /quota/i.test(String(error.message)));
    throw new Error(full
      ? t("The browser's storage is full: the latest changes are not kept after this page closes.")
      : t("The texts could not be saved in this browser ({why}); they stay in this page until it closes.", { why: t(error && error.message ? error.message : String(error)) }));
  }
  try {
    localStorage.removeItem(UNSAVED_KEY);
    localStorage.removeItem(LEGACY_KEY);
    const draft = JSON.parse(localStorage.getItem(DRAFT_KEY) || "null");
    if (draft && draft.savedAt <= value.savedAt) localStorage.removeItem(DRAFT_KEY);
  } catch { /* storage disabled: IndexedDB holds the texts */ }
}

/** Puts `workspace` aside (before a permalink's replaces it); rejects when it cannot be kept. */
export async function stashWorkspace(workspace) {
  await put({ ...workspace, savedAt: Date.now() }, STASH_KEY);
}

/** The workspace put aside by stashWorkspace, or null. */
export async function loadStash() {
  try {
    return (await request("readonly", (store) => store.get(STASH_KEY))) || null;
  } catch {
    return null;
  }
}
