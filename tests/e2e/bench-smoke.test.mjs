// The page benchmark's smoke run: benches/page-load.mjs with one reload, so that the script the
// README's figures come from keeps working (its figures are not checked: they are the machine's).
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { root } from "./harness.mjs";

test("benches/page-load.mjs runs and reports the page's weight and first result", () => {
  const out = execFileSync("node", [path.join(root, "benches/page-load.mjs"), "1"], { encoding: "utf8", timeout: 120_000 });
  const report = JSON.parse(out.trim().split("\n").pop());
  assert.ok(report.wasmGzipKB > 100 && report.beforeFirstResultGzipKB > report.wasmGzipKB, JSON.stringify(report));
  assert.ok(report.gzipKB > report.beforeFirstResultGzipKB, "the entity lists come after the first result");
  assert.ok(report.files >= 10 && report.firstResultMs.median > 0 && report.firstResultMs.runs === 1, JSON.stringify(report));
});
