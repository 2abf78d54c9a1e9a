// End-to-end tests of what must never be lost or run: the workspace across reloads (a large
// set, the last typing before the pause, the view), bad .jsonl lines reported by number, the
// CSP sent as a header, and a corpus of XSS payloads pasted, dropped as file names and .jsonl
// ids: none may run (no dialog, no script, no request) and each is shown as text.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { payloads } from "./payloads.mjs";
import { startPage } from "./harness.mjs";

let browser, base, stop;

before(async () => { ({ base, browser, stop } = await startPage()); });

after(async () => { await stop?.(); });

async function open(context) {
  const page = await context.newPage();
  const problems = [];
  page.on("console", (m) => { if (m.type() === "error") problems.push(`console: ${m.text()}`); });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("dialog", (d) => { problems.push(`dialog: ${d.message()}`); d.dismiss(); });
  page.on("request", (r) => { if (!r.url().startsWith(base) && !r.url().startsWith("data:")) problems.push(`foreign request: ${r.url()}`); });
  await page.goto(base);
  await page.waitForFunction(() => document.body.dataset.analysed >= "1", null, { timeout: 20_000 });
  return { page, problems };
}

async function type(page, text) {
  await page.evaluate((t) => {
    const area = document.getElementById("text");
    area.value = t;
    area.dispatchEvent(new Event("input", { bubbles: true }));
  }, text);
}

async function analysed(page, text) {
  const n = Number(await page.evaluate(() => document.body.dataset.analysed || 0));
  await type(page, text);
  await page.waitForFunction((k) => Number(document.body.dataset.analysed) > k, n, { timeout: 60_000 });
}

test("the workspace survives reloads: a large set, the last typing, the view", async () => {
  const context = await browser.newContext();
  const { page, problems } = await open(context);
  // Two articles of 1.5 million characters each: more than the old 2 M localStorage limit,
  // which deleted the saved set.
  const big = "Le conseil municipal a voté le budget de la commune pour l'an prochain. ".repeat(21_000);
  await analysed(page, big);
  await page.locator("#add-doc").click();
  await analysed(page, `${big}Fin du second article.`);
  await page.locator("#mode-entities").click();
  // Typed, then reloaded at once (inside the pause before the analysis): kept on pagehide.
  await page.locator("#doc-tabs [role=tab]").nth(0).click();
  await type(page, "Un texte tapé juste avant de recharger la page.");
  await page.reload();
  await page.waitForFunction(() => document.body.dataset.analysed >= "1");
  assert.equal(await page.locator("#doc-tabs [role=tab]").count(), 2);
  assert.equal(await page.locator("#text").inputValue(), "Un texte tapé juste avant de recharger la page.");
  assert.equal(await page.locator("#mode-entities").getAttribute("aria-pressed"), "true");
  // The second article, too long for the text box, is back whole: its word count says so.
  const n = Number(await page.evaluate(() => document.body.dataset.analysed));
  await page.locator("#doc-tabs [role=tab]").nth(1).click();
  await page.waitForFunction((k) => Number(document.body.dataset.analysed) > k, n, { timeout: 60_000 });
  assert.match(await page.locator("#text").getAttribute("placeholder"), /1\.5 million characters/);
  assert.equal(await page.locator('[data-stat="words"] dd').textContent(), new Intl.NumberFormat("en-US").format(13 * 21_000 + 4));
  assert.equal(await page.locator("#save-note").textContent(), "");
  assert.deepEqual(problems, []);
  await context.close();
});

test("bad .jsonl lines are reported by number, the good ones kept", async () => {
  const context = await browser.newContext();
  const { page, problems } = await open(context);
  const lines = [
    "\uFEFF" + JSON.stringify({ id: "a", text: "Premier article valable." }),
    "pas du json",
    JSON.stringify({ id: { nested: true }, text: "Un id qui est un objet." }),
    JSON.stringify({ id: "c" }),
    "",
    JSON.stringify({ id: 7, text: "Un id numérique." }),
  ].join("\n");
  const before = Number(await page.evaluate(() => document.body.dataset.compared || 0));
  await page.setInputFiles("#file", [{ name: "set.jsonl", mimeType: "application/jsonl", buffer: Buffer.from(lines) }]);
  await page.waitForFunction((n) => Number(document.body.dataset.compared || 0) > n, before, { timeout: 60_000 });
  const status = await page.locator("#file-note").textContent();
  assert.match(status, /3 articles added/);
  assert.match(status, /2 lines skipped: set\.jsonl line 2: not JSON; set\.jsonl line 4: no “text” string/);
  assert.match(await page.locator("#doc-tabs").textContent(), /\{"nested":true\}/);
  assert.deepEqual(problems, []);
  await context.close();
});

