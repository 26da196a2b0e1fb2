import type { SourceTable } from "../table/types";
import { type ColumnMap, type ContingentMetric, contingentMetricOfHeader, mapColumns, normalizeHeader } from "./columns";
import { recognizeByContent } from "./recognize";
import type { AssessmentKey, ResultLayout } from "./types";

/** A block of columns under one caption (a subject or a year) in a summary with a two-row header. */
export interface KeyGroup {
  readonly key: Partial<AssessmentKey>;
  readonly columns: ColumnMap;
  readonly caption: string;
}

export interface DetectedLayout {
  readonly layout: ResultLayout;
  /** 0-based index in `cells` of the (last) header row; data starts below it. */
  readonly headerRow: number;
  readonly columns: ColumnMap;
  /** For contingent tables: metric → column. */
  readonly metrics?: Partial<Record<ContingentMetric, number>>;
  /** Blocks of columns per subject / year; `columns` then holds the shared ones (the school). */
  readonly groups?: readonly KeyGroup[];
  /** The columns were typed by their values, not only by header words (said in a finding). */
  readonly byContent?: boolean;
  /** The user's mapping said the mark columns are percentages (p2…p5) or counts (n2…n5). */
  readonly percent?: boolean;
  /** The user mapped the columns by hand. */
  readonly byUser?: boolean;
}

export type Detection = DetectedLayout | { readonly layout: "unknown" };

const TEXT_ROLES = ["school", "student", "participants", "mark", "subject", "percentTotal", "className"] as const;
const OBJECTIVITY = /^(понизили|подтвердили|повысили)/;
const FISOKO_GROUPS = /^групп[аы] участников$/;
const TASK_HEADER = /^\d{1,2}(\.\d{1,2})?(\s*\(\d+\s*б\.?\))?$/;
const EXAM_WORDS = /((?<![а-яёa-z0-9])егэ(?![а-яёa-z0-9])|(?<![а-яёa-z0-9])огэ(?![а-яёa-z0-9])|гиа|тестов[а-яёa-z]+\s+балл)/i;

function isMarkDigitsRow(row: readonly string[]): Partial<Record<"m2" | "m3" | "m4" | "m5", number>> | null {
  const at: (number | undefined)[] = [undefined, undefined, undefined, undefined];
  let other = false;
  row.forEach((c, i) => {
    const t = normalizeHeader(c);
    if (t === "2" || t === "3" || t === "4" || t === "5") {
      // A digit twice: marks under several subjects, a block per subject (read by content, with its groups).
      if (at[Number(t) - 2] !== undefined) other = true;
      at[Number(t) - 2] ??= i;
    } else if (t !== "" && t !== "%") other = true;
  });
  // A sub-header holds the mark digits and nothing else; a data row («СОШ 1 | 5а | 3 | 5 | 2») is not one.
  if (other) return null;
  const known = at.map((c, k) => [k, c] as const).filter((x): x is readonly [number, number] => x[1] !== undefined);
  if (known.length < 3) return null;
  // One digit lost in pasting: the four mark columns stand side by side, so its place follows from the others.
  const [k0, c0] = known[0];
  const cols = at.map((c, k) => c ?? c0 + (k - k0));
  return { m2: cols[0], m3: cols[1], m4: cols[2], m5: cols[3] };
}

function withoutMarkDigits(m: ColumnMap): ColumnMap {
  const { m2: _2, m3: _3, m4: _4, m5: _5, ...rest } = m;
  return rest;
}

function contingentMetrics(row: readonly string[]): Partial<Record<ContingentMetric, number>> {
  const out: Partial<Record<ContingentMetric, number>> = {};
  row.forEach((c, i) => {
    const m = contingentMetricOfHeader(c);
    if (m && out[m] === undefined) out[m] = i;
  });
  return out;
}

