// Small SVG charts built with DOM nodes (no innerHTML): a vertical histogram and horizontal bars.
import { t } from "./i18n.js";

const SVG = "http://www.w3.org/2000/svg";

function el(name, attributes = {}, text) {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** bins: [{ label, count, title }] */
export function histogram(bins, { width = 460, height = 150, title = t("Number of sentences per length range") } = {}) {
  const svg = el("svg", { viewBox: `0 0 ${width} ${height}`, role: "img" });
  const max = Math.max(1, ...bins.map((b) => b.count));
  const left = 8, bottom = 22, top = 16;
  const step = (width - left * 2) / Math.max(1, bins.length);
  const plot = height - bottom - top;
  svg.append(el("title", {}, title));
  bins.forEach((bin, i) => {
    const h = Math.round((bin.count / max) * plot);
    const x = left + i * step;
    const bar = el("rect", { class: "bar", x: x + 3, y: top + plot - h, width: Math.max(1, step - 6), height: h });
    bar.append(el("title", {}, bin.title));
    svg.append(bar);
    if (bin.count > 0) svg.append(el("text", { x: x + step / 2, y: top + plot - h - 3, "text-anchor": "middle" }, String(bin.count)));
    svg.append(el("text", { x: x + step / 2, y: height - 6, "text-anchor": "middle" }, bin.label));
  });
  svg.append(el("line", { class: "axis", x1: left, x2: width - left, y1: top + plot + 0.5, y2: top + plot + 0.5 }));
  return svg;
}

/** rows: [{ label, count, title }] */
export function bars(rows, { width = 460, row = 18, title = t("Most frequent terms") } = {}) {
  const labelWidth = 130;
  const height = Math.max(row, rows.length * row) + 4;
  const svg = el("svg", { viewBox: `0 0 ${width} ${height}`, role: "img" });
  svg.append(el("title", {}, title));
  const max = Math.max(1, ...rows.map((r) => r.count));
  rows.forEach((r, i) => {
    const y = i * row + 2;
    svg.append(el("text", { x: labelWidth - 6, y: y + row * 0.7, "text-anchor": "end" }, r.label));
    const w = Math.max(2, Math.round(((width - labelWidth - 40) * r.count) / max));
    const bar = el("rect", { class: i % 2 ? "bar alt" : "bar", x: labelWidth, y: y + 2, width: w, height: row - 5 });
    bar.append(el("title", {}, r.title));
    svg.append(bar);
    svg.append(el("text", { x: labelWidth + w + 4, y: y + row * 0.7 }, String(r.count)));
  });
  return svg;
}

/**
 * A word cloud: words: [{ label, count, title }], laid out in rows, the font size growing with
 * the square root of the count (12 to 40 px), most frequent first; `onPick(word)` on a click.
 */
export function cloud(words, { width = 460, onPick } = {}) {
  const max = Math.max(1, ...words.map((w) => w.count));
  const min = Math.min(max, ...words.map((w) => w.count));
  const size = (c) => (max === min ? 22 : 12 + 28 * Math.sqrt((c - min) / (max - min)));
  const placed = [];
  let x = 0, y = 0, rowHeight = 0;
  for (const w of words) {
    const fs = Math.round(size(w.count));
    const wide = Math.ceil(fs * 0.58 * [...w.label].length) + 12; // an estimate: no text is measured
    if (x > 0 && x + wide > width) { y += rowHeight; x = 0; rowHeight = 0; }
    placed.push({ w, fs, x, y });
    x += wide;
    rowHeight = Math.max(rowHeight, Math.round(fs * 1.25));
  }
  const height = y + rowHeight + 4;
  const svg = el("svg", { viewBox: `0 0 ${width} ${height}`, role: "img", class: "cloud" });
  svg.append(el("title", {}, t("Word cloud of the frequent terms")));
  placed.forEach(({ w, fs, x, y }, i) => {
    const word = el("text", { x, y: y + fs, "font-size": fs, class: i % 2 ? "word alt" : "word" }, w.label);
    word.append(el("title", {}, w.title));
    if (onPick) word.addEventListener("click", () => onPick(w));
    svg.append(word);
  });
  return svg;
}
