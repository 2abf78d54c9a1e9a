// UI wiring: a set of articles (tabs), the active one edited in the text box, its statistics,
// and the repeats and reuse across the set, all computed in the worker after a short pause in
// typing. The articles, the language and the view are kept in this browser's IndexedDB
// (store.js) after each change and when the page is hidden, so that a reload loses nothing.
import { AnalyserClient } from "./client.js";
import { isArchive, readFile } from "./files.js";
import { archiveProgress, renderArchive } from "./archive.js";
import { isLink, LINK_LIMIT, makeLink, readLink } from "./permalink.js";
import { loadStash, loadWorkspace, saveDraft, saveWorkspace, stashWorkspace } from "./store.js";
import * as render from "./render.js";
import { cloud } from "./charts.js";
import { renderAcross, renderWithin, reusedIn } from "./dups.js";
import { renderEntityPanel, renderEntityReader, selectGroup } from "./entities.js";
import { renderStyleLegend, renderStyleReader, STYLE_KINDS } from "./style.js";
import { BINARY_READER_LIMIT, READER_LIMIT } from "./limits.js";
import { collocatesCsv, concordance, concordanceCsv, renderCollocates, renderConcordance, renderDistinctive, renderSpread, distinctiveCsv, termsCsv, trendCsv, withNames, workspaceSpread } from "./kwic.js";
import { fileStem } from "./exports.js";
import { renderSharedQuotes, sharedQuotesCsv } from "./quotes.js";
import { applyCorrections, correctionKey, noCorrections, readCorrections } from "./corrections.js";
import { language, msg, num, percent, setLanguage, t, tn, translatePage } from "./i18n.js";

const DEBOUNCE_MS = 250;
/** Texts longer than this are analysed in full but not put in the text box, whose layout would
 * freeze the page for seconds; the box then shows a short notice instead. */
const EDIT_LIMIT = 1_000_000;
const PLACEHOLDER = msg("Paste or type an article here, or drop files: .txt, .md, .html, .docx, .pdf (one article each) or .jsonl (one per line).");
// The static markup in the interface language, before any result is drawn.
translatePage();
const $ = (id) => document.getElementById(id);

const ui = {
  text: $("text"), language: $("language"), detected: $("detected"), status: $("status"),
  notes: $("notes"), counts: $("counts"), readability: $("readability"), histogram: $("histogram"),
  terms: $("terms"), termsNote: $("terms-note"), cloud: $("cloud"), diversity: $("diversity"), kwicTerms: $("kwic-terms"), kwicForm: $("kwic-form"),
  distinctive: $("distinctive"), distinctiveCsv: $("distinctive-csv"),
  sharedQuotes: $("shared-quotes"), sharedQuotesCsv: $("shared-quotes-csv"),
  kwicWord: $("kwic-word"), kwicNote: $("kwic-note"), kwic: $("kwic"), kwicTrend: $("kwic-trend"), kwicCollocates: $("kwic-collocates"), kwicCsv: $("kwic-csv"), kwicCsvs: $("kwic-csvs"), trendCsv: $("trend-csv"), collocatesCsv: $("collocates-csv"), kwicSpread: $("kwic-spread"), termsCsv: $("terms-csv"), reader: $("reader"), version: $("version"),
  file: $("file"), openFile: $("open-file"), addDoc: $("add-doc"), restore: $("restore"), clear: $("clear"),
  dropzone: $("dropzone"), tabs: $("doc-tabs"), within: $("within"), acrossSummary: $("across-summary"),
  matrix: $("matrix"), passages: $("passages"), compare: $("compare"), compareA: $("compare-a"),
  compareB: $("compare-b"), compareAText: $("compare-a-text"), compareBText: $("compare-b-text"),
  dupProgress: $("dup-progress"), dupStatus: $("dup-status"),
  archive: $("archive"), archiveName: $("archive-name"), archiveProgress: $("archive-progress"), archiveStatus: $("archive-status"),
  archiveCancel: $("archive-cancel"), archiveResult: $("archive-result"), archiveDownload: $("archive-download"),
  modeReadability: $("mode-readability"), modeEntities: $("mode-entities"),
  legendReadability: $("legend-readability"), legend: $("legend-entities"), legendStyle: $("legend-style"),
  modeStyle: $("mode-style"),
  entityTable: $("entity-table"), quotes: $("quotes"), saveNote: $("save-note"), docName: $("doc-name"), fileNote: $("file-note"), removeDoc: $("remove-doc"),
  showLabels: $("show-labels"), views: $("views"), interfaceLanguage: $("interface-language"), reuseKey: $("reuse-key"), readerFocus: $("reader-focus"), skipReader: $("skip-reader"),
  exportStatus: $("export-status"), exportTable: $("export-table"), linkOut: $("link-out"), backToMine: $("back-to-mine"),
};

const client = new AnalyserClient();
/** Exports run in a worker of their own, so that typing goes on being analysed meanwhile. */
const exporter = new AnalyserClient();
client.onReady = (version) => { ui.version.textContent = `${t("Article Analyser")} ${version}`; };
client.onFatal = (message) => { ui.status.textContent = message; };

let nextDoc = 1;
const newDoc = (text = "", name = null) => {
  const n = nextDoc++;
  return { id: `doc-${n}`, name: name || `Article ${n}`, text };
};
const state = {
  docs: [newDoc()], active: 0, previous: null, lastStats: null, lastReport: null, lastEntities: null,
  mode: "readability", hidden: new Set(), hiddenStyle: new Set(), selected: null, labels: false,
  showPassage: () => {},
  /** The reader's corrections of names and speakers, applied to every article (corrections.js). */
  corrections: noCorrections(),
};
const active = () => state.docs[state.active];

