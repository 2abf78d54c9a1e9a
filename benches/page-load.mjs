// The page's weight and its first result, in headless Chromium on the release build:
//   node benches/page-load.mjs [runs]          (after bash .ci/build-web.sh; default 7 runs)
// Weight: every file the first visit requests (the page, its styles and scripts, the wasm, the
// entity lists), each gzipped at level 9 as a static host would send it, in all and without the
// entity lists (fetched after the first statistics); pdf.js is not counted, being loaded only
// when a PDF arrives. First result: with a French article restored from the browser's storage,
// the time from navigation start to the statistics on the page (document.body.dataset.analysed),
// as performance.now() reads it in the page; the median and range of `runs` reloads (the first
// load, which fills the HTTP cache, is left out). Prints one JSON line.
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { root, startPage } from "../tests/e2e/harness.mjs";

const runs = Number(process.argv[2]) || 7;
const { base, browser, stop } = await startPage();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  const page = await context.newPage();
  const files = new Set();
  page.on("request", (r) => { if (r.url().startsWith(base)) files.add(new URL(r.url()).pathname); });
  await page.goto(base);
  await page.waitForFunction(() => document.body.dataset.analysed >= "1", null, { timeout: 30_000 });
  const article = readFileSync(path.join(root, "tests/fixtures/fr-article.txt"), "utf8");
  await page.evaluate((t) => {
    const area = document.getElementById("text");
    area.value = t;
    area.dispatchEvent(new Event("input", { bubbles: true }));
  }, article);
  await page.waitForFunction(() => Number(document.body.dataset.analysed) >= 2, null, { timeout: 30_000 });
  await page.waitForTimeout(500); // saved
  const times = [];
  for (let i = 0; i <= runs; i++) {
    await page.reload();
    await page.waitForFunction(() => document.body.dataset.analysed >= "1" && Number(document.querySelector('[data-stat="words"] dd')?.textContent.replace(/\D/g, "")) > 100, null, { timeout: 30_000, polling: "raf" });
    const ms = await page.evaluate(() => performance.now());
    if (i > 0) times.push(ms); // the first reload fills the cache
  }
  times.sort((a, b) => a - b);
  const weights = {};
  for (const f of [...files].sort()) {
    const local = path.join(root, "www", f === "/" ? "index.html" : decodeURIComponent(f));
    try { weights[f] = gzipSync(readFileSync(local), { level: 9 }).length; } catch { /* a route the server answers, not a file */ }
  }
  const total = Object.values(weights).reduce((a, b) => a + b, 0);
  // The entity lists are fetched by the worker after the first statistics: not on their path.
  const after = Object.entries(weights).filter(([f]) => f.endsWith("/gazetteers.txt")).reduce((a, [, b]) => a + b, 0);
  const wasm = Object.entries(weights).filter(([f]) => f.endsWith(".wasm")).reduce((a, [, b]) => a + b, 0);
  console.log(JSON.stringify({
    gzipKB: Math.round(total / 102.4) / 10, beforeFirstResultGzipKB: Math.round((total - after) / 102.4) / 10, wasmGzipKB: Math.round(wasm / 102.4) / 10, files: Object.keys(weights).length,
    firstResultMs: { median: Math.round(times[times.length >> 1]), min: Math.round(times[0]), max: Math.round(times[times.length - 1]), runs },
  }));
  await context.close();
} finally {
  await stop();
}
