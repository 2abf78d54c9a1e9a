// The interface language: English or French, chosen once (the browser's language first, then the
// reader's choice, kept in localStorage) and applied everywhere by `t`, gettext's way: the English
// text is the key, so the page reads in English with no catalogue at all, and `fr.js` maps each
// English message to its French one. Placeholders are `{name}`; plurals go through
// Intl.PluralRules (French counts 0 and 1 as singular), numbers through Intl.NumberFormat.
// Only the interface is translated: the article and its names are data and stay as they are;
// the core's own sentences are read back against their templates (CORE_SENTENCES).
import { FR } from "./fr.js";

export const LANGUAGES = { en: "English", fr: "Français" };
const CATALOGUES = { en: null, fr: FR };
const KEY = "article-analyser-interface";

function initial() {
  try {
    const kept = localStorage.getItem(KEY);
    if (kept in LANGUAGES) return kept;
  } catch { /* storage refused: the browser's language decides */ }
  return (navigator.languages || [navigator.language]).some((l) => /^fr\b/i.test(l || "")) ? "fr" : "en";
}

let lang, plurals, numbers, percents;
/** Makes `code` the language of every message and number from now on. */
function use(code) {
  lang = code;
  plurals = new Intl.PluralRules(lang);
  numbers = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
  percents = new Intl.NumberFormat(lang, { style: "percent", maximumFractionDigits: 0 });
}
use(initial());

/** Marks an English message for the catalogue where it is written, to be translated by `t` where
 * it is shown (gettext's N_): the catalogue test finds every message through `t`, `tn` and `msg`. */
export const msg = (english) => english;

/** The interface language's code ("en" or "fr"). */
export const language = () => lang;

/** Sets the interface language and keeps the choice. */
export function setLanguage(code) {
  if (!(code in LANGUAGES)) return;
  use(code);
  try { localStorage.setItem(KEY, code); } catch { /* kept for this visit only */ }
}

const fill = (text, vars) => (vars ? text.replace(/\{(\w+)\}/g, (m, k) => (k in vars ? String(vars[k]) : m)) : text);

/** The message `english` in the interface language, with `{name}` filled from `vars`. */
export function t(english, vars) {
  const catalogue = CATALOGUES[lang];
  return fill((catalogue && catalogue[english]) || english, vars);
}

/** `one` or `other` (English messages with `{n}`) after the count `n`, in the interface language. */
export function tn(n, one, other, vars = {}) {
  const all = { ...vars, n: num(n) };
  return plurals.select(n) === "one" ? t(one, all) : t(other, all);
}

/**
 * The core's own sentences (its notes on the input, the formulas' caveats), written in English
 * with their figures inside. Each is read back against these templates, the same words with
 * `{name}` where the core puts a figure, and said again in the interface language; a sentence
 * that matches none is shown as the core wrote it. (A test checks the templates against the
 * core's source.)
 */
export const CORE_SENTENCES = [
  msg("The language looks like {name} but detection is unsure (confidence {confidence}); choose the language if it is wrong."),
  msg("No sentence of running text was found (only headings or single words), so readability is not scored."),
  msg("The text is empty: paste, type or drop an article."),
  msg("The text holds only spaces and line breaks."),
  msg("This looks like binary data rather than text ({control} control and {replacement} undecodable characters out of {total}); the figures below are unlikely to mean much."),
  msg("The text holds {control} invisible control characters (such as NUL); they are not counted as words."),
  msg("{replacement} characters could not be decoded (invalid UTF-8 or lone surrogates) and show as \uFFFD."),
  msg("SMOG is defined on 30 sentences; this text has {n}, so the grade is extrapolated."),
  msg("Linsear Write is defined on a 100-word sample; this text has {n} words."),
];
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
let coreMatchers = null;

/** One of the core's sentences in the interface language (see CORE_SENTENCES). */
export function coreSentence(english) {
  if (lang === "en") return english;
  coreMatchers ??= CORE_SENTENCES.map((template) => {
    const names = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
    const pattern = template.split(/\{\w+\}/).map(escapeRe).join("(.+?)");
    return { template, names, re: new RegExp(`^${pattern}$`, "u") };
  });
  for (const { template, names, re } of coreMatchers) {
    const m = english.match(re);
    if (!m) continue;
    // A language's name is translated too ("French" is "français").
    return t(template, Object.fromEntries(names.map((n, i) => [n, n === "name" ? t(m[i + 1]) : m[i + 1]])));
  }
  return english;
}

/** A number written for the interface language (at most one decimal). */
export const num = (x) => numbers.format(x);

/** A percentage (0.51 → "51 %" in French, "51%" in English). */
export const percent = (x) => percents.format(x);

// The page's own markup, translated in place: its text nodes and its title, placeholder and
// aria-label attributes, recorded in English the first time (before any result is drawn), so
// that a later change of language touches those nodes only, never the article or the results
// (which are drawn again in the new language).
const ATTRIBUTES = ["title", "placeholder", "aria-label"];
let recorded = null;

function record(root) {
  const texts = [];
  const attributes = [];
  // An element marked data-no-translate keeps its words (the language menu names each language
  // in itself).
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT, {
    acceptNode: (node) => (node.nodeType === 1 && node.hasAttribute("data-no-translate") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let node = walker.currentNode; node; node = walker.nextNode()) {
    if (node.nodeType === 3) {
      if (node.nodeValue.trim()) texts.push([node, node.nodeValue]);
    } else {
      for (const a of ATTRIBUTES) if (node.hasAttribute(a)) attributes.push([node, a, node.getAttribute(a)]);
    }
  }
  return { texts, attributes };
}

/** Translates the page's static markup into the interface language. */
export function translatePage() {
  recorded ??= record(document.body);
  document.documentElement.lang = lang;
  document.title = t("Article Analyser");
  for (const [node, english] of recorded.texts) node.nodeValue = english.replace(english.trim(), t(english.trim()));
  for (const [node, a, english] of recorded.attributes) node.setAttribute(a, t(english));
}
