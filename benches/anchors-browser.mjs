// The release WebAssembly build in headless Chromium, for benches/anchors.py: each job of the JSON
// file given ([{ task: "stats" | "entities" | "duplicates", lang, file }]) timed in the page with
// performance.now() (the module called directly on the main thread, no worker, no rendering;
// median of `runs`, after one untimed warm-up call), then one JSON line per job on standard output:
// { task, lang, file, seconds, runs, wasmMemoryMB, found }. wasmMemoryMB is the module's linear
// memory after the job: it grows and never shrinks, so it is the peak so far.
//   node benches/anchors-browser.mjs jobs.json [runs]      (after .ci/build-web.sh)
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import net from "node:net";
import path from "node:path";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { chromium } = createRequire(path.join(root, ".ci/package.json"))("playwright-core");
const [jobsFile, runsArg] = process.argv.slice(2);
const runs = Number(runsArg) || 3;
const jobs = JSON.parse(readFileSync(jobsFile, "utf8"));

const port = await new Promise((resolve) => {
  const s = net.createServer().listen(0, "127.0.0.1", () => { const { port } = s.address(); s.close(() => resolve(port)); });
});
const server = spawn("python3", [path.join(root, ".ci/static_server.py"), path.join(root, "www"), String(port)], { stdio: "ignore" });
let browser;
try {
  for (let i = 0; i < 50; i++) {
    try { await fetch(`http://127.0.0.1:${port}/`); break; } catch { await new Promise((r) => setTimeout(r, 100)); }
  }
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
  });
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.evaluate(async () => {
    const mod = await import("./pkg/article_analyser.js");
    window.__wasm = await mod.default();
    window.__mod = mod;
    window.__analyser = new mod.Analyser();
    window.__analyser.loadGazetteers(await (await fetch("./pkg/gazetteers.txt")).text());
  });
  for (const job of jobs) {
    const content = readFileSync(job.file, "utf8");
    const result = await page.evaluate(({ job, content, runs }) => {
      const { __mod: mod, __analyser: analyser, __wasm: wasm } = window;
      const docs = job.task === "duplicates" ? content.split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l)) : null;
      const once = () => {
        if (job.task === "stats") return analyser.stats(content, { language: job.lang }).words;
        if (job.task === "entities") return analyser.entities(content).entities.length;
        const finder = new mod.DuplicateFinder();
        for (const d of docs) finder.add(d.id, d.text);
        const report = finder.finish();
        finder.free();
        return report.pairs.length;
      };
      let found = once();
      const times = [];
      for (let r = 0; r < runs; r++) {
        const t0 = performance.now();
        found = once();
        times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      return { seconds: times[Math.floor(runs / 2)] / 1000, found, wasmMemoryMB: wasm.memory.buffer.byteLength / 1048576 };
    }, { job, content, runs });
    console.log(JSON.stringify({ ...job, runs, ...result }));
  }
} finally {
  await browser?.close();
  server.kill();
}