test("the page sends its CSP as a header, frame-ancestors included", async () => {
  const page = await fetch(base);
  const csp = page.headers.get("content-security-policy");
  assert.match(csp, /frame-ancestors 'none'/);
  assert.match(csp, /default-src 'self'/);
  const worker = await fetch(`${base}js/worker.js`);
  assert.match(worker.headers.get("content-security-policy"), /script-src 'self' 'wasm-unsafe-eval'/);
});


test("a hundred XSS payloads pasted, as file names and as .jsonl ids run nothing and show as text", async () => {
  const list = payloads();
  assert.ok(list.length >= 100, `${list.length} payloads`);
  const context = await browser.newContext();
  const { page, problems } = await open(context);
  const text = list.join("\n");
  await analysed(page, text);
  const entitiesBefore = Number(await page.evaluate(() => document.body.dataset.entities || 0));
  await page.waitForFunction((n) => Number(document.body.dataset.entities || 0) >= n, entitiesBefore);
  for (const mode of ["#mode-readability", "#mode-entities"]) {
    await page.locator(mode).click();
    assert.equal(await page.locator("#reader script, #reader img, #reader svg, #reader iframe, #reader a[href], #reader object, #reader embed, #reader style, #reader input").count(), 0);
    assert.ok((await page.locator("#reader").textContent()).includes("<script>alert(1)</script>"));
  }
  assert.ok((await page.locator("#quotes").textContent()).includes("<script>"));
  // As file names and .jsonl ids.
  const files = list.slice(0, 20).map((p, i) => ({ name: `${p.replace(/\//g, "∕")}.txt`, mimeType: "text/plain", buffer: Buffer.from(`Texte ${i}.`) }));
  const jsonl = list.map((p, i) => JSON.stringify({ id: p, text: `Article ${i} : ${p}` })).join("\n");
  files.push({ name: "ids.jsonl", mimeType: "application/jsonl", buffer: Buffer.from(jsonl) });
  const before = Number(await page.evaluate(() => document.body.dataset.compared || 0));
  await page.setInputFiles("#file", files);
  await page.waitForFunction((n) => Number(document.body.dataset.compared || 0) > n, before, { timeout: 60_000 });
  await page.waitForTimeout(300);
  assert.equal(await page.locator("body script:not([src]), #doc-tabs img, #doc-tabs svg, #passages img").count(), 0);
  const flags = await page.evaluate(() => ({ xss: window.__xss, title: document.title }));
  assert.equal(flags.xss, undefined);
  assert.equal(flags.title, "Article Analyser");
  assert.deepEqual(problems, []);
  console.log(`XSS corpus: ${list.length} payloads pasted, ${files.length - 1} file names, ${list.length} .jsonl ids; none ran`);
  await context.close();
});

test("50 MB pasted: analysed in the worker, the main thread never held long, kept over a reload", async () => {
  const context = await browser.newContext();
  const { page, problems } = await open(context);
  await page.waitForFunction(() => Number(document.body.dataset.compared || 0) >= 1);
  await page.evaluate(() => {
    const unit = "Le gouvernement a présenté mardi un plan de relance. The minister said it would work. ";
    const big = unit.repeat(Math.round(50e6 / unit.length));
    window.tasks = [];
    new PerformanceObserver((list) => { for (const t of list.getEntries()) window.tasks.push(t.duration); }).observe({ type: "longtask" });
    const data = new DataTransfer();
    data.setData("text/plain", big);
    document.getElementById("text").select();
    document.getElementById("text").dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  });
  // Statistics, then entities, then repeats: the last is there when the repeat list names them.
  await page.waitForFunction(() => /Sentence ×/.test(document.getElementById("within").textContent), null, { timeout: 300_000, polling: 500 });
  const longest = await page.evaluate(() => Math.max(0, ...window.tasks));
  console.log(`50 MB paste: longest main-thread task ${Math.round(longest)} ms (${await page.evaluate(() => window.tasks.length)} tasks over 50 ms)`);
  assert.ok(longest < 1000, `the page froze for ${Math.round(longest)} ms`);
  assert.match(await page.locator("#text").getAttribute("placeholder"), /A text of 50 million characters/);
  assert.match(await page.locator("#within").textContent(), /Sentence ×581395 /);
  assert.match(await page.locator("#status").textContent(), /Analysed in/);
  await page.waitForTimeout(500);
  await page.reload();
  await page.waitForFunction(() => /A text of 50 million characters/.test(document.getElementById("text").placeholder), null, { timeout: 60_000 });
  assert.deepEqual(problems, []);
  await context.close();
});

