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

/**
 * The assessment of a row: the block's preamble, overridden by the row's own Предмет / Класс / Год /
 * Процедура cells. Cached by the raw cells, since a million rows share a handful of combinations.
 */
export function rowKeyReader(preamble: Preamble, cols: ColumnMap): (row: readonly string[]) => Preamble {
  const { subject, year, assessment, gradeCol, className } = cols;
  const gradeIdx = gradeCol ?? className;
  if (subject === undefined && year === undefined && assessment === undefined && gradeIdx === undefined) return () => preamble;
  const cache = new Map<string, Preamble>();
  return (row) => {
    const raw = `${cell(row, subject)}\u0001${cell(row, year)}\u0001${cell(row, assessment)}\u0001${cell(row, gradeIdx)}`;
    let key = cache.get(raw);
    if (!key) {
      const y = /\b(20\d\d)\b/.exec(cell(row, year));
      const a = cell(row, assessment).trim().toUpperCase();
      key = mergeKeys(preamble, {
        subject: subject !== undefined ? normalizeSubject(cell(row, subject)) : null,
        year: y ? y[1] : null,
        assessment: a ? a : null,
        grade: gradeIdx !== undefined ? normalizeGrade(cell(row, gradeIdx)) : null,
      });
      cache.set(raw, key);
    }
    return key;
  };
}
