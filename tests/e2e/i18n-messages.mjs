// The interface's English messages, found in the sources as the page's translation finds them:
// every string literal given to t(), tn() or msg() and every literal Error message in www/js,
// and every text and title / placeholder / aria-label of www/index.html outside a
// data-no-translate element. Run directly, it prints those the French catalogue lacks.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const LITERAL = String.raw`"((?:[^"\\]|\\.)*)"`;
const unquote = (s) => JSON.parse(`"${s}"`);

/** The messages of one script's source. */
export function scriptMessages(source) {
  const found = [];
  const patterns = [
    new RegExp(String.raw`\b(?:t|msg)\(\s*${LITERAL}`, "g"),
    new RegExp(String.raw`\btn\([^,"]+,\s*${LITERAL},\s*${LITERAL}`, "g"),
    new RegExp(String.raw`new Error\(\s*${LITERAL}\s*\)`, "g"),
  ];
  for (const re of patterns) for (const m of source.matchAll(re)) found.push(...m.slice(1).filter((x) => x !== undefined).map(unquote));
  return found;
}

/** The messages of the page's markup. */
export function markupMessages(html) {
  const body = html.slice(html.indexOf("<body"));
  const found = [];
  let skipDepth = 0;
  // Tags and the text between them, in order; a data-no-translate element is skipped whole.
  for (const m of body.matchAll(/<(\/?)([a-z0-9]+)([^>]*)>|([^<]+)/g)) {
    const [, closing, tag, attrs, text] = m;
    if (text !== undefined) {
      if (skipDepth === 0 && /\p{L}/u.test(text)) found.push(text.trim().replace(/&amp;/g, "&"));
      continue;
    }
    const voids = ["input", "meta", "link", "br", "img"];
    if (skipDepth > 0) {
      if (voids.includes(tag)) continue;
      skipDepth += closing ? -1 : 1;
      continue;
    }
    if (!closing && /\bdata-no-translate\b/.test(attrs) && !voids.includes(tag)) { skipDepth = 1; continue; }
    for (const a of attrs.matchAll(/\b(title|placeholder|aria-label)="([^"]*)"/g)) found.push(a[2]);
  }
  return found;
}

/** Every message of the interface, once each. */
export function allMessages() {
  const dir = path.join(root, "www/js");
  const messages = [];
  for (const f of readdirSync(dir)) {
    if (f.endsWith(".js") && f !== "fr.js") messages.push(...scriptMessages(readFileSync(path.join(dir, f), "utf8")));
  }
  messages.push(...markupMessages(readFileSync(path.join(root, "www/index.html"), "utf8")));
  return [...new Set(messages)];
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { FR } = await import(pathToFileURL(path.join(root, "www/js/fr.js")).href);
  for (const m of allMessages()) if (!(m in FR)) console.log(JSON.stringify(m));
}
