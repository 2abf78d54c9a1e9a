// Rendering of repeats and reuse with DOM nodes and textContent only.
import { h } from "./render.js";
import { num, percent, t, tn } from "./i18n.js";

/** Longest matrix shown as a table; larger sets list their pairs instead. */
const MATRIX_LIMIT = 30;
/** Most passages listed. */
const PASSAGE_LIMIT = 200;

const preview = (text, span, n = 90) => {
  const piece = text.slice(span.start, span.end).replace(/\s+/g, " ");
  return piece.length > n ? `${piece.slice(0, n - 1)}…` : piece;
};

/** Most repeat groups listed; the rest are counted. */
const GROUP_LIMIT = 500;
/** Longest clean copy put in a text box (its layout would freeze the page); a longer one is
 * only copied. */
const CLEAN_BOX_LIMIT = 1_000_000;

/** Repeats inside the active article, with a clean copy to copy. */
export function renderWithin(container, within, text) {
  const bounded = within && within.boundedUnits > 0
    ? h("p", "hint", t("{n} paragraphs or sentences share their wording with so many others that their search for near repeats was bounded; exact repeats are all listed.", { n: num(within.boundedUnits) }))
    : null;
  if (!within || within.groups.length === 0) {
    container.replaceChildren(h("p", "hint", t("No paragraph or sentence of this article is repeated.")), ...(bounded ? [bounded] : []));
    return;
  }
  const list = h("ul");
  const count = (g) => g.count ?? g.spans.length;
  for (const group of within.groups.slice(0, GROUP_LIMIT)) {
    const li = h("li");
    const kind = group.kind === "paragraph" ? t("Paragraph") : t("Sentence");
    const how = group.exact ? t("exact repeat") : t("near repeat, {share} similar", { share: percent(group.similarity) });
    li.append(`${kind} ×${count(group)} (${how}): `, h("span", "quote", `“${preview(text, group.spans[0])}”`));
    list.append(li);
  }
  if (within.groups.length > GROUP_LIMIT) list.append(h("li", "hint", t("… and {n} more repeated passages (all of them are in the exports).", { n: num(within.groups.length - GROUP_LIMIT) })));
  const removed = within.groups.reduce((n, g) => n + count(g) - 1, 0);
  const button = h("button", "", tn(removed, "Copy the text without its {n} repeat", "Copy the text without its {n} repeats"));
  button.type = "button";
  button.id = "copy-clean";
  const clean = h("textarea");
  clean.readOnly = true;
  clean.id = "clean-text";
  // A long clean copy comes as UTF-8 bytes (see duplicatesForPage in worker.js), decoded only
  // when it is copied.
  const cleanText = () => within.cleanText ?? (within.cleanText = new TextDecoder().decode(within.cleanUtf8));
  if (within.cleanText !== undefined && within.cleanText.length <= CLEAN_BOX_LIMIT) clean.value = within.cleanText;
  else clean.placeholder = t("The clean copy has {n} MB: too long to show here; the button copies it.", { n: num((within.cleanUtf8?.length ?? within.cleanText.length) / 1e6) });
  clean.setAttribute("aria-label", t("The text without its repeats"));
  button.addEventListener("click", async () => {
    clean.select();
    try {
      await navigator.clipboard.writeText(cleanText());
      button.textContent = t("Copied");
    } catch {
      button.textContent = t("Selected: press Ctrl+C to copy");
    }
  });
  container.replaceChildren(list, ...(bounded ? [bounded] : []), button, clean);
}

/** Matrix of shares, the passages list, and the side-by-side comparison; returns the function
 * that shows passage `index` of `report.across` side by side (the reader's reused marks call it). */
