// The analysis worker: loads the WebAssembly module once and answers requests
//   { id, type: "stats", ref, options }    -> { id, ok, result | error, ms }  (see statsForPage)
//   { id, type: "entities", ref }           -> { id, ok, result | error, ms }  (see entitiesForPage)
//   { id, type: "duplicates", documents: [{ id, ref }] }
//                                           -> progress { id, type: "progress", done, total },
//                                              then { id, ok, result | error, ms }
//   { id, type: "export", format, documents: [{ id, name, text }], active, options }
//                                           -> progress, then { id, ok, result: { filename, mime, content } }
//   { id, type: "terms", documents: [{ id, ref }], top }
//                                           -> { id, ok, result: DocumentTerms[] } (distinctive terms)
//   { id, type: "collocates", contexts, language }
//                                           -> { id, ok, result: Term[] } (the contexts' frequent terms)
//   { id, type: "quotes", documents: [{ id, ref }] }
//                                           -> { id, ok, result: QuotationsReport }
//   { id, type: "archive", file }           -> progress { done: bytes read, total: bytes },
//                                              then { id, ok, result: see readArchive }
//   { type: "forget", key }                 -> nothing (drops a held text)
// A `ref` is { key, text } (the worker keeps the text under key) or { key } (the text it holds).
import init, { Analyser, DuplicateFinder } from "../pkg/article_analyser.js";
import { buildExport, FORMATS } from "./exports.js";
import { applyCorrections, correctionList, readCorrections } from "./corrections.js";
import { READER_LIMIT } from "./limits.js";

/** Most entity groups sent to the page for a text longer than READER_LIMIT (the exports have all). */
const MAX_PAGE_GROUPS = 5_000;
/** Fewest quotations sent to the page for such a text. */
const MAX_PAGE_QUOTES = 1_000;
/** Progress is reported after this many milliseconds of work, at most. */
const PROGRESS_EVERY_MS = 50;

let analyser = null;
let memory = null; // the module's memory, for the archive's figures
const ready = init().then((exports) => {
  memory = exports.memory;
  analyser = new Analyser();
  postMessage({ type: "ready", version: Analyser.version() });
}).catch((error) => {
  postMessage({ type: "fatal", error: `The analyser could not start: ${error && error.message ? error.message : error}` });
});

/**
 * The entity lists (pkg/gazetteers.txt, a third of what the module weighed when they were inside
 * it): fetched and given to the analyser once, after the first statistics are answered or when
 * a request needs them, whichever comes first, so that the first statistics wait for neither
 * their download nor their decoding. A failure is the failing request's message.
 */
let lists = null;
function loadLists() {
  lists ??= ready.then(async () => {
    const response = await fetch(new URL("../pkg/gazetteers.txt", import.meta.url));
    if (!response.ok) throw new Error(`The entity lists could not be loaded (HTTP ${response.status}); reload the page.`);
    analyser.loadGazetteers(await response.text());
  }).catch((error) => { lists = null; throw error; });
  return lists;
}

/**
 * The statistics as the page uses them. The page shows the sentences that start before
 * READER_LIMIT; a longer text's other sentence details stay here, so that the main thread does
 * not clone objects it would not use (20 MB of text: 460,000 sentences). The counts, the
 * histogram and the longest sentence are kept whole.
 * @param {object} result what Analyser.stats returned
 */