let timer = 0;
function schedule() {
  revision++;
  clearTimeout(timer);
  timer = setTimeout(analyse, DEBOUNCE_MS);
}

function showActive() {
  const doc = active();
  if (doc.text.length > EDIT_LIMIT) {
    ui.text.value = "";
    ui.text.readOnly = true;
    ui.text.placeholder = t("A text of {n} million characters is loaded. It is too long to edit here; press Clear to start again.", { n: num(doc.text.length / 1e6) });
  } else {
    ui.text.readOnly = false;
    ui.text.placeholder = t(PLACEHOLDER);
    ui.text.value = doc.text;
  }
  ui.docName.value = doc.name;
  renderTabs();
}

/** More articles than this are listed in a drop-down menu rather than as tabs. */
const TAB_LIMIT = 12;

function renderTabs() {
  const shares = new Map((state.lastReport?.documents || []).map((d) => [d.id, d]));
  if (state.docs.length > TAB_LIMIT) {
    const select = render.h("select");
    select.setAttribute("aria-label", t("Article shown"));
    state.docs.forEach((doc, i) => {
      const summary = shares.get(doc.id);
      const share = summary && summary.reusedShare > 0 ? ` (${t("{share} shared", { share: percent(summary.reusedShare) })})` : "";
      const option = render.h("option", "", `${doc.name}${share}`);
      option.value = String(i);
      option.selected = i === state.active;
      select.append(option);
    });
    select.addEventListener("change", () => activate(Number(select.value)));
    ui.tabs.replaceChildren(render.h("span", "hint", tn(state.docs.length, "{n} article:", "{n} articles:")), select);
    ui.removeDoc.hidden = false;
    return;
  }
  const buttons = state.docs.map((doc, i) => {
    const b = render.h("button");
    b.type = "button";
    b.setAttribute("role", "tab");
    b.setAttribute("aria-selected", String(i === state.active));
    // One tab stop for the list (roving tabindex): arrow keys move between the tabs.
    b.tabIndex = i === state.active ? 0 : -1;
    b.dataset.doc = doc.id;
    b.append(doc.name);
    const summary = shares.get(doc.id);
    if (summary && state.docs.length > 1 && summary.reusedShare > 0) {
      b.append(render.h("span", "badge", t("{share} shared", { share: percent(summary.reusedShare) })));
    }
    b.addEventListener("click", (e) => {
      if (e.target.closest(".close")) { removeDoc(i); return; }
      activate(i);
    });
    if (state.docs.length > 1) {
      // The mouse's way to remove a tab; the keyboard's is Delete on the tab, or the
      // "Remove article" button.
      const close = render.h("span", "close", "×");
      close.title = t("Remove {name}", { name: doc.name });
      close.setAttribute("aria-hidden", "true");
      b.append(close);
    }
    return b;
  });
  ui.tabs.replaceChildren(...buttons);
  ui.removeDoc.hidden = state.docs.length < 2;
}

function activate(i, focus = false) {
  state.active = i;
  state.previous = null;
  ui.restore.hidden = true;
  showActive();
  schedule();
  if (focus) ui.tabs.querySelector(`[role=tab][data-doc="${state.docs[i].id}"]`)?.focus();
}

ui.tabs.addEventListener("keydown", (e) => {
  if (!e.target.matches("[role=tab]") || state.docs.length > TAB_LIMIT) return;
  const n = state.docs.length;
  const moves = { ArrowRight: state.active + 1, ArrowLeft: state.active - 1 + n, Home: 0, End: n - 1 };
  if (e.key in moves) {
    e.preventDefault();
    activate(moves[e.key] % n, true);
  } else if (e.key === "Delete" && n > 1) {
    e.preventDefault();
    removeDoc(state.active);
    ui.tabs.querySelector("[role=tab][aria-selected=true]")?.focus();
  }
});

function removeDoc(i) {
  client.forget(state.docs[i].id);
  state.docs.splice(i, 1);
  if (state.docs.length === 0) state.docs.push(newDoc());
  state.active = Math.min(state.active, state.docs.length - 1);
  showActive();
  schedule();
}

async function analyse() {
  // The save runs as a task of its own after the request is sent: for a text of tens of MB each
  // copies it (structured clone), and together they would hold the main thread too long.
  setTimeout(save, 0);
  const doc = active();
  const text = doc.text;
  const options = { language: ui.language.value };
  ui.status.textContent = text.length > 1_000_000 ? t("Analysing a long text…") : t("Analysing…");
  let answer;
  try {
    answer = await client.stats(text, options, doc.id);
  } catch (error) {
    // The text is kept; the results of an earlier text are not left on show as if they were
    // this one's.
    ui.status.textContent = error.message;
    state.lastStats = null;
    for (const el of [ui.counts, ui.readability, ui.histogram, ui.terms, ui.diversity, ui.reader, ui.notes]) el.replaceChildren();
    return;
  }
  if (answer === null || doc !== active()) return; // a newer request is on its way
  const { result, ms } = answer;
  state.lastStats = { doc, text, result };
  const g = result.language;
  ui.detected.textContent = g.source === "detected"
    ? t("Detected: {name} ({share} sure)", { name: t(g.name), share: percent(g.confidence) })
    : g.source === "user" ? t("Using {name}", { name: t(g.name) }) : "";
  render.renderNotes(ui.notes, result.notes);
  render.renderCounts(ui.counts, result);
  render.renderReadability(ui.readability, result);
  render.renderHistogram(ui.histogram, result);
  render.renderTerms(ui.terms, ui.diversity, result);
  state.topTerms = result.vocabulary.topTerms;
  ui.termsCsv.hidden = state.topTerms.length === 0;
  renderKwicTerms(result);
  ui.termsNote.textContent = t("(stopwords left out, forms grouped by stem)");
  showInContext();
  renderReaderWithRepeats();
  ui.status.textContent = t("Analysed in {ms} ms", { ms: ms < 10 ? num(ms) : num(Math.round(ms)) });
  document.body.dataset.analysed = String(Number(document.body.dataset.analysed || 0) + 1);
  await findEntities(doc, text);
  findDuplicates();
}

