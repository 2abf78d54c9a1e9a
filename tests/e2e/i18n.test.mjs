// The interface in French and English: every message of the page has its French translation;
// a browser set to French gets the French interface (numbers and percentages written the French
// way, no English message left on show), the menu switches it back to English at once, and the
// choice is kept over a reload.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { openPage, root, startPage } from "./harness.mjs";
import { allMessages, scriptMessages } from "./i18n-messages.mjs";

const { FR } = await import(pathToFileURL(path.join(root, "www/js/fr.js")).href);
const fixture = (name) => readFileSync(path.join(root, "tests/fixtures", name), "utf8");
const shots = path.join(root, "tests/e2e/screenshots");

let browser, base, stop;
before(async () => { ({ base, browser, stop } = await startPage()); });
after(async () => { await stop?.(); });

test("every message of the interface has a French translation with the same placeholders", () => {
  const messages = allMessages();
  assert.ok(messages.length > 250, `only ${messages.length} messages found: the scan is broken`);
  const missing = messages.filter((m) => !(m in FR));
  assert.deepEqual(missing, [], "run node tests/e2e/i18n-messages.mjs to list them");
  // A translation may leave a placeholder out ("sans sa répétition" needs no count), never add one.
  const holes = (s) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
  for (const m of messages) {
    const extra = holes(FR[m]).filter((h) => !holes(m).includes(h));
    assert.deepEqual(extra, [], `placeholders the English lacks: ${m}`);
  }
  const unused = Object.keys(FR).filter((k) => !messages.includes(k));
  // The worker's own messages reach the page as its answers' text (client.js translates them).
  const fromWorker = ["The analyser is not available.", "The analyser hit an internal error on this text", "the storage worker stopped", "the link", "its text"];
  assert.deepEqual(unused.filter((k) => !fromWorker.includes(k)), [], "catalogue entries nothing uses");
});

test("the core's sentences the page translates are the core's own words", () => {
  const source = readFileSync(path.join(root, "www/js/i18n.js"), "utf8");
  const block = source.slice(source.indexOf("export const CORE_SENTENCES = ["), source.indexOf("];", source.indexOf("export const CORE_SENTENCES")));
  const templates = scriptMessages(block);
  assert.ok(templates.length >= 9, `${templates.length} templates found`);
  const rust = ["src/stats.rs", "src/readability.rs"].map((f) => readFileSync(path.join(root, f), "utf8")).join("\n");
  // Each literal piece of a template (its words between the figures, and around the U+FFFD the
  // Rust source writes as an escape) is in the core's source,
  // so a reworded core message fails here rather than going untranslated.
  for (const template of templates) {
    for (const piece of template.split(/\{\w+\}|\uFFFD/).filter((p) => p.trim().length >= 8)) {
      assert.ok(rust.includes(piece), `the core no longer writes ${JSON.stringify(piece)}`);
    }
  }
});

/** Literal pieces of an English message long enough to be told apart from French (placeholders out). */
const pieces = (m) => m.split(/\{\w+\}/).map((p) => p.trim()).filter((p) => p.length >= 12 && /\p{L}{3}/u.test(p));

/** The page's interface text, without what comes from the articles. */
const interfaceText = (page) => page.evaluate(() => {
  const copy = document.body.cloneNode(true);
  for (const el of copy.querySelectorAll("#reader, #text, #compare, .quote, .quote-text, #clean-text, #kwic, #notes, [data-no-translate]")) el.remove();
  return copy.innerText;
});

/** The English messages (their literal pieces) shown on the page's interface. */
async function englishShown(page) {
  const shown = await interfaceText(page);
  return allMessages().filter((m) => FR[m] !== m).flatMap(pieces)
    .filter((p) => shown.includes(p) && !Object.values(FR).some((fr) => fr.includes(p)));
}

const openFrench = (locale = "fr-FR") => openPage(browser, base, { viewport: { width: 1280, height: 1000 }, locale });