/** The layout a header row (with the row below it and the text above it) announces, if any. */
export function layoutOfHeader(row: readonly string[], next: readonly string[] | undefined, above: string): Detection {
  const first = normalizeHeader(row.find((c) => c.trim() !== "") ?? "");
  const mapped = mapColumns(row);
  // Task numbers («1 | 2 | … | 11.1 | 14», «3 (1б)»): their 2…5 are tasks, not marks («Выполнение заданий»,
  // «Индивидуальные результаты»); the per-pupil mark and journal-mark columns still read.
  const tasks = row.some((c) => TASK_HEADER.test(normalizeHeader(c)) && !/^[2-5]$/.test(normalizeHeader(c)));
  const columns: ColumnMap = tasks ? withoutMarkDigits(mapped) : mapped;
  if (columns.school !== undefined && row.filter((c) => OBJECTIVITY.test(normalizeHeader(c))).length >= 2) {
    // Today's export: «%» / «Кол-во участников» under each of Понизили / Подтвердили / Повысили (a two-row header).
    const sub = next && !(next[columns.school] ?? "").trim() && next.some((c) => /^(%|кол-?во участников)$/.test(normalizeHeader(c)));
    return { layout: "fisoko-objectivity", headerRow: sub ? 1 : 0, columns };
  }
  if (OBJECTIVITY.test(first)) return { layout: "fisoko-objectivity", headerRow: -1, columns: {} };
  const hasText = TEXT_ROLES.some((r) => columns[r] !== undefined);
  if (!hasText) return { layout: "unknown" };
  const sub = next && !tasks ? isMarkDigitsRow(next) : null;
  if (columns.school !== undefined && sub && columns.m5 === undefined) {
    return { layout: "fisoko-marks", headerRow: 1, columns: { ...columns, ...sub } };
  }
  const markCols = (["m2", "m3", "m4", "m5"] as const).filter((r) => columns[r] !== undefined).length;
  // ФИС ОКО 2024–2026: «Группы участников | Кол-во ОО | Кол-во участников | 2 | 3 | 4 | 5», marks in percent.
  if (columns.school !== undefined && markCols >= 3 && FISOKO_GROUPS.test(normalizeHeader(row[columns.school] ?? ""))) {
    return { layout: "fisoko-marks", headerRow: 0, columns };
  }
  if (columns.school !== undefined && markCols >= 3 && columns.mark === undefined) return { layout: "counts", headerRow: 0, columns };
  const examText = EXAM_WORDS.test(above) || EXAM_WORDS.test(row.join(" "));
  if (columns.mark !== undefined || columns.score !== undefined) {
    if (columns.journal !== undefined) return { layout: "students", headerRow: 0, columns };
    if (columns.score !== undefined && (columns.subject !== undefined || examText)) return { layout: "exam", headerRow: 0, columns };
    if (columns.mark !== undefined && (columns.student !== undefined || columns.className !== undefined || columns.school !== undefined)) {
      return { layout: examText ? "exam" : "students", headerRow: 0, columns };
    }
  }
  // A per-school summary: a school column and any stated figure (средний балл, доля сдавших, не преодолели порог…).
  const aggregates = (["meanScore", "meanMark", "statedSuccess", "statedQuality", "belowCount", "belowShare", "passedCount"] as const)
    .filter((r) => columns[r] !== undefined).length;
  if (columns.school !== undefined && columns.mark === undefined && columns.score === undefined && aggregates >= 1 && !sub) {
    return { layout: "counts", headerRow: 0, columns };
  }
  const metrics = contingentMetrics(row);
  if (columns.school !== undefined && Object.keys(metrics).length >= 2) return { layout: "contingent", headerRow: 0, columns, metrics };
  return { layout: "unknown" };
}

/** The first Понизили row usually follows the school's name row: keep that row in the data. */
function objectivityStart(cells: readonly (readonly string[])[], from: number, r: number): number {
  if (r - 1 < from) return r;
  const prev = cells[r - 1].filter((c) => c.trim() !== "");
  const looksLikeName = prev.length === 1 && !prev[0].includes(":") && !/^группы участников$/i.test(prev[0].trim());
  return looksLikeName ? r - 1 : r;
}

/** Scans rows from `from` for the first header a reader knows; `headerRow` is absolute. */
export function detectFrom(cells: readonly (readonly string[])[], from: number, limit = 60): Detection {
  const above: string[] = [];
  const end = Math.min(cells.length, from + limit);
  for (let r = from; r < end; r++) {
    const d = layoutOfHeader(cells[r], cells[r + 1], above.join("\n"));
    if (d.layout === "fisoko-objectivity" && d.headerRow < 0) return { ...d, headerRow: objectivityStart(cells, from, r) - 1 };
    if (d.layout !== "unknown") return { ...d, headerRow: r + d.headerRow };
    above.push(cells[r].join(" "));
  }
  // No header in words we know: type the columns by their values and look for a known shape.
  return recognizeByContent(cells, from, limit)?.detection ?? { layout: "unknown" };
}

/** The layout of a pasted table (its first block). */
export function detectLayout(table: SourceTable): Detection {
  return detectFrom(table.cells, 0);
}
