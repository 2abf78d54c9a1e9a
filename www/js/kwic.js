// Keyword in context (a concordance, as Voyant's Contexts view) and the distinctive terms of
// each article (the core's TF-IDF): every occurrence of a word, its
// forms or a name in the article, with the words around it. DOM nodes and textContent only.
import { h } from "./render.js";
import { csvTable } from "./exports.js";
import { bars, histogram } from "./charts.js";
import { num, t, tn } from "./i18n.js";

/** Lines shown at most; the count says how many there are. */
export const KWIC_MAX = 500;
/** The trend chart cuts the article into this many equal stretches. */
export const TREND_PARTS = 10;
/** Words either side of an occurrence that count as its collocates. */
export const COLLOCATE_WINDOW = 5;
/** Occurrences whose surroundings are read for collocates, at most. */
const COLLOCATE_OCCURRENCES = 5_000;
const CONTEXT = 60;

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A regular expression for any of `forms` as whole words, any case; null for none. Letters may
 * be written with ’ or ' and the words of a name split by spaces of any kind. */
function wordsPattern(forms) {
  const words = [...new Set(forms.map((f) => f.normalize("NFC").trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
  if (words.length === 0) return null;
  const pattern = words.map((w) => escape(w).replace(/['’]/g, "['’]").replace(/\s+/g, "\\s+")).join("|");
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${pattern})(?![\\p{L}\\p{N}])`, "giu");
}

/**
 * The occurrences of any of `forms` in `text` (whole words, any case, NFC), each with `CONTEXT`
 * characters on either side, and the occurrences in each tenth of the text (Voyant's Trends):
 * { lines: [{ start, end, left, match, right }], total, trend, contexts }, `contexts` the
 * COLLOCATE_WINDOW words either side of each occurrence, one occurrence a line.
 */
export function concordance(text, forms, max = KWIC_MAX) {
  const re = wordsPattern(forms);
  const trend = new Array(TREND_PARTS).fill(0);
  if (!re) return { lines: [], total: 0, trend, contexts: "" };
  const around = [];
  const before = new RegExp(`(?:[\\p{L}\\p{N}'’-]+[^\\p{L}\\p{N}]+){0,${COLLOCATE_WINDOW}}$`, "u");
  const after = new RegExp(`^(?:[^\\p{L}\\p{N}]+[\\p{L}\\p{N}'’-]+){0,${COLLOCATE_WINDOW}}`, "u");
  const body = text.normalize("NFC");
  const exact = body === text; // offsets are only exact on NFC text
  const lines = [];
  let total = 0;
  for (const m of body.matchAll(re)) {
    total++;
    if (around.length < COLLOCATE_OCCURRENCES) {
      const start = m.index, end = start + m[0].length;
      const l = body.slice(Math.max(0, start - 200), start).match(before);
      const r = body.slice(end, end + 200).match(after);
      around.push(`${l ? l[0] : ""} ${r ? r[0] : ""}`.replace(/\s+/g, " "));
    }
    trend[Math.min(TREND_PARTS - 1, Math.floor((m.index / Math.max(1, body.length)) * TREND_PARTS))]++;
    if (lines.length >= max) continue;
    const start = m.index;
    const end = start + m[0].length;
    const left = body.slice(Math.max(0, start - CONTEXT), start).replace(/\s+/g, " ");
    const right = body.slice(end, end + CONTEXT).replace(/\s+/g, " ");
    lines.push({ start: exact ? start : null, end: exact ? end : null, left, match: m[0], right });
  }
  return { lines, total, trend, contexts: around.join("\n") };
}

/** Most characters of the workspace read for a term's spread across it: the page's own thread
 * does it, as for the concordance, again after each pause in typing while a term is shown. */
export const SPREAD_LIMIT = 5_000_000;
/** Articles shown in the spread chart, most frequent first; the CSV has them all. */
const SPREAD_SHOWN = 30;
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/**
 * A term's spread across the workspace (Voyant's Trends over a corpus): for each article of
 * `docs` ({ id, name, text }), its occurrences of `forms`, its words, and the occurrences per
 * 1,000 words (relative frequency, so long and short articles compare). Null for a workspace
 * past SPREAD_LIMIT characters.
 */
export function workspaceSpread(docs, forms) {
  if (docs.reduce((n, d) => n + d.text.length, 0) > SPREAD_LIMIT) return null;
  const re = wordsPattern(forms);
  return docs.map((d) => {
    const body = d.text.normalize("NFC");
    const count = re ? [...body.matchAll(re)].length : 0;
    let words = 0;
    for (const _ of body.matchAll(WORD)) words++;
    return { id: d.id, name: d.name, count, words, perThousand: words ? Math.round((count * 10000) / words) / 10 : 0 };
  });
}

/** The spread as a bar chart of occurrences per 1,000 words, the articles that use it most first. */
export function renderSpread(box, spread, query) {
  if (spread === null) {
    box.replaceChildren(h("p", "hint", t("The articles hold more than {n} million characters: too many to count “{query}” in each here.", { n: SPREAD_LIMIT / 1e6, query })));
    return;
  }
  if (!spread || spread.length < 2) { box.replaceChildren(); return; }
  const used = spread.filter((d) => d.count > 0).sort((a, b) => b.perThousand - a.perThousand);
  const clip = (s) => (s.length > 20 ? `${s.slice(0, 19)}…` : s);
  const rows = used.slice(0, SPREAD_SHOWN).map((d) => ({
    label: clip(d.name),
    count: d.perThousand,
    title: t("{name}: {n} in {words} words", { name: d.name, n: d.count, words: num(d.words) }),
  }));
  const note = h("p", "hint", t("“{query}” across the articles: occurrences per 1,000 words, in {used} of {all} articles", { query, used: used.length, all: spread.length }));
  box.replaceChildren(note, ...(rows.length ? [bars(rows, { title: t("Occurrences of “{query}” per 1,000 words in each article", { query }) })] : []));
}

/** A term's trend as CSV: its occurrences in each tenth of the article, then in each article of
 * the workspace (with the words and the occurrences per 1,000 words). */
export function trendCsv(result, spread, article) {
  const rows = result.trend.map((count, i) => ["tenth", `${article} ${i * 10}–${(i + 1) * 10}%`, count, null, null]);
  for (const d of spread || []) rows.push(["article", d.name, d.count, d.words, d.perThousand]);
  return csvTable(["scope", "part", "occurrences", "words", "per_1000_words"], rows);
}

/** A term's forms in one CSV cell: "form count; form count". */
const formsCell = (term) => term.forms.map((f) => `${f.form} ${f.count}`).join("; ");

/** The collocates as CSV: each term, its count within COLLOCATE_WINDOW words, its forms. */
export function collocatesCsv(terms) {
  return csvTable(["term", "count", "forms"], terms.map((x) => [x.term, x.count, formsCell(x)]));
}

/** The frequent terms (the bars and the cloud) as CSV: term, stem, count and forms. */
export function termsCsv(terms) {
  return csvTable(["term", "stem", "count", "forms"], terms.map((x) => [x.term, x.stem, x.count, formsCell(x)]));
}

/** Where any of `forms` occurs in `text` (whole words, any case): [[start, end], …]. */
export function occurrences(text, forms) {
  const re = wordsPattern(forms);
  if (!re) return [];
  return [...text.matchAll(re)].map((m) => [m.index, m.index + m[0].length]);
}

/** Longest text whose frequent terms are recounted with the names (the page holds every
 * entity of it). */
export const NAMES_AS_TERMS_LIMIT = 150_000;

/**
 * The frequent terms with the names of several words the entity layer found (people, places,
 * organisations written in full at least twice) counted as one term each: "Luc Besson" instead of "luc"
 * and "besson". A word's occurrences inside such a name leave its count. Null when nothing
 * changes, or for a text too long or not in NFC (the offsets would not line up).
 */
export function withNames(topTerms, report, text) {
  if (text.length > NAMES_AS_TERMS_LIMIT || text.normalize("NFC") !== text) return null;
  const names = report.groups.filter((g) => ["PER", "LOC", "ORG"].includes(g.label) && g.count >= 2 && /[\s-]/.test(g.name.trim()));
  if (names.length === 0) return null;
  // Each name is counted as written in full (what "in context" finds for it), its shorter
  // mentions ("Besson") left to their words.
  const found = names.map((g) => ({ name: g.name, at: occurrences(text, [g.name]) })).filter((n) => n.at.length >= 2);
  if (found.length === 0) return null;
  const spans = found.flatMap((n) => n.at);
  const inName = ([a, b]) => spans.some(([s, e]) => s <= a && b <= e);
  const terms = topTerms.map((t) => {
    const inside = occurrences(text, t.forms.map((f) => f.form)).filter(inName).length;
    return { ...t, count: t.count - inside };
  }).filter((t) => t.count > 0);
  const seen = new Set(terms.map((t) => t.term));
  for (const { name, at } of found) {
    if (seen.has(name)) continue;
    terms.push({ term: name, stem: name.toLocaleLowerCase(), count: at.length, forms: [{ form: name, count: at.length }], name: true });
  }
  return terms.sort((a, b) => b.count - a.count);
}

/** The concordance as a table (left context right-aligned, the word marked, right context). */
export function renderConcordance(table, note, result, query, trendBox) {
  if (trendBox) {
    trendBox.replaceChildren(result.total === 0 ? "" : histogram(result.trend.map((count, i) => ({
      label: `${(i + 1) * 10}%`,
      count,
      title: t("{n} between {from}% and {to}% of the article", { n: count, from: i * 10, to: (i + 1) * 10 }),
    })), { height: 100, title: t("Occurrences of “{query}” through the article, by tenth", { query }) }));
  }
  const rows = result.lines.map((l) => {
    const tr = h("tr");
    const match = h("td", "kw");
    match.append(h("mark", "", l.match));
    // The left context is clipped on its left: the cell runs right to left, its text inside
    // left to right.
    const left = h("td", "left");
    left.append(h("span", "ltr", l.left));
    tr.append(left, match, h("td", "right", l.right));
    return tr;
  });
  table.replaceChildren(...rows);
  note.textContent = result.total === 0
    ? t("“{query}” does not occur in this article.", { query })
    : `“${query}”: ${tn(result.total, "{n} occurrence", "{n} occurrences")}${result.total > result.lines.length ? t(", the first {n} shown", { n: num(result.lines.length) }) : ""}.`;
}

/** The concordance as CSV: left, match, right, and the match's UTF-16 offsets. */
export function concordanceCsv(result) {
  return csvTable(["left", "match", "right", "start", "end"], result.lines.map((l) => [l.left, l.match, l.right, l.start, l.end]));
}

/** The distinctive terms, one row per article: its name, then its terms with count and score. */
export function renderDistinctive(container, terms, names) {
  const table = h("table");
  const head = h("tr");
  head.append(h("th", "", t("Article")), h("th", "", t("Terms that set it apart (count, articles using it)")));
  table.append(head);
  for (const doc of terms) {
    const tr = h("tr");
    const cell = h("td");
    if (doc.terms.length === 0) cell.append(h("span", "hint", t("nothing the others lack")));
    doc.terms.forEach((term, i) => {
      const span = h("span", "term", term.term);
      span.title = t("{n} here, in {docs} of {all} articles; score {score}", { n: term.count, docs: term.documents, all: terms.length, score: num(term.score) });
      span.append(" ", h("small", "", `${term.count}`));
      cell.append(...(i ? [", "] : []), span);
    });
    tr.append(h("td", "", names.get(doc.id) ?? doc.id), cell);
    table.append(tr);
  }
  container.replaceChildren(table);
}

/** The distinctive terms as CSV: one row per article and term. */
export function distinctiveCsv(terms, names) {
  const rows = [];
  for (const doc of terms) for (const t of doc.terms) rows.push([names.get(doc.id) ?? doc.id, t.term, t.stem, t.count, t.documents, t.score]);
  return csvTable(["article", "term", "stem", "count", "articles", "score"], rows);
}

/** The collocates (the frequent terms around the occurrences) as a line of words with counts. */
export function renderCollocates(container, terms, query, ownForms) {
  const own = new Set(ownForms.map((f) => f.toLocaleLowerCase()));
  const shown = terms.filter((t) => !t.forms.some((f) => own.has(f.form))).slice(0, 12);
  if (shown.length === 0) { container.replaceChildren(); return; }
  container.replaceChildren(t("Around “{query}” ({n} words either side): ", { query, n: COLLOCATE_WINDOW }), ...shown.flatMap((term, i) => {
    const span = h("span", "term", `${term.term} `);
    span.append(h("small", "", String(term.count)));
    return i ? [", ", span] : [span];
  }));
}
