// Small SVG charts built with DOM nodes (no innerHTML): a vertical histogram and horizontal bars.
const SVG = "http://www.w3.org/2000/svg";

function el(name, attributes = {}, text) {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** bins: [{ label, count, title }] */
export function histogram(bins, { width = 460, height = 150, title = "Number of sentences per length range" } = {}) {
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
export function bars(rows, { width = 460, row = 18 } = {}) {
  const labelWidth = 130;
  const height = Math.max(row, rows.length * row) + 4;
  const svg = el("svg", { viewBox: `0 0 ${width} ${height}`, role: "img" });
  svg.append(el("title", {}, "Most frequent terms"));
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
