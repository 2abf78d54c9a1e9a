// Accessibility of the release page: axe-core (npm package axe-core, pinned in .ci/package.json)
// must find no violation in light, dark and phone layouts, in each of the text's three modes with
// two articles that share a passage; and the keyboard paths work: the skip link, the text as one
// tab stop with the arrow keys between its highlights, Enter on a name, the labels on demand.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { openPage, root, startPage } from "./harness.mjs";

const require = createRequire(path.join(root, ".ci/package.json"));
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const fixture = (name) => readFileSync(path.join(root, "tests/fixtures", name), "utf8");

let browser, base, stop;
before(async () => { ({ base, browser, stop } = await startPage()); });
after(async () => { await stop?.(); });

const LAYOUTS = {
  light: { viewport: { width: 1280, height: 1000 }, colorScheme: "light" },
  dark: { viewport: { width: 1280, height: 1000 }, colorScheme: "dark" },
  phone: { viewport: { width: 390, height: 844 }, colorScheme: "light", isMobile: true, hasTouch: true },
};

/** A page with the two wire articles opened as files, analysed, compared and their entities found. */
async function openWithTwoArticles(layout) {
  const { context, page, problems } = await openPage(browser, base, LAYOUTS[layout]);
  await page.setInputFiles("#file", ["wire-a.txt", "wire-b.txt"].map((name) => ({ name, mimeType: "text/plain", buffer: Buffer.from(fixture(name)) })));
  // Both articles are in tabs (the first shown), compared, the shared passages listed.
  await page.waitForFunction(() => document.querySelectorAll("#doc-tabs [role=tab]").length === 2
    && document.querySelector("#passages li button") !== null, null, { timeout: 60_000 });
  return { context, page, problems };
}

/** axe-core's violations on the page as it stands, each as "rule (impact): targets". */
async function violations(page) {
  await page.evaluate(axeSource);
  const found = await page.evaluate(async () => {
    const result = await globalThis.axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(" ")) }));
  });
  return found.map((v) => `${v.id} (${v.impact}) ${v.help}: ${v.nodes.join(" | ")}`);
}

/** Shows a section: in the phone layout, through its button in the views bar. */
async function view(page, name) {
  if (await page.locator("#views").isVisible()) await page.click(`#views [data-view="${name}"]`);
}

async function setMode(page, mode) {
  await view(page, "reader");
  const entitiesBefore = Number(await page.evaluate(() => document.body.dataset.entities || 0));
  await page.click(`#mode-${mode}`);
  if (mode === "entities") {
    await page.waitForFunction((n) => document.querySelector("#reader .ent") !== null || Number(document.body.dataset.entities || 0) > n, entitiesBefore, { timeout: 20_000 });
  }
}

for (const layout of Object.keys(LAYOUTS)) {
  test(`axe-core finds no violation in the ${layout} layout, in every mode of the text`, async () => {
    const { context, page, problems } = await openWithTwoArticles(layout);
    const seen = {};
    for (const mode of ["readability", "entities", "style"]) {
      await setMode(page, mode);
      if (mode === "entities") await page.click("#show-labels");
      seen[mode] = await violations(page);
    }
    // The side-by-side view of a reused passage is open too.
    await view(page, "dups");
    await page.locator("#passages li button").first().click();
    await page.waitForSelector("#compare:not([hidden])");
    seen.compare = await violations(page);
    const expected = { readability: [], entities: [], style: [], compare: [] };
    // On a phone, one section at a time: each is checked.
    if (await page.locator("#views").isVisible()) {
      for (const name of ["input", "results", "entities", "corpus"]) {
        await view(page, name);
        seen[name] = await violations(page);
        expected[name] = [];
      }
    }
    assert.deepEqual(seen, expected);
    await page.screenshot({ path: path.join(root, `tests/e2e/screenshots/a11y-${layout}.png`), fullPage: layout === "phone" });
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test("the keyboard reaches everything: skip link, one tab stop for the text, arrows between highlights", async () => {
  const context = await browser.newContext(LAYOUTS.light);
  const page = await context.newPage();
  await page.goto(base);
  await page.waitForFunction(() => document.body.dataset.analysed >= "1", null, { timeout: 20_000 });
  // The first Tab from the top of the page is the skip link; Enter on it focuses the text.
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.id), "skip-reader");
  await page.keyboard.press("Enter");
  assert.equal(await page.evaluate(() => document.activeElement.id), "reader");
  assert.equal(await page.evaluate(() => location.hash), "", "the skip link leaves the address alone");

  const before = Number(await page.evaluate(() => document.body.dataset.entities || 0));
  await page.evaluate((t) => {
    const area = document.getElementById("text");
    area.value = t;
    area.dispatchEvent(new Event("input", { bubbles: true }));
  }, fixture("fr-speakers.txt"));
  await page.waitForFunction((n) => Number(document.body.dataset.entities || 0) > n, before, { timeout: 20_000 });
  await page.click("#mode-entities");
  await page.waitForSelector("#reader .ent[data-group]");

  // The text is one tab stop however many entities it holds.
  const stops = await page.evaluate(() => [...document.querySelectorAll("#reader [tabindex]")].filter((el) => el.tabIndex >= 0).length);
  assert.equal(stops, 0);
  assert.ok(await page.locator("#reader .ent").count() > 5);

  await page.focus("#reader");
  // → goes to the first highlight, → again to the second, ← back; the line above the text says
  // what the focused one is.
  await page.keyboard.press("ArrowRight");
  const first = await page.evaluate(() => document.activeElement.textContent);
  assert.equal(first, await page.locator("#reader .ent").first().textContent());
  assert.match(await page.locator("#reader-focus").textContent(), /^“.+”: /);
  await page.keyboard.press("ArrowRight");
  const second = await page.evaluate(() => document.activeElement.textContent);
  assert.notEqual(second, first);
  await page.keyboard.press("ArrowLeft");
  assert.equal(await page.evaluate(() => document.activeElement.textContent), first);

  // Enter on a name marks every mention of it; Escape comes back to the text; Tab leaves it.
  await page.keyboard.press("End");
  const name = page.locator("#reader .ent[data-group]").first();
  await name.focus();
  await page.keyboard.press("Enter");
  const group = await name.getAttribute("data-group");
  assert.equal(await page.locator(`#reader .ent.selected[data-group="${group}"]`).count(), await page.locator(`#reader .ent[data-group="${group}"]`).count());
  await page.keyboard.press("Escape");
  assert.equal(await page.evaluate(() => document.activeElement.id), "reader");
  await page.keyboard.press("Tab");
  assert.ok(!(await page.evaluate(() => document.getElementById("reader").contains(document.activeElement))));

  // Labels on demand: written after each entity, kept over a reload.
  const label = () => page.evaluate(() => getComputedStyle(document.querySelector("#reader .ent-PER"), "::after").content);
  assert.equal(await label(), "none");
  await page.click("#show-labels");
  assert.equal(await label(), '"person"');
  assert.equal(await page.getAttribute("#reader", "aria-label"), "The text with its entities highlighted: the arrow keys move between them, Enter on a name marks every mention");
  await page.waitForTimeout(300);
  await page.reload();
  await page.waitForSelector("#reader .ent-PER", { timeout: 20_000 });
  assert.equal(await page.getAttribute("#show-labels", "aria-pressed"), "true");
  assert.equal(await label(), '"person"');
  await context.close();
});
