// Rendering of results with DOM nodes and textContent only: the article's text is data and is
// never parsed as HTML.
import { bars, histogram } from "./charts.js";
import { READER_LIMIT } from "./limits.js";
import { coreSentence, msg, num, percent as percentOf, t, tn } from "./i18n.js";

export { READER_LIMIT };

function h(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function duration(seconds) {
  if (seconds < 1) return seconds > 0 ? t("under 1 s") : t("0 s");
  const minutes = Math.floor(seconds / 60);
  const rest = Math.round(seconds - minutes * 60);
  if (minutes === 0) return t("{s} s", { s: rest });
  if (minutes >= 60) return t("{h} h {min} min", { h: Math.floor(minutes / 60), min: minutes % 60 });
  return rest ? t("{min} min {s} s", { min: minutes, s: rest }) : t("{min} min", { min: minutes });
}

export function renderCounts(container, stats) {
  const longest = stats.longestSentence === null ? null : stats.sentenceDetails[stats.longestSentence];
  const items = [
    [msg("Words"), num(stats.words)],
    [msg("Characters"), num(stats.characters)],
    [msg("Without spaces"), num(stats.charactersNoSpaces)],
    [msg("Sentences"), num(stats.sentences)],
    [msg("Paragraphs"), num(stats.paragraphs)],
    [msg("Headings"), num(stats.headings)],
    [msg("Unique words"), num(stats.uniqueWords)],
    [msg("Reading time"), duration(stats.timing.readingSeconds), `${t("{n} words per minute", { n: stats.timing.readingWpm })} — ${stats.timing.source}`],
    [msg("Speaking time"), duration(stats.timing.speakingSeconds), t("{n} words per minute", { n: stats.timing.speakingWpm })],
    [msg("Mean sentence"), tn(stats.meanSentenceWords, "{n} word", "{n} words"), t("median {n} words", { n: num(stats.medianSentenceWords) })],
    [msg("Longest sentence"), longest ? tn(longest.words, "{n} word", "{n} words") : "—"],
    [msg("Hard sentences"), `${stats.hardSentences} + ${stats.veryHardSentences}`, t("hard + very hard to read")],
  ];
  const nodes = items.map(([label, value, title]) => {
    const box = h("div");
    // The key stays English whatever the interface language: tests and styles find boxes by it.
    box.dataset.stat = label.toLowerCase().replace(/ /g, "-");
    if (title) box.title = title;
    box.append(h("dt", "", t(label)), h("dd", "", value));
    return box;
  });
  container.replaceChildren(...nodes);
}

export function renderReadability(container, stats) {
  if (stats.readability.length === 0) {
    container.replaceChildren(h("p", "hint", stats.words ? t("No readability formula applies to this text or language.") : "—"));
    return;
  }
  const boxes = stats.readability.map((r) => {
    const box = h("div", "score");
    const band = h("div", "band", t(r.interpretation));
    if (r.grade !== null && r.scale !== "grade") band.append(` · ${t("grade {n}", { n: num(r.grade) })}`);
    box.append(h("div", "name", r.name), h("div", "value", num(r.score)), band);
    if (r.caveat) box.append(h("div", "caveat", coreSentence(r.caveat)));
    box.title = `${r.name}, ${r.source}`;
    return box;
  });
  const summary = stats.readabilitySummary ? [h("p", "summary", summaryLine(stats.readabilitySummary))] : [];
  const scores = h("div", "scores");
  scores.append(...boxes);
  container.replaceChildren(...summary, scores);
}

/** Each band's name at the start of the summary line; the core's `interpretation` (the same
 * names in lower case) and `audience` are closed sets too, so the catalogue holds them all. */
const BAND_NAMES = {
  veryEasy: msg("Very easy"), easy: msg("Easy"), fairlyEasy: msg("Fairly easy"), standard: msg("Standard"),
  fairlyDifficult: msg("Fairly difficult"), difficult: msg("Difficult"), veryDifficult: msg("Very difficult"),
};
// The core's interpretations and audiences, for the catalogue.
msg("very easy"); msg("easy"); msg("fairly easy"); msg("standard"); msg("fairly difficult"); msg("difficult"); msg("very difficult");
msg("young readers, from the end of primary school"); msg("readers from about 11 years old"); msg("readers from about 12 years old");
msg("most adults: the level of the general press"); msg("readers with a full secondary education");
msg("readers with some higher education"); msg("university graduates and specialists");

/** The summary line in the interface language, built as the core builds its `text`. */
function summaryLine(s) {
  const band = BAND_NAMES[s.band];
  if (!band) return s.text;
  const vars = { band: t(band), audience: t(s.audience), grade: s.grade === null ? null : Math.max(1, Math.round(s.grade)) };
  return s.grade === null ? t("{band} to read: {audience}.", vars) : t("{band} to read (about US grade {grade}): {audience}.", vars);
}

export function renderHistogram(container, stats) {
  const bins = stats.histogram.map((b) => ({
    label: b.to === null ? `${b.from}+` : `${b.from}–${b.to}`,
    count: b.count,
    title: b.to === null
      ? tn(b.count, "{n} sentence of {from} words or more", "{n} sentences of {from} words or more", { from: b.from })
      : tn(b.count, "{n} sentence of {from} to {to} words", "{n} sentences of {from} to {to} words", { from: b.from, to: b.to }),
  }));
  container.replaceChildren(histogram(bins));
}

export function renderTerms(container, diversity, stats) {
  const top = stats.vocabulary.topTerms.slice(0, 15);
  if (top.length === 0) container.replaceChildren(h("p", "hint", "—"));
  else container.replaceChildren(bars(top.map((t) => ({
    label: t.term,
    count: t.count,
    title: t.forms.map((f) => `${f.form} ×${f.count}`).join(", "),
  }))));
  const v = stats.vocabulary;
  const mtld = v.mtld === null ? t("MTLD needs at least 50 words") : `MTLD ${num(v.mtld)}`;
  diversity.textContent = t("Lexical diversity: type–token ratio {ttr} ({types} distinct of {tokens} words); {mtld}.", { ttr: num(v.typeTokenRatio), types: num(v.types), tokens: num(v.tokens), mtld });
}

export function renderNotes(container, notes) {
  container.replaceChildren(...notes.map((n) => {
    const li = h("li", "", coreSentence(n.message));
    li.dataset.code = n.code;
    return li;
  }));
}

/**
 * The text, paragraph by paragraph, with hard sentences, repeats and reuse marked. `repeats` are
 * the repeat groups of this text ({ kind, spans }): every occurrence is marked with its rank.
 * `reused` are the passages of this text found in other articles ({ start, end, label, index },
 * sorted by start): a sentence at least half inside them is marked as reused, with the articles
 * it is found in as its title and `data-passage` the index of its first passage in the list.
 */
export function renderReader(container, text, stats, { repeats = [], reused = [], limit = READER_LIMIT } = {}) {
  const repeatOf = new Map(); // "start:end" -> label
  for (const group of repeats) {
    const count = group.count ?? group.spans.length;
    group.spans.forEach((span, i) => {
      const label = i === 0
        ? (group.exact ? t("repeated {n}×", { n: count }) : t("repeated {n}× ({share} similar)", { n: count, share: percentOf(group.similarity) }))
        : t("repeat {i} of {n}", { i: i + 1, n: count });
      repeatOf.set(`${span.start}:${span.end}`, label);
    });
  }
  const reuseOf = reuseSweep(reused);
  const nodes = [];
  let s = 0;
  const sentences = stats.sentenceDetails;
  for (let b = 0; b < stats.blocks.length; b++) {
    const block = stats.blocks[b];
    if (block.span.start > limit) {
      nodes.push(h("p", "more", t("The remaining {n} paragraphs are counted in the statistics but not shown here.", { n: num((stats.blockCount ?? stats.blocks.length) - b) })));
      break;
    }
    const p = h("p", block.kind === "heading" ? "heading" : "");
    const blockRepeat = repeatOf.get(`${block.span.start}:${block.span.end}`);
    if (blockRepeat) {
      p.classList.add("repeat");
      p.append(h("span", "marker", `↻ ${blockRepeat}`));
    }
    let at = block.span.start;
    while (s < sentences.length && sentences[s].span.start < block.span.end) {
      if (sentences[s].span.start > limit) break;
      const sentence = sentences[s++];
      if (sentence.span.start > at) p.append(text.slice(at, sentence.span.start));
      const body = text.slice(sentence.span.start, sentence.span.end);
      const repeat = blockRepeat ? undefined : repeatOf.get(`${sentence.span.start}:${sentence.span.end}`);
      const reuse = reuseOf(sentence.span);
      if (sentence.difficulty === "ok" && !repeat && !reuse) {
        p.append(body);
      } else {
        const mark = h("mark", "s", body);
        const titles = [];
        const words = tn(sentence.words, "{n} word", "{n} words");
        if (sentence.difficulty !== "ok") {
          mark.classList.add(sentence.difficulty === "hard" ? "hard" : "very-hard");
          const how = sentence.difficulty === "hard" ? t("Hard to read") : t("Very hard to read");
          titles.push(`${how}: ${words}${sentence.score === null ? "" : `, ${t("score {n}", { n: num(sentence.score) })}`}`);
        }
        if (repeat) {
          mark.classList.add("repeat-sentence");
          titles.push(t("Sentence {what}", { what: repeat }));
        }
        if (reuse) {
          mark.classList.add("reused");
          mark.dataset.passage = String(reuse.index);
          titles.push(t("Also in {where}; click to compare", { where: reuse.label }));
        }
        mark.title = titles.join("; ");
        mark.dataset.tag = [
          sentence.difficulty === "ok" ? "" : `${sentence.difficulty === "hard" ? t("hard") : t("very hard")} · ${words}`,
          repeat ?? "",
          reuse ? t("also in {where}", { where: reuse.label }) : "",
        ].filter(Boolean).join(" · ");
        mark.tabIndex = -1;
        p.append(mark);
      }
      at = sentence.span.end;
    }
    const end = Math.min(block.span.end, Math.max(at, limit));
    if (at < end) p.append(text.slice(at, end));
    nodes.push(p);
    if (end < block.span.end) {
      nodes.push(h("p", "more", t("The rest of the text is counted in the statistics but not shown here.")));
      break;
    }
  }
  container.replaceChildren(...nodes);
}

/**
 * A lookup, for sentences asked in text order, of the reused passage that covers at least half
 * of each (the one covering most of it), or null: one sweep over the sorted passages, so a text
 * with thousands of sentences and passages costs their sum, not their product.
 */
function reuseSweep(reused) {
  let first = 0;
  return (span) => {
    while (first < reused.length && reused[first].end <= span.start) first++;
    let best = null;
    let bestCover = 0;
    for (let i = first; i < reused.length && reused[i].start < span.end; i++) {
      const r = reused[i];
      const cover = Math.min(r.end, span.end) - Math.max(r.start, span.start);
      if (cover > bestCover) { best = r; bestCover = cover; }
    }
    return best && bestCover * 2 >= span.end - span.start ? best : null;
  };
}

export { h };
