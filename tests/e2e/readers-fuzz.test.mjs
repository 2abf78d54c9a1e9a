// Fuzzing the page's file readers (www/js/files.js: .jsonl, .html, .docx, .pdf) inside Chromium,
// where they run: generated and mutated inputs from a seeded generator, each reader's output
// checked against invariants, not only for not throwing.
// - .jsonl: every non-blank line is an article or a reported bad line, with its number; an
//   article's text is the line's "text".
// - .html: a string of trimmed lines and single blank lines between paragraphs; nothing from
//   script, style, template, svg, math, nav, form… is kept; nothing in the page runs (no dialog,
//   no flag set, no request).
// - .docx: generated document.xml (paragraphs, runs, deleted revisions) read back exactly; its
//   bytes mutated give text or an Error with a message, never another kind of failure or a hang.
// - .pdf: mutated bytes give text or an Error, within the batch's time.
// READERS_FUZZ_CASES sets the cases per reader (the normal run keeps it small: a smoke run);
// READERS_FUZZ_SEED the seed. Each batch runs in one page.evaluate, so a hang fails the test's
// timeout.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { docxFromXml, pdf, WORD_NS } from "./documents.mjs";
import { payloads } from "./payloads.mjs";
import { openPage, startPage } from "./harness.mjs";

const CASES = Number(process.env.READERS_FUZZ_CASES || 150);
const SEED = Number(process.env.READERS_FUZZ_SEED || 20261204);
const BATCH = 500;

let browser, base, stop, page, problems, requests;

before(async () => {
  ({ base, browser, stop } = await startPage());
  ({ page, problems } = await openPage(browser, base));
  requests = [];
  page.on("request", (r) => { if (!r.url().startsWith(base)) requests.push(r.url()); });
  page.on("dialog", (d) => { problems.push(`dialog: ${d.message()}`); d.dismiss(); });
});
after(async () => { await stop?.(); });

/** mulberry32: a small seeded generator, so a failing case can be made again from its seed. */
function generator(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  const pick = (list) => list[int(list.length)];
  return { next, int, pick };
}

const WORDS = ["Le", "maire", "a déclaré", "« Nous voulons »", "l’été", "Ünïcödé", "naïve", "😀", "東京", "שלום", "e\u0301",
  "\u200b", "\u200f", "\u0000", "\ud800", "&amp;", "&lt;script&gt;", "<", ">", "\"", "'", "\\", "\t", "\r\n", "\n", " ", "AFP",
  "12 %", "3 mars 2026"];
const XSS = payloads();

function words(g, n) {
  let s = "";
  for (let i = 0; i < n; i++) s += (i ? " " : "") + g.pick(g.next() < 0.1 ? XSS : WORDS);
  return s;
}

/** A JSONL file of good and bad lines: { content, expected: per non-blank line, its text or null }. */
function jsonlCase(g) {
  const lines = [];
  const expected = [];
  const n = 1 + g.int(12);
  for (let i = 0; i < n; i++) {
    const text = words(g, g.int(8));
    const kind = g.int(9);
    let line;
    let want = null;
    if (kind === 0) line = JSON.stringify({ id: `a${i}`, text });
    else if (kind === 1) line = JSON.stringify({ id: { nested: [i] }, text });
    else if (kind === 2) line = JSON.stringify({ id: i, text, extra: [1, { x: null }] });
    else if (kind === 3) line = JSON.stringify({ text }).slice(0, g.int(text.length + 10));
    else if (kind === 4) line = JSON.stringify({ id: "x", text: g.int(2) ? 5 : null });
    else if (kind === 5) line = words(g, 3).replace(/[\r\n]/g, " ");
    else if (kind === 6) line = "";
    else if (kind === 7) line = JSON.stringify({ text }).replace(/"text"/, '"text":"\\ud800", "t"');
    else line = JSON.stringify({ text, id: null });
    if (kind === 0 || kind === 1 || kind === 2 || kind === 8) want = text;
    if (kind === 7) want = "\ud800";
    lines.push(line);
    // A line cut short (kind 3) may still be JSON with a text: the reader decides.
    if (!line.trim()) expected.push({ blank: true });
    else if (kind === 3) expected.push({ either: true });
    else expected.push(want === null ? { bad: true } : { text: want });
  }
  const sep = g.int(2) ? "\r\n" : "\n";
  const bom = g.int(4) === 0 ? "\ufeff" : "";
  // As JSON, so that lone surrogates reach the page as they are.
  return { content: bom + lines.join(sep), expected: JSON.stringify(expected) };
}

const HTML_TAGS = ["p", "div", "span", "article", "main", "section", "h1", "h2", "pre", "table", "tr", "td", "ul", "li", "br",
  "b", "i", "a", "blockquote", "header", "footer", "figure", "figcaption"];