async function findEntities(doc, text) {
  let answer;
  try {
    answer = await client.entities(text, doc.id);
  } catch (error) {
    ui.status.textContent = error.message;
    return;
  }
  if (answer === null || doc !== active()) return;
  state.lastEntities = { doc, text, raw: answer.result, result: applyCorrections(answer.result, state.corrections) };
  state.selected = null;
  showEntities();
  document.body.dataset.entities = String(Number(document.body.dataset.entities || 0) + 1);
}

/** The entities of the active article, corrections applied, in the panel, the terms and the text. */
function showEntities() {
  const e = state.lastEntities;
  countNamesAsTerms();
  renderEntityPanel(ui, e.result, e.text, state.hidden, { onSelect: (g) => select(g, true), onLabel: correctLabel, onSpeaker: correctSpeaker });
  if (state.mode === "entities") renderReaderWithRepeats();
}

/** Sets (or with null undoes) the label of every mention of `name` in the workspace. Giving a
 * name back the label the analyser found undoes the correction too. */
function correctLabel(name, label) {
  const key = correctionKey(name);
  const found = state.lastEntities?.raw.groups.find((g) => correctionKey(g.name) === key);
  if (label === null || (found && found.label === label)) delete state.corrections.labels[key];
  else state.corrections.labels[key] = label;
  correctionsChanged();
}

/** Sets the speaker of a quotation ("" for none; null undoes) wherever its words are quoted. */
function correctSpeaker(quotation, speaker) {
  const key = correctionKey(quotation);
  if (speaker === null) delete state.corrections.speakers[key];
  else state.corrections.speakers[key] = speaker;
  correctionsChanged();
}

function correctionsChanged() {
  save();
  const e = state.lastEntities;
  if (!e) return;
  const group = state.selected === null ? null : e.result.groups[state.selected];
  e.result = applyCorrections(e.raw, state.corrections);
  // The selection follows its name (its index moves when a name above it is removed).
  state.selected = group ? e.result.groups.findIndex((g) => g.name === group.name) : null;
  if (state.selected < 0) state.selected = null;
  // (In the entities view, showEntities draws the text again with the selection marked.)
  showEntities();
}

/** Once the entities are known, the frequent terms again with each name of several words as
 * one term ("Luc Besson", not "luc" and "besson"). */
function countNamesAsTerms() {
  const s = state.lastStats, e = state.lastEntities;
  if (!s || !e || s.doc !== e.doc || s.text !== e.text) return;
  const terms = withNames(s.result.vocabulary.topTerms, e.result, s.text);
  if (!terms) return;
  const merged = { ...s.result, vocabulary: { ...s.result.vocabulary, topTerms: terms } };
  render.renderTerms(ui.terms, ui.diversity, merged);
  state.topTerms = terms;
  renderKwicTerms(merged);
  ui.termsNote.textContent = t("(stopwords left out, forms grouped by stem, names of several words counted as one)");
}

/** The frequent terms as buttons that show their occurrences in context. */
function renderKwicTerms(result) {
  const terms = result.vocabulary.topTerms;
  ui.cloud.replaceChildren(...(terms.length < 3 ? [] : [cloud(terms.map((x) => ({ label: x.term, count: x.count, forms: x.forms, title: t("{term}: {count} (click to see it in context)", { term: x.term, count: x.count }) })), {
    onPick: (w) => { ui.kwicWord.value = w.label; showInContext(w.forms.map((f) => f.form)); },
  })]));
  ui.kwicTerms.replaceChildren(...result.vocabulary.topTerms.slice(0, 12).map((term) => {
    const b = render.h("button", "chip", term.term);
    b.type = "button";
    b.title = t("Every occurrence of {forms}", { forms: term.forms.map((f) => f.form).join(", ") });
    b.addEventListener("click", () => { ui.kwicWord.value = term.term; showInContext(term.forms.map((f) => f.form)); });
    return b;
  }));
}

/** The concordance of the word in the box (with `forms`, or the forms the statistics grouped
 * under it) in the active article. */
function showInContext(forms) {
  const query = ui.kwicWord.value.trim();
  const s = state.lastStats;
  if (!query || !s) {
    state.kwic = null;
    ui.kwic.replaceChildren();
    ui.kwicTrend.replaceChildren();
    ui.kwicCollocates.replaceChildren();
    ui.kwicNote.textContent = "";
    ui.kwicCsvs.hidden = true;
    ui.kwicSpread.replaceChildren();
    return;
  }
  if (!forms) {
    const lower = query.toLocaleLowerCase();
    const term = s.result.vocabulary.topTerms.find((x) => x.term === lower || x.forms.some((f) => f.form === lower));
    forms = term ? [query, ...term.forms.map((f) => f.form)] : [query];
  }
  const result = concordance(s.text, forms);
  // The term across the workspace: every article's text as the tabs hold it (the one being
  // edited included), named as its tab.
  const names = articleNames();
  const docs = state.docs.filter((d) => d.text.trim()).map((d) => ({ id: d.id, name: names.get(d.id), text: d.id === s.doc.id ? s.text : d.text }));
  const spread = docs.length > 1 ? workspaceSpread(docs, forms) : undefined;
  state.kwic = { query, result, doc: s.doc, spread, collocates: null };
  renderConcordance(ui.kwic, ui.kwicNote, result, query, ui.kwicTrend);
  renderSpread(ui.kwicSpread, spread, query);
  ui.kwicCsvs.hidden = result.total === 0 && !(spread && spread.some((d) => d.count > 0));
  ui.collocatesCsv.hidden = true;
  ui.kwicCollocates.replaceChildren();
  if (result.total > 0) findCollocates(state.kwic, forms, s.result.language.code);
}

