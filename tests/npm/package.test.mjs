// The npm package as a user gets it: packed to a tarball, installed into an empty project
// (offline: it has no dependencies), imported by name in Node, and used.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "../..");

test("the packed npm package installs and runs in Node", () => {
  execFileSync("bash", [join(root, ".ci/build-npm.sh")], { cwd: root, stdio: "inherit" });
  const work = mkdtempSync(join(tmpdir(), "aa-npm-"));
  execFileSync("npm", ["pack", "--silent", "--pack-destination", work, join(root, "target/npm/article-analyser")], { cwd: work });
  const tarball = readdirSync(work).find((f) => f.endsWith(".tgz"));
  assert.ok(tarball, "npm pack made no tarball");
  writeFileSync(join(work, "package.json"), JSON.stringify({ name: "user", private: true, type: "module" }));
  execFileSync("npm", ["install", "--offline", "--no-audit", "--no-fund", "--silent", `./${tarball}`], { cwd: work });
  writeFileSync(join(work, "use.mjs"), `
    import { Analyser, DuplicateFinder } from "article-analyser";
    const text = "Rouen 🎉 — « Nous avons gagné », a déclaré Anne Hidalgo mardi à Paris.";
    const analyser = new Analyser();
    const stats = analyser.stats(text, { language: "fr" });
    const entities = analyser.entities(text).entities.map((e) => [e.label, text.slice(e.start, e.end)]);
    const finder = new DuplicateFinder();
    const wire = "Le conseil municipal a voté mardi soir un budget de trois millions d'euros pour rénover les écoles de la ville.";
    finder.add("a", wire);
    finder.add("b", "🎉 Lyon. " + wire.replace("mardi soir", "mardi"));
    const p = finder.finish().across[0];
    let error = null;
    try { analyser.stats(123); } catch (e) { error = String(e.message || e); }
    console.log(JSON.stringify({ words: stats.words, entities, reused: finder.finish().across.length,
      sliced: ("🎉 Lyon. " + wire.replace("mardi soir", "mardi")).slice(p.bStart, p.bEnd).slice(0, 10), error }));
  `);
  const out = JSON.parse(execFileSync("node", ["use.mjs"], { cwd: work, encoding: "utf8" }));
  assert.ok(out.words > 8, JSON.stringify(out));
  assert.deepEqual(out.entities.filter(([l]) => l === "PER"), [["PER", "Anne Hidalgo"]]);
  assert.equal(out.reused, 1);
  assert.equal(out.sliced, "Le conseil");
  assert.ok(out.error && /string/i.test(out.error), `a number for a text should throw a clear error, got ${out.error}`);
});
