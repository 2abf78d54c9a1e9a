// Style highlights (Hemingway's colours of adverbs, passive voice, qualifiers and simpler
// alternatives) with DOM nodes and textContent only: the article's text is data.
import { h, READER_LIMIT } from "./render.js";
import { msg, num, t } from "./i18n.js";

/** Each kind: its key in the report's highlights, its counter, and its name on the page. */
export const STYLE_KINDS = [
  { kind: "adverb", count: "adverbs", name: msg("adverbs") },
  { kind: "passive", count: "passives", name: msg("passive voice") },
  { kind: "qualifier", count: "qualifiers", name: msg("qualifiers") },
  { kind: "simpler", count: "simpler", name: msg("simpler word exists") },
];
const NAMES = Object.fromEntries(STYLE_KINDS.map((k) => [k.kind, k.name]));
const nameOf = (kind) => t(NAMES[kind]);

/** The legend: a toggle per kind, with its count over the whole text. */
export function renderStyleLegend(legend, style, hidden, language) {
  if (!style || style.highlights.length === 0 && STYLE_KINDS.every((k) => style[k.count] === 0)) {
    const none = /^(fr|en)/.test(language || "") ? t("No adverb, passive, qualifier or wordy phrase found.") : t("Style highlights exist for French and English texts.");
    legend.replaceChildren(h("span", "hint", none));
    return;
  }
  legend.replaceChildren(...STYLE_KINDS.map(({ kind, count }) => {
    const name = nameOf(kind);
    const b = h("button", `chip sty-${kind}`);
    b.type = "button";
    b.dataset.style = kind;
    b.setAttribute("aria-pressed", String(!hidden.has(kind)));
    b.append(h("span", "swatch"), `${name} ${num(style[count])}`);
    b.title = t("Show or hide the {what} highlights", { what: name });
    return b;
  }));
}

/** The text, paragraph by paragraph, with the style highlights marked. */
export function renderStyleReader(container, text, blocks, style, limit = READER_LIMIT) {
  const marks = style ? style.highlights : [];
  const nodes = [];
  let k = 0;
  for (const block of blocks) {
    if (block.span.start > limit) {
      nodes.push(h("p", "more", t("The rest of the text is analysed but not shown here.")));
      break;
    }
    const p = h("p", block.kind === "heading" ? "heading" : "");
    const end = Math.min(block.span.end, Math.max(limit, block.span.start));
    let at = block.span.start;
    while (k < marks.length && marks[k].span.end <= at) k++;
    for (; k < marks.length && marks[k].span.start < end; k++) {
      const { span, kind, suggestion } = marks[k];
      if (span.start < at) continue;
      if (span.start > at) p.append(text.slice(at, span.start));
      const mark = h("mark", `sty sty-${kind}`, text.slice(span.start, Math.min(span.end, end)));
      mark.dataset.style = kind;
      mark.title = suggestion ? t("{what}: try “{word}”", { what: nameOf(kind), word: suggestion }) : nameOf(kind);
      mark.dataset.tag = suggestion ? `→ ${suggestion}` : nameOf(kind);
      mark.tabIndex = -1;
      p.append(mark);
      at = Math.min(span.end, end);
    }
    if (at < end) p.append(text.slice(at, end));
    nodes.push(p);
  }
  container.replaceChildren(...nodes);
}