async function findCollocates(kwic, forms, language) {
  let answer;
  try {
    answer = await client.collocates(kwic.result.contexts, language);
  } catch { return; /* the concordance stands without them */ }
  if (answer === null || state.kwic !== kwic) return;
  kwic.collocates = answer.result;
  ui.collocatesCsv.hidden = answer.result.length === 0;
  renderCollocates(ui.kwicCollocates, answer.result, kwic.query, [...forms, ...kwic.query.split(/\s+/)]);
  document.body.dataset.collocates = String(Number(document.body.dataset.collocates || 0) + 1);
}

function select(g, fromTable = false) {
  if (fromTable && phone.matches) showView("reader");
  state.selected = state.selected === g ? null : g;
  if (state.mode !== "entities") setMode("entities");
  selectGroup(ui.reader, state.selected);
  const first = state.selected === null ? null : ui.reader.querySelector(`.ent[data-group="${g}"]`);
  if (first) first.scrollIntoView({ block: "nearest" });
}

function setMode(mode) {
  state.mode = mode;
  save();
  ui.modeReadability.setAttribute("aria-pressed", String(mode === "readability"));
  ui.modeEntities.setAttribute("aria-pressed", String(mode === "entities"));
  ui.legendReadability.hidden = mode !== "readability";
  ui.modeStyle.setAttribute("aria-pressed", String(mode === "style"));
  ui.legend.hidden = mode !== "entities";
  ui.legendStyle.hidden = mode !== "style";
  ui.reader.setAttribute("aria-label", {
    entities: t("The text with its entities highlighted: the arrow keys move between them, Enter on a name marks every mention"),
    style: t("The text with adverbs, passive voice, qualifiers and wordy phrases highlighted: the arrow keys move between them"),
  }[mode] ?? t("The text with hard sentences, repeats and reuse highlighted: the arrow keys move between them"));
  renderReaderWithRepeats();
}

function renderReaderWithRepeats() {
  const s = state.lastStats;
  if (!s) return;
  const limit = s.result.notes.some((n) => n.code === "binary") ? BINARY_READER_LIMIT : READER_LIMIT;
  if (state.mode === "style") {
    renderStyleLegend(ui.legendStyle, s.result.style, state.hiddenStyle, s.result.language.code);
    renderStyleReader(ui.reader, s.text, s.result.blocks, s.result.style, limit);
    return;
  }
  const e = state.lastEntities;
  if (state.mode === "entities" && e && e.doc === s.doc && e.text === s.text) {
    renderEntityReader(ui.reader, s.text, s.result.blocks, e.result, limit);
    selectGroup(ui.reader, state.selected);
    return;
  }
  const report = state.lastReport;
  const within = report && report.texts.get(s.doc.id) === s.text ? report.within.find((w) => w.id === s.doc.id) : null;
  const current = report && report.texts.get(s.doc.id) === s.text;
  const reused = current ? reusedIn(report, s.doc.id, articleNames()) : [];
  render.renderReader(ui.reader, s.text, s.result, { repeats: within ? within.groups : [], reused, limit });
  renderWithin(ui.within, within || { groups: [] }, s.text);
  const share = current ? report.documents.find((d) => d.id === s.doc.id)?.reusedShare ?? 0 : 0;
  ui.reuseKey.hidden = reused.length === 0;
  ui.reuseKey.textContent = t("found in another article ({share} of this one)", { share: percent(share) });
}

async function findDuplicates() {
  const documents = state.docs.filter((d) => d.text.trim()).map((d) => ({ id: d.id, text: d.text }));
  const big = documents.length > 50 || documents.reduce((n, d) => n + d.text.length, 0) > 2_000_000;
  ui.dupProgress.hidden = !big;
  ui.dupProgress.value = 0;
  ui.dupStatus.textContent = big ? tn(documents.length, "Comparing {n} article…", "Comparing {n} articles…") : "";
  let answer;
  try {
    answer = await client.duplicates(documents, (done, total) => {
      ui.dupProgress.value = done / total;
      ui.dupStatus.textContent = t("Reading article {done} of {total}…", { done: num(done), total: num(total) });
    });
  } catch (error) {
    ui.dupProgress.hidden = true;
    ui.dupStatus.textContent = error.message;
    return;
  }
  if (answer === null) return;
  const { result, ms } = answer;
  ui.dupProgress.hidden = true;
  ui.dupStatus.textContent = ms < 1
    ? tn(documents.length, "{n} article compared in under 1 ms", "{n} articles compared in under 1 ms")
    : tn(documents.length, "{n} article compared in {ms} ms", "{n} articles compared in {ms} ms", { ms: num(Math.round(ms)) });
  state.lastReport = { ...result, texts: new Map(documents.map((d) => [d.id, d.text])) };
  renderTabs();
  renderReaderWithRepeats();
  state.showPassage = renderAcross(ui, result, documents, articleNames());
  document.body.dataset.compared = String(Number(document.body.dataset.compared || 0) + 1);
  await findTerms(documents);
  await findSharedQuotes(documents);
}

/** Each article's name by id, "Article N" for one without a name (as its tab shows it). */
const articleNames = () => new Map(state.docs.map((d, i) => [d.id, d.name || t("Article {n}", { n: i + 1 })]));

