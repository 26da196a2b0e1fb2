import { finding, type Finding } from "../findings";
import { cleanCellText, oneLine, type SourceTable } from "../table";
import type { ColumnLayout } from "./columns";
import { continueDraft, finishDraft, startDraft, type Draft, type Vocabulary } from "./draft";
import { composeDeadline } from "./deadline-cells";
import { uniqueKey } from "./draft";
import { MESSAGES } from "./messages";
import { numberLevels, numberParts, numberTokens, splitGluedNumber } from "./numbers";
import { classifyRow, viewRow, yearOf, type RowView } from "./rows";
import type { Activity, RoadmapSection } from "./types";

export interface TableAssembly {
  readonly activities: Activity[];
  readonly sections: RoadmapSection[];
  /** Findings about rows (repeated headers, unrecognised rows, several activities in one row, joined words). */
  readonly findings: Finding[];
  /** Text of the rows above the header (a title pasted with the table). */
  readonly preamble: string;
}

interface SectionDraft {
  title: string;
  ids: string[];
  year?: number;
  sourceRow?: number;
  /** Cells of a group row besides its title: parties, a deadline span, other columns. */
  responsibleRaw?: string;
  deadlineRaw?: string;
  extra?: Record<string, string>;
}

/** Rows whose one cell spans most of the table: a merged section row. */
function wideRows(table: SourceTable, width: number): Set<number> {
  const rows = new Set<number>();
  if (width < 3) return rows;
  for (const m of table.merges ?? []) if (m.columnSpan >= Math.ceil(width * 0.6)) rows.add(m.row);
  return rows;
}

/** Text of a cell merged down over several rows, for the rows it covers (deadline or party shared by rows). */
function verticalFills(table: SourceTable, layout: ColumnLayout): Map<number, string[]> {
  const fills = new Map<number, string[]>();
  const { number, activity } = layout.byRole;
  for (const m of table.merges ?? []) {
    if (m.rowSpan < 2 || m.column === number || m.column === activity) continue;
    const text = cleanCellText(table.cells[m.row]?.[m.column] ?? "");
    for (let r = m.row + 1; r < m.row + m.rowSpan && r < table.cells.length; r++) {
      const row = fills.get(r) ?? [];
      row[m.column] = text;
      fills.set(r, row);
    }
  }
  return fills;
}

/** Most numbers in the number column (or leading the texts, see numbersInText) have levels («1.1»): then a lone «3.» starts a section. */
function numbersAreLeveled(table: SourceTable, layout: ColumnLayout, inText: boolean): boolean {
  const c = inText ? layout.byRole.activity : layout.byRole.number;
  if (c === undefined) return false;
  let leveled = 0;
  let plain = 0;
  const skip = new Set(layout.numberRows);
  for (let r = layout.headerRow + 1; r < table.cells.length; r++) {
    if (skip.has(r)) continue;
    const cell = oneLine(cleanCellText(table.cells[r][c] ?? ""));
    const number = inText ? splitGluedNumber(cell)?.number ?? "" : cell;
    const levels = numberLevels(number.replace(/\s+/g, ""));
    if (levels > 1) leveled++;
    else if (levels === 1) plain++;
  }
  return leveled > plain;
}

/**
 * A № column of running row numbers (22, 23, 24 — a network schedule's line counter) while the activities'
 * own codes lead their texts («4. Поощрение …», «4.1. Информирование …»): the codes are the numbers then.
 */
function numbersInText(table: SourceTable, layout: ColumnLayout): boolean {
  const { number: num, activity: act } = layout.byRole;
  if (num === undefined || act === undefined) return false;
  const skip = new Set(layout.numberRows);
  let rows = 0;
  let steps = 0;
  let coded = 0;
  let previous = Number.NaN;
  for (let r = layout.headerRow + 1; r < table.cells.length && rows < 400; r++) {
    if (skip.has(r)) continue;
    const n = oneLine(cleanCellText(table.cells[r][num] ?? ""));
    if (!/^\d{1,5}$/.test(n)) continue;
    rows++;
    if (Number(n) === previous + 1) steps++;
    previous = Number(n);
    if (splitGluedNumber(cleanCellText(table.cells[r][act] ?? ""))) coded++;
  }
  return rows >= 3 && steps >= (rows - 1) * 0.8 && coded >= rows * 0.6;
}

function sectionTitle(view: RowView, layout: ColumnLayout): string {
  const act = layout.byRole.activity;
  const text = oneLine(act === undefined ? view.cells.filter(Boolean).join(" ") : view.cells[act] || view.cells.filter(Boolean).join(" "));
  const digits = view.number.replace(/\.$/, "");
  return view.number && !text.startsWith(digits) ? `${view.number} ${text}` : text;
}

