// A .jsonl archive larger than the workspace takes (files.js's ARCHIVE_OVER, 16 MiB) is read by
// the worker in chunks and handed to the duplicate finder article by article: the page shows
// progress, then the passages carried by the most articles with an excerpt, the articles most
// made of reused text, the bad lines with their numbers, and offers the whole report as JSON;
// a cancel stops the reading and the page keeps working. The archive is never opened as tabs.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { articleSet } from "../../benches/article-set.mjs";
import { openPage, root, startPage } from "./harness.mjs";

let base, browser, stop;
const dir = mkdtempSync(path.join(os.tmpdir(), "archive-"));
const shots = path.join(root, "tests/e2e/screenshots");

before(async () => {
  ({ base, browser, stop } = await startPage());
  mkdirSync(shots, { recursive: true });
});
after(async () => { await stop(); });

/** An archive of about `mb` MB: the generated set (each even article's third paragraph copied
 * into the next one), one wire story carried by `wire` articles, and two bad lines. */
function archive(name, mb, wire = 30) {
  const docs = [];
  let size = 0;
  let seed = 1;
  while (size < mb * 1e6) {
    for (const d of articleSet(1000, 200, 8, seed++)) {
      const line = JSON.stringify({ id: `s${seed}-${d.id}`, text: d.text });
      docs.push(line);
      size += line.length + 1;
    }
  }
  const story = "Le conseil municipal de Valdorin a voté mardi soir un budget de trois millions d'euros pour rénover les écoles de la vallée de la Sorne, a annoncé la préfète Hélène Marchal.";
  for (let i = 0; i < wire; i++) docs.splice(i * 97 + 5, 0, JSON.stringify({ id: `wire-${i}`, text: `Édition ${i}. ${story} Fin.` }));
  docs.splice(3, 0, "this line is not JSON");
  docs.splice(7, 0, JSON.stringify({ id: "x", body: "no text field" }));
  const file = path.join(dir, name);
  writeFileSync(file, docs.join("\n") + "\n");
  return file;
}

test("a 20 MB .jsonl archive: read in the worker, its most carried passage and its bad lines, the report as JSON", async () => {
  const file = archive("wires.jsonl", 20);
  const { context, page, problems } = await openPage(browser, base, { viewport: { width: 1280, height: 1000 } });
  let longest = 0;
  await page.exposeFunction("reportLongTask", (ms) => { longest = Math.max(longest, ms); });
  await page.evaluate(() => new PerformanceObserver((list) => { for (const e of list.getEntries()) window.reportLongTask(e.duration); }).observe({ type: "longtask", buffered: false }));
  const tabsBefore = await page.locator("#doc-tabs [role=tab], #doc-tabs option").count();
  await page.setInputFiles("#file", file);
  await page.waitForFunction(() => Number(document.body.dataset.archives || 0) >= 1, null, { timeout: 180_000 });
  const text = await page.locator("#archive-result").textContent();
  assert.match(text, /articles \([\d\s ,.]+ words, [\d.,]+ MiB\) read in/, text);
  assert.match(text, /2 lines skipped \(line 4: not JSON; line 8: no “text” string\)/, text);
  const rows = await page.locator("#archive-result table").first().locator("tr").evaluateAll((trs) => trs.slice(1).map((tr) => [...tr.cells].map((c) => c.textContent)));
  const wire = rows.find(([, , excerpt]) => excerpt.includes("Le conseil municipal de Valdorin"));
  assert.ok(wire, JSON.stringify(rows.slice(0, 3)));
  assert.equal(wire[1], "29", "one passage and its 29 copies");
  assert.equal(await page.locator("#doc-tabs [role=tab], #doc-tabs option").count(), tabsBefore, "no article opened as a tab");
  assert.ok(longest < 200, `the page's thread was held ${longest} ms`);
  await page.locator("#archive").screenshot({ path: path.join(shots, "archive.png") });
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#archive-download")]);
  const report = JSON.parse(readFileSync(await download.path(), "utf8"));
  assert.equal(report.badLines, 2);
  assert.equal(report.documents.length, report.articles);
  assert.ok(report.reuse.some((c) => c.copies.length === 29), "the wire story's cluster is in the report");
  assert.deepEqual(problems, []);
  await context.close();
});

test("cancelling an archive stops its reading and the page goes on analysing", async () => {
  const file = archive("big.jsonl", 60, 2);
  const { context, page, problems } = await openPage(browser, base);
  await page.setInputFiles("#file", file);
  await page.waitForFunction(() => document.getElementById("archive-progress").value > 0.05, null, { timeout: 60_000 });
  await page.click("#archive-cancel");
  await page.waitForFunction(() => /cancelled/.test(document.getElementById("archive-status").textContent), null, { timeout: 10_000 });
  assert.ok(await page.locator("#archive-cancel").isHidden());
  // The workspace is analysed again by the new worker.
  const before = Number(await page.evaluate(() => document.body.dataset.analysed || 0));
  await page.fill("#text", "Le maire a parlé mardi. Il a tout dit.");
  await page.waitForFunction((n) => Number(document.body.dataset.analysed || 0) > n, before, { timeout: 20_000 });
  assert.deepEqual(problems, []);
  await context.close();
});