function statsForPage(result) {
  const details = result.sentenceDetails;
  // Style highlights past the shown text are counted (style.passives and the like) but not sent.
  const style = result.style;
  const shownStyle = style.highlights.findIndex((h) => h.span.start > READER_LIMIT);
  if (shownStyle >= 0) result = { ...result, style: { ...style, highlights: style.highlights.slice(0, shownStyle) } };
  // Paragraphs too: those the page shows and the first after them (which says the text goes on),
  // with `blockCount`, the number of all of them (binary junk has tens of thousands of "lines").
  const shownBlocks = result.blocks.findIndex((b) => b.span.start > READER_LIMIT);
  if (shownBlocks >= 0) result = { ...result, blockCount: result.blocks.length, blocks: result.blocks.slice(0, shownBlocks + 1) };
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

/**
 * The entities as the page uses them: the report with `labelCounts` (mentions per label, over the
 * whole text). The page highlights the entities that start before READER_LIMIT; past it, a long
 * text keeps only the quotations (for the list of quotations) and one mention of each spelling
 * of each entity (for the table's names and "also written"), with the groups' mention lists and
 * the quotations' entity indices renumbered. Counts stay whole.
 */
function entitiesForPage(report) {
  const { entities, groups, quotes } = report;
  const labelCounts = {};
  for (const e of entities) labelCounts[e.label] = (labelCounts[e.label] || 0) + 1;
  if (entities.length === 0 || entities[entities.length - 1].start <= READER_LIMIT) {
    return { ...report, labelCounts };
  }
  // The groups kept: the MAX_PAGE_GROUPS most mentioned, and any that a shown mention or a
  // quotation's speaker belongs to (binary junk or a word list can hold 100,000 "names").
  const keepGroup = new Uint8Array(groups.length);
  keepGroup.fill(1, 0, Math.min(groups.length, MAX_PAGE_GROUPS));
  for (const e of entities) if (e.start <= READER_LIMIT && e.group !== null) keepGroup[e.group] = 1;
  // The quotations kept: those shown in the text and at least the first MAX_PAGE_QUOTES (the
  // page lists 500).
  const shownQuotes = quotes.filter((q) => entities[q.entity].start <= READER_LIMIT).length;
  const pageQuotes = quotes.slice(0, Math.max(shownQuotes, MAX_PAGE_QUOTES));
  for (const q of pageQuotes) if (q.speakerGroup !== null) keepGroup[q.speakerGroup] = 1;
  const keep = new Uint8Array(entities.length);
  entities.forEach((e, i) => { if (e.start <= READER_LIMIT) keep[i] = 1; });
  for (const q of pageQuotes) keep[q.entity] = 1;
  groups.forEach((g, gi) => {
    if (!keepGroup[gi]) return;
    const spellings = new Set();
    for (const m of g.mentions) {
      if (!spellings.has(entities[m].text)) {
        spellings.add(entities[m].text);
        keep[m] = 1;
      }
    }
  });
  const groupIndex = new Int32Array(groups.length).fill(-1);
  const keptGroups = [];
  groups.forEach((g, gi) => { if (keepGroup[gi]) { groupIndex[gi] = keptGroups.length; keptGroups.push(g); } });
  const index = new Int32Array(entities.length).fill(-1);
  const kept = [];
  entities.forEach((e, i) => {
    if (!keep[i]) return;
    index[i] = kept.length;
    kept.push(e.group === null ? e : { ...e, group: groupIndex[e.group] < 0 ? null : groupIndex[e.group] });
  });
  return {
    entities: kept,
    groups: keptGroups.map((g) => ({ ...g, mentions: g.mentions.filter((m) => keep[m]).map((m) => index[m]) })),
    groupCount: groups.length,
    quotes: pageQuotes.map((q) => ({ ...q, entity: index[q.entity], speakerGroup: q.speakerGroup === null ? null : groupIndex[q.speakerGroup] })),
    quoteCount: quotes.length,
    labelCounts,
  };
}

/**
 * The duplicates report as the page uses it: each repeat group keeps its first occurrence and
 * those inside the shown part of the text (READER_LIMIT), with `count`, the number of all its
 * occurrences; the page never needs the other spans, and 50 MB of one repeated sentence has half a
 * million. Passages and summaries stay whole.
 */
function duplicatesForPage(report) {
  return {
    ...report,
    within: report.within.map(({ cleanText, ...w }) => ({
      ...w,
      groups: w.groups.map((g) => ({ ...g, count: g.spans.length, spans: g.spans.filter((s, i) => i === 0 || s.start <= READER_LIMIT) })),
      // The clean copy only matters where something is repeated; a long one travels as UTF-8
      // bytes, transferred rather than copied (cloning a 30 MB string held the page's thread
      // about 230 ms when the answer arrived), and is decoded when the reader asks for it.
      ...(w.groups.length === 0 ? {} : cleanText.length > CLEAN_AS_BYTES_OVER ? { cleanUtf8: new TextEncoder().encode(cleanText) } : { cleanText }),
    })),
  };
}

/** Clean copies longer than this (UTF-16 units) are sent to the page as bytes. */
const CLEAN_AS_BYTES_OVER = 1_000_000;

/** The buffers an answer hands over instead of copying. */
const transferOf = (result) => (result && result.report instanceof Uint8Array ? [result.report.buffer]
  : result && Array.isArray(result.within) ? result.within.flatMap((w) => (w.cleanUtf8 ? [w.cleanUtf8.buffer] : [])) : []);

/** Reports progress at most every PROGRESS_EVERY_MS: `tick(done)` after each step of `total`. */
function progress(id, total) {
  let last = performance.now();
  return (done) => {
    const now = performance.now();
    if (now - last > PROGRESS_EVERY_MS) {
      postMessage({ id, type: "progress", done, total });
      last = now;
    }
  };
}

/**
 * Past this many articles the page's view lists the direct alignments only (each copy with the
 * article it was aligned with): the passages between two copies of one text are still counted in
 * the pairs and the matrix, but 16,000 articles with 50 copies each would otherwise send 413,000
 * passages to a list that shows 200. Exports list them all.
 */
const LIST_DERIVED_UP_TO = 1000;

function duplicates(id, documents, tick = progress(id, documents.length), listDerived = true) {
  const finder = new DuplicateFinder();
  finder.listDerived(listDerived);
  try {
    documents.forEach((doc, i) => {
      finder.add(doc.id, doc.text);
      tick(i + 1);
    });
    return finder.finish();
  } finally {
    finder.free();
  }
}

/** The reuse clusters, articles and pairs an archive's view lists, at most. */
const ARCHIVE_LISTED = 100;
/** Bad lines an archive's view names, at most (all are counted). */
const ARCHIVE_BAD_NAMED = 20;
/** Characters of each reused passage the archive's view shows. */
const ARCHIVE_EXCERPT_CHARS = 280;
/** A line longer than this (UTF-16 units: the texts' 64 MiB limit) is reported, not read. */
const ARCHIVE_LINE_LIMIT = 64 * 1024 * 1024;

/**
 * A .jsonl archive read in chunks, one article a line ({ "id"?, "text" }, as files.js reads a
 * small one), each handed to the duplicate finder as soon as its line is complete: the file is
 * never held as one string, and nothing of it goes to the page but the report. Reading stops at
 * the finder's limits (articles or bytes in one set) with a message saying where. The page
 * cancels by replacing this worker.
 * Bad lines are { line, why }, `why` one of "json" (not JSON), "text" (no text string), "long"
 * (over ARCHIVE_LINE_LIMIT).
 * @returns {{ articles, lines, bad: object[], badCount, stopped: string | null, bytes, read,
 *   summary: { stats, documents, reuse, pairs, clusters }, report: Uint8Array }} the summary's
 *   lists trimmed to ARCHIVE_LISTED, each reuse cluster with an excerpt; `report` the whole
 *   report as UTF-8 JSON (transferred, for the download).
 */
async function readArchive(id, file) {
  const finder = new DuplicateFinder();
  finder.listDerived(false);
  const reader = file.stream().getReader();
  const decoder = new TextDecoder();
  let parts = []; // the pieces of the line being read
  let partsLength = 0;
  let overlong = false; // the line being read is past ARCHIVE_LINE_LIMIT: skipped to its end
  let line = 0;
  let articles = 0;
  let read = 0;
  let stopped = null;
  const bad = [];
  let badCount = 0;
  const tick = progress(id, file.size);
  const reject = (why) => {
    badCount += 1;
    if (bad.length < ARCHIVE_BAD_NAMED) bad.push({ line, why });
  };
  const take = (raw) => {
    line += 1;
    if (line === 1) raw = raw.replace(/^\uFEFF/, "");
    if (raw.endsWith("\r")) raw = raw.slice(0, -1);
    if (!raw.trim()) return true;
    let d;
    try { d = JSON.parse(raw); } catch { d = undefined; }
    if (d === undefined) { reject("json"); return true; }
    if (!d || typeof d.text !== "string") { reject("text"); return true; }
    const docId = d.id === undefined || d.id === null ? `${file.name}:${line}` : typeof d.id === "string" ? d.id : JSON.stringify(d.id);
    try {
      finder.add(docId, d.text);
    } catch (error) {
      stopped = { line, why: error && error.message ? error.message : String(error) };
      return false;
    }
    articles += 1;
    return true;
  };
  // Each chunk is searched for line ends once: a line is joined from its pieces when it ends,
  // so one very long line costs its length, not its length times the chunks.
  const feed = (text) => {
    let from = 0;
    for (;;) {
      const end = text.indexOf("\n", from);
      const piece = end < 0 ? text.slice(from) : text.slice(from, end);
      if (!overlong) {
        parts.push(piece);
        partsLength += piece.length;
        overlong = partsLength > ARCHIVE_LINE_LIMIT;
        if (overlong) parts = [];
      }
      if (end < 0) return true;
      if (overlong) { line += 1; reject("long"); overlong = false; }
      else if (!take(parts.join(""))) return false;
      parts = [];
      partsLength = 0;
      from = end + 1;
    }
  };
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      read += value.byteLength;
      if (!feed(decoder.decode(value, { stream: true }))) break;
      tick(Math.min(read, file.size));
    }
    if (stopped) await reader.cancel();
    else if (feed(decoder.decode()) && (partsLength > 0 || overlong)) {
      if (overlong) { line += 1; reject("long"); } else take(parts.join(""));
    }
    const report = finder.finish();
    const excerpt = (c) => finder.excerpt(c.id, c.start, c.end, ARCHIVE_EXCERPT_CHARS) ?? "";
    const byCopies = [...report.reuse].sort((a, b) => b.copies.length - a.copies.length);
    const summary = {
      stats: report.stats,
      documents: [...report.documents].sort((a, b) => b.reusedShare - a.reusedShare).slice(0, ARCHIVE_LISTED),
      reuse: byCopies.slice(0, ARCHIVE_LISTED).map((c) => ({ ...c, copies: c.copies.slice(0, ARCHIVE_LISTED), copiesCount: c.copies.length, excerpt: excerpt(c) })),
      reuseCount: report.reuse.length,
      pairs: [...report.pairs].sort((a, b) => b.similarity - a.similarity).slice(0, ARCHIVE_LISTED),
      pairsCount: report.pairs.length,
      clusters: report.clusters.slice(0, ARCHIVE_LISTED),
      clustersCount: report.clusters.length,
      words: report.documents.reduce((n, d) => n + d.words, 0),
    };
    const json = new TextEncoder().encode(JSON.stringify({ file: file.name, articles, badLines: badCount, stopped, ...report }));
    const memoryMB = memory ? memory.buffer.byteLength / 1024 / 1024 : null;
    return { articles, lines: line, bad, badCount, stopped, bytes: file.size, read, summary, report: json, memoryMB };
  } finally {
    finder.free();
  }
}

