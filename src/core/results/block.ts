import type { Finding } from "../findings";
import type { DetectedLayout } from "./detect";
import type { Preamble } from "./preamble";
import type { ExamThresholds } from "./thresholds";

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
  /** What was inferred rather than read above the table (said in a finding). */
  readonly inferred?: readonly string[];
}

export interface Sink {
  readonly findings: Finding[];
}

export const cell = (row: readonly string[], col: number | undefined): string => (col === undefined ? "" : (row[col] ?? ""));

export function isBlankRow(row: readonly string[]): boolean {
  for (const c of row) if (c.trim() !== "") return false;
  return true;
}
