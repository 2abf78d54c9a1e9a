// The corrections' rules on a hand-made entity report (no browser): a relabelled name takes its
// mentions with it, a removed one leaves with its mentions and every index after it is
// renumbered, a speaker whose name was removed is no speaker, and a speaker set by hand wins.
import { test } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { root } from "./harness.mjs";

const { applyCorrections, correctionKey, readCorrections } = await import(pathToFileURL(path.join(root, "www/js/corrections.js")).href);

// « Je pars », a dit Anne Roux à Gap. Roux quitte Gap.
const report = () => ({
  entities: [
    { start: 0, end: 10, label: "QUOTE", text: "« Je pars »", group: null },
    { start: 19, end: 28, label: "PER", text: "Anne Roux", group: 0 },
    { start: 31, end: 34, label: "LOC", text: "Gap", group: 1 },
    { start: 36, end: 40, label: "PER", text: "Roux", group: 0 },
    { start: 48, end: 51, label: "LOC", text: "Gap", group: 1 },
  ],
  groups: [
    { label: "PER", name: "Anne Roux", count: 2, mentions: [1, 3] },
    { label: "LOC", name: "Gap", count: 2, mentions: [2, 4] },
  ],
  quotes: [{ entity: 0, speaker: "Anne Roux", speakerGroup: 0, kind: "speech" }],
  labelCounts: { QUOTE: 1, PER: 2, LOC: 2 },
});

test("keys fold case, spaces, Unicode forms and quotation marks", () => {
  assert.equal(correctionKey("  Météo-France "), correctionKey("me\u0301te\u0301o-france"));
  assert.equal(correctionKey("« L'eau  monte »"), correctionKey("\"L'eau monte\""));
});

test("a name relabelled everywhere, the counts following; the report given is untouched", () => {
  const given = report();
  const out = applyCorrections(given, readCorrections({ labels: { gap: "ORG" } }));
  assert.deepEqual(out.entities.filter((e) => e.text === "Gap").map((e) => [e.label, e.corrected]), [["ORG", true], ["ORG", true]]);
  assert.equal(out.groups[1].label, "ORG");
  assert.equal(out.groups[1].corrected, true);
  assert.deepEqual(out.labelCounts, { QUOTE: 1, PER: 2, LOC: 0, ORG: 2 });
  assert.deepEqual(given, report());
});

test("a name removed with its mentions, indices renumbered, its quotation left without a speaker", () => {
  const out = applyCorrections(report(), readCorrections({ labels: { "anne roux": "none" } }));
  assert.deepEqual(out.entities.map((e) => e.text), ["« Je pars »", "Gap", "Gap"]);
  assert.deepEqual(out.groups.map((g) => [g.name, g.mentions]), [["Gap", [1, 2]]]);
  assert.deepEqual(out.entities.map((e) => e.group), [null, 0, 0]);
  assert.equal(out.quotes[0].speaker, null);
  assert.equal(out.quotes[0].speakerGroup, null);
});

test("a speaker set by hand, or none", () => {
  const set = applyCorrections(report(), readCorrections({ speakers: { [correctionKey("“Je pars”")]: "Gap" } }));
  assert.deepEqual([set.quotes[0].speaker, set.quotes[0].speakerGroup, set.quotes[0].speakerCorrected], ["Gap", 1, true]);
  const none = applyCorrections(report(), readCorrections({ speakers: { "je pars": "" } }));
  assert.equal(none.quotes[0].speaker, null);
});

test("malformed corrections from storage or a link are left out", () => {
  assert.deepEqual(readCorrections({ labels: { a: "DATE", b: "ORG", c: 5 }, speakers: { d: 7, e: "X" } }), { labels: { b: "ORG" }, speakers: { e: "X" } });
  assert.deepEqual(readCorrections("nonsense"), { labels: {}, speakers: {} });
});