/**
 * An export of the workspace, analysed here in full (not trimmed for the page as the views'
 * requests are): only what the format needs is computed, and the report of one article still
 * compares it with the whole set.
 */
function exportWorkspace(id, { format, documents, active, options, corrections: given }) {
  const corrections = readCorrections(given);
  const needs = new Set((FORMATS[format] || { needs: [] }).needs);
  const chosen = format === "report" ? [active] : documents.map((_, i) => i);
  const steps = chosen.length * ((needs.has("stats") ? 1 : 0) + (needs.has("entities") ? 1 : 0)) + (needs.has("duplicates") ? documents.length : 0);
  let done = 0;
  const tick = progress(id, steps);
  const docs = documents.map((d) => ({ ...d }));
  for (const i of chosen) {
    if (needs.has("stats")) { docs[i].stats = analyser.stats(docs[i].text, options); tick(++done); }
    if (needs.has("entities")) { docs[i].entities = applyCorrections(analyser.entities(docs[i].text), corrections); tick(++done); }
  }
  let report = { documents: [], within: [], across: [], pairs: [], clusters: [], stats: null };
  if (needs.has("duplicates")) {
    const start = done;
    report = duplicates(id, documents.filter((d) => d.text.trim()), (n) => tick(start + n));
  }
  const meta = { version: Analyser.version(), exported: new Date().toISOString(), options, active, corrections: correctionList(corrections) };
  return buildExport(format, docs, report, meta);
}