// Not form: inside a table the parser moves a form's text out of it, so the text is rightly kept.
const DROPPED = ["script", "style", "noscript", "template", "iframe", "object", "svg", "math", "nav", "aside", "button",
  "select", "textarea", "dialog"];
const MARK = "ZZDROPPEDZZ";

/** An HTML page: a random tree with a marker inside every element that must be dropped. */
function htmlCase(g) {
  const node = (depth) => {
    if (depth > 5 || g.next() < 0.3) return g.int(3) ? words(g, 1 + g.int(5)) : g.pick(XSS);
    if (g.next() < 0.12) {
      const tag = g.pick(DROPPED);
      // Inside a select the parser closes it at a nested select, input or textarea and keeps
      // what follows outside it: the marker is the select's own text only.
      const inner = tag === "select" ? words(g, 3) : node(depth + 1);
      return `<${tag}>${MARK} ${inner}</${tag}>`;
    }
    if (g.next() < 0.04) return `<p hidden>${MARK}</p><div aria-hidden="true">${MARK}</div>`;
    const tag = g.pick(HTML_TAGS);
    // Children apart by a space: a text ending in "<" next to a word would open a tag.
    let inner = "";
    for (let k = g.int(4); k >= 0; k--) inner += ` ${node(depth + 1)}`;
    return tag === "br" ? "<br>" : `<${tag}>${inner}</${tag}>`;
  };
  let html = `<!doctype html><html><head><title>${MARK}</title><style>${MARK}</style></head><body>${node(0)} ${node(0)}</body></html>`;
  const damaged = g.next() < 0.3;
  if (damaged) {
    // Raw damage: a cut, an unclosed tag, a stray comment or CDATA opener (it may open a dropped
    // element's marker to the text, so the marker is not checked then).
    const at = g.int(html.length);
    html = html.slice(0, at) + g.pick(["<", "<!--", "<![CDATA[", "</p", "<script>", "&", "\u0000", ""]) + html.slice(at + g.int(20));
  }
  return { html, damaged };
}

/** A document.xml of paragraphs, runs, tabs, breaks and deleted revisions: { xml, expected }. */
function docxCase(g) {
  // What XML 1.0 cannot hold is left out of the words; then & and < are escaped.
  const clean = (s) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/g, "").replace(/[\t\r\n]/g, " ");
  const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  const paragraphs = [];
  let body = "";
  for (let p = g.int(6); p >= 0; p--) {
    let text = "";
    let xml = "<w:p>";
    for (let r = g.int(4); r >= 0; r--) {
      const raw = clean(words(g, 1 + g.int(4)));
      const t = esc(raw);
      const kind = g.int(6);
      if (kind === 0) xml += `<w:del><w:r><w:delText>${MARK}${t}</w:delText></w:r></w:del>`;
      else if (kind === 1) { xml += `<w:r><w:t xml:space="preserve">${t}</w:t><w:tab/></w:r>`; text += `${raw}\t`; }
      else if (kind === 2) { xml += `<w:r><w:instrText>${MARK}</w:instrText><w:t>${t}</w:t></w:r>`; text += raw; }
      else { xml += `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`; text += raw; }
    }
    body += `${xml}</w:p>`;
    paragraphs.push(text);
  }
  return { xml: `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${WORD_NS}"><w:body>${body}</w:body></w:document>`, paragraphs };
}

/** `bytes` damaged: flips, interesting bytes, cuts, repeats and inserts. */
function mutate(g, bytes) {
  let b = Buffer.from(bytes);
  for (let m = 1 + g.int(4); m > 0; m--) {
    const at = g.int(b.length || 1);
    const kind = g.int(5);
    if (kind === 0 && b.length) b[at] ^= 1 << g.int(8);
    else if (kind === 1 && b.length) b[at] = g.pick([0, 0xff, 0x7f, 0x80, 0x50, 0x4b]);
    else if (kind === 2) b = b.subarray(0, at);
    else if (kind === 3) b = Buffer.concat([b.subarray(0, at), b.subarray(at, at + g.int(64)), b.subarray(at)]);
    else b = Buffer.concat([b.subarray(0, at), Buffer.from(Array.from({ length: 1 + g.int(16) }, () => g.int(256))), b.subarray(at)]);
  }
  return b;
}

