// Entity highlighting with DOM nodes and textContent only: quotations are a layer around the
// entities inside them; clicking (or Enter on) a name marks all the mentions of its entity.
import { LABEL_NAMES, LABELS } from "./labels.js";
import { num, t, tn } from "./i18n.js";
import { h, READER_LIMIT } from "./render.js";
import { NAME_LABELS, REMOVED } from "./corrections.js";

export { LABEL_NAMES, LABELS };

/** Nests `items` (sorted by start, longer first) inside [from, to) as a tree. */
function tree(items, from, to) {
  const root = { start: from, end: to, children: [] };
  const stack = [root];
  for (const item of items) {
    const start = Math.max(item.start, from);
    const end = Math.min(item.end, to);
    if (end <= start) continue;
    while (stack.length > 1 && start >= stack[stack.length - 1].end) stack.pop();
    const parent = stack[stack.length - 1];
    const node = { ...item, start, end: Math.min(end, parent.end), children: [] };
    parent.children.push(node);
    if (item.label === "QUOTE") stack.push(node);
  }
  return root;
}

function renderNode(node, text, report, quoteInfo) {
  const out = [];
  let at = node.start;
  for (const child of node.children) {
    if (child.start > at) out.push(text.slice(at, child.start));
    if (child.start < at) continue; // overlapping leftovers are shown as plain text
    const inner = child.children.length ? renderNode(child, text, report, quoteInfo) : [text.slice(child.start, child.end)];
    const el = h(child.label === "QUOTE" ? "span" : "mark", `ent ent-${child.label}`);
    el.append(...inner);
    el.dataset.label = child.label;
    if (child.corrected) el.classList.add("user");
    const what = t(LABEL_NAMES[child.label]);
    // Every highlight is reached with the arrow keys from the text (one tab stop, see
    // main.js), and `data-tag` is the label the "Labels" toggle writes after it, as displaCy does.
    el.tabIndex = -1;
    el.dataset.tag = what;
    if (child.group !== null && child.group !== undefined) {
      const g = report.groups[child.group];
      el.dataset.group = String(child.group);
      const mentions = tn(g.count, "{n} mention", "{n} mentions");
      el.title = t("{what}: {name} ({mentions}); Enter marks every mention", { what, name: g.name, mentions })
        + (child.corrected ? ` (${t("your correction")})` : "");
      el.setAttribute("role", "button");
      el.setAttribute("aria-label", `${el.textContent}, ${what}: ${g.name} (${mentions})`);
    } else if (child.label === "QUOTE") {
      const quote = quoteInfo.get(child.index);
      const said = (!quote ? "" : quote.kind === "phrase" ? t("quoted phrase") : quote.speaker ? t("said by {name}", { name: quote.speaker }) : t("speaker not named"))
        + (quote && quote.speakerCorrected ? ` (${t("your correction")})` : "");
      el.title = said ? `${t("quotation")}, ${said}` : t("quotation");
      if (said) el.dataset.tag = said;
    } else {
      el.title = what;
    }
    out.push(el);
    at = child.end;
  }
  if (at < node.end) out.push(text.slice(at, node.end));
  return out;
}

/** The text, paragraph by paragraph, with the entities marked. */
export function renderEntityReader(container, text, blocks, report, limit = READER_LIMIT) {
  const items = report.entities.map((e, index) => ({ ...e, index }));
  const quoteInfo = new Map(report.quotes.map((q) => [q.entity, q]));
  const nodes = [];
  let first = 0;
  // The text is shown up to limit, or to the end of a name that starts before it: past
  // that point the worker keeps back most entities (see entitiesForPage in worker.js).
  let cut = limit;
  for (const e of report.entities) if (e.start <= limit && e.label !== "QUOTE") cut = Math.max(cut, e.end);
  for (const block of blocks) {
    if (block.span.start > limit) {
      nodes.push(h("p", "more", t("The rest of the text is analysed but not shown here.")));
      break;
    }
    while (first < items.length && items[first].end <= block.span.start) first++;
    const inBlock = [];
    for (let k = first; k < items.length && items[k].start < block.span.end; k++) inBlock.push(items[k]);
    // Quotations that started in an earlier paragraph and run into this one.
    for (let k = 0; k < first; k++) if (items[k].label === "QUOTE" && items[k].end > block.span.start) inBlock.unshift(items[k]);
    inBlock.sort((a, b) => a.start - b.start || b.end - a.end);
    const p = h("p", block.kind === "heading" ? "heading" : "");
    const end = Math.min(block.span.end, cut);
    p.append(...renderNode(tree(inBlock, block.span.start, end), text, report, quoteInfo));
    nodes.push(p);
    if (end < block.span.end) {
      nodes.push(h("p", "more", t("The rest of the text is analysed but not shown here.")));
      break;
    }
  }
  container.replaceChildren(...nodes);
}