/** The texts this worker was sent, by key (the page's article id): later requests name them. */
const held = new Map();

/** The text of a request's `ref` ({ key, text } or { key }, see AnalyserClient.ref). */
function textOf(ref) {
  if (typeof ref.text === "string") {
    if (ref.key !== undefined) held.set(ref.key, ref.text);
    return ref.text;
  }
  const text = held.get(ref.key);
  if (text === undefined) throw new Error("The analyser lost track of this text; edit it to try again.");
  return text;
}

/** A request's [{ id, ref }] as [{ id, text }]. */
const textsOf = (documents) => documents.map((d) => ({ id: d.id, text: textOf(d.ref) }));

self.onmessage = async (event) => {
  const { id, type } = event.data;
  if (type === "forget") { held.delete(event.data.key); return; }
  await ready;
  if (!analyser) {
    postMessage({ id, ok: false, error: "The analyser is not available." });
    return;
  }
  const started = performance.now();
  try {
    if (type === "entities" || type === "export" || type === "quotes") await loadLists();
    let result;
    if (type === "stats") result = statsForPage(analyser.stats(textOf(event.data.ref), event.data.options));
    else if (type === "entities") result = entitiesForPage(analyser.entities(textOf(event.data.ref)));
    else if (type === "duplicates") {
      const documents = textsOf(event.data.documents);
      result = duplicatesForPage(duplicates(id, documents, undefined, documents.length <= LIST_DERIVED_UP_TO));
    }
    else if (type === "collocates") result = analyser.stats(event.data.contexts, { language: event.data.language, topTerms: 15 }).vocabulary.topTerms;
    else if (type === "terms") result = analyser.distinctiveTerms(textsOf(event.data.documents), event.data.top);
    else if (type === "quotes") result = analyser.sharedQuotations(textsOf(event.data.documents));
    else if (type === "export") result = exportWorkspace(id, event.data);
    else if (type === "archive") result = await readArchive(id, event.data.file);
    else throw new Error(`unknown request ${type}`);
    postMessage({ id, ok: true, result, ms: performance.now() - started }, transferOf(result));
    if (type === "stats") loadLists().catch(() => { /* said by the request that needs them */ });
  } catch (error) {
    // A trap inside the module (a Rust panic, or memory exhausted) leaves the instance in no
    // state to be trusted: the page is told to replace this worker.
    const trap = error instanceof WebAssembly.RuntimeError;
    postMessage({ id, ok: false, trap, error: trap ? "The analyser hit an internal error on this text" : error && error.message ? error.message : String(error) });
  }
};
