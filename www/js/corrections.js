// The reader's corrections to the entities: a name's label changed or the name removed, and a
// quotation's speaker set (or taken away). A correction is keyed by what it corrects, not by
// where: a name by its normalised spelling (NFC, lower case, spaces folded), so that it applies to
// every mention of that name in every article of the workspace; a quotation by its normalised
// words, so that the same quotation carried by several articles (wire copy) gets the same speaker.
// Corrections are applied to the core's entity report after it is computed, by the page for the
// view and by the export worker for every export, and each corrected item says so
// (`corrected: true`). No DOM here: the worker imports it.
/** The labels a name can be given (the others are patterns: dates, numbers, addresses). */
export const NAME_LABELS = ["PER", "LOC", "ORG", "MISC"];
/** The label that removes a name. */
export const REMOVED = "none";

/** A name's or a quotation's key: NFC, lower case, runs of spaces and quotation marks folded. */
export const correctionKey = (text) => String(text).normalize("NFC").toLocaleLowerCase()
  .replace(/[«»“”„"‘’‹›]/g, " ").replace(/[\s\u00a0\u202f]+/g, " ").trim();

/** Empty corrections: { labels: { key: label | "none" }, speakers: { key: name | "" } }. */
export const noCorrections = () => ({ labels: {}, speakers: {} });

/** `value` (from storage or a link) as corrections, anything malformed left out. */
export function readCorrections(value) {
  const out = noCorrections();
  if (!value || typeof value !== "object") return out;
  for (const [k, v] of Object.entries(value.labels || {})) {
    if (typeof k === "string" && k && (v === REMOVED || NAME_LABELS.includes(v))) out.labels[k] = v;
  }
  for (const [k, v] of Object.entries(value.speakers || {})) {
    if (typeof k === "string" && k && typeof v === "string" && v.length <= 200) out.speakers[k] = v;
  }
  return out;
}

export const hasCorrections = (c) => Object.keys(c.labels).length > 0 || Object.keys(c.speakers).length > 0;

/**
 * The entity report with `corrections` applied: a group whose name is corrected takes the new
 * label (its mentions too), or leaves the report with its mentions (indices renumbered); a
 * quotation whose words are corrected takes the speaker given (none for ""), and becomes speech.
 * `labelCounts`, when present, follows. The report given is not changed.
 */
export function applyCorrections(report, corrections) {
  if (!corrections || !hasCorrections(corrections)) return report;
  const { labels, speakers } = corrections;
  const groupLabel = report.groups.map((g) => labels[correctionKey(g.name)]);
  const counts = report.labelCounts ? { ...report.labelCounts } : null;
  // Entities: removed with their group, relabelled with it; indices mapped old -> new.
  const index = new Int32Array(report.entities.length).fill(-1);
  const entities = [];
  report.entities.forEach((e, i) => {
    const label = e.group === null || e.group === undefined ? undefined : groupLabel[e.group];
    if (label === REMOVED) return;
    index[i] = entities.length;
    entities.push(label ? { ...e, label, corrected: true } : { ...e });
  });
  // Groups: the removed ones out, indices mapped old -> new.
  const groupIndex = new Int32Array(report.groups.length).fill(-1);
  const groups = [];
  report.groups.forEach((g, gi) => {
    const label = groupLabel[gi];
    if (counts && label) {
      counts[g.label] = Math.max(0, (counts[g.label] || 0) - g.count);
      if (label !== REMOVED) counts[label] = (counts[label] || 0) + g.count;
    }
    if (label === REMOVED) return;
    groupIndex[gi] = groups.length;
    groups.push({ ...g, label: label || g.label, ...(label ? { corrected: true } : {}), mentions: g.mentions.map((m) => index[m]).filter((m) => m >= 0) });
  });
  for (const e of entities) if (e.group !== null && e.group !== undefined) e.group = groupIndex[e.group] < 0 ? null : groupIndex[e.group];
  const quotes = report.quotes.filter((q) => index[q.entity] >= 0).map((q) => {
    const entity = index[q.entity];
    const said = speakers[correctionKey(report.entities[q.entity].text)];
    const speakerGroup = q.speakerGroup === null || q.speakerGroup === undefined || groupIndex[q.speakerGroup] < 0 ? null : groupIndex[q.speakerGroup];
    if (said === undefined) {
      // A speaker whose name was removed is no speaker.
      const gone = q.speakerGroup !== null && q.speakerGroup !== undefined && groupIndex[q.speakerGroup] < 0;
      return { ...q, entity, speakerGroup, ...(gone ? { speaker: null } : {}) };
    }
    const named = said.trim();
    const group = named ? groups.findIndex((g) => correctionKey(g.name) === correctionKey(named)) : -1;
    return { ...q, entity, speaker: named || null, speakerGroup: group < 0 ? null : group, kind: named ? "speech" : q.kind, speakerCorrected: true };
  });
  const out = { ...report, entities, groups, quotes };
  if (counts) out.labelCounts = counts;
  if (report.groupCount !== undefined) out.groupCount = report.groupCount - (report.groups.length - groups.length);
  return out;
}

/** The corrections as a list for the exports: [{ kind: "label" | "speaker", key, value }]. */
export function correctionList(corrections) {
  return [
    ...Object.entries(corrections.labels).map(([key, value]) => ({ kind: "label", key, value })),
    ...Object.entries(corrections.speakers).map(([key, value]) => ({ kind: "speaker", key, value: value || null })),
  ];
}