export function renderAcross(ui, report, documents, names) {
  const textOf = new Map(documents.map((d) => [d.id, d.text]));
  const nameOf = (id) => names.get(id) || id;
  if (documents.length < 2) {
    ui.acrossSummary.replaceChildren(h("p", "hint", t("Add a second article (New article, or drop several files) to find passages they share.")));
    ui.matrix.replaceChildren();
    ui.passages.replaceChildren();
    ui.compare.hidden = true;
    return () => {};
  }
  const st = report.stats;
  const summary = t("{documents}, {words}: {passages} {pairs} ({fingerprints}).", {
    documents: tn(st.documents, "{n} article", "{n} articles"),
    words: tn(st.words, "{n} word", "{n} words"),
    passages: tn(report.across.length, "{n} reused passage", "{n} reused passages"),
    pairs: tn(report.pairs.length, "between {n} pair of articles", "between {n} pairs of articles"),
    fingerprints: tn(st.candidatePairs, "{n} pair shared a fingerprint", "{n} pairs shared a fingerprint"),
  });
  const parts = [h("p", "", summary)];
  if (st.unpairedClusters > 0) parts.push(h("p", "hint", tn(st.unpairedClusters, "{n} passage is in more than 100 articles (a standing line, a wire story everywhere): each copy is compared with the first article that has it, not with every other copy.", "{n} passages are in more than 100 articles (a standing line, a wire story everywhere): each copy is compared with the first article that has it, not with every other copy.")));
  const unlisted = st.passages - report.across.length;
  if (unlisted > 0) parts.push(h("p", "hint", t("{n} passages between copies of one text, found through the article both copied, are counted in the pairs but not listed for a set this large; export the duplicates to have them all.", { n: num(unlisted) })));
  // A passage carried by several articles, said once: its earliest article and its copies.
  // (A passage copied twice into one article is one article.)
  const others = (c) => new Set(c.copies.map((x) => x.id)).size;
  // A cluster whose representative and copies are all copies of one listed before it (two
  // copies that share an edit are aligned with each other too) says nothing new.
  // (At most PASSAGE_LIMIT listed, each with its members' set built once.)
  const shown = [];
  for (const c of report.reuse) {
    if (shown.length >= PASSAGE_LIMIT) break;
    if (others(c) < 2) continue;
    const inside = shown.some(({ members }) => members.has(c.id) && c.copies.every((x) => members.has(x.id)));
    if (!inside) shown.push({ cluster: c, members: new Set([c.id, ...c.copies.map((x) => x.id)]) });
  }
  const widespread = shown.map((x) => x.cluster);
  if (widespread.length) {
    const list = h("ul");
    for (const c of widespread) {
      list.append(h("li", "", `${nameOf(c.id)}: “${preview(textOf.get(c.id), c, 60)}” ${tn(others(c), "also in {n} other article", "also in {n} other articles")}`));
    }
    parts.push(h("p", "", t("Passages found in several articles:")), list);
  }
  if (report.clusters.length) {
    const list = h("ul");
    for (const c of report.clusters) list.append(h("li", "", t("Same story: {names}", { names: c.map(nameOf).join(", ") })));
    parts.push(list);
  }
  ui.acrossSummary.replaceChildren(...parts);
  renderMatrix(ui.matrix, report, documents, nameOf);
  const rows = passageRows(report.across, textOf);
  const buttons = new Map(); // row -> its button
  const show = (index) => {
    const p = report.across[index];
    if (!p) return;
    const row = rows.rowOf.get(index);
    for (const other of ui.passages.querySelectorAll("button[aria-pressed]")) other.setAttribute("aria-pressed", "false");
    ui.passages.querySelector(`[data-passage="${index}"]`)?.setAttribute("aria-pressed", "true");
    buttons.get(row)?.setAttribute("aria-pressed", "true");
    renderCompare(ui, p, textOf.get(p.a), textOf.get(p.b), nameOf);
  };
  const items = rows.list.slice(0, PASSAGE_LIMIT).map((members, r) => {
    const p = report.across[members[0]];
    const li = h("li");
    const through = p.via ? ` · ${t("both taken from {name}", { name: nameOf(p.via) })}` : "";
    const times = members.length > 1 ? ` · ×${members.length}` : "";
    const button = h("button", "", `${nameOf(p.a)} ⇄ ${nameOf(p.b)} · ${t("{share} similar", { share: percent(p.similarity) })} · ${tn(p.commonWords, "{n} word in common", "{n} words in common")}${through}${times}`);
    button.type = "button";
    button.setAttribute("aria-pressed", "false");
    if (members.length > 1) button.title = t("The same passage {n} times between these two articles (one of them repeats it); the numbers show each", { n: members.length });
    button.addEventListener("click", () => show(members[0]));
    buttons.set(r, button);
    li.append(button, " ", h("span", "quote", `“${preview(textOf.get(p.a), { start: p.aStart, end: p.aEnd }, 70)}”`));
    if (members.length > 1) {
      const each = h("span", "occurrences");
      members.forEach((index, k) => {
        const b = h("button", "occurrence", String(k + 1));
        b.type = "button";
        b.dataset.passage = String(index);
        b.setAttribute("aria-pressed", "false");
        b.setAttribute("aria-label", t("Copy {i} of {n}", { i: k + 1, n: members.length }));
        b.addEventListener("click", () => show(index));
        each.append(b);
      });
      li.append(" ", each);
    }
    return li;
  });
  if (rows.list.length > PASSAGE_LIMIT) items.push(h("li", "hint", t("… and {n} more.", { n: num(rows.list.length - PASSAGE_LIMIT) })));
  ui.passages.replaceChildren(...items);
  ui.compare.hidden = report.across.length === 0;
  if (report.across.length) show(0);
  return show;
}