/** Marks every mention of group `g` (or none when g is null). */
export function selectGroup(container, g) {
  for (const el of container.querySelectorAll(".ent.selected")) el.classList.remove("selected");
  if (g === null) return;
  for (const el of container.querySelectorAll(`.ent[data-group="${g}"]`)) el.classList.add("selected");
}

/** Rows of the entity table and quotations listed before "show all". */
const ROW_LIMIT = 500;

/**
 * The legend with a toggle per label, the table of entities, and the quotations. A name's kind
 * is a menu (`onLabel(name, label)`; "not a name" removes it, null undoes the correction) and a
 * quotation's speaker can be set (`onSpeaker(quotation, speaker)`; "" for none, null undoes).
 */
export function renderEntityPanel(ui, report, text, hidden, { onSelect, onLabel, onSpeaker }) {
  // Mentions per label over the whole text (the worker counts them before it keeps back the
  // entities past the shown part).
  const counts = new Map(LABELS.map((l) => [l, report.labelCounts[l] ?? 0]));
  ui.legend.replaceChildren(...LABELS.map((label) => {
    const b = h("button", `chip ent-${label}`);
    b.type = "button";
    b.dataset.label = label;
    b.setAttribute("aria-pressed", String(!hidden.has(label)));
    b.append(h("span", "swatch"), `${t(LABEL_NAMES[label])} ${num(counts.get(label))}`);
    b.title = t("Show or hide the {what} highlights", { what: t(LABEL_NAMES[label]) });
    return b;
  }));
  const table = h("table", "entity-table");
  const head = h("tr");
  head.append(h("th", "", t("Entity")), h("th", "", t("Kind")), h("th", "", t("Mentions")));
  table.append(head);
  const rows = (from, to) => { for (const [i, g] of report.groups.slice(from, to).entries()) addRow(from + i, g); };
  const addRow = (i, g) => {
    const tr = h("tr");
    const name = h("button", "link", g.name);
    name.type = "button";
    name.addEventListener("click", () => onSelect(i));
    const variants = [...new Set(g.mentions.map((m) => report.entities[m].text))];
    if (variants.length > 1) name.title = t("Also written: {forms}", { forms: variants.filter((v) => v !== g.name).join(", ") });
    const kind = h("td");
    kind.append(...(NAME_LABELS.includes(g.label) ? kindMenu(g, onLabel) : [h("span", `tag ent-${g.label}`, t(LABEL_NAMES[g.label]))]));
    const nameCell = h("td");
    nameCell.append(name);
    if (g.corrected) tr.classList.add("user");
    tr.append(nameCell, kind, h("td", "num", String(g.count)));
    table.append(tr);
  };
  // A text with a hundred thousand names would freeze the page if every row were built: the
  // first ROW_LIMIT are, the rest on demand.
  rows(0, ROW_LIMIT);
  const parts = [report.groups.length ? table : h("p", "hint", t("No names found."))];
  if (report.groups.length > ROW_LIMIT) {
    const more = h("button", "more-rows", report.groupCount > report.groups.length
      ? t("Show the {n} most mentioned entities", { n: num(report.groups.length) })
      : t("Show all {n} entities", { n: num(report.groups.length) }));
    more.type = "button";
    more.addEventListener("click", () => { rows(ROW_LIMIT, report.groups.length); more.remove(); });
    parts.push(more);
  }
  const total = report.groupCount ?? report.groups.length;
  if (total > report.groups.length) parts.push(h("p", "hint", t("{n} less mentioned entities are left out of this table; the exports list them all.", { n: num(total - report.groups.length) })));
  ui.entityTable.replaceChildren(...parts);
  const quotes = report.quotes.filter((q) => {
    const e = report.entities[q.entity];
    return e.end - e.start > 2;
  });
  const speakers = report.groups.filter((g) => g.label === "PER" || g.label === "ORG").map((g) => g.name);
  ui.quotes.replaceChildren(...quotes.slice(0, ROW_LIMIT).map((q) => {
    const e = report.entities[q.entity];
    const li = h("li");
    li.append(h("span", "quote-text", text.slice(e.start, e.end)));
    if (q.kind === "phrase") li.classList.add("phrase");
    li.append(speakerLine(q, e.text, speakers, onSpeaker));
    li.dataset.kind = q.kind;
    return li;
  }));
  if (quotes.length === 0) ui.quotes.replaceChildren(h("li", "hint", t("No quotation.")));
  const unlisted = Math.max(0, quotes.length - ROW_LIMIT) + (report.quoteCount ?? report.quotes.length) - report.quotes.length;
  if (unlisted > 0) ui.quotes.append(h("li", "hint", t("and {n} more quotations, not listed here (the exports have them all)", { n: num(unlisted) })));
}

