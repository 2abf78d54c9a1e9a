// Files in: each dropped or opened file becomes articles ({ name, text }) or a message saying why
// not. Nothing in a file is ever rendered or run:
// - .txt, .md: the text as it is (UTF-8).
// - .jsonl: one article per line, { "id"?, "text" }; bad lines are reported with their numbers.
// - .html: parsed by the browser's DOMParser into an inert document (scripts do not run, nothing
//   loads), reduced to its article: the <article> with the most text, else <main>, else <body>,
//   without scripts, styles, navigation, forms and asides; headings and paragraphs kept as
//   paragraphs (the core finds headings by their shape).
// - .docx: a zip archive (PKWARE APPNOTE: end-of-central-directory record, central directory,
//   local headers) whose word/document.xml is inflated by the platform's DecompressionStream and
//   read with DOMParser as XML: the text of each w:p, tabs and breaks kept, deleted revisions left
//   out.
// - .pdf: its text layer by pdf.js (Mozilla, Apache-2.0), loaded only when a PDF arrives; lines
//   joined into paragraphs where the vertical gap is no larger than a line's.
// - anything else: refused with its type named, and no article made.
import { transform } from "./streams.js";
import { num, t } from "./i18n.js";

/** Larger files are refused before they are read (the page's own limit is the core's 64 MiB). */
const MAX_FILE_BYTES = 64 * 1024 * 1024;
/** A .jsonl file larger than this is an archive: read by the worker in chunks for its reuse
 * (archive.js), not opened as articles in the workspace. */
export const ARCHIVE_OVER = 16 * 1024 * 1024;

/** Is `file` a .jsonl archive to read in the worker? */
export const isArchive = (file) => fileKind(file) === "jsonl" && file.size > ARCHIVE_OVER;
/** A .docx part may unfold to this much, at most. */
const MAX_INFLATED = 256 * 1024 * 1024;
const TEXT_TYPES = /\.(txt|text|md|markdown)$/i;
const KINDS = [
  [/\.jsonl$/i, "jsonl"], [TEXT_TYPES, "text"], [/\.(html?|xhtml)$/i, "html"], [/\.docx$/i, "docx"], [/\.pdf$/i, "pdf"],
];

/** What kind of file this is, by its name, then its MIME type. */
export function fileKind(file) {
  for (const [pattern, kind] of KINDS) if (pattern.test(file.name)) return kind;
  const type = file.type || "";
  if (type === "text/html" || type === "application/xhtml+xml") return "html";
  if (type === "application/pdf") return "pdf";
  if (type === "application/vnd.openxmlformats-officedocument.wordprocessingml.document") return "docx";
  if (type.startsWith("text/") || type === "") return /\.[A-Za-z0-9]{1,8}$/.test(file.name) && type === "" ? null : "text";
  return null;
}

/**
 * The articles in `file`: { docs: [{ name, text }], bad: [messages] }, or { refused: message }
 * when the file cannot be read as articles.
 */
/** Files larger than this are decoded chunk by chunk (a 30 MB file decoded at once held the
 * main thread 480-560 ms); smaller ones at once. */
const STREAM_DECODE_OVER = 4_000_000;
/** The decoding gives the page back its thread this often: chunks already read resolve in
 * microtasks, one after the other, which would make one long task of the whole file (30 MB of
 * binary junk: 334 ms). */
const YIELD_EVERY_MS = 30;

/** The file's text, UTF-8 (a BOM dropped, bad bytes as U+FFFD, as File.text() reads it). */
async function fileText(file) {
  if (file.size <= STREAM_DECODE_OVER) return file.text();
  const parts = [];
  const reader = file.stream().pipeThrough(new TextDecoderStream()).getReader();
  let since = performance.now();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
    if (performance.now() - since > YIELD_EVERY_MS) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      since = performance.now();
    }
  }
  return parts.join("");
}

