import type { Finding } from "../findings";
import type { DetectedLayout } from "./detect";
import { type Preamble, mergeKeys, normalizeGrade, normalizeSubject } from "./preamble";
import type { ExamThresholds } from "./thresholds";
import type { ColumnMap } from "./columns";

/** One block of a pasted table: a header and its data rows, with the text above it. */
export interface Block {
  readonly cells: readonly (readonly string[])[];
  readonly det: DetectedLayout;
  readonly preamble: Preamble;
  /** 0-based rows [start, end) of data. */
  readonly start: number;
  readonly end: number;
  readonly sheet: string;
  /** Sheet row of cells[0] (1-based). */
  readonly firstRow: number;
  readonly thresholds: ExamThresholds;
}

export interface Sink {
  readonly findings: Finding[];
}

export const cell = (row: readonly string[], col: number | undefined): string => (col === undefined ? "" : (row[col] ?? ""));

export function isBlankRow(row: readonly string[]): boolean {
  for (const c of row) if (c.trim() !== "") return false;
  return true;
}

/** The raw cells that decide a row's assessment, as one string; a single column needs no joining. */
function rawKeyOf(cols: readonly number[]): (row: readonly string[]) => string {
  if (cols.length === 1) return (row) => row[cols[0]] ?? "";
  return (row) => cols.map((c) => row[c] ?? "").join("\u0001");
}

/**
 * The assessment of a row: the block's preamble, overridden by the row's own Предмет / Класс / Год /
 * Процедура cells. Cached by the raw cells, since a million rows share a handful of combinations; equal
 * keys are one object («6а», «6б» are both grade 6), so readers can compare keys by identity.
 */
export function rowKeyReader(preamble: Preamble, cols: ColumnMap): (row: readonly string[]) => Preamble {
  const { subject, year, assessment, gradeCol, className } = cols;
  const gradeIdx = gradeCol ?? className;
  const used = [subject, year, assessment, gradeIdx].filter((c): c is number => c !== undefined);
  if (used.length === 0) return () => preamble;
  const rawOf = rawKeyOf(used);
  const cache = new Map<string, Preamble>();
  const interned = new Map<string, Preamble>();
  const read = (row: readonly string[]): Preamble => {
    const y = /\b(20\d\d)\b/.exec(cell(row, year));
    const a = cell(row, assessment).trim().toUpperCase();
    const key = mergeKeys(preamble, {
      subject: subject !== undefined ? normalizeSubject(cell(row, subject)) : null,
      year: y ? y[1] : null,
      assessment: a ? a : null,
      grade: gradeIdx !== undefined ? normalizeGrade(cell(row, gradeIdx)) : null,
    });
    const exact = JSON.stringify([key.assessment, key.subject, key.grade, key.year]);
    const known = interned.get(exact);
    if (known) return known;
    interned.set(exact, key);
    return key;
  };
  return (row) => {
    const raw = rawOf(row);
    let key = cache.get(raw);
    if (!key) cache.set(raw, (key = read(row)));
    return key;
  };
}