/** Runs `cases` through the reader in the page, in batches; returns the failures. */
async function inPage(reader, cases) {
  const failures = [];
  for (let i = 0; i < cases.length; i += BATCH) {
    const batch = cases.slice(i, i + BATCH);
    failures.push(...await page.evaluate(async ({ reader, batch, MARK }) => {
      const files = await import("./js/files.js");
      const bytes = (b64) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const wellFormed = (text) => typeof text === "string"
        && text.split("\n").every((l) => l === l.trim())
        && !/\n\n\n/.test(text) && text === text.trim();
      const out = [];
      for (const c of batch) {
        const fail = (why) => out.push({ id: c.id, why });
        try {
          if (reader === "jsonl") {
            const { docs, bad } = files.readJsonl("f.jsonl", c.content);
            const expected = JSON.parse(c.expected);
            const lines = expected.filter((e) => !e.blank).length;
            if (docs.length + bad.length !== lines) fail(`${docs.length} articles + ${bad.length} bad lines for ${lines} lines`);
            const texts = expected.filter((e) => "text" in e).map((e) => e.text);
            const kept = texts.filter((t) => docs.some((d) => d.text === t)).length;
            if (kept < texts.length) fail(`${texts.length - kept} good lines lost`);
            const badLines = expected.filter((e) => e.bad).length;
            if (bad.length < badLines) fail(`${badLines - bad.length} bad lines not reported`);
            for (const m of bad) if (!/line \d+/.test(m)) fail(`a bad line without its number: ${m}`);
            for (const d of docs) if (typeof d.text !== "string" || typeof d.name !== "string") fail("an article without text or name");
          } else if (reader === "html") {
            const text = files.htmlText(c.html);
            if (!wellFormed(text)) fail(`badly shaped text: ${JSON.stringify(text.slice(0, 80))}`);
            if (!c.damaged && text.includes(MARK)) fail("text from a dropped element was kept");
          } else if (reader === "docx") {
            let text;
            try { text = await files.docxText(bytes(c.docx)); } catch (e) {
              if (!(e instanceof Error) || !e.message) fail(`failed without a message: ${e}`);
              else if (c.paragraphs) fail(`an intact document refused: ${e.message}`);
              continue;
            }
            if (!wellFormed(text)) fail("badly shaped text");
            if (text.includes(MARK)) fail("deleted or field text was kept");
            if (c.paragraphs) {
              const want = c.paragraphs.map((p) => p.split("\n").map((l) => l.trim()).filter(Boolean).join("\n")).filter(Boolean).join("\n\n");
              if (text !== want) fail(`read ${JSON.stringify(text.slice(0, 60))}, wrote ${JSON.stringify(want.slice(0, 60))}`);
            }
          } else {
            try {
              const text = await files.pdfText(bytes(c.pdf));
              if (!wellFormed(text)) fail("badly shaped text");
            } catch (e) {
              if (!(e instanceof Error) && !(e && typeof e.message === "string")) fail(`failed without a message: ${e}`);
            }
          }
        } catch (e) {
          fail(`threw: ${e && e.message}`);
        }
      }
      return out;
    }, { reader, batch, MARK }));
  }
  return failures;
}

function cases(reader, make) {
  const g = generator(SEED ^ [...reader].reduce((h, c) => Math.imul(h, 31) + c.charCodeAt(0), 7));
  return Array.from({ length: CASES }, (_, id) => ({ id, ...make(g) }));
}

test(`readers fuzz: .jsonl (${CASES} cases)`, { timeout: 600_000 }, async () => {
  const failures = await inPage("jsonl", cases("jsonl", jsonlCase));
  assert.deepEqual(failures.slice(0, 5), []);
});

test(`readers fuzz: .html (${CASES} cases), nothing runs`, { timeout: 600_000 }, async () => {
  const failures = await inPage("html", cases("html", htmlCase));
  assert.deepEqual(failures.slice(0, 5), []);
  const ran = await page.evaluate(() => ({ xss: window.__xss, title: document.title }));
  assert.equal(ran.xss, undefined, "a payload ran");
  assert.notEqual(ran.title, "pwned", "a payload ran");
  assert.deepEqual(problems.filter((p) => p.startsWith("dialog")), []);
  assert.deepEqual(requests, [], "no request outside the page");
});

test(`readers fuzz: .docx (${CASES} generated documents, ${CASES} damaged ones)`, { timeout: 600_000 }, async () => {
  const list = cases("docx", (g) => {
    const { xml, paragraphs } = docxCase(g);
    const file = docxFromXml(xml);
    return g.int(2) ? { docx: file.toString("base64"), paragraphs } : { docx: mutate(g, file).toString("base64") };
  });
  const failures = await inPage("docx", list);
  assert.deepEqual(failures.slice(0, 5), []);
});

test(`readers fuzz: .pdf (${Math.ceil(CASES / 5)} damaged files)`, { timeout: 600_000 }, async () => {
  const g = generator(SEED + 5);
  const file = pdf(["Le conseil municipal a voté le budget.", "La séance a été levée à 22 h.", "Fin du compte rendu."]);
  const list = Array.from({ length: Math.ceil(CASES / 5) }, (_, id) => ({ id, pdf: mutate(g, file).toString("base64") }));
  const failures = await inPage("pdf", list);
  assert.deepEqual(failures.slice(0, 5), []);
  assert.deepEqual(problems.filter((p) => !p.startsWith("console")), [], "no page error");
});
