// A .jsonl archive too large for the workspace (files.js's ARCHIVE_OVER), read by the worker in
// chunks and handed to the duplicate finder article by article: the page shows its progress and
// a cancel button, then what the archive reuses — the passages carried by the most articles,
// with an excerpt, and the articles most made of text found elsewhere — and offers the whole
// reuse report as JSON. DOM nodes and textContent only: the archive's text is data.
import { num, percent, t, tn } from "./i18n.js";

function h(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Reuse clusters and articles listed in the view (the JSON has them all). */
const SHOWN = 20;

const mib = (bytes) => num(Math.round((bytes / 1024 / 1024) * 10) / 10);

/** Why a line was skipped, from the worker's code. */
function badLine(why) {
  if (why === "json") return t("not JSON");
  if (why === "text") return t("no “text” string");
  return t("longer than 64 MiB");
}

/** The progress line: bytes read of the file's size. */
export function archiveProgress(done, total) {
  return t("Reading the archive: {done} of {total} MiB…", { done: mib(done), total: mib(total) });
}

/** What the archive's reading found, in `container`. */
export function renderArchive(container, result, ms) {
  const { summary } = result;
  const parts = [];
  const head = h("p", "archive-summary", t("{n} articles ({words} words, {size} MiB) read in {s} s.", {
    n: num(result.articles), words: num(summary.words), size: mib(result.read), s: num(Math.round(ms / 100) / 10),
  }));
  parts.push(head);
  if (result.badCount) {
    const named = result.bad.map((b) => t("line {n}: {why}", { n: num(b.line), why: badLine(b.why) })).join("; ");
    parts.push(h("p", "hint", tn(result.badCount, "{n} line skipped ({which}).", "{n} lines skipped ({which}).", { which: `${named}${result.badCount > result.bad.length ? "; …" : ""}` })));
  }
  if (result.stopped) {
    parts.push(h("p", "archive-stopped", t("Reading stopped at line {n}: {why} The articles before it are analysed.", { n: num(result.stopped.line), why: t(result.stopped.why) })));
  }
  parts.push(h("p", "", t("{passages} passages are reused, between {pairs} pairs of articles, in {clusters} groups of articles that share text.", {
    passages: num(summary.reuseCount), pairs: num(summary.pairsCount), clusters: num(summary.clustersCount),
  })));
  if (summary.reuse.length) {
    parts.push(h("h4", "", t("The passages carried by the most articles")));
    const table = h("table", "archive-table");
    const headRow = h("tr");
    headRow.append(h("th", "", t("Article")), h("th", "", t("Copies")), h("th", "", t("Passage")));
    table.append(headRow);
    for (const c of summary.reuse.slice(0, SHOWN)) {
      const row = h("tr");
      row.append(h("td", "", c.id), h("td", "num", num(c.copiesCount)), h("td", "excerpt", c.excerpt));
      table.append(row);
    }
    parts.push(table);
  }
  const reused = summary.documents.filter((d) => d.reusedShare > 0);
  if (reused.length) {
    parts.push(h("h4", "", t("The articles most made of text found elsewhere")));
    const table = h("table", "archive-table");
    const headRow = h("tr");
    headRow.append(h("th", "", t("Article")), h("th", "", t("Words")), h("th", "", t("Found elsewhere")));
    table.append(headRow);
    for (const d of reused.slice(0, SHOWN)) {
      const row = h("tr");
      row.append(h("td", "", d.id), h("td", "num", num(d.words)), h("td", "num", percent(d.reusedShare)));
      table.append(row);
    }
    parts.push(table);
  }
  container.replaceChildren(...parts);
}
