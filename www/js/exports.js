// What leaves the page: the workspace's analysis as JSON (the API's own schema), its tables as
// CSV, and one article as a standalone HTML report. Pure functions of the analysis results, with
// no DOM, so that the worker builds large exports off the main thread.
//
// CSV follows RFC 4180: comma-separated, CRLF line ends, a field quoted when it holds a comma,
// a quotation mark or a line break, quotation marks doubled; UTF-8 without a byte-order mark and
// a header row. A text cell that starts with = + - @ or a tab is prefixed with an apostrophe, so
// that a spreadsheet shows a pasted text instead of running it as a formula (OWASP's advice on
// CSV injection). Offsets are UTF-16 code units, as everywhere in the page: JavaScript's
// `text.slice(start, end)`.
//
// The report is built as a string, every piece of the article escaped (& < > " '), and carries
// its own Content-Security-Policy (`default-src 'none'`), so that no script could run in it even
// if something were left unescaped; it has no script of its own and prints on paper as shown.
import { LABEL_NAMES } from "./labels.js";

/** Every export the page offers: file suffix, MIME type and what it needs computed. */
export const FORMATS = {
  json: { suffix: "analysis.json", mime: "application/json", needs: ["stats", "entities", "duplicates"] },
  entities: { suffix: "entities.csv", mime: "text/csv;charset=utf-8", needs: ["entities"] },
  quotations: { suffix: "quotations.csv", mime: "text/csv;charset=utf-8", needs: ["entities"] },
  sentences: { suffix: "sentences.csv", mime: "text/csv;charset=utf-8", needs: ["stats"] },
  passages: { suffix: "reuse-passages.csv", mime: "text/csv;charset=utf-8", needs: ["duplicates"] },
  matrix: { suffix: "share-matrix.csv", mime: "text/csv;charset=utf-8", needs: ["duplicates"] },
  report: { suffix: "report.html", mime: "text/html;charset=utf-8", needs: ["stats", "entities", "duplicates"] },
};