/** Two activities written into one row: two numbers in the number cell, or «2.4. …» inside the text of 2.3. */
function holdsSeveral(view: RowView, layout: ColumnLayout): boolean {
  const num = layout.byRole.number;
  if (num !== undefined && numberTokens(cleanCellText(view.raw[layout.columns[num].index] ?? "")).length > 1) return true;
  const act = layout.byRole.activity;
  if (act === undefined) return false;
  const text = view.cells[act].slice(1);
  // A sibling number opens the text or a line of it: most texts have neither, and then nothing is parsed.
  if (!text.includes("\n") && !LEADING_DIGIT.test(text)) return false;
  const parts = numberParts(view.number);
  if (!parts || parts.length < 2) return false;
  const parent = parts.slice(0, -1).join(".");
  return text.includes(`${parent}.`) && siblingPattern(parent).test(text);
}

/** The parent number as String(Number) writes it starts with a digit, or «I» (Infinity, 309+ digits). */
const LEADING_DIGIT = /^\s*[\dI]/;

/** One compiled pattern per parent number («2.8»): compiling one per row was a hot spot at 100,000 rows. */
const SIBLING_PATTERNS = new Map<string, RegExp>();

function siblingPattern(parent: string): RegExp {
  let pattern = SIBLING_PATTERNS.get(parent);
  if (!pattern) {
    pattern = new RegExp(`(?:^|\\n)\\s*${parent.replace(/\./g, "\\.")}\\.\\d+\\.?\\s+\\S`);
    if (SIBLING_PATTERNS.size > 10_000) SIBLING_PATTERNS.clear();
    SIBLING_PATTERNS.set(parent, pattern);
  }
  return pattern;
}

const UNFINISHED = /[^.;!?»)"]$/;

/** The rows walked once, before the activities' texts are finished (word joining needs the vocabulary). */
export interface TableWalk {
  readonly drafts: readonly Draft[];
  readonly sections: readonly SectionDraft[];
  /** Findings about unrecognised rows, in row order. */
  readonly findings: readonly Finding[];
  /** Source rows of repeated headers that were dropped. */
  readonly headers: readonly number[];
  /** Source rows of column-number rows («1 | 2 | 3 …»): input rows, not activities. */
  readonly numberRows: readonly number[];
}

/** Walks the rows once: sections, activities and their continuation rows, dropped headers. */
export function walkTable(table: SourceTable, layout: ColumnLayout): TableWalk {
  const wide = wideRows(table, layout.columns.length);
  const fills = verticalFills(table, layout);
  const inText = numbersInText(table, layout);
  const multiLevel = numbersAreLeveled(table, layout, inText);
  const sections: SectionDraft[] = [];
  const drafts: Draft[] = [];
  const findings: Finding[] = [];
  const headers: number[] = [];
  const numberRows: number[] = [];
  const rowOf = (i: number) => table.origin.firstRow + i;
  const act = layout.byRole.activity;
  for (let i = layout.headerRow + 1; i < table.cells.length; i++) {
    const view = viewRow(table, i, layout, wide, inText);
    const last = drafts[drafts.length - 1];
    const previousUnfinished = last !== undefined && act !== undefined && UNFINISHED.test(last.cells[act] ?? "");
    const kind = classifyRow(view, { layout, multiLevel, hasActivity: last !== undefined, previousUnfinished });
    if (kind === "header") headers.push(rowOf(i));
    else if (kind === "numbers") numberRows.push(rowOf(i));
    else if (kind === "section") {
      // «2021 год» over «1. Система методической работы»: the year row's year holds for the sections under it.
      const section = sectionOf(view, layout, rowOf(i));
      const above = sections[sections.length - 1];
      if (section.year === undefined && above?.year !== undefined) section.year = above.year;
      sections.push(section);
    }
    else if (kind === "continuation" && last) continueDraft(last, view, rowOf(i));
    else if (kind === "unrecognized") {
      const text = view.raw.filter((t) => t.trim() !== "").join(" | ");
      findings.push(finding("row.unrecognized", "warning", MESSAGES.unrecognized(rowOf(i), text), { row: rowOf(i), data: { text } }));
    } else if (kind === "activity") {
      if (sections.length === 0) sections.push({ title: "", ids: [] });
      const section = sections[sections.length - 1];
      const id = `${sections.length}.${section.ids.length + 1}`;
      section.ids.push(id);
      const draft = startDraft(id, section.title, view, rowOf(i), fills.get(i) ?? []);
      draft.multiple = holdsSeveral(view, layout);
      inheritParties(draft, section, layout);
      drafts.push(draft);
    }
  }
  return { drafts, sections, findings, headers, numberRows };
}

