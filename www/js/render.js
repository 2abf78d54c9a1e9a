// Rendering of results with DOM nodes and textContent only: the article's text is data and is
// never parsed as HTML.
import { bars, histogram } from "./charts.js";
import { READER_LIMIT } from "./limits.js";

export { READER_LIMIT };

const number = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });

function h(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function duration(seconds) {
  if (seconds < 1) return seconds > 0 ? "under 1 s" : "0 s";
  const minutes = Math.floor(seconds / 60);
  const rest = Math.round(seconds - minutes * 60);
  if (minutes === 0) return `${rest} s`;
  if (minutes >= 60) return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
  return rest ? `${minutes} min ${rest} s` : `${minutes} min`;
}

export function renderCounts(container, stats) {
  const longest = stats.longestSentence === null ? null : stats.sentenceDetails[stats.longestSentence];
  const items = [
    ["Words", number.format(stats.words)],
    ["Characters", number.format(stats.characters)],
    ["Without spaces", number.format(stats.charactersNoSpaces)],
    ["Sentences", number.format(stats.sentences)],
    ["Paragraphs", number.format(stats.paragraphs)],
    ["Headings", number.format(stats.headings)],
    ["Unique words", number.format(stats.uniqueWords)],
    ["Reading time", duration(stats.timing.readingSeconds), `${stats.timing.readingWpm} words per minute — ${stats.timing.source}`],
    ["Speaking time", duration(stats.timing.speakingSeconds), `${stats.timing.speakingWpm} words per minute`],
    ["Mean sentence", `${number.format(stats.meanSentenceWords)} words`, `median ${number.format(stats.medianSentenceWords)} words`],
    ["Longest sentence", longest ? `${longest.words} words` : "—"],
    ["Hard sentences", `${stats.hardSentences} + ${stats.veryHardSentences}`, "hard + very hard to read"],
  ];
  const nodes = items.map(([label, value, title]) => {
    const box = h("div");
    box.dataset.stat = label.toLowerCase().replace(/ /g, "-");
    if (title) box.title = title;
    box.append(h("dt", "", label), h("dd", "", value));
    return box;
  });
  container.replaceChildren(...nodes);
}

export function renderReadability(container, stats) {
  if (stats.readability.length === 0) {
    container.replaceChildren(h("p", "hint", stats.words ? "No readability formula applies to this text or language." : "—"));
    return;
  }
  const boxes = stats.readability.map((r) => {
    const box = h("div", "score");
    const band = h("div", "band", r.interpretation);
    if (r.grade !== null && r.scale !== "grade") band.append(` · grade ${number.format(r.grade)}`);
    box.append(h("div", "name", r.name), h("div", "value", number.format(r.score)), band);
    if (r.caveat) box.append(h("div", "caveat", r.caveat));
    box.title = `${r.name}, ${r.source}`;
    return box;
  });
  const summary = stats.readabilitySummary ? [h("p", "summary", stats.readabilitySummary.text)] : [];
  const scores = h("div", "scores");
  scores.append(...boxes);
  container.replaceChildren(...summary, scores);
}

export function renderHistogram(container, stats) {
  const bins = stats.histogram.map((b) => ({
    label: b.to === null ? `${b.from}+` : `${b.from}–${b.to}`,
    count: b.count,
    title: `${b.count} sentence${b.count === 1 ? "" : "s"} of ${b.to === null ? `${b.from} words or more` : `${b.from} to ${b.to} words`}`,
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
  const mtld = v.mtld === null ? "MTLD needs at least 50 words" : `MTLD ${number.format(v.mtld)}`;
  diversity.textContent = `Lexical diversity: type–token ratio ${number.format(v.typeTokenRatio)} (${v.types} distinct of ${v.tokens} words); ${mtld}.`;
}

export function renderNotes(container, notes) {
  container.replaceChildren(...notes.map((n) => {
    const li = h("li", "", n.message);
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
        ? `repeated ${count}×${group.exact ? "" : ` (${Math.round(group.similarity * 100)}% similar)`}`
        : `repeat ${i + 1} of ${count}`;
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
      nodes.push(h("p", "more", `The remaining ${number.format((stats.blockCount ?? stats.blocks.length) - b)} paragraphs are counted in the statistics but not shown here.`));
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
        if (sentence.difficulty !== "ok") {
          mark.classList.add(sentence.difficulty === "hard" ? "hard" : "very-hard");
          titles.push(`${sentence.difficulty === "hard" ? "Hard" : "Very hard"} to read: ${sentence.words} words${sentence.score === null ? "" : `, score ${sentence.score}`}`);
        }
        if (repeat) {
          mark.classList.add("repeat-sentence");
          titles.push(`Sentence ${repeat}`);
        }
        if (reuse) {
          mark.classList.add("reused");
          mark.dataset.passage = String(reuse.index);
          titles.push(`Also in ${reuse.label}; click to compare`);
        }
        mark.title = titles.join("; ");
        mark.dataset.tag = [
          sentence.difficulty === "ok" ? "" : `${sentence.difficulty === "hard" ? "hard" : "very hard"} · ${sentence.words} words`,
          repeat ?? "",
          reuse ? `also in ${reuse.label}` : "",
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
      nodes.push(h("p", "more", "The rest of the text is counted in the statistics but not shown here."));
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