/** A name's kind as a menu of the name labels and "not a name", with an undo once corrected. */
function kindMenu(g, onLabel) {
  const menu = h("select", `tag-menu ent-${g.label}`);
  menu.setAttribute("aria-label", t("Kind of {name}", { name: g.name }));
  for (const label of NAME_LABELS) {
    const option = h("option", "", t(LABEL_NAMES[label]));
    option.value = label;
    menu.append(option);
  }
  const remove = h("option", "", t("not a name"));
  remove.value = REMOVED;
  menu.append(remove);
  menu.value = g.label;
  menu.addEventListener("change", () => onLabel(g.name, menu.value));
  if (!g.corrected) return [menu];
  return [menu, " ", h("span", "yours", t("your correction")), " ", undoButton(t("Undo your correction of {name}", { name: g.name }), () => onLabel(g.name, null))];
}

function undoButton(label, onClick) {
  const undo = h("button", "undo", "↺");
  undo.type = "button";
  undo.title = label;
  undo.setAttribute("aria-label", label);
  undo.addEventListener("click", onClick);
  return undo;
}

/** " — speaker" with a button that sets it (a box offering the article's people and bodies). */
function speakerLine(q, quotation, speakers, onSpeaker) {
  const line = h("span", q.speakerCorrected ? "speaker user" : "speaker");
  const who = q.kind === "phrase" ? t("quoted phrase") : q.speaker || t("speaker not named");
  line.append(` — ${who}`);
  if (q.speakerCorrected) line.append(" ", h("span", "yours", t("your correction")));
  const edit = h("button", "edit", "✎");
  edit.type = "button";
  edit.title = t("Set the speaker");
  edit.setAttribute("aria-label", t("Set the speaker of this quotation"));
  edit.addEventListener("click", () => line.replaceWith(speakerForm(q, quotation, speakers, onSpeaker, line)));
  line.append(" ", edit);
  if (q.speakerCorrected) line.append(" ", undoButton(t("Undo your correction of this speaker"), () => onSpeaker(quotation, null)));
  return line;
}

let formCount = 0;
function speakerForm(q, quotation, speakers, onSpeaker, line) {
  const form = h("form", "speaker-form");
  const list = h("datalist");
  list.id = `speakers-${++formCount}`;
  for (const name of speakers) {
    const option = h("option");
    option.value = name;
    list.append(option);
  }
  const input = h("input");
  input.type = "text";
  input.maxLength = 200;
  input.value = q.speaker || "";
  input.setAttribute("list", list.id);
  input.setAttribute("aria-label", t("Speaker of this quotation"));
  const save = h("button", "", t("Save"));
  save.type = "submit";
  const none = h("button", "", t("No speaker"));
  none.type = "button";
  const cancel = h("button", "", t("Cancel"));
  cancel.type = "button";
  form.addEventListener("submit", (e) => { e.preventDefault(); onSpeaker(quotation, input.value.trim()); });
  none.addEventListener("click", () => onSpeaker(quotation, ""));
  cancel.addEventListener("click", () => { form.replaceWith(line); line.querySelector(".edit")?.focus(); });
  form.addEventListener("keydown", (e) => { if (e.key === "Escape") { e.preventDefault(); cancel.click(); } });
  form.append(" — ", input, list, " ", save, " ", none, " ", cancel);
  queueMicrotask(() => input.focus());
  return form;
}