test("a trap inside the module is reported, the worker replaced and the text kept", async () => {
  const context = await browser.newContext();
  // The worker served with a stand-in for a Rust panic: the module's stats() traps on one text.
  await context.route("**/js/worker.js", async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace("if (type === \"stats\") result =",
      "if (type === \"stats\" && textOf(event.data.ref).includes(\"PANIC-TEST\")) throw new WebAssembly.RuntimeError(\"unreachable\");\n    if (type === \"stats\") result =");
    await route.fulfill({ response, body });
  });
  const { page, problems } = await open(context);
  await type(page, "Un texte qui fait tomber le module. PANIC-TEST");
  await page.waitForFunction(() => /internal error/.test(document.getElementById("status").textContent), null, { timeout: 20_000 });
  assert.match(await page.locator("#status").textContent(), /restarted, and your texts are kept/);
  assert.equal(await page.locator("#text").inputValue(), "Un texte qui fait tomber le module. PANIC-TEST");
  await analysed(page, "Un texte ordinaire, analysé par le nouveau module.");
  assert.match(await page.locator("#status").textContent(), /Analysed in/);
  assert.equal(await page.locator('[data-stat="words"] dd').textContent(), "8");
  assert.deepEqual(problems, []);
  await context.close();
});

test("30 MB of binary junk opened as a file: analysed, compared, and no task holds the page 200 ms", async () => {
  // Pseudo-random bytes (a fixed linear congruential sequence, so every run reads the same
  // junk), written to a file the browser reads itself, as a dropped file is read (a buffer handed
  // to setInputFiles would be decoded by the test's own script in the page, in one long task).
  const bytes = Buffer.alloc(30 * 1024 * 1024);
  let x = 12345;
  for (let i = 0; i < bytes.length; i += 4) { x = (Math.imul(x, 1103515245) + 12345) >>> 0; bytes.writeUInt32LE(x, i); }
  const dir = mkdtempSync(path.join(tmpdir(), "junk-"));
  const file = path.join(dir, "junk.bin.txt");
  writeFileSync(file, bytes);
  try {
    const context = await browser.newContext();
    const { page, problems } = await open(context);
    await page.evaluate(() => {
      window.tasks = [];
      new PerformanceObserver((list) => { for (const t of list.getEntries()) window.tasks.push(t.duration); }).observe({ type: "longtask" });
    });
    const compared = Number(await page.evaluate(() => document.body.dataset.compared || 0));
    await page.setInputFiles("#file", file);
    // The junk's own statistics (its note), its comparison and its entities, all in.
    await page.waitForFunction((n) => Number(document.body.dataset.compared || 0) > n
      && /binary/i.test(document.getElementById("notes").textContent)
      && document.querySelector("#entity-table table, #entity-table p") !== null, compared, { timeout: 300_000, polling: 1000 });
    await page.waitForTimeout(1000);
    const tasks = await page.evaluate(() => window.tasks);
    const longest = Math.max(0, ...tasks);
    console.log(`30 MB binary file: longest main-thread task ${Math.round(longest)} ms (${tasks.length} over 50 ms)`);
    assert.ok(longest < 200, `the page froze for ${Math.round(longest)} ms`);
    assert.match(await page.locator("#file-note").textContent(), /1 article added/);
    assert.match(await page.locator("#notes").textContent(), /binary|not text|control/i);
    assert.deepEqual(problems, []);
    await context.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
