// Quotations found in several articles (Analyser.sharedQuotations): each once, with its speaker,
// the articles that carry it, and each copy's wording against the reference copy as an inline
// word difference — words cut or changed struck through, words added or changed underlined.
// DOM nodes and textContent only: the articles' text is data.
import { csvTable } from "./exports.js";
import { t, tn } from "./i18n.js";

function h(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The most quotations listed; the CSV has them all. */
export const QUOTES_SHOWN = 100;

/**
 * A copy's quotation as nodes: its own text, with the reference's words it lacks as <del> and
 * its own words the reference lacks as <ins>, each at the place of the change.
 */
export function copyWithChanges(copy, text, referenceText) {
  const nodes = [];
  let at = copy.start;
  for (const c of copy.changes) {
    if (c.bStart > at) nodes.push(text.slice(at, c.bStart));
    if (c.aEnd > c.aStart) nodes.push(h("del", "", referenceText.slice(c.aStart, c.aEnd)));
    if (c.bEnd > c.bStart) nodes.push(h("ins", "", text.slice(c.bStart, c.bEnd)));
    at = Math.max(at, c.bEnd);
  }
  if (copy.end > at) nodes.push(text.slice(at, copy.end));
  return nodes;
}

/** What one copy's wording does to the reference's, in words. */
function changeSummary(copy) {
  if (copy.cut === 0 && copy.added === 0) return t("same words");
  const parts = [];
  if (copy.cut) parts.push(tn(copy.cut, "{n} word cut or changed", "{n} words cut or changed"));
  if (copy.added) parts.push(tn(copy.added, "{n} word added or changed", "{n} words added or changed"));
  return parts.join(", ");
}

/**
 * Lists the shared quotations in `container`. `texts` maps each article id to its text,
 * `names` to the name its tab shows.
 */
export function renderSharedQuotes(container, report, texts, names) {
  const { quotations } = report;
  if (quotations.length === 0) {
    container.replaceChildren(h("p", "hint", t("No quotation of four words or more is found in two articles.")));
    return;
  }
  const altered = quotations.filter((q) => q.altered).length;
  const summary = h("p", "", tn(quotations.length, "{n} quotation is found in several articles", "{n} quotations are found in several articles"));
  if (altered) summary.append(" — ", h("strong", "altered-count", tn(altered, "{n} with its wording changed between them", "{n} with their wording changed between them")));
  const list = h("ol", "shared-quotes");
  for (const q of quotations.slice(0, QUOTES_SHOWN)) list.append(quotationItem(q, texts, names));
  container.replaceChildren(summary, list);
  if (quotations.length > QUOTES_SHOWN) {
    container.append(h("p", "hint", t("… and {n} more (all of them are in the CSV).", { n: quotations.length - QUOTES_SHOWN })));
  }
}

function quotationItem(q, texts, names) {
  const item = h("li", q.altered ? "shared-quote altered" : "shared-quote");
  const reference = q.copies[q.reference];
  const referenceText = texts.get(reference.id) ?? "";
  const head = h("p", "shared-quote-head");
  head.append(h("span", "speaker", q.speaker ?? t("speaker not named")), " · ",
    tn(q.documents, "{n} article", "{n} articles"));
  if (q.altered) head.append(" · ", h("span", "badge", t("wording changed")));
  item.append(head, h("blockquote", "", referenceText.slice(reference.start, reference.end)));
  const copies = h("ul", "quote-copies");
  q.copies.forEach((copy, i) => {
    const row = h("li");
    const name = h("span", "article", names.get(copy.id) ?? copy.id);
    row.append(name, " — ");
    if (i === q.reference) {
      row.append(h("span", "hint", t("reference wording")));
    } else {
      const quote = h("q", "copy");
      quote.append(...copyWithChanges(copy, texts.get(copy.id) ?? "", referenceText));
      row.append(h("span", "hint", changeSummary(copy)), copy.changes.length ? ": " : "", ...(copy.changes.length ? [quote] : []));
    }
    if (copy.speaker !== q.speaker) row.append(" ", h("span", "hint", copy.speaker ? t("(credited to {name})", { name: copy.speaker }) : t("(no speaker named)")));
    copies.append(row);
  });
  item.append(copies);
  return item;
}

/** Every copy of every shared quotation as CSV, with its article, speaker and changes. */
export function sharedQuotesCsv(report, texts, names) {
  const rows = [];
  report.quotations.forEach((q, n) => {
    const referenceText = texts.get(q.copies[q.reference].id) ?? "";
    q.copies.forEach((copy, i) => {
      const text = texts.get(copy.id) ?? "";
      const changes = copy.changes.map((c) => `${referenceText.slice(c.aStart, c.aEnd)} → ${text.slice(c.bStart, c.bEnd)}`).join(" | ");
      rows.push([n + 1, q.speaker ?? "", names.get(copy.id) ?? copy.id, copy.speaker ?? "", i === q.reference ? "yes" : "no",
        copy.cut, copy.added, changes, text.slice(copy.start, copy.end)]);
    });
  });
  return csvTable(["quotation", "speaker", "article", "article_speaker", "reference", "words_cut", "words_added", "changes", "text"], rows);
}
