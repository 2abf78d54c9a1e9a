// End-to-end test of the release page in Debian's Chromium, driven by playwright-core:
// the page is served from www/ on 127.0.0.1, a text written for this project is pasted, and the
// statistics must appear with no console error, no failed request and no request elsewhere.
// Run by .ci/test.sh after the release build (node --test tests/e2e/).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { articleSet } from "../../benches/article-set.mjs";
import { root, startPage } from "./harness.mjs";

const shots = path.join(root, "tests/e2e/screenshots");

let browser, base, stop;

before(async () => {
  ({ base, browser, stop } = await startPage());
  mkdirSync(shots, { recursive: true });
});

after(async () => { await stop?.(); });

/** A fresh page that records console errors, page errors, failed and foreign requests. */
async function open(colorScheme = "light") {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1100 }, colorScheme });
  const page = await context.newPage();
  const problems = [];
  page.on("console", (m) => { if (m.type() === "error") problems.push(`console: ${m.text()}`); });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("requestfailed", (r) => problems.push(`failed request: ${r.url()}`));
  page.on("request", (r) => { if (!r.url().startsWith(base) && !r.url().startsWith("data:")) problems.push(`foreign request: ${r.url()}`); });
  page.on("response", (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  await page.goto(base);
  await page.waitForFunction(() => document.body.dataset.analysed >= "1", null, { timeout: 20_000 });
  return { page, problems, context };
}

/** Opens files through the page's file input, as a user picking them would. */
async function openFiles(page, files) {
  const before = Number(await page.evaluate(() => document.body.dataset.compared || 0));
  await page.setInputFiles("#file", files.map(([name, text]) => ({ name, mimeType: "text/plain", buffer: Buffer.from(text) })));
  await page.waitForFunction((n) => Number(document.body.dataset.compared || 0) > n, before, { timeout: 120_000 });
}

async function paste(page, text) {
  const before = Number(await page.evaluate(() => document.body.dataset.analysed || 0));
  await page.evaluate((t) => {
    const area = document.getElementById("text");
    area.value = t;
    area.dispatchEvent(new Event("input", { bubbles: true }));
  }, text);
  await page.waitForFunction((n) => Number(document.body.dataset.analysed) > n, before, { timeout: 60_000 });
}

const stat = (page, name) => page.locator(`[data-stat="${name}"] dd`).textContent();

/** Clicks a passage's button until the comparison shows its two articles side by side: the
 * set may be compared again while the test runs (an article's analysis ending), and a click that
 * lands while the list is replaced hits the row then under the pointer. */
async function showPassage(page, button) {
  const [, a, b] = (await button.textContent()).match(/^(.+?) ⇄ (.+?) · /);
  for (let attempt = 0; attempt < 20; attempt++) {
    await button.click();
    const shown = await page.evaluate(() => [document.getElementById("compare-a").textContent, document.getElementById("compare-b").textContent]);
    if (shown[0].startsWith(`${a} (`) && shown[1].startsWith(`${b} (`)) return;
    await page.waitForTimeout(250);
  }
  assert.fail(`the passage ${a} ⇄ ${b} was never shown side by side`);
}

test("a pasted French article shows its statistics", async () => {
  const { page, problems, context } = await open();
  const article = readFileSync(path.join(root, "tests/fixtures/fr-article.txt"), "utf8");
  await paste(page, article);
  assert.equal(await stat(page, "words"), "141");
  assert.equal(await stat(page, "sentences"), "6");
  assert.equal(await stat(page, "paragraphs"), "5");
  assert.equal(await stat(page, "headings"), "2");
  assert.match(await page.locator("#detected").textContent(), /French/);
  assert.match(await page.locator("#readability").textContent(), /Kandel–Moles/);
  // The 56-word sentence is marked very hard, and the text is rendered exactly.
  const marked = await page.locator("#reader mark.very-hard").allTextContents();
  assert.equal(marked.length, 1);
  assert.ok(marked[0].startsWith("Les représentants des pêcheurs"));
  assert.equal(await page.locator("#reader p.heading").count(), 2);
  assert.equal(await page.locator("#histogram svg rect").count(), 9);
  assert.ok(await page.locator("#terms svg rect").count() > 5);
  await page.screenshot({ path: path.join(shots, "stats-light.png"), fullPage: true });
  assert.deepEqual(problems, []);
  await context.close();
});

test("the page renders in dark mode and survives a reload with the text kept", async () => {
  const { page, problems, context } = await open("dark");
  await paste(page, readFileSync(path.join(root, "tests/fixtures/en-article.txt"), "utf8"));
  assert.equal(await stat(page, "words"), "48");
  await page.reload();
  await page.waitForFunction(() => document.body.dataset.analysed >= "1");
  assert.equal(await stat(page, "words"), "48");
  assert.match(await page.locator("#text").inputValue(), /Harbour town/);
  await page.screenshot({ path: path.join(shots, "stats-dark.png") });
  assert.deepEqual(problems, []);
  await context.close();
});

test("markup in the text is shown as text, never run", async () => {
  const { page, problems, context } = await open();
  await paste(page, "<img src=x onerror=\"document.title='pwned'\"> <b>bold</b> & <script>alert(1)</script>. Fin.");
  assert.equal(await page.locator("#reader img, #reader b, #reader script").count(), 0);
  assert.match(await page.locator("#reader").textContent(), /<img src=x/);
  assert.notEqual(await page.title(), "pwned");
  assert.deepEqual(problems, []);
  await context.close();
});

test("bad input gets a result or a message, and the page stays responsive", async () => {
  const { page, problems, context } = await open();
  await paste(page, "");
  assert.match(await page.locator("#notes").textContent(), /empty/);
  await paste(page, "   \n\n\t  ");
  assert.match(await page.locator("#notes").textContent(), /only spaces/);
  await paste(page, "abc\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000e\u000f".repeat(50));
  assert.match(await page.locator("#notes").textContent(), /binary/);
  await paste(page, "Un texte \uD800 avec une surrogate seule. Et une phrase 🤨 de plus.");
  assert.equal(await stat(page, "sentences"), "2");
  assert.equal(await page.locator("#reader").textContent(), "Un texte \uFFFD avec une surrogate seule. Et une phrase 🤨 de plus.".replace("\uFFFD", "\uD800"));
  // 20 MB of text pasted: the main thread keeps answering while the worker counts. The
  // longest pause of a 20 ms timer is measured in the page from the paste to the result.
  const before = Number(await page.evaluate(() => document.body.dataset.analysed));
  const entitiesBefore = Number(await page.evaluate(() => document.body.dataset.entities || 0));
  await page.evaluate(() => {
    const big = "Le gouvernement a présenté mardi un plan de relance. The minister said it would work. ".repeat(230_000);
    window.longestPause = 0;
    let last = performance.now();
    window.probe = setInterval(() => { const now = performance.now(); window.longestPause = Math.max(window.longestPause, now - last); last = now; }, 20);
    const data = new DataTransfer();
    data.setData("text/plain", big);
    document.getElementById("text").select(); // the paste replaces the selected text
    document.getElementById("text").dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await page.waitForFunction((n) => Number(document.body.dataset.analysed) > n, before, { timeout: 120_000 });
  // The entities of the 20 MB come after the statistics: the page stays responsive through them too.
  await page.waitForFunction((n) => Number(document.body.dataset.entities || 0) > n, entitiesBefore, { timeout: 120_000 });
  const pause = await page.evaluate(() => { clearInterval(window.probe); return window.longestPause; });
  assert.equal(await stat(page, "sentences"), new Intl.NumberFormat().format(460_000));
  assert.equal(await page.locator("#reader .more").count(), 1);
  assert.match(await page.locator("#text").getAttribute("placeholder"), /too long to edit/);
  // The entity view shows the first part of the text too, with the counts of the whole: the
  // worker keeps back the entities past the shown part, not their number.
  await page.locator("#mode-entities").click();
  assert.equal(await page.locator("#reader .more").count(), 1);
  assert.match(await page.locator('#legend-entities button[data-label="DATE"]').textContent(), /date 230,000$/);
  assert.ok(await page.locator("#reader mark.ent-DATE").count() > 1000);
  console.log(`20 MB paste: longest main-thread pause ${Math.round(pause)} ms`);
  assert.ok(pause < 2000, `the page froze for ${Math.round(pause)} ms`);
  assert.deepEqual(problems, []);
  await context.close();
});

test("two articles: repeats inside one, reuse between them, side by side", async () => {
  const { page, problems, context } = await open();
  const fixture = (name) => readFileSync(path.join(root, "tests/fixtures", name), "utf8");
  await openFiles(page, [["wire-a.txt", fixture("wire-a.txt")], ["wire-b.txt", fixture("wire-b.txt")]]);
  assert.equal(await page.locator("#doc-tabs [role=tab]").count(), 2);
  // The first file opened is shown; switching to wire-b.txt shows its repeated paragraph.
  assert.match(await page.locator("#doc-tabs [aria-selected=true]").textContent(), /wire-a\.txt/);
  const compared = Number(await page.evaluate(() => document.body.dataset.compared));
  await page.locator("#doc-tabs [role=tab]").nth(1).click();
  await page.waitForFunction((n) => Number(document.body.dataset.compared) > n, compared);
  // The reader marks the repeats once both the comparison and the article's statistics (its
  // paragraphs) are in, in either order.
  await page.waitForFunction(() => document.querySelectorAll("#reader p.repeat").length > 0, null, { timeout: 20_000 });
  assert.equal(await page.locator("#reader p.repeat").count(), 2);
  assert.match(await page.locator("#within").textContent(), /Paragraph ×2 \(exact repeat\)/);
  const clean = await page.locator("#clean-text").inputValue();
  assert.equal(clean.split("La préfecture a placé six communes").length, 2, "one copy of the repeated paragraph stays");
  assert.ok(!clean.endsWith("\n"), "trailing blank lines are removed");
  // Reuse: three passages in two rows (wire-b repeats the second one, so it is aligned twice and
  // listed once, ×2, with a button per copy), the matrix, and a passage side by side.
  const rows = page.locator("#passages > li");
  assert.equal(await rows.count(), 2);
  assert.doesNotMatch(await rows.nth(0).locator("button").first().textContent(), /×/);
  assert.match(await rows.nth(1).locator("button").first().textContent(), / · ×2$/);
  assert.deepEqual(await rows.nth(1).locator(".occurrence").allTextContents(), ["1", "2"]);
  assert.equal(await page.locator("#matrix td[data-share]").count(), 2);
  await showPassage(page, rows.nth(1).locator("button").first());
  assert.deepEqual(await page.locator("#compare-a-text del").allTextContents(), ["matin"]);
  assert.match(await page.locator("#compare-b-text").textContent(), /^La préfecture a placé/);
  const firstCopy = await page.locator("#compare-b").textContent();
  await rows.nth(1).locator(".occurrence").nth(1).click();
  assert.equal(await rows.nth(1).locator(".occurrence").nth(1).getAttribute("aria-pressed"), "true");
  assert.match(await page.locator("#compare-b-text").textContent(), /^La préfecture a placé/);
  assert.notEqual(await page.locator("#compare-b").textContent(), firstCopy, "the second copy's range is shown");
  // Reuse in the text, as churnalism marks it: wire-b's sentences found in wire-a are marked
  // (the quotation and both copies of the prefecture's sentence), its own sentences are not.
  const reused = page.locator("#reader mark.reused");
  assert.equal(await reused.count(), 3);
  assert.equal(await page.locator("#reader mark.reused", { hasText: "La préfecture a placé" }).count(), 2);
  const quote = page.locator("#reader mark.reused", { hasText: "L'eau est montée" });
  assert.match(await quote.getAttribute("title"), /Also in wire-a\.txt \(100% similar\)/);
  assert.equal(await page.locator("#reader mark.reused", { hasText: "Les agriculteurs" }).count(), 0);
  assert.match(await page.locator("#reuse-key").textContent(), /found in another article \(\d+% of this one\)/);
  // A click on a marked sentence shows its passage side by side, with the focus on its row.
  await quote.click();
  assert.match(await page.locator("#compare-b").textContent(), /^wire-b\.txt/);
  assert.match(await page.locator("#compare-b-text").textContent(), /^L'eau est montée/);
  assert.equal(await page.evaluate(() => document.activeElement.closest("#passages li") !== null), true);
  assert.match(await page.locator("#doc-tabs").textContent(), /% shared/);
  await page.locator(".dups").screenshot({ path: path.join(shots, "duplicates.png") });
  assert.deepEqual(problems, []);
  await context.close();
});

test("phone: the sections are views chosen in a bar, each a short page, the comparison stacked", async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  await page.goto(base);
  await page.waitForFunction(() => document.body.dataset.analysed >= "1", null, { timeout: 20_000 });
  const fixture = (name) => readFileSync(path.join(root, "tests/fixtures", name), "utf8");
  await openFiles(page, [["wire-a.txt", fixture("wire-a.txt")], ["wire-b.txt", fixture("wire-b.txt")]]);
  await page.waitForFunction(() => document.querySelectorAll("#entity-table tr").length > 1 && document.body.dataset.terms >= "1", null, { timeout: 20_000 });
  assert.ok(await page.locator("#views").isVisible());
  const heights = {};
  for (const name of ["input", "results", "reader", "entities", "dups", "corpus"]) {
    await page.locator(`#views [data-view="${name}"]`).click();
    const shown = await page.evaluate(() => [...document.querySelectorAll(".layout > section")].filter((s) => s.offsetParent !== null).map((s) => s.className));
    assert.deepEqual(shown, [name], `only ${name} is shown`);
    assert.equal(await page.locator(`#views [data-view="${name}"]`).getAttribute("aria-pressed"), "true");
    heights[name] = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.screenshot({ path: path.join(shots, `phone-${name}.png`), fullPage: true });
  }
  console.log(`phone views, page heights in px: ${JSON.stringify(heights)}`);
  // Each view fits in about three screens (the whole page made 7,000 px before).
  assert.ok(Math.max(...Object.values(heights)) < 2600, JSON.stringify(heights));
  // A reused sentence in the text leads to the comparison, whose two sides are stacked, each
  // the width of the screen.
  await page.locator('#views [data-view="reader"]').click();
  // (A click event on it: a sentence over two lines may have none of its text at the centre of
  // its box, where a pointer click lands.)
  await page.locator("#reader mark.reused").first().dispatchEvent("click");
  assert.equal(await page.evaluate(() => document.body.dataset.view), "dups");
  const widths = await page.locator("#compare > div").evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width));
  assert.ok(widths.every((w) => w > 330), JSON.stringify(widths));
  // A name in the table leads to the text, its mentions marked.
  await page.locator('#views [data-view="entities"]').click();
  await page.locator("#entity-table button.link").first().click();
  assert.equal(await page.evaluate(() => document.body.dataset.view), "reader");
  assert.ok(await page.locator("#reader .ent.selected").count() > 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test("a thousand articles from a .jsonl file are compared within a second", async () => {
  const { page, problems, context } = await open();
  // 1,000 generated articles of about 3 KB (3 MB in all) with 40 copied paragraphs.
  const docs = articleSet(1000, 40).map((d) => d.text);
  const jsonl = docs.map((text, i) => JSON.stringify({ id: `a${i}`, text })).join("\n");
  const megabytes = Buffer.byteLength(jsonl) / 1e6;
  const started = Date.now();
  await openFiles(page, [["set.jsonl", jsonl]]);
  const wall = Date.now() - started;
  const status = await page.locator("#dup-status").textContent();
  const worker = Number(status.match(/compared in (\d+) ms/)[1]);
  assert.equal(await page.locator("#doc-tabs select option").count(), 1000);
  console.log(`1,000 articles (${megabytes.toFixed(1)} MB): compared in ${worker} ms in the worker, ${wall} ms from opening the file to the rendered result`);
  assert.match(await page.locator("#across-summary").textContent(), /1,000 articles/);
  assert.equal(await page.locator("#passages li button").count(), 40);
  assert.ok(worker < 1000, `took ${worker} ms`);
  assert.deepEqual(problems, []);
  await context.close();
});

test("a wire story in twelve outlets: one reuse cluster, every pair with its passage", async () => {
  const { page, problems, context } = await open();
  const story = "Le conseil régional a adopté vendredi un plan de quatre cents millions d'euros pour " +
    "moderniser les lignes ferroviaires secondaires, dont la réouverture de deux gares fermées depuis " +
    "vingt ans, a annoncé son président à l'issue d'une séance houleuse avec l'opposition.";
  // Past the finder's star rule (8 places): each copy is aligned with the first, the pairs of
  // copies are derived through it.
  const jsonl = Array.from({ length: 12 }, (_, i) => JSON.stringify({
    id: `outlet-${String(i).padStart(2, "0")}`,
    text: `Édition ${i}\n\n${i % 2 ? story.replace("vendredi", "vendredi soir") : story}`,
  })).join("\n");
  await openFiles(page, [["wire.jsonl", jsonl]]);
  // (The set may be compared once while its articles are still being added.)
  await page.waitForFunction(() => /^12 articles/.test(document.getElementById("across-summary").textContent));
  const summary = await page.locator("#across-summary").textContent();
  assert.match(summary, /between 66 pairs of articles/);
  assert.match(summary, /Passages found in several articles:/);
  assert.match(summary, /outlet-00: “Le conseil régional a adopté vendredi.*” also in 11 other articles/);
  // The copies' own clusters inside that one (outlet-01 holds "vendredi soir" first) are not
  // listed again.
  assert.equal(await page.locator("#across-summary li", { hasText: "other articles" }).count(), 1);
  const buttons = await page.locator("#passages li button").allTextContents();
  assert.ok(buttons.some((b) => /both taken from outlet-00/.test(b)), buttons.join("\n"));
  // A derived passage opens side by side with its changed words marked, like a direct one.
  const derived = page.locator("#passages li button", { hasText: /outlet-01 ⇄ outlet-02 .*both taken from/ });
  await showPassage(page, derived);
  assert.deepEqual(await page.locator("#compare-a-text del").allTextContents(), ["soir"]);
  await page.locator(".dups").screenshot({ path: path.join(shots, "wire-copies.png") });
  assert.deepEqual(problems, []);
  await context.close();
});

test("past 1,000 articles the view lists the direct alignments and says how many it leaves out", async () => {
  const { page, problems, context } = await open();
  // 101 generated stories, each carried by 10 outlets: 1,010 articles, 4,545 pairs of copies.
  const stories = articleSet(101, 0).map((d) => d.text);
  const jsonl = stories.flatMap((text, s) => Array.from({ length: 10 }, (_, c) =>
    JSON.stringify({ id: `s${s}-c${c}`, text: `Édition ${c}.\n\n${text}` }))).join("\n");
  await openFiles(page, [["archive.jsonl", jsonl]]);
  // (The set may be compared once while its articles are still being added.)
  await page.waitForFunction(() => /^1,010 articles/.test(document.getElementById("across-summary").textContent), null, { timeout: 60_000 });
  const summary = await page.locator("#across-summary").textContent();
  assert.match(summary, /1,010 articles/);
  assert.match(summary, /between 4,545 pairs of articles/);
  const left = Number(summary.match(/([\d,\u202f\u00a0]+) passages between copies of one text/)[1].replace(/\D/g, ""));
  assert.ok(left > 3000, summary);
  const buttons = await page.locator("#passages li button").allTextContents();
  assert.ok(buttons.length > 0 && buttons.every((b) => !/both taken from/.test(b)));
  assert.deepEqual(problems, []);
  await context.close();
});

test("entities: highlights in layers, toggles, grouped mentions and quotations", async () => {
  const { page, problems, context } = await open();
  const before = Number(await page.evaluate(() => document.body.dataset.entities || 0));
  await paste(page, readFileSync(path.join(root, "tests/fixtures/fr-entities.txt"), "utf8"));
  await page.waitForFunction((n) => Number(document.body.dataset.entities || 0) > n, before);
  await page.locator("#mode-entities").click();
  // Layers: the place inside the quotation is a child of the quotation's span.
  assert.equal(await page.locator("#reader span.ent-QUOTE mark.ent-LOC").count(), 1);
  assert.equal(await page.locator("#reader mark.ent-PER").count(), 3);
  assert.ok(await page.locator("#reader mark.ent-MONEY").count() === 1);
  // The table groups Jean-Pierre Morvan, M. Morvan and Morvan; clicking marks all three.
  const row = page.locator("#entity-table tr", { hasText: "Jean-Pierre Morvan" });
  assert.equal(await row.locator("select").inputValue(), "PER");
  assert.equal(await row.locator("td.num").textContent(), "3");
  await row.locator("button.link").click();
  assert.equal(await page.locator("#reader .ent.selected").count(), 3);
  // Hover text tells the label and the group.
  assert.match(await page.locator("#reader mark.ent-PER").first().getAttribute("title"), /person: Jean-Pierre Morvan \(3 mentions\)/);
  // Toggling a label off hides its colour.
  await page.locator('#legend-entities button[data-label="DATE"]').click();
  assert.ok(await page.evaluate(() => document.body.classList.contains("hide-DATE")));
  const bg = await page.locator("#reader mark.ent-DATE").first().evaluate((el) => getComputedStyle(el).backgroundColor);
  assert.equal(bg, "rgba(0, 0, 0, 0)");
  assert.match(await page.locator("#quotes").textContent(), /Nous tiendrons parole ».*Jean-Pierre Morvan/);
  await page.locator("#mode-entities").scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(shots, "entities.png"), fullPage: true });
  assert.deepEqual(problems, []);
  await context.close();
});

test("readability: every formula with a summary line; style: highlights toggled per kind, kept over a reload", async () => {
  const { page, problems, context } = await open();
  const english = "The report was written by a small committee. It was very long. Officials utilize numerous forms in order to slow the work, and they quickly lose track. The family left early.";
  await paste(page, english);
  const readability = await page.locator("#readability").textContent();
  for (const name of ["Flesch Reading Ease", "Flesch–Kincaid", "Gunning Fog", "SMOG", "Coleman–Liau", "Automated Readability Index", "Dale–Chall", "Linsear Write"]) {
    assert.ok(readability.includes(name), `${name} missing`);
  }
  assert.match(await page.locator("#readability .summary").textContent(), /to read \(about US grade \d+\): /);
  assert.match(readability, /SMOG is defined on 30 sentences/);
  await page.click("#mode-style");
  assert.equal(await page.locator("#legend-style").isVisible(), true);
  const marks = await page.locator("#reader mark.sty").evaluateAll((ms) => ms.map((m) => [m.textContent, m.dataset.style]));
  assert.deepEqual(marks, [
    ["was written", "passive"], ["very", "qualifier"], ["utilize", "simpler"], ["numerous", "simpler"],
    ["in order to", "simpler"], ["quickly", "adverb"],
  ]);
  assert.match(await page.locator('#reader mark.sty-simpler >> nth=0').getAttribute("title"), /try “use”/);
  assert.match(await page.locator("#legend-style").textContent(), /passive voice 1/);
  // Hiding the adverbs takes their colour off, and the choice and the mode survive a reload.
  await page.click('#legend-style button[data-style="adverb"]');
  // The text may be redrawn meanwhile (the entities arrive after the statistics): the colour is
  // read from whichever mark is in the page when it settles, not from a detached one.
  const bg = async () => (await page.waitForFunction(() => {
    const m = document.querySelector("#reader mark.sty-adverb");
    return (m && getComputedStyle(m).backgroundColor) || false;
  }, null, { timeout: 10_000 })).jsonValue();
  assert.equal(await bg(), "rgba(0, 0, 0, 0)");
  await page.screenshot({ path: path.join(shots, "style-light.png"), fullPage: true });
  await page.reload();
  await page.waitForFunction(() => document.querySelectorAll("#reader mark.sty").length > 0, null, { timeout: 20_000 });
  assert.equal(await page.locator('#mode-style').getAttribute("aria-pressed"), "true");
  assert.equal(await bg(), "rgba(0, 0, 0, 0)");
  // French: passive with its auxiliary, not "est venu".
  await paste(page, "Le texte a été rédigé par le ministre. Il est venu mardi et il a rapidement agi afin de rassurer.");
  const fr = await page.locator("#reader mark.sty").allTextContents();
  assert.deepEqual(fr, ["a été rédigé", "rapidement", "afin de"]);
  assert.deepEqual(problems, []);
  await context.close();
});

test("in context: a frequent term or a typed name, every occurrence with the words around it, as CSV too", async () => {
  const { page, problems, context } = await open();
  await paste(page, "Le maire de Brest a parlé lundi. Les maires de Bretagne écoutent le maire. Jean-Marc Le Goff, adjoint, a répondu au maire de Brest.");
  // The word cloud: one word per frequent term, the most frequent the largest; a click shows it
  // in context.
  const words = await page.locator("#cloud svg text").evaluateAll((ts) => ts.map((t) => [t.firstChild.textContent, Number(t.getAttribute("font-size"))]));
  assert.equal(words[0][0], "maire");
  assert.ok(words[0][1] > words[words.length - 1][1]);
  await page.locator("#cloud svg text", { hasText: /^brest/ }).click();
  assert.match(await page.locator("#kwic-note").textContent(), /“brest”: 2 occurrences/);
  await page.locator("#kwic-terms button", { hasText: /^maire$/ }).click();
  const rows = () => page.locator("#kwic tr").evaluateAll((trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent)));
  const maire = await rows();
  assert.equal(maire.length, 4, "maire ×3 and maires ×1, grouped by stem");
  assert.deepEqual(maire[0], ["Le ", "maire", " de Brest a parlé lundi. Les maires de Bretagne écoutent le "]);
  assert.equal(maire[1][1], "maires");
  assert.match(await page.locator("#kwic-note").textContent(), /4 occurrences/);
  // Its collocates: the frequent terms within five words of it, itself left out.
  await page.waitForFunction(() => Number(document.body.dataset.collocates || 0) >= 1);
  const collocates = await page.locator("#kwic-collocates").textContent();
  assert.match(collocates, /^Around “maire” \(5 words either side\): brest 3/);
  assert.ok(!/maires? \d/.test(collocates.replace(/^Around “maire”/, "")));
  // The trend: 4 occurrences over the tenths of the article (2 in the first half's sentences).
  const trend = await page.locator("#kwic-trend svg rect").evaluateAll((rs) => rs.map((r) => r.querySelector("title").textContent));
  assert.equal(trend.length, 10);
  assert.equal(trend.reduce((n, t) => n + Number(t.split(" ")[0]), 0), 4);
  // Once the entities are in, a name said twice is one frequent term, and its words leave theirs.
  await paste(page, "Luc Besson a parlé lundi. Le cinéaste Luc Besson annonce une plainte. Luc est en colère.");
  await page.waitForFunction(() => /names of several words/.test(document.getElementById("terms-note").textContent), null, { timeout: 20_000 });
  const chips = await page.locator("#kwic-terms button").allTextContents();
  assert.equal(chips[0], "Luc Besson");
  assert.ok(!chips.includes("besson"), chips.join(", "));
  assert.ok(chips.includes("luc"), "the lone Luc still counts as luc");
  await page.locator("#kwic-terms button", { hasText: "Luc Besson" }).click();
  assert.match(await page.locator("#kwic-note").textContent(), /“Luc Besson”: 2 occurrences/);
  await paste(page, "Le maire de Brest a parlé lundi. Les maires de Bretagne écoutent le maire. Jean-Marc Le Goff, adjoint, a répondu au maire de Brest.");
  await page.fill("#kwic-word", "Jean-Marc Le Goff");
  await page.click("#kwic-form button[type=submit]");
  const name = await rows();
  assert.equal(name.length, 1);
  assert.equal(name[0][1], "Jean-Marc Le Goff");
  const [file] = await Promise.all([page.waitForEvent("download"), page.click("#kwic-csv")]);
  const csv = readFileSync(await file.path(), "utf8");
  assert.equal(csv.split("\r\n")[0], "left,match,right,start,end");
  assert.match(csv, /,Jean-Marc Le Goff,/);
  await page.fill("#kwic-word", "<img src=x onerror=alert(1)>");
  await page.click("#kwic-form button[type=submit]");
  assert.match(await page.locator("#kwic-note").textContent(), /does not occur/);
  await page.screenshot({ path: path.join(shots, "in-context.png"), fullPage: false, clip: { x: 640, y: 0, width: 640, height: 1100 } });
  assert.deepEqual(problems, []);
  await context.close();
});

test("in context across the workspace: a term per 1,000 words in each article; trend, collocates and terms as CSV", async () => {
  const { page, problems, context } = await open();
  await openFiles(page, [
    // 12 words, "maire" twice; 10 words, once; 8 words, none.
    ["a.txt", "Le maire de Brest a parlé lundi devant le maire adjoint."],
    ["b.txt", "Le conseil écoute le maire de Quimper sans rien dire."],
    ["c.txt", "La pluie tombe sur Brest depuis trois jours."],
  ]);
  await page.locator("#doc-tabs [role=tab]").nth(0).click();
  await page.waitForFunction(() => document.body.dataset.analysed >= "1" && document.querySelector("#kwic-terms button") !== null);
  await page.fill("#kwic-word", "maire");
  await page.click("#kwic-form button[type=submit]");
  await page.waitForFunction(() => document.querySelector("#kwic-spread svg") !== null);
  assert.match(await page.locator("#kwic-spread").textContent(), /“maire” across the articles: occurrences per 1,000 words, in 2 of 3 articles/);
  // Bars most frequent first: a.txt 2 in 11 words (181.8), b.txt 1 in 10 (100).
  const bars = await page.locator("#kwic-spread svg rect").evaluateAll((rs) => rs.map((r) => r.querySelector("title").textContent));
  assert.deepEqual(bars, ["a.txt: 2 in 11 words", "b.txt: 1 in 10 words"]);
  const csv = async (id) => {
    const [file] = await Promise.all([page.waitForEvent("download"), page.click(id)]);
    return readFileSync(await file.path(), "utf8").split("\r\n").filter(Boolean);
  };
  const trend = await csv("#trend-csv");
  assert.equal(trend[0], "scope,part,occurrences,words,per_1000_words");
  assert.equal(trend.filter((l) => l.startsWith("tenth,")).length, 10);
  assert.deepEqual(trend.filter((l) => l.startsWith("article,")), ["article,a.txt,2,11,181.8", "article,b.txt,1,10,100", "article,c.txt,0,8,0"]);
  await page.waitForFunction(() => !document.getElementById("collocates-csv").hidden);
  const collocates = await csv("#collocates-csv");
  assert.equal(collocates[0], "term,count,forms");
  assert.ok(collocates.some((l) => l.startsWith("brest,1,")), collocates.join(" | "));
  const terms = await csv("#terms-csv");
  assert.equal(terms[0], "term,stem,count,forms");
  assert.ok(terms.includes("maire,mair,2,maire 2"), terms.join(" | "));
  assert.deepEqual(problems, []);
  await context.close();
});

test("across the articles: the terms that set each one apart, as CSV too", async () => {
  const { page, problems, context } = await open();
  await openFiles(page, [
    ["tramway.txt", "Le tramway de Brest roule depuis samedi. Le tramway transporte les Brestois chaque jour."],
    ["budget.txt", "Le budget de Brest est voté. Le budget augmente cette année, dit le maire."],
    ["festival.txt", "Brest accueille un festival maritime. Les voiliers arrivent au port de Brest."],
  ]);
  await page.waitForFunction(() => Number(document.body.dataset.terms || 0) >= 1, null, { timeout: 20_000 });
  const rows = await page.locator("#distinctive tr").evaluateAll((trs) => trs.slice(1).map((tr) => [tr.cells[0].textContent, tr.cells[1].textContent]));
  const byName = Object.fromEntries(rows);
  assert.match(byName["tramway.txt"], /^tramway 2/);
  assert.match(byName["budget.txt"], /^budget 2/);
  for (const [, terms] of rows) assert.ok(!/\bbrest\b/.test(terms), "a term every article uses sets none apart");
  const [file] = await Promise.all([page.waitForEvent("download"), page.click("#distinctive-csv")]);
  const csv = readFileSync(await file.path(), "utf8");
  assert.equal(csv.split("\r\n")[0], "article,term,stem,count,articles,score");
  assert.match(csv, /tramway\.txt,tramway,tramway,2,1,2\.2/);
  assert.deepEqual(problems, []);
  await context.close();
});

test("quotations in several articles: one item each, a cut and a change marked, as CSV too", async () => {
  const { page, problems, context } = await open();
  const fixture = (f) => readFileSync(path.join(root, "tests/fixtures", f), "utf8");
  await openFiles(page, ["quotes-wire.txt", "quotes-outlet-a.txt", "quotes-outlet-b.txt"].map((f) => [f, fixture(f)]));
  await page.waitForFunction(() => Number(document.body.dataset.quotes || 0) >= 1, null, { timeout: 30_000 });
  const items = await page.locator("#shared-quotes .shared-quote").evaluateAll((lis) => lis.map((li) => ({
    head: li.querySelector(".shared-quote-head").textContent,
    altered: li.classList.contains("altered"),
    deleted: [...li.querySelectorAll("del")].map((d) => d.textContent),
    inserted: [...li.querySelectorAll("ins")].map((d) => d.textContent),
  })));
  assert.equal(items.length, 3, JSON.stringify(items));
  const fund = items.find((i) => i.head.startsWith("Hélène Marchal"));
  assert.ok(fund && fund.altered && /3 articles/.test(fund.head), JSON.stringify(items));
  assert.deepEqual(fund.deleted.sort(), ["dès lundi", "sans exception"]);
  assert.deepEqual(fund.inserted, ["la semaine prochaine"]);
  assert.ok(items.filter((i) => !i.altered).every((i) => i.deleted.length === 0 && i.inserted.length === 0));
  assert.match(await page.locator("#shared-quotes").textContent(), /3 quotations are found in several articles — 1 with its wording changed/);
  await page.locator("#shared-quotes").scrollIntoViewIfNeeded();
  await page.locator(".corpus").screenshot({ path: path.join(shots, "shared-quotes.png") });
  const [file] = await Promise.all([page.waitForEvent("download"), page.click("#shared-quotes-csv")]);
  const csv = readFileSync(await file.path(), "utf8").split("\r\n");
  assert.equal(csv[0], "quotation,speaker,article,article_speaker,reference,words_cut,words_added,changes,text");
  assert.ok(csv.some((l) => l.includes("quotes-outlet-b.txt") && l.includes("dès lundi → la semaine prochaine")), csv.join("\n"));
  assert.deepEqual(problems, []);
  await context.close();
});
