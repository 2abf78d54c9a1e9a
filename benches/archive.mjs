// How far the page reads a .jsonl archive (worker.js's readArchive): generated archives of the
// sizes given (MB), each dropped on the release page in headless Chromium; prints one JSON line
// each: articles read, seconds (from the drop to the report), the module's memory after the
// report, and where reading stopped if it did (the finder's limits).
//   node benches/archive.mjs 50 100 200
import { mkdtempSync, writeFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { articleSet } from "./article-set.mjs";
import { openPage, startPage } from "../tests/e2e/harness.mjs";

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const dir = mkdtempSync(path.join(os.tmpdir(), "archive-bench-"));
const { base, browser, stop } = await startPage();
try {
  for (const mb of sizes.length ? sizes : [20]) {
    const file = path.join(dir, `${mb}.jsonl`);
    const lines = [];
    let size = 0;
    for (let seed = 1; size < mb * 1e6; seed++) {
      for (const d of articleSet(1000, 200, 8, seed)) {
        const line = JSON.stringify({ id: `s${seed}-${d.id}`, text: d.text });
        lines.push(line);
        size += line.length + 1;
      }
    }
    writeFileSync(file, lines.join("\n") + "\n");
    lines.length = 0;
    const { context, page } = await openPage(browser, base);
    const started = Date.now();
    await page.setInputFiles("#file", file);
    await page.waitForFunction(() => Number(document.body.dataset.archives || 0) >= 1 || /stopped|cancel|error|could not/i.test(document.getElementById("archive-status").textContent), null, { timeout: 1_800_000 });
    const seconds = (Date.now() - started) / 1000;
    const shown = await page.evaluate(() => ({ result: document.getElementById("archive-result").textContent.slice(0, 300), status: document.getElementById("archive-status").textContent }));
    const memoryMB = await page.evaluate(() => window.__archiveMemoryMB ?? null);
    console.log(JSON.stringify({ mb, bytes: size, seconds, memoryMB, ...shown }));
    await context.close();
    rmSync(file);
  }
} finally {
  await stop();
  rmSync(dir, { recursive: true, force: true });
}