/** The distinctive terms of each article against the others (two articles or more). */
async function findTerms(documents) {
  if (documents.length < 2) {
    state.lastTerms = null;
    ui.distinctive.replaceChildren(render.h("p", "hint", "Add a second article to see what sets each one apart."));
    ui.distinctiveCsv.hidden = true;
    return;
  }
  let answer;
  try {
    answer = await client.terms(documents, 8);
  } catch (error) {
    ui.distinctive.replaceChildren(render.h("p", "hint", error.message));
    return;
  }
  if (answer === null) return;
  state.lastTerms = answer.result;
  renderDistinctive(ui.distinctive, answer.result, articleNames());
  ui.distinctiveCsv.hidden = false;
  document.body.dataset.terms = String(Number(document.body.dataset.terms || 0) + 1);
}

/** The quotations found in several articles (two articles or more). */
async function findSharedQuotes(documents) {
  if (documents.length < 2) {
    state.lastQuotes = null;
    ui.sharedQuotes.replaceChildren(render.h("p", "hint", t("Add a second article to see the quotations they share.")));
    ui.sharedQuotesCsv.hidden = true;
    return;
  }
  let answer;
  try {
    answer = await client.quotes(documents);
  } catch (error) {
    ui.sharedQuotes.replaceChildren(render.h("p", "hint", error.message));
    return;
  }
  if (answer === null) return;
  const texts = new Map(documents.map((d) => [d.id, d.text]));
  state.lastQuotes = { report: answer.result, texts };
  renderSharedQuotes(ui.sharedQuotes, answer.result, texts, articleNames());
  ui.sharedQuotesCsv.hidden = answer.result.quotations.length === 0;
  document.body.dataset.quotes = String(Number(document.body.dataset.quotes || 0) + 1);
}

/** What is kept of the workspace. */
function workspace() {
  return {
    docs: state.docs.map((d) => ({ name: d.name, text: d.text })),
    active: state.active,
    options: { language: ui.language.value, mode: state.mode, hidden: [...state.hidden], hiddenStyle: [...state.hiddenStyle], labels: state.labels, corrections: state.corrections },
  };
}

let savedVersion = "";
let saving = Promise.resolve();
/** Bumped by every change to the articles, so that a save knows whether it has anything new. */
let revision = 0;

/** Saves the workspace when it changed since the last save; a failure is said, not swallowed. */
function save() {
  const value = workspace();
  const version = `${revision}:${value.active}:${JSON.stringify(value.options)}`;
  if (version === savedVersion) return saving;
  savedVersion = version;
  saving = saving.then(() => saveWorkspace(value)).then(
    () => { if (ui.saveNote.textContent) ui.saveNote.textContent = ""; },
    (error) => { savedVersion = ""; ui.saveNote.textContent = error.message; },
  );
  return saving;
}

async function restore() {
  const saved = await loadWorkspace();
  if (!saved || !Array.isArray(saved.docs) || saved.docs.length === 0) return;
  applyWorkspace(saved);
  if (saved.unsavedSince) {
    ui.saveNote.textContent = t("The changes made after {when} could not be kept (the browser refused to save them); this is the version saved then.", { when: new Date(saved.savedAt || 0).toLocaleString(language()) });
  }
}

/** Puts a saved or linked workspace ({ docs, active, options }) on the page. */
function applyWorkspace(saved) {
  state.docs = saved.docs
    .filter((d) => d && typeof d.text === "string")
    .map((d) => newDoc(d.text, typeof d.name === "string" ? d.name : null));
  if (state.docs.length === 0) state.docs = [newDoc()];
  state.active = Math.min(Math.max(0, Number(saved.active) || 0), state.docs.length - 1);
  const o = saved.options || {};
  if (typeof o.language === "string" && [...ui.language.options].some((x) => x.value === o.language)) ui.language.value = o.language;
  state.hidden.clear();
  for (const l of [...document.body.classList]) if (l.startsWith("hide-")) document.body.classList.remove(l);
  if (Array.isArray(o.hidden)) for (const l of o.hidden) { if (typeof l === "string" && /^[A-Z]+$/.test(l)) { state.hidden.add(l); document.body.classList.add(`hide-${l}`); } }
  state.hiddenStyle.clear();
  if (Array.isArray(o.hiddenStyle)) for (const k of o.hiddenStyle) { if (STYLE_KINDS.some((x) => x.kind === k)) { state.hiddenStyle.add(k); document.body.classList.add(`hide-sty-${k}`); } }
  if (["entities", "readability", "style"].includes(o.mode)) state.mode = o.mode;
  showLabels(o.labels === true);
  state.corrections = readCorrections(o.corrections);
  state.previous = null;
}

/** Replaces the active article's text, keeping the old one for "Restore previous text". */
function replaceText(text) {
  if (active().text.trim()) {
    state.previous = active().text;
    ui.restore.hidden = false;
  }
  active().text = text;
  showActive();
  schedule();
}

/** Articles from files (see files.js); a file that cannot be read makes no article and is said. */
async function loadFiles(files) {
  const archives = [...files].filter(isArchive);
  const list = [...files].filter((f) => !isArchive(f));
  if (archives.length) readArchive(archives[0]);
  if (list.length === 0) return;
  const added = [];
  const lines = []; // bad .jsonl lines
  const refused = []; // files not read
  ui.fileNote.textContent = tn(list.length, "Reading {n} file…", "Reading {n} files…");
  for (const file of list) {
    const read = await readFile(file);
    if (read.refused) { refused.push(read.refused); continue; }
    for (const d of read.docs) added.push(newDoc(d.text, d.name));
    lines.push(...read.bad);
  }
  const skipped = lines.length === 0 ? "" : ` ${tn(lines.length, "{n} line skipped: {which}.", "{n} lines skipped: {which}.", { which: `${lines.slice(0, 5).join("; ")}${lines.length > 5 ? "; …" : ""}` })}`;
  const notRead = refused.length === 0 ? "" : ` ${refused.slice(0, 3).join(" ")}${refused.length > 3 ? ` ${tn(refused.length - 3, "(and {n} more file not read)", "(and {n} more files not read)")}` : ""}`;
  if (added.length === 0) { ui.fileNote.textContent = `${t("No article added.")}${skipped}${notRead}`; return; }
  if (state.docs.length === 1 && !state.docs[0].text.trim()) state.docs = [];
  state.docs.push(...added);
  state.active = state.docs.length - added.length;
  showActive();
  schedule();
  ui.fileNote.textContent = `${tn(added.length, "{n} article added.", "{n} articles added.")}${skipped}${notRead}`;
}