const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field. Numbers and null are written as they are; strings quoted when they need it. */
export function csvField(value) {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  let s = String(value);
  if (FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A CSV table: a header row, then the rows, each ended by CRLF. */
export function csvTable(header, rows) {
  const lines = [header.map(csvField).join(",")];
  for (const row of rows) lines.push(row.map(csvField).join(","));
  return `${lines.join("\r\n")}\r\n`;
}

/** The entities of every article, one row per mention, with the group it belongs to. */
export function entitiesCsv(docs) {
  const rows = [];
  for (const doc of docs) {
    const { entities, groups } = doc.entities;
    for (const e of entities) {
      const g = e.group === null ? null : groups[e.group];
      rows.push([doc.name, e.start, e.end, e.label, LABEL_NAMES[e.label], e.text, e.group, g ? g.name : null, g ? g.count : null, e.corrected ? "user" : "analyser"]);
    }
  }
  return csvTable(["article", "start", "end", "label", "label_name", "text", "group", "group_name", "group_mentions", "label_by"], rows);
}

/** The quotations of every article with their speaker and kind (speech or phrase). */
export function quotationsCsv(docs) {
  const rows = [];
  for (const doc of docs) {
    const { entities, quotes } = doc.entities;
    for (const q of quotes) {
      const e = entities[q.entity];
      rows.push([doc.name, e.start, e.end, q.kind, q.speaker, e.text, q.speakerCorrected ? "user" : "analyser"]);
    }
  }
  return csvTable(["article", "start", "end", "kind", "speaker", "quotation", "speaker_by"], rows);
}

/** The sentences of every article with their length, score and difficulty. */
export function sentencesCsv(docs) {
  const rows = [];
  for (const doc of docs) {
    doc.stats.sentenceDetails.forEach((s, i) => {
      rows.push([doc.name, i + 1, s.span.start, s.span.end, s.words, s.syllables, s.score, s.difficulty, doc.text.slice(s.span.start, s.span.end)]);
    });
  }
  return csvTable(["article", "sentence", "start", "end", "words", "syllables", "score", "difficulty", "text"], rows);
}

/** The passages reused between articles, each with both sides' text. */
export function passagesCsv(docs, report) {
  const byId = new Map(docs.map((d) => [d.id, d]));
  const rows = report.across.map((p) => {
    const a = byId.get(p.a);
    const b = byId.get(p.b);
    return [a.name, p.aStart, p.aEnd, b.name, p.bStart, p.bEnd, p.similarity, p.commonWords,
      a.text.slice(p.aStart, p.aEnd), b.text.slice(p.bStart, p.bEnd), p.via ? byId.get(p.via)?.name ?? p.via : ""];
  });
  return csvTable(["article_a", "a_start", "a_end", "article_b", "b_start", "b_end", "similarity", "common_words", "text_a", "text_b", "via"], rows);
}

/**
 * The share matrix: the row article's share of words found in the column article (0 to 1), and
 * the row article's share reused from any other article in the last column.
 */
export function matrixCsv(docs, report) {
  const index = new Map(docs.map((d, i) => [d.id, i]));
  const share = docs.map(() => docs.map(() => 0));
  for (const p of report.pairs) {
    const a = index.get(p.a);
    const b = index.get(p.b);
    if (a === undefined || b === undefined) continue;
    share[a][b] = p.aShare;
    share[b][a] = p.bShare;
  }
  const reused = new Map(report.documents.map((d) => [d.id, d.reusedShare]));
  const rows = docs.map((d, i) => [d.name, ...share[i].map((v, j) => (i === j ? null : round(v))), round(reused.get(d.id) || 0)]);
  return csvTable(["article", ...docs.map((d) => d.name), "reused_from_any"], rows);
}

const round = (x) => Math.round(x * 10000) / 10000;

/** The whole workspace: each article's statistics and entities, and the duplicates report. */
export function workspaceJson(docs, report, meta) {
  return JSON.stringify({
    generator: "Article Analyser",
    version: meta.version,
    exported: meta.exported,
    offsets: "UTF-16 code units: text.slice(start, end) in JavaScript",
    options: meta.options,
    // The reader's corrections, already applied to the entities below (each corrected item
    // carries corrected or speakerCorrected: true).
    corrections: meta.corrections || [],
    documents: docs.map((d) => ({ id: d.id, name: d.name, text: d.text, stats: d.stats, entities: d.entities })),
    duplicates: report,
  }, null, 1);
}

const ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
/** Text made safe for HTML content and attribute values. */
export const escapeHtml = (s) => String(s).replace(/[&<>"']/g, (c) => ESCAPES[c]);

const REPORT_CSS = `
.PER { background: #ffd8a8; } .LOC { background: #b2f2bb; } .ORG { background: #a5d8ff; } .MISC { background: #eebefa; }
.DATE { background: #ffec99; } .TIME { background: #ffc9c9; } .NUM { background: #dee2e6; } .MONEY { background: #96f2d7; }
.PERCENT { background: #d0bfff; } .EMAIL { background: #fcc2d7; } .URL { background: #99e9f2; }
body { font: 15px/1.55 Georgia, serif; color: #1d1d1f; background: #fff; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; }
h1, h2, h3, table, .meta, .legend { font-family: system-ui, sans-serif; }
h1 { font-size: 1.5rem; margin-bottom: 0.2rem; } h2 { font-size: 1.15rem; margin-top: 2rem; border-bottom: 1px solid #ccc; }
.meta { color: #555; font-size: 0.85rem; }
table { border-collapse: collapse; font-size: 0.85rem; width: 100%; margin: 0.5rem 0; }
th, td { border: 1px solid #ccc; padding: 3px 6px; text-align: left; vertical-align: top; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
.text p { margin: 0 0 0.8rem; } .text p.heading { font-weight: bold; font-family: system-ui, sans-serif; }
.e { border-radius: 3px; padding: 0 1px; } .e > .hard, .e > .very-hard { background: none; }
.text .e::after { content: attr(data-label); font: bold 0.62rem system-ui, sans-serif; margin-left: 2px; vertical-align: 1px; color: #333; }
.hard { background: #fbe7a1; } .very-hard { background: #f6b7b0; }
.q { border-bottom: 2px solid #868e96; } .reused { text-decoration: underline 2px #2e9d6b; text-underline-offset: 3px; }
.legend span { margin-right: 0.8rem; font-size: 0.8rem; }
@media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } tr, p { break-inside: avoid; } }
`;

/** The items of one layer (sorted by start) that cover a point, for points met in order. */
class Layer {
  constructor(items, start, end) {
    this.items = items;
    this.start = start;
    this.end = end;
    this.next = 0;
    this.open = [];
  }

  /** The first item that covers `at`, or null; `at` never decreases between calls. */
  at(at) {
    while (this.next < this.items.length && this.start(this.items[this.next]) <= at) this.open.push(this.items[this.next++]);
    this.open = this.open.filter((x) => this.end(x) > at);
    return this.open.length ? this.open[0] : null;
  }
}

/**
 * The article's text, paragraph by paragraph, as HTML: runs of text between every boundary of a
 * sentence, an entity, a quotation or a reused passage, each run with the classes of the layers
 * that cover it, and each entity's label shown after it (as displaCy does; by CSS, so that text
 * copied from the report is the article's own). One sweep over
 * the sorted boundaries, so a long article costs time in proportion to its length.
 */
function reportText(text, stats, entities, reused) {
  const byStart = (a, b) => a.start - b.start;
  const names = entities.entities.filter((e) => e.label !== "QUOTE");
  const quotes = entities.entities.filter((e) => e.label === "QUOTE");
  const reusedSorted = [...reused].sort(byStart);
  const cuts = new Set([0, text.length]);
  for (const b of stats.blocks) { cuts.add(b.span.start); cuts.add(b.span.end); }
  for (const x of stats.sentenceDetails) { cuts.add(x.span.start); cuts.add(x.span.end); }
  for (const x of [...names, ...quotes, ...reusedSorted]) { cuts.add(x.start); cuts.add(x.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const span = [(x) => x.span.start, (x) => x.span.end];
  const plain = [(x) => x.start, (x) => x.end];
  const sentences = new Layer(stats.sentenceDetails, ...span);
  const nameLayer = new Layer(names, ...plain);
  const quoteLayer = new Layer(quotes, ...plain);
  const reuseLayer = new Layer(reusedSorted, ...plain);
  const out = [];
  let p = 0;
  for (const block of stats.blocks) {
    const pieces = [];
    let open = null; // the entity whose mark is open
    while (p < points.length - 1 && points[p] < block.span.start) p++;
    for (; p < points.length - 1 && points[p + 1] <= block.span.end; p++) {
      const start = points[p];
      const sentence = sentences.at(start);
      const entity = nameLayer.at(start);
      const classes = [];
      if (sentence && sentence.difficulty === "hard") classes.push("hard");
      if (sentence && sentence.difficulty === "veryHard") classes.push("very-hard");
      if (quoteLayer.at(start)) classes.push("q");
      if (reuseLayer.at(start)) classes.push("reused");
      if (open && entity !== open) { pieces.push("</mark>"); open = null; }
      if (entity && entity !== open) {
        pieces.push(`<mark class="e ${entity.label}" data-label="${entity.label}" title="${escapeHtml(LABEL_NAMES[entity.label])}">`);
        open = entity;
      }
      const body = escapeHtml(text.slice(start, points[p + 1]));
      pieces.push(classes.length ? `<span class="${classes.join(" ")}">${body}</span>` : body);
    }
    if (open) pieces.push("</mark>");
    out.push(`<p${block.kind === "heading" ? ' class="heading"' : ""}>${pieces.join("")}</p>`);
  }
  return out.join("\n");
}

const row = (cells) => `<tr>${cells.map((c) => (typeof c === "number" ? `<td class="n">${c}</td>` : `<td>${escapeHtml(c ?? "")}</td>`)).join("")}</tr>`;
const head = (cells) => `<tr>${cells.map((c) => `<th>${escapeHtml(c)}</th>`).join("")}</tr>`;
const table = (header, rows) => (rows.length ? `<table>${head(header)}${rows.map(row).join("")}</table>` : "<p>None.</p>");
const percent = (x) => `${Math.round(x * 100)} %`;

/** A standalone HTML report of one article: self-contained, no script, printable. */
export function htmlReport(doc, docs, report, meta) {
  const { stats, entities, text } = doc;
  const names = new Map(docs.map((d) => [d.id, d.name]));
  const passages = report.across.filter((p) => p.a === doc.id || p.b === doc.id).map((p) => (p.a === doc.id
    ? { start: p.aStart, end: p.aEnd, other: p.b, otherStart: p.bStart, otherEnd: p.bEnd, similarity: p.similarity }
    : { start: p.bStart, end: p.bEnd, other: p.a, otherStart: p.aStart, otherEnd: p.aEnd, similarity: p.similarity }));
  const within = report.within.find((w) => w.id === doc.id);
  const summary = report.documents.find((d) => d.id === doc.id);
  const counts = [
    ["Words", stats.words], ["Characters", stats.characters], ["Sentences", stats.sentences],
    ["Paragraphs", stats.paragraphs], ["Unique words", stats.uniqueWords],
    ["Reading time (s)", Math.round(stats.timing.readingSeconds)], ["Mean sentence (words)", Math.round(stats.meanSentenceWords * 10) / 10],
    ["Hard sentences", stats.hardSentences], ["Very hard sentences", stats.veryHardSentences],
  ];
  if (summary) counts.push(["Share reused from other articles", percent(summary.reusedShare)], ["Share repeated inside", percent(summary.repeatedShare)]);
  const quoteRows = entities.quotes.map((q) => [entities.entities[q.entity].text, q.speaker ?? "—", q.kind]);
  const groupRows = entities.groups.filter((g) => g.label !== "QUOTE").map((g) => [g.name, LABEL_NAMES[g.label], g.count]);
  const repeatRows = (within ? within.groups : []).map((g) => [text.slice(g.spans[0].start, g.spans[0].end), g.kind, g.spans.length, g.exact ? "exact" : percent(g.similarity)]);
  const reuseRows = passages.map((p) => [text.slice(p.start, p.end), names.get(p.other) || p.other, percent(p.similarity)]);
  const legend = ["PER", "LOC", "ORG", "MISC", "DATE", "TIME", "NUM", "MONEY", "PERCENT"]
    .map((l) => `<span><mark class="e ${l}">${l}</mark> ${escapeHtml(LABEL_NAMES[l])}</span>`).join("");
  return `<!doctype html>
<html lang="${escapeHtml(stats.language.code || "und")}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(doc.name)} — Article Analyser report</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<h1>${escapeHtml(doc.name)}</h1>
<p class="meta">Article Analyser ${escapeHtml(meta.version)} · ${escapeHtml(meta.exported)} · language: ${escapeHtml(stats.language.name)} · offsets in UTF-16 code units</p>
<h2>Statistics</h2>
${table(["Measure", "Value"], counts.map(([k, v]) => [k, v]))}
${stats.readabilitySummary ? `<p><strong>${escapeHtml(stats.readabilitySummary.text)}</strong></p>` : ""}
${table(["Readability formula", "Source", "Score", "US grade", "Meaning"], stats.readability.map((r) => [r.name, r.source, Math.round(r.score * 10) / 10, r.grade ?? "", r.caveat ? `${r.interpretation} (${r.caveat})` : r.interpretation]))}
<h2>The text</h2>
<p class="legend">${legend}<span><span class="hard">hard sentence</span></span><span><span class="very-hard">very hard sentence</span></span><span><span class="q">quotation</span></span><span><span class="reused">found in another article</span></span></p>
<div class="text">
${reportText(text, stats, entities, passages)}
</div>
<h2>Quotations and who said them</h2>
${table(["Quotation", "Speaker", "Kind"], quoteRows)}
<h2>Names, with their mentions grouped</h2>
${table(["Name", "Kind", "Mentions"], groupRows)}
<h2>Repeated inside this article</h2>
${table(["Passage", "Unit", "Times", "Match"], repeatRows)}
<h2>Reused from other articles</h2>
${table(["Passage", "Also in", "Similarity"], reuseRows)}
</body>
</html>
`;
}

/** A file name from an article's name: letters, digits, dot, dash and underscore only. */
export function fileStem(name) {
  const stem = String(name).normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^-+|-+$/g, "");
  return stem.slice(0, 60) || "article";
}

/**
 * The export `format` of `docs` (each { id, name, text, stats?, entities? }) and the duplicates
 * `report`: { filename, mime, content }.
 */
export function buildExport(format, docs, report, meta) {
  const f = FORMATS[format];
  if (!f) throw new Error(`unknown export format ${format}`);
  const stem = format === "report" ? fileStem(docs[meta.active].name) : "workspace";
  let content;
  if (format === "json") content = workspaceJson(docs, report, meta);
  else if (format === "entities") content = entitiesCsv(docs);
  else if (format === "quotations") content = quotationsCsv(docs);
  else if (format === "sentences") content = sentencesCsv(docs);
  else if (format === "passages") content = passagesCsv(docs, report);
  else if (format === "matrix") content = matrixCsv(docs, report);
  else content = htmlReport(docs[meta.active], docs, report, meta);
  return { filename: `${stem}-${f.suffix}`, mime: f.mime, content };
}
