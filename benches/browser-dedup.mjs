// Times the duplicate finder of the release build in headless Chromium (the WebAssembly module
// on the page's main thread, no worker, no rendering) on a JSON Lines set of articles.
//   node benches/browser-dedup.mjs set.jsonl [runs] [--direct]     (after .ci/build-web.sh)
// --direct lists the direct alignments only (finder.listDerived(false)).
// Prints one JSON line: { runs, medianMs, minMs, passages, pairs, documents, wasmMemoryMB }
// (the module's linear memory after the runs: it grows and never shrinks, so it is the peak).
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { chromium } = createRequire(path.join(root, ".ci/package.json"))("playwright-core");
const args = process.argv.slice(2);
const direct = args.includes("--direct");
const [file, runsArg] = args.filter((a) => a !== "--direct");
const runs = Number(runsArg) || 5;
const docs = readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));

const port = 8000 + Math.floor(Math.random() * 1000);
const server = spawn("python3", [path.join(root, ".ci/static_server.py"), path.join(root, "www"), String(port)], { stdio: "ignore" });
try {
  for (let i = 0; i < 50; i++) {
    try { await fetch(`http://127.0.0.1:${port}/`); break; } catch { await new Promise((r) => setTimeout(r, 100)); }
  }
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
  });
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${port}/`);
  const result = await page.evaluate(async ({ docs, runs, direct }) => {
    const mod = await import("./pkg/article_analyser.js");
    const wasm = await mod.default();
    const times = [];
    let report;
    for (let r = 0; r < runs; r++) {
      const t0 = performance.now();
      const finder = new mod.DuplicateFinder();
      if (direct) finder.listDerived(false);
      for (const d of docs) finder.add(d.id, d.text);
      report = finder.finish();
      finder.free();
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    return {
      runs, medianMs: times[Math.floor(runs / 2)], minMs: times[0], passages: report.across.length,
      pairs: report.pairs.length, documents: report.stats.documents,
      wasmMemoryMB: Math.round(wasm.memory.buffer.byteLength / 1e6),
    };
  }, { docs, runs, direct });
  console.log(JSON.stringify(result));
  await browser.close();
} finally {
  server.kill();
}