/** A .jsonl archive, read by the worker in chunks for its reuse (archive.js). */
async function readArchive(file) {
  state.archiveReport = null;
  ui.archive.hidden = false;
  ui.archiveName.textContent = file.name;
  ui.archiveProgress.hidden = false;
  ui.archiveProgress.value = 0;
  ui.archiveCancel.hidden = false;
  ui.archiveDownload.hidden = true;
  ui.archiveResult.replaceChildren();
  ui.archiveStatus.textContent = archiveProgress(0, file.size);
  ui.archive.scrollIntoView({ block: "nearest" });
  let answer;
  try {
    answer = await client.archive(file, (done, total) => {
      ui.archiveProgress.value = done / total;
      ui.archiveStatus.textContent = archiveProgress(done, total);
    });
  } catch (error) {
    answer = undefined;
    ui.archiveStatus.textContent = error.message;
  }
  ui.archiveProgress.hidden = true;
  ui.archiveCancel.hidden = true;
  if (answer === undefined) return;
  if (answer === null) {
    ui.archiveStatus.textContent = state.archiveCancelled ? t("Reading the archive was cancelled.") : "";
    state.archiveCancelled = false;
    return;
  }
  ui.archiveStatus.textContent = "";
  state.archiveReport = { name: file.name, bytes: answer.result.report };
  window.__archiveMemoryMB = answer.result.memoryMB; // read by benches/archive.mjs
  renderArchive(ui.archiveResult, answer.result, answer.ms);
  ui.archiveDownload.hidden = false;
  document.body.dataset.archives = String(Number(document.body.dataset.archives || 0) + 1);
}

ui.archiveCancel.addEventListener("click", () => {
  state.archiveCancelled = true;
  // The worker is replaced: its reading stops at once and its memory is freed; the workspace's
  // texts are in the page and are sent again with the next request.
  client.restart();
  schedule();
});
ui.archiveDownload.addEventListener("click", () => {
  if (!state.archiveReport) return;
  download(`${fileStem(state.archiveReport.name)}-reuse.json`, "application/json", state.archiveReport.bytes);
});

ui.text.addEventListener("input", () => { active().text = ui.text.value; revision++; schedule(); });
ui.text.addEventListener("paste", (e) => {
  const pasted = e.clipboardData ? e.clipboardData.getData("text/plain") : "";
  if (pasted.length + ui.text.value.length <= EDIT_LIMIT) return; // the box handles it
  e.preventDefault();
  const { selectionStart: a, selectionEnd: b, value } = ui.text;
  replaceText(value.slice(0, a) + pasted + value.slice(b));
});
ui.language.addEventListener("change", schedule);
ui.interfaceLanguage.value = language();
ui.interfaceLanguage.addEventListener("change", () => {
  setLanguage(ui.interfaceLanguage.value);
  translatePage();
  // Everything drawn so far is drawn again in the new language (the worker answers quickly).
  renderTabs();
  setMode(state.mode);
  ui.readerFocus.textContent = t(READER_HINT);
  analyse();
});
ui.modeReadability.addEventListener("click", () => setMode("readability"));
ui.modeEntities.addEventListener("click", () => setMode("entities"));
ui.modeStyle.addEventListener("click", () => setMode("style"));
ui.sharedQuotesCsv.addEventListener("click", () => {
  if (!state.lastQuotes) return;
  const { report, texts } = state.lastQuotes;
  download("shared-quotations.csv", "text/csv;charset=utf-8", sharedQuotesCsv(report, texts, articleNames()));
});
ui.distinctiveCsv.addEventListener("click", () => {
  if (!state.lastTerms) return;
  download("distinctive-terms.csv", "text/csv;charset=utf-8", distinctiveCsv(state.lastTerms, articleNames()));
});
ui.kwicForm.addEventListener("submit", (e) => { e.preventDefault(); showInContext(); });
ui.kwicCsv.addEventListener("click", () => {
  const k = state.kwic;
  if (!k) return;
  download(`${fileStem(k.doc.name || "article")}-${fileStem(k.query)}-${t("in-context")}.csv`, "text/csv;charset=utf-8", concordanceCsv(k.result));
});
ui.trendCsv.addEventListener("click", () => {
  const k = state.kwic;
  if (!k) return;
  const name = articleNames().get(k.doc.id);
  download(`${fileStem(name || "article")}-${fileStem(k.query)}-${t("trend")}.csv`, "text/csv;charset=utf-8", trendCsv(k.result, k.spread, name));
});
ui.collocatesCsv.addEventListener("click", () => {
  const k = state.kwic;
  if (!k || !k.collocates) return;
  download(`${fileStem(k.doc.name || "article")}-${fileStem(k.query)}-${t("collocates")}.csv`, "text/csv;charset=utf-8", collocatesCsv(k.collocates));
});
ui.termsCsv.addEventListener("click", () => {
  const s = state.lastStats;
  if (!s) return;
  download(`${fileStem(s.doc.name || "article")}-${t("frequent-terms")}.csv`, "text/csv;charset=utf-8", termsCsv(state.topTerms || s.result.vocabulary.topTerms));
});
const READER_HINT = msg("Arrow keys (← →) in the text move between its highlights; Escape comes back to the text.");
const clip = (text, n) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