/** A group row's title, and its other cells kept apart: parties, the deadline span, the rest by header. */
function sectionOf(view: RowView, layout: ColumnLayout, sourceRow: number): SectionDraft {
  const section: SectionDraft = { title: sectionTitle(view, layout), ids: [], year: yearOf(view), sourceRow };
  const { number: num, activity: act, responsible } = layout.byRole;
  if (act === undefined) return section;
  const deadline = composeDeadline(view.cells.map((t, c) => t || (view.raw[c] ?? "").trim()), layout).raw;
  const deadlineColumns = new Set(layout.deadlineParts.length ? layout.deadlineParts.map((p) => p.column) : [layout.byRole.deadline]);
  if (deadline) section.deadlineRaw = deadline;
  if (responsible !== undefined && view.cells[responsible]) section.responsibleRaw = oneLine(view.cells[responsible]);
  const extra: Record<string, string> = {};
  for (const col of layout.columns) {
    const c = col.index;
    if (c === act || c === responsible || deadlineColumns.has(c) || !view.cells[c]) continue;
    // The № cell is in the title, unless it counts rows and the code came from the text.
    if (c === num && section.title.includes(oneLine(view.cells[c]))) continue;
    extra[uniqueKey(extra, col.header)] = view.cells[c];
  }
  if (Object.keys(extra).length) section.extra = extra;
  return section;
}

/**
 * An activity whose responsible cell is empty, under a group row that names parties («Задача 1. … |  | Управление
 * образования»), is the group's: real plans write the body once on the group row. The cell as written stays
 * empty in `original`; a finding says where the parties came from.
 */
function inheritParties(draft: Draft, section: SectionDraft, layout: ColumnLayout): void {
  const c = layout.byRole.responsible;
  if (c === undefined || !section.responsibleRaw || !/\p{L}/u.test(section.responsibleRaw) || draft.cells[c] !== "") return;
  draft.cells[c] = section.responsibleRaw;
  draft.inheritedFrom = section.sourceRow;
}

/** The walked rows → activities with their words joined, and the findings about rows. */
export function finishTable(table: SourceTable, layout: ColumnLayout, walk: TableWalk, vocabulary: Vocabulary): TableAssembly {
  const width = layout.columns.length;
  const { headers } = walk;
  const findings: Finding[] = [...walk.findings];
  if (headers.length) findings.push(finding("row.header-repeated", "info", MESSAGES.headersDropped(headers), { row: headers[0], data: { count: headers.length } }));
  if (walk.numberRows.length) {
    const rows = walk.numberRows;
    const text = rows.map((r) => table.cells[r - table.origin.firstRow].filter((t) => t.trim()).join(" | ")).join("\n");
    findings.push(finding("row.column-numbers", "info", MESSAGES.columnNumbers(rows), { row: rows[0], data: { text } }));
  }
  const activities: Activity[] = [];
  for (const d of walk.drafts) {
    const { activity, joins } = finishDraft(d, layout, vocabulary, width);
    activities.push(activity);
    const at = { activityId: activity.id, row: activity.sourceRows[0] };
    if (d.multiple) findings.push(finding("row.multiple-activities", "warning", MESSAGES.multipleActivities(at.row, activity.number), at));
    if (d.inheritedFrom !== undefined) findings.push(finding("responsible.inherited", "info", MESSAGES.responsibleInherited(at.row, activity.number, d.inheritedFrom), at));
    if (joins.length) {
      const data = { joined: joins.map((j) => `${j.from} → ${j.to}`).join("; ") };
      findings.push(finding("text.words-joined", "info", MESSAGES.wordsJoined(at.row, activity.number, joins), { ...at, data }));
    }
  }
  const preamble = table.cells.slice(0, Math.max(0, layout.headerTop)).map((r) => r.filter((t) => t.trim()).join(" ")).filter(Boolean).join("\n");
  const sections = walk.sections.map((s) => ({
    title: s.title,
    activityIds: s.ids,
    ...(s.year !== undefined ? { year: s.year } : {}),
    ...(s.sourceRow !== undefined ? { sourceRow: s.sourceRow } : {}),
    ...(s.responsibleRaw ? { responsibleRaw: s.responsibleRaw } : {}),
    ...(s.deadlineRaw ? { deadlineRaw: s.deadlineRaw } : {}),
    ...(s.extra ? { extra: s.extra } : {}),
  }));
  return { activities, sections, findings, preamble };
}

export function assembleTable(table: SourceTable, layout: ColumnLayout, vocabulary: Vocabulary): TableAssembly {
  return finishTable(table, layout, walkTable(table, layout), vocabulary);
}