test("a browser in French gets the French interface, and the menu switches it to English and back", async () => {
  const { context, page, problems } = await openFrench();
  assert.equal(await page.evaluate(() => document.documentElement.lang), "fr");
  assert.equal(await page.locator("#interface-language").inputValue(), "fr");
  assert.equal(await page.locator("#stats-title").textContent(), "Statistiques");
  assert.equal(await page.locator("#open-file").textContent(), "Ouvrir des fichiers…");
  assert.match(await page.locator("#text").getAttribute("placeholder"), /^Collez ou tapez un article ici/);
  await page.setInputFiles("#file", ["wire-a.txt", "wire-b.txt"].map((name) => ({ name, mimeType: "text/plain", buffer: Buffer.from(fixture(name)) })));
  await page.waitForFunction(() => document.querySelectorAll("#reader mark.reused").length > 0
    && document.querySelectorAll("#entity-table tr").length > 1 && document.body.dataset.terms >= "1", null, { timeout: 30_000 });
  // Numbers and percentages the French way; results in French.
  assert.equal(await page.locator('[data-stat="words"] dt').textContent(), "Mots");
  assert.match(await page.locator('[data-stat="mean-sentence"] dd').textContent(), /^\d+,\d mots$/);
  assert.match(await page.locator("#doc-tabs").textContent(), /51\u00a0% partagé/);
  assert.match(await page.locator("#dup-status").textContent(), /^2 articles comparés en/);
  assert.match(await page.locator(".readability .summary").textContent(), / à lire\u00a0: /);
  assert.match(await page.locator("#entity-table").textContent(), /lieu/);
  assert.match(await page.locator("#file-note").textContent(), /^2 articles ajoutés\./);
  // No English message left anywhere on the interface.
  assert.deepEqual(await englishShown(page), [], "English messages on the French page");
  await page.screenshot({ path: path.join(shots, "interface-fr.png") });
  // The menu switches the whole page at once, results included.
  await page.locator("#interface-language").selectOption("en");
  await page.waitForFunction(() => document.querySelector('[data-stat="words"] dt').textContent === "Words", null, { timeout: 10_000 });
  assert.equal(await page.evaluate(() => document.documentElement.lang), "en");
  assert.equal(await page.locator("#stats-title").textContent(), "Statistics");
  assert.match(await page.locator("#doc-tabs").textContent(), /51% shared/);
  // The same scan finds the English messages on the English page (so it can fail).
  assert.ok((await englishShown(page)).length > 30);
  await page.waitForFunction(() => /^2 articles compared in/.test(document.getElementById("dup-status").textContent), null, { timeout: 10_000 });
  // Kept over a reload, although the browser says French.
  await page.reload();
  await page.waitForFunction(() => document.body.dataset.analysed >= "1", null, { timeout: 20_000 });
  assert.equal(await page.locator("#stats-title").textContent(), "Statistics");
  assert.equal(await page.locator("#interface-language").inputValue(), "en");
  await page.locator("#interface-language").selectOption("fr");
  await page.waitForFunction(() => document.querySelector('[data-stat="words"] dt').textContent === "Mots", null, { timeout: 10_000 });
  // The core's own notes are said in French too, their figures kept.
  await page.evaluate(() => { const a = document.getElementById("text"); a.value = "Le conseil\u0000 a voté\u0001 le budget."; a.dispatchEvent(new Event("input", { bubbles: true })); });
  await page.waitForFunction(() => /caractères de contrôle invisibles/.test(document.getElementById("notes").textContent), null, { timeout: 10_000 });
  assert.match(await page.locator("#notes").textContent(), /^Le texte contient 2 caractères de contrôle invisibles \(comme NUL\)/);
  assert.deepEqual(problems, []);
  await context.close();
});

test("a browser in English gets the English interface", async () => {
  const { context, page, problems } = await openFrench("en-GB");
  assert.equal(await page.evaluate(() => document.documentElement.lang), "en");
  assert.equal(await page.locator("#stats-title").textContent(), "Statistics");
  assert.equal(await page.locator("#interface-language").inputValue(), "en");
  assert.deepEqual(problems, []);
  await context.close();
});