/**
 * The listed passages grouped into rows: the passages between the same two articles whose two
 * sides read the same (spaces aside) are one row, since a passage one article repeats is aligned
 * once per copy. `list` holds each row's passage indices in report order; `rowOf` maps a
 * passage index to its row.
 */
function passageRows(across, textOf) {
  const flat = (id, start, end) => textOf.get(id).slice(start, end).replace(/\s+/g, " ").trim();
  const byKey = new Map();
  const list = [];
  const rowOf = new Map();
  across.forEach((p, i) => {
    const key = `${p.a}\u0000${p.b}\u0000${flat(p.a, p.aStart, p.aEnd)}\u0000${flat(p.b, p.bStart, p.bEnd)}`;
    let row = byKey.get(key);
    if (row === undefined) { row = list.length; byKey.set(key, row); list.push([]); }
    list[row].push(i);
    rowOf.set(i, row);
  });
  return { list, rowOf };
}

/**
 * The passages of article `id` found in other articles, sorted by start, for the reader: each
 * with its range in `id`, the other article's name and similarity as `label`, and `index`, its
 * place in `report.across`.
 */
export function reusedIn(report, id, names) {
  const nameOf = (x) => names.get(x) || x;
  const spans = [];
  const label = (other, p) => `${nameOf(other)} (${t("{share} similar", { share: percent(p.similarity) })})`;
  report.across.forEach((p, index) => {
    if (p.a === id) spans.push({ start: p.aStart, end: p.aEnd, label: label(p.b, p), index });
    else if (p.b === id) spans.push({ start: p.bStart, end: p.bEnd, label: label(p.a, p), index });
  });
  return spans.sort((x, y) => x.start - y.start || y.end - x.end);
}

function renderMatrix(container, report, documents, nameOf) {
  if (documents.length > MATRIX_LIMIT) {
    container.replaceChildren(h("p", "hint", t("The share matrix is shown for up to {n} articles; the pairs are listed below.", { n: MATRIX_LIMIT })));
    return;
  }
  const share = new Map();
  for (const p of report.pairs) {
    share.set(`${p.a}\u0000${p.b}`, p.aShare);
    share.set(`${p.b}\u0000${p.a}`, p.bShare);
  }
  const table = h("table");
  const caption = h("caption", "hint", t("Share of the row's article found in the column's article"));
  const head = h("tr");
  // The corner names the two axes for screen readers (an empty header cell says nothing).
  head.append(h("th", "", ""));
  head.firstChild.append(h("span", "sr-only", t("Article ↓, found in →")));
  for (const d of documents) head.append(h("th", "", nameOf(d.id)));
  table.append(caption, head);
  for (const row of documents) {
    const tr = h("tr");
    tr.append(h("th", "", nameOf(row.id)));
    for (const col of documents) {
      if (row.id === col.id) { tr.append(h("td", "self", "—")); continue; }
      const x = share.get(`${row.id}\u0000${col.id}`) || 0;
      const td = h("td", x === 0 ? "" : `h${Math.min(4, 1 + Math.floor(x * 4))}`, x === 0 ? "·" : percent(x));
      td.dataset.share = String(x);
      tr.append(td);
    }
    table.append(tr);
  }
  container.replaceChildren(table);
}

/** One side of a passage with its changed words wrapped in `tag`. */
function sideWithChanges(text, start, end, changes, tag, pick) {
  const nodes = [];
  let at = start;
  for (const c of changes) {
    const [s, e] = pick(c);
    if (s > at) nodes.push(text.slice(at, s));
    if (e > s) nodes.push(h(tag, "", text.slice(s, e)));
    else nodes.push(h("span", "empty-change", ""));
    at = Math.max(at, e);
  }
  if (end > at) nodes.push(text.slice(at, end));
  return nodes;
}

function renderCompare(ui, p, a, b, nameOf) {
  ui.compare.hidden = false;
  ui.compareA.textContent = `${nameOf(p.a)} (${t("characters {from}–{to}", { from: p.aStart, to: p.aEnd })})`;
  ui.compareB.textContent = `${nameOf(p.b)} (${t("characters {from}–{to}", { from: p.bStart, to: p.bEnd })})`;
  ui.compareAText.replaceChildren(...sideWithChanges(a, p.aStart, p.aEnd, p.changes, "del", (c) => [c.aStart, c.aEnd]));
  ui.compareBText.replaceChildren(...sideWithChanges(b, p.bStart, p.bEnd, p.changes, "ins", (c) => [c.bStart, c.bEnd]));
}
