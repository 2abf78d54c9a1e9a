// The README's screenshots, made from the release page by this test each time the suite runs:
// four articles written for this project (two wire copies of one story, a French article with
// quotations and one full of adverbs, passives and qualifiers), each view of the page captured into docs/screenshots/. A view that fails to
// appear fails the test, so a screenshot in the README is never of a broken page.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { openPage, root, startPage } from "./harness.mjs";

const out = path.join(root, "docs/screenshots");
const fixture = (name) => readFileSync(path.join(root, "tests/fixtures", name), "utf8");
const FILES = ["wire-a.txt", "wire-b.txt", "fr-speakers.txt", "fr-style.txt"];

let browser, base, stop;
before(async () => { ({ base, browser, stop } = await startPage()); mkdirSync(out, { recursive: true }); });
after(async () => { await stop?.(); });

/** Opens the page, drops `files` (fixtures) on it and waits until every view has its result. */
async function openSet(options, files = FILES) {
  const { context, page, problems } = await openPage(browser, base, options);
  await page.setInputFiles("#file", files.map((name) => ({ name, mimeType: "text/plain", buffer: Buffer.from(fixture(name)) })));
  await page.waitForFunction((n) => document.querySelectorAll("#doc-tabs [role=tab]").length === n
    && document.querySelectorAll("#passages li").length > 0 && document.body.dataset.terms >= "1"
    && document.body.dataset.quotes >= "1"
    && document.querySelectorAll("#entity-table tr").length > 1, files.length, { timeout: 60_000 });
  return { context, page, problems };
}

/** Resolves once `locator`'s box and the page's height have held still for ten frames. */
async function settled(locator) {
  await locator.evaluate((node) => new Promise((resolve) => {
    let last = "", still = 0;
    const tick = () => {
      const r = node.getBoundingClientRect();
      const now = `${r.top},${r.height},${document.documentElement.scrollHeight}`;
      still = now === last ? still + 1 : 0;
      last = now;
      if (still >= 10) resolve(); else requestAnimationFrame(tick);
    };
    tick();
  }));
}

/**
 * Saves a screenshot of `locator` as docs/screenshots/NAME.png and checks it is not blank. A view
 * above that grows or shrinks while the shot is taken moves the shot off the element, so the
 * shot is taken once the layout holds still and taken again if the box moved meanwhile.
 */
async function shoot(locator, name) {
  const file = path.join(out, `${name}.png`);
  let box;
  for (let attempt = 0; attempt < 5; attempt++) {
    await locator.scrollIntoViewIfNeeded();
    await settled(locator);
    box = await locator.evaluate((node) => JSON.stringify(node.getBoundingClientRect()) + scrollY);
    await locator.screenshot({ path: file });
    const after = await locator.evaluate((node) => JSON.stringify(node.getBoundingClientRect()) + scrollY);
    if (after === box && statSync(file).size > 5000) return;
  }
  assert.ok(statSync(file).size > 5000,
    `${name}.png is nearly blank (${statSync(file).size} bytes; box ${box}; text "${(await locator.innerText()).slice(0, 120)}")`);
}

/** Shows article `i` and waits for its statistics and entities. */
async function showArticle(page, i) {
  const seen = await page.evaluate(() => Number(document.body.dataset.entities || 0));
  await page.locator("#doc-tabs [role=tab]").nth(i).click();
  await page.waitForFunction((n) => Number(document.body.dataset.entities || 0) > n, seen, { timeout: 20_000 });
}

test("the README's screenshots: each view of the page", async () => {
  const { context, page, problems } = await openSet({ viewport: { width: 1280, height: 1000 } });
  // wire-b: its statistics, and its text with hard sentences, repeats and reuse marked.
  await showArticle(page, 1);
  await page.waitForSelector("#reader mark.reused");
  await shoot(page.locator(".results"), "statistics");
  await shoot(page.locator(".reader"), "text-reuse");
  await shoot(page.locator(".dups"), "reuse");
  await shoot(page.locator(".corpus"), "across");
  // The French article with quotations: entities (labels written out) and the table of names
  // and quotations; then the style view.
  await showArticle(page, 2);
  await page.click("#mode-entities");
  await page.click("#show-labels");
  await page.waitForSelector("#reader .ent[data-group]");
  await shoot(page.locator(".reader"), "entities-text");
  await shoot(page.locator(".entities"), "entities-table");
  await page.click("#show-labels");
  // Keyword in context for a frequent term.
  await page.locator("#kwic-terms button").first().click();
  await page.waitForFunction(() => document.querySelectorAll("#kwic tr").length > 0 && document.body.dataset.collocates >= "1", null, { timeout: 20_000 });
  await page.locator("#kwic-form").scrollIntoViewIfNeeded();
  // (Boxes are in the viewport; a full-page clip is in the page.)
  const scrolled = await page.evaluate(() => scrollY);
  const top = await page.locator("#kwic-terms").boundingBox();
  const bottom = await page.locator(".kwic-wrap").boundingBox();
  await page.screenshot({ path: path.join(out, "in-context.png"), fullPage: true,
    clip: { x: top.x - 16, y: scrolled + top.y - 40, width: top.width + 32, height: bottom.y + bottom.height - top.y + 56 } });
  // The style view of the article written for it.
  await showArticle(page, 3);
  await page.click("#mode-style");
  await page.waitForSelector("#reader mark.sty");
  await shoot(page.locator(".reader"), "style");
  assert.deepEqual(problems, []);
  await context.close();
});

test("the README's screenshots: the phone layout and the French interface", async () => {
  const phone = await openSet({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await phone.page.locator('#views [data-view="reader"]').click();
  await shoot(phone.page.locator("body"), "phone-text");
  assert.deepEqual(phone.problems, []);
  await phone.context.close();
  const fr = await openSet({ viewport: { width: 1280, height: 900 }, locale: "fr-FR" });
  assert.equal(await fr.page.locator("#stats-title").textContent(), "Statistiques");
  await fr.page.screenshot({ path: path.join(out, "interface-fr.png") });
  assert.deepEqual(fr.problems, []);
  await fr.context.close();
});

test("the README's screenshots: quotations found in several articles", async () => {
  const files = ["quotes-wire.txt", "quotes-outlet-a.txt", "quotes-outlet-b.txt"];
  const { context, page, problems } = await openSet({ viewport: { width: 1280, height: 1000 } }, files);
  await page.waitForFunction(() => document.querySelectorAll("#shared-quotes .shared-quote").length === 3, null, { timeout: 60_000 });
  const list = page.locator("#shared-quotes");
  const text = await list.innerText();
  for (const speaker of ["Hélène Marchal", "Paul Girardot", "Lucie Ferrand"]) assert.ok(text.includes(speaker), `${speaker} is not listed: ${text}`);
  await list.scrollIntoViewIfNeeded();
  await shoot(list, "quotations");
  assert.deepEqual(problems, []);
  await context.close();
});