/** The highlights of the reader the arrow keys visit: those the mode shows and no toggle hides. */
function readerStops() {
  return [...ui.reader.querySelectorAll(".ent, .sty, mark.s")].filter((el) =>
    !(el.dataset.label && state.hidden.has(el.dataset.label)) && !(el.dataset.style && state.hiddenStyle.has(el.dataset.style)));
}

/** Moves the focus from `from` (the reader or one of its highlights) by `step` (±1, "first" or
 * "last"); whether it moved. The text stays one tab stop: highlights are focused by script. */
function moveInReader(from, step) {
  const stops = readerStops();
  if (stops.length === 0) return false;
  let next;
  if (step === "first") next = stops[0];
  else if (step === "last") next = stops[stops.length - 1];
  else {
    const at = stops.indexOf(from);
    if (at === -1) next = step > 0 ? stops[0] : stops[stops.length - 1];
    else next = stops[at + step];
  }
  if (!next) return false;
  next.focus({ preventScroll: true });
  next.scrollIntoView({ block: "nearest" });
  return true;
}

/** Writes each highlight's label after it in the text (displaCy's way), or not. */
function showLabels(on) {
  state.labels = on;
  ui.showLabels.setAttribute("aria-pressed", String(on));
  document.body.classList.toggle("show-labels", on);
}

/** A legend of toggle chips (`data-KEY` on each) showing or hiding one kind of highlight: the
 * hidden kinds kept in `hidden`, and a body class `PREFIX-kind` that takes their colour off. */
function toggles(legend, key, hidden, prefix) {
  legend.addEventListener("click", (e) => {
    const chip = e.target.closest(`button[data-${key}]`);
    if (!chip) return;
    const kind = chip.dataset[key];
    if (hidden.has(kind)) hidden.delete(kind); else hidden.add(kind);
    chip.setAttribute("aria-pressed", String(!hidden.has(kind)));
    save();
    document.body.classList.toggle(`${prefix}-${kind}`, hidden.has(kind));
  });
}
toggles(ui.legend, "label", state.hidden, "hide");
toggles(ui.legendStyle, "style", state.hiddenStyle, "hide-sty");
/** Whether the page is in its phone layout, one view at a time. */
const phone = matchMedia("(max-width: 700px)");

/** Shows one section in the phone layout (the others stay in the page, hidden by the style). */
function showView(view) {
  document.body.dataset.view = view;
  for (const b of ui.views.querySelectorAll("button[data-view]")) b.setAttribute("aria-pressed", String(b.dataset.view === view));
}
showView("input");
ui.views.addEventListener("click", (e) => {
  const b = e.target.closest("button[data-view]");
  if (!b) return;
  showView(b.dataset.view);
  scrollTo({ top: 0 });
});

/** Shows a reused sentence's passage side by side, with the focus on its row. */
function comparePassage(mark) {
  if (phone.matches) showView("dups");
  state.showPassage(Number(mark.dataset.passage));
  ui.compare.scrollIntoView({ block: "nearest" });
  ui.passages.querySelector("button[aria-pressed=\"true\"]")?.focus({ preventScroll: true });
}
ui.reader.addEventListener("click", (e) => {
  const mark = e.target.closest(".ent[data-group]");
  if (mark) select(Number(mark.dataset.group));
  const reused = e.target.closest("mark.reused");
  if (reused) comparePassage(reused);
});
ui.reader.addEventListener("keydown", (e) => {
  const mark = e.target.closest && e.target.closest(".ent[data-group]");
  if (mark && (e.key === "Enter" || e.key === " ")) { e.preventDefault(); select(Number(mark.dataset.group)); return; }
  const reused = e.target.closest && e.target.closest("mark.reused");
  if (reused && e.key === "Enter") { e.preventDefault(); comparePassage(reused); return; }
  if (e.altKey || e.ctrlKey || e.metaKey) return;
  if (e.key === "Escape" && e.target !== ui.reader) { ui.reader.focus({ preventScroll: true }); return; }
  // Home and End scroll the text when it has the focus; from a highlight they go to the first or last.
  const step = { ArrowRight: 1, ArrowLeft: -1, Home: "first", End: "last" }[e.key];
  if (step === undefined || (typeof step === "string" && e.target === ui.reader)) return;
  if (moveInReader(e.target, step)) e.preventDefault();
});
ui.reader.addEventListener("focusin", (e) => {
  const mark = e.target === ui.reader ? null : e.target.closest("[data-tag]");
  ui.readerFocus.textContent = mark ? `“${clip(mark.textContent, 80)}”: ${mark.title}` : t(READER_HINT);
});
ui.showLabels.addEventListener("click", () => { showLabels(!state.labels); save(); });
// The skip link moves the focus without writing #reader into the address, where a permalink lives.
ui.skipReader.addEventListener("click", (e) => { e.preventDefault(); showView("reader"); ui.reader.focus(); ui.reader.scrollIntoView({ block: "start" }); });
ui.openFile.addEventListener("click", () => ui.file.click());
ui.file.addEventListener("change", () => { loadFiles(ui.file.files); ui.file.value = ""; });
ui.addDoc.addEventListener("click", () => {
  state.docs.push(newDoc());
  state.active = state.docs.length - 1;
  showActive();
  ui.text.focus();
  schedule();
});
ui.restore.addEventListener("click", () => {
  if (state.previous === null) return;
  const current = active().text;
  active().text = state.previous;
  state.previous = current;
  showActive();
  schedule();
});
ui.clear.addEventListener("click", () => replaceText(""));
ui.removeDoc.addEventListener("click", () => removeDoc(state.active));
ui.dropzone.addEventListener("dragover", (e) => { e.preventDefault(); ui.dropzone.classList.add("over"); });
ui.dropzone.addEventListener("dragleave", () => ui.dropzone.classList.remove("over"));
ui.dropzone.addEventListener("drop", (e) => {
  e.preventDefault();
  ui.dropzone.classList.remove("over");
  if (e.dataTransfer && e.dataTransfer.files.length) loadFiles(e.dataTransfer.files);
});