export async function readFile(file) {
  const kind = fileKind(file);
  if (kind === null) {
    const what = file.type ? t("a file of type {type}", { type: file.type }) : t("a file of a type this page does not know");
    return { refused: t("“{name}” is {what}: this page reads .txt, .md, .jsonl, .html, .docx and .pdf files.", { name: file.name, what }) };
  }
  if (file.size > MAX_FILE_BYTES) {
    return { refused: t("“{name}” is {size} MiB; the limit is {limit} MiB.", { name: file.name, size: num(Math.round(file.size / 1024 / 1024)), limit: num(MAX_FILE_BYTES / 1024 / 1024) }) };
  }
  try {
    if (kind === "jsonl") return readJsonl(file.name, await fileText(file));
    if (kind === "text") return { docs: [{ name: file.name, text: await fileText(file) }], bad: [] };
    if (kind === "html") return single(file.name, htmlText(await fileText(file)));
    if (kind === "docx") return single(file.name, await docxText(new Uint8Array(await file.arrayBuffer())));
    return single(file.name, await pdfText(new Uint8Array(await file.arrayBuffer())));
  } catch (error) {
    const as = kind === "text" ? t("text") : t("a .{kind} file", { kind });
    return { refused: t("“{name}” could not be read as {as}: {why}.", { name: file.name, as, why: t(error.message) }) };
  }
}

function single(name, text) {
  if (!text.trim()) return { refused: t("“{name}” holds no text to analyse.", { name }) };
  return { docs: [{ name, text }], bad: [] };
}

/** A .jsonl file: one { id, text } per line; bad lines reported with their numbers. */
export function readJsonl(name, content) {
  const docs = [];
  const bad = [];
  content.replace(/^\uFEFF/, "").split(/\r?\n/).forEach((line, n) => {
    if (!line.trim()) return;
    let d;
    try { d = JSON.parse(line); } catch { bad.push(t("{name} line {n}: not JSON", { name, n: n + 1 })); return; }
    if (!d || typeof d.text !== "string") { bad.push(t("{name} line {n}: no “text” string", { name, n: n + 1 })); return; }
    const id = d.id === undefined || d.id === null ? `${name}:${n + 1}` : typeof d.id === "string" ? d.id : JSON.stringify(d.id);
    docs.push({ name: id, text: d.text });
  });
  return { docs, bad };
}

const DROPPED = "script, style, noscript, template, iframe, frame, object, embed, svg, math, canvas, nav, aside, form, "
  + "button, select, textarea, input, dialog, [hidden], [aria-hidden='true'], [role='navigation'], [role='complementary']";
const BLOCKS = new Set(["ADDRESS", "ARTICLE", "BLOCKQUOTE", "DD", "DIV", "DL", "DT", "FIGCAPTION", "FIGURE", "FOOTER",
  "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "MAIN", "OL", "P", "PRE", "SECTION", "TABLE", "TR", "UL"]);

/** The article text of an HTML page, read from an inert parsed document. */
export function htmlText(html) {
  const doc = new DOMParser().parseFromString(html, "text/html");
  const articles = [...doc.querySelectorAll("article")];
  let root = articles.length
    ? articles.reduce((best, a) => (a.textContent.length > best.textContent.length ? a : best))
    : doc.querySelector("main, [role='main']");
  if (!root) {
    root = doc.body;
    if (!root) return "";
    for (const n of root.querySelectorAll("body > header, body > footer")) n.remove();
  }
  for (const n of root.querySelectorAll(DROPPED)) n.remove();
  const out = [];
  walkHtml(root, out, false);
  return paragraphs(out.join(""));
}

function walkHtml(node, out, pre) {
  for (const child of node.childNodes) {
    if (child.nodeType === 3) {
      out.push(pre ? child.data : child.data.replace(/[ \t\r\n\f]+/g, " "));
    } else if (child.nodeType === 1) {
      const tag = child.tagName;
      if (tag === "BR") { out.push("\n"); continue; }
      const block = BLOCKS.has(tag);
      if (block) out.push("\n\n");
      else if (tag === "TD" || tag === "TH") out.push("\t");
      walkHtml(child, out, pre || tag === "PRE");
      if (block) out.push("\n\n");
    }
  }
}

/** Lines trimmed, runs of blank lines made one, so that paragraphs are separated by one blank line. */
function paragraphs(text) {
  return text.split(/\n{2,}/).map((p) => p.split("\n").map((l) => l.trim()).filter(Boolean).join("\n"))
    .filter(Boolean).join("\n\n");
}

// ---- .docx ----

const WORD = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/** The entries of a zip archive's central directory: name -> { method, compressed, local }. */
function zipEntries(bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) throw new Error("it is not a zip archive, as a .docx file is");
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const entries = new Map();
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) throw new Error("its zip directory is damaged");
    const nameLength = view.getUint16(at + 28, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.set(name, { method: view.getUint16(at + 10, true), compressed: view.getUint32(at + 20, true), local: view.getUint32(at + 42, true) });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

async function zipPart(bytes, entry) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.local;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50) throw new Error("its zip entries are damaged");
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const data = bytes.subarray(start, start + entry.compressed);
  if (entry.method === 0) return data;
  if (entry.method !== 8) throw new Error(`its text is compressed with method ${entry.method}, which this page does not read`);
  return transform(data, new DecompressionStream("deflate-raw"), MAX_INFLATED, "its text");
}

