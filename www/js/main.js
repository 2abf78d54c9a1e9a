// UI wiring: input, debounced analysis in the worker, rendering, file open and drop, and the
// text kept in this browser's localStorage so that a reload loses nothing.
import { AnalyserClient } from "./client.js";
import * as render from "./render.js";

const DEBOUNCE_MS = 250;
const STORAGE_KEY = "article-analyser:text";
/** Texts longer than this (UTF-16 units) are analysed in full but not put in the text box, whose
 * layout would freeze the page for seconds; the box then shows a short notice instead. */
const EDIT_LIMIT = 1_000_000;
/** Texts longer than this (UTF-16 units) are not kept in localStorage, whose quota is ~5 MB. */
const STORAGE_LIMIT = 2_000_000;
const $ = (id) => document.getElementById(id);

const ui = {
  text: $("text"), language: $("language"), detected: $("detected"), status: $("status"),
  notes: $("notes"), counts: $("counts"), readability: $("readability"), histogram: $("histogram"),
  terms: $("terms"), diversity: $("diversity"), reader: $("reader"), version: $("version"),
  file: $("file"), openFile: $("open-file"), restore: $("restore"), clear: $("clear"), dropzone: $("dropzone"),
};

const client = new AnalyserClient();
client.onReady = (version) => { ui.version.textContent = `Article Analyser ${version}`; };
client.onFatal = (message) => { ui.status.textContent = message; };

let timer = 0;
let previousText = null;
/** A text too long for the text box, or null when the box holds the text. */
let largeText = null;

function currentText() {
  return largeText ?? ui.text.value;
}

function setText(text) {
  if (text.length > EDIT_LIMIT) {
    largeText = text;
    ui.text.value = "";
    ui.text.readOnly = true;
    ui.text.placeholder = `A text of ${(text.length / 1e6).toFixed(1)} million characters is loaded and analysed in full. `
      + "It is too long to edit here; press Clear to start again.";
  } else {
    largeText = null;
    ui.text.readOnly = false;
    ui.text.placeholder = "Paste or type an article here, or drop a .txt file.";
    ui.text.value = text;
  }
}

function schedule() {
  clearTimeout(timer);
  timer = setTimeout(analyse, DEBOUNCE_MS);
}

async function analyse() {
  const text = currentText();
  save(text);
  const options = { language: ui.language.value };
  ui.status.textContent = text.length > 1_000_000 ? "Analysing a long text…" : "Analysing…";
  let answer;
  try {
    answer = await client.stats(text, options);
  } catch (error) {
    ui.status.textContent = error.message;
    return;
  }
  if (answer === null) return; // a newer request is on its way
  const { result, ms } = answer;
  const g = result.language;
  ui.detected.textContent = g.source === "detected"
    ? `Detected: ${g.name} (${Math.round(g.confidence * 100)}% sure)`
    : g.source === "user" ? `Using ${g.name}` : "";
  render.renderNotes(ui.notes, result.notes);
  render.renderCounts(ui.counts, result);
  render.renderReadability(ui.readability, result);
  render.renderHistogram(ui.histogram, result);
  render.renderTerms(ui.terms, ui.diversity, result);
  render.renderReader(ui.reader, text, result);
  ui.status.textContent = `Analysed in ${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms`;
  document.body.dataset.analysed = String(Number(document.body.dataset.analysed || 0) + 1);
}

function save(text) {
  try {
    if (text.length <= STORAGE_LIMIT) localStorage.setItem(STORAGE_KEY, text);
    else localStorage.removeItem(STORAGE_KEY);
  } catch { /* storage full or disabled: the text stays in the page */ }
}

function replaceText(text) {
  if (currentText().trim()) {
    previousText = currentText();
    ui.restore.hidden = false;
  }
  setText(text);
  schedule();
}

async function loadFiles(files) {
  const list = [...files];
  if (list.length === 0) return;
  try {
    const texts = await Promise.all(list.map((f) => f.text()));
    replaceText(texts.join("\n\n"));
    if (list.length > 1) ui.status.textContent = `${list.length} files joined into one text.`;
  } catch (error) {
    ui.status.textContent = `Could not read the file: ${error.message}`;
  }
}

ui.text.addEventListener("input", schedule);
ui.text.addEventListener("paste", (e) => {
  const pasted = e.clipboardData ? e.clipboardData.getData("text/plain") : "";
  if (pasted.length + ui.text.value.length <= EDIT_LIMIT) return; // the box handles it
  e.preventDefault();
  const { selectionStart: a, selectionEnd: b, value } = ui.text;
  replaceText(value.slice(0, a) + pasted + value.slice(b));
});
ui.language.addEventListener("change", schedule);
ui.openFile.addEventListener("click", () => ui.file.click());
ui.file.addEventListener("change", () => { loadFiles(ui.file.files); ui.file.value = ""; });
ui.restore.addEventListener("click", () => {
  if (previousText === null) return;
  const current = currentText();
  setText(previousText);
  previousText = current;
  schedule();
});
ui.clear.addEventListener("click", () => replaceText(""));
ui.dropzone.addEventListener("dragover", (e) => { e.preventDefault(); ui.dropzone.classList.add("over"); });
ui.dropzone.addEventListener("dragleave", () => ui.dropzone.classList.remove("over"));
ui.dropzone.addEventListener("drop", (e) => {
  e.preventDefault();
  ui.dropzone.classList.remove("over");
  if (e.dataTransfer && e.dataTransfer.files.length) loadFiles(e.dataTransfer.files);
});

let stored = "";
try { stored = localStorage.getItem(STORAGE_KEY) || ""; } catch { /* storage disabled */ }
if (stored && !ui.text.value) setText(stored);
client.start();
analyse();