// Saved when the page is hidden or left, so that a reload inside the pause in typing loses
// nothing (IndexedDB finishes the write after the page is gone).
function leaving() {
  clearTimeout(timer);
  if (`${revision}:${state.active}` !== savedVersion.split(":").slice(0, 2).join(":")) saveDraft(workspace());
  save();
}
addEventListener("pagehide", leaving);
document.addEventListener("visibilitychange", () => { if (document.visibilityState === "hidden") leaving(); });

// ---- renaming, exports and links ----

ui.docName.addEventListener("input", () => {
  active().name = ui.docName.value;
  revision++;
  renderTabs();
  save();
});
ui.docName.addEventListener("change", () => {
  if (!ui.docName.value.trim()) { active().name = t("Article {n}", { n: state.active + 1 }); ui.docName.value = active().name; renderTabs(); }
  revision++;
  save();
});

/** Offers `content` as a file download (a Blob URL: nothing leaves the browser). */
function download(filename, mime, content) {
  const url = URL.createObjectURL(new Blob([content], { type: mime }));
  const a = render.h("a");
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

async function exportAs(format) {
  const documents = state.docs.map((d) => ({ id: d.id, name: d.name, text: d.text }));
  if (!documents.some((d) => d.text.trim())) { ui.exportStatus.textContent = t("There is no text to export yet."); return; }
  ui.exportStatus.textContent = t("Preparing the export…");
  let answer;
  try {
    answer = await exporter.exportFile(format, documents, state.active, { language: ui.language.value }, state.corrections, (done, total) => {
      ui.exportStatus.textContent = t("Preparing the export: {share}…", { share: percent(done / total) });
    });
  } catch (error) {
    ui.exportStatus.textContent = t("The export failed: {why}", { why: error.message });
    return;
  }
  if (answer === null) return;
  const { filename, mime, content } = answer.result;
  download(filename, mime, content);
  ui.exportStatus.textContent = t("{file} saved ({kb} KB).", { file: filename, kb: num(Math.round(new Blob([content]).size / 1024)) });
}

for (const button of document.querySelectorAll("[data-export]")) {
  button.addEventListener("click", () => exportAs(button.dataset.export === "csv" ? ui.exportTable.value : button.dataset.export));
}
$("print").addEventListener("click", () => window.print());
$("share-link").addEventListener("click", async () => {
  const link = await makeLink(workspace(), location.href.replace(/#.*$/, ""));
  if (link.tooLong) {
    ui.exportStatus.textContent = t("These articles are too long for a link ({kb} KB compressed; a link holds at most {limit} KB). Export the analysis as JSON to pass them on.", { kb: num(Math.round(link.length / 1000)), limit: num(LINK_LIMIT / 1000) });
    return;
  }
  ui.linkOut.value = link.url;
  ui.linkOut.hidden = false;
  try {
    await navigator.clipboard.writeText(link.url);
    ui.exportStatus.textContent = t("Link copied ({kb} KB). It holds the texts themselves, after the # that browsers never send to a server.", { kb: num(Math.round(link.length / 1000)) });
  } catch {
    ui.exportStatus.textContent = t("The browser did not let the page copy the link: copy it from the box.");
  }
});
ui.linkOut.addEventListener("focus", () => ui.linkOut.select());

/**
 * Opens the workspace a permalink carries, keeping the one it replaces (put aside in IndexedDB,
 * with a button to go back to it), then takes the link out of the address bar so that a reload
 * shows the user's edits rather than the link again.
 */
async function openLink(hash) {
  let linked;
  try {
    linked = await readLink(hash);
  } catch (error) {
    ui.saveNote.textContent = error.message;
    return false;
  } finally {
    history.replaceState(null, "", location.href.replace(/#.*$/, ""));
  }
  const mine = workspace();
  const anyText = mine.docs.some((d) => d.text.trim());
  if (anyText) {
    try { await stashWorkspace(mine); } catch (error) { ui.saveNote.textContent = t("Your articles could not be put aside ({why}); the link was not opened.", { why: error.message }); return false; }
  }
  await replaceWorkspace(linked);
  ui.backToMine.hidden = !anyText;
  ui.status.textContent = tn(state.docs.length, "Opened {n} article from a link.", "Opened {n} articles from a link.");
  return true;
}

/** Puts `saved` on the page in place of the current workspace, and saves it as the current one. */
async function replaceWorkspace(saved) {
  applyWorkspace(saved);
  revision++;
  await save();
}

ui.backToMine.addEventListener("click", async () => {
  const mine = await loadStash();
  if (!mine) return;
  await replaceWorkspace(mine);
  ui.backToMine.hidden = true;
  showActive();
  setMode(state.mode);
  schedule();
});

addEventListener("hashchange", async () => {
  if (!isLink(location.hash)) return;
  if (await openLink(location.hash)) { showActive(); setMode(state.mode); schedule(); }
});

// Offline: the service worker keeps the page's files (sw.js). Not on file:// pages, where
// browsers allow none.
if ("serviceWorker" in navigator && location.protocol !== "file:") {
  navigator.serviceWorker.register("./sw.js").catch(() => { /* private mode: the page works online as before */ });
}

client.start();
restore().catch(() => {}).then(async () => {
  if (isLink(location.hash)) await openLink(location.hash);
  showActive();
  if (state.mode !== "readability") setMode(state.mode);
  analyse();
});