/** The text of a .docx document, paragraph by paragraph. */
export async function docxText(bytes) {
  const entry = zipEntries(bytes).get("word/document.xml");
  if (!entry) throw new Error("it has no word/document.xml, so it is not a Word document");
  const xml = new TextDecoder().decode(await zipPart(bytes, entry));
  const doc = new DOMParser().parseFromString(xml, "application/xml");
  if (doc.getElementsByTagName("parsererror").length) throw new Error("its document.xml is not well-formed XML");
  const out = [];
  walkDocx(doc.documentElement, out);
  return paragraphs(out.join(""));
}

function walkDocx(node, out) {
  for (const child of node.children) {
    if (child.namespaceURI === WORD) {
      const name = child.localName;
      if (name === "t") { out.push(child.textContent); continue; }
      if (name === "tab") { out.push("\t"); continue; }
      if (name === "br" || name === "cr") { out.push("\n"); continue; }
      if (name === "delText" || name === "instrText" || name === "del") continue;
      if (name === "p") { walkDocx(child, out); out.push("\n\n"); continue; }
    }
    walkDocx(child, out);
  }
}

// ---- .pdf ----

let pdfjs = null;

/** The text layer of a PDF, page by page, lines joined into paragraphs by their spacing. */
export async function pdfText(bytes) {
  if (!pdfjs) {
    pdfjs = await import("../vendor/pdfjs/pdf.min.mjs");
    pdfjs.GlobalWorkerOptions.workerSrc = new URL("../vendor/pdfjs/pdf.worker.min.mjs", import.meta.url).href;
  }
  const task = pdfjs.getDocument({
    data: bytes, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false,
    standardFontDataUrl: new URL("../vendor/pdfjs/standard_fonts/", import.meta.url).href,
  });
  const pages = [];
  // Destroyed whatever happens: a damaged file that never opens would otherwise keep its loading
  // task (a worker's memory each), and a few thousand of them crash the tab.
  try {
    const pdf = await task.promise;
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      pages.push(pageText((await page.getTextContent()).items));
      page.cleanup();
    }
  } finally {
    await task.destroy();
  }
  const text = paragraphs(pages.join("\n\n"));
  if (!text.trim()) throw new Error("it has no text layer (a scanned document needs OCR first)");
  return text;
}

function pageText(items) {
  const lines = [];
  let line = "";
  let y = null;
  let height = 0;
  for (const item of items) {
    if (typeof item.str !== "string") continue;
    const top = item.transform ? item.transform[5] : null;
    if (line && top !== null && y !== null && Math.abs(y - top) > 0.5) {
      lines.push({ text: line, y, height });
      line = "";
      height = 0;
    }
    line += item.str;
    if (top !== null) y = top;
    height = Math.max(height, item.height || 0);
    if (item.hasEOL) {
      lines.push({ text: line, y, height });
      line = "";
      height = 0;
    }
  }
  if (line) lines.push({ text: line, y, height });
  let out = "";
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (!l.text.trim()) continue;
    if (out) {
      const prev = lines[i - 1];
      const gap = prev && prev.y !== null && l.y !== null ? Math.abs(prev.y - l.y) : 0;
      const lineHeight = Math.max(prev ? prev.height : 0, l.height) || 12;
      out += gap > lineHeight * 1.6 ? "\n\n" : "\n";
    }
    out += l.text.trim();
  }
  return out;
}
