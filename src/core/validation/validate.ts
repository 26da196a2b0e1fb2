import type { Roadmap } from "../roadmap/types";
import { finding, type Finding } from "../findings";
import type { IsoDate } from "../deadlines/types";
import type { DirectoryEntry } from "../parties/types";
import { MESSAGES_RU } from "./messages";
import { deadlineFindings } from "./deadline-rules";
import { responsibleFindings } from "./responsible-rules";

export interface ValidateOptions {
  readonly asOf: IsoDate;
  readonly directory: readonly DirectoryEntry[];
  /** The user confirmed the «Ответственные» sheet: names outside it are then reported. */
  readonly directoryConfirmed?: boolean;
  /** More parties than this is diffused responsibility (default 4). */
  readonly maxParties?: number;
}

/**
 * The header row, where a missing column is looked for: the assembler's when it gives one, else the row
 * just above the first data row (activity or section) — the header's last row in every table we know;
 * a table with no header at all (data from row 1) points at that first row.
 */
export function headerRowOf(r: Roadmap): number | undefined {
  if (r.headerRow !== undefined && r.headerRow >= 1) return r.headerRow;
  const rows = [...r.activities.flatMap((a) => a.sourceRows), ...r.sections.flatMap((s) => (s.sourceRow ? [s.sourceRow] : []))];
  return rows.length ? Math.max(1, Math.min(...rows) - 1) : undefined;
}

function columnFinding(code: "deadline.no-column" | "responsible.no-column", severity: "warning" | "info", r: Roadmap): Finding {
  const row = headerRowOf(r);
  const where = row === undefined ? "" : `Строка ${row} (шапка таблицы)`;
  return finding(code, severity, MESSAGES_RU[code]({ where }), { ...(row !== undefined ? { row } : {}), ...(r.source ? { sheet: r.source } : {}) });
}

/**
 * Rules over an interpreted roadmap → findings (never throws).
 * A table without a deadline or responsible column gets one finding for the table, not one per row.
 */
export function validateRoadmap(roadmap: Roadmap, opts: ValidateOptions): Finding[] {
  const roles = new Set(roadmap.columns.map((c) => c.role));
  // With no activity there is nothing whose deadline or party could be missing: no column finding.
  const hasColumns = roadmap.columns.length > 0 && roadmap.activities.length > 0;
  const noDeadlines = hasColumns && !roles.has("deadline");
  const noResponsible = hasColumns && !roles.has("responsible");
  const out: Finding[] = [];
  if (noDeadlines) out.push(columnFinding("deadline.no-column", "warning", roadmap));
  if (noResponsible) out.push(columnFinding("responsible.no-column", "info", roadmap));
  const rOpts = { directory: opts.directory, directoryConfirmed: opts.directoryConfirmed ?? false, maxParties: opts.maxParties ?? 4 };
  for (const a of roadmap.activities) {
    if (!noDeadlines) out.push(...deadlineFindings(roadmap, a, opts.asOf));
    if (!noResponsible) out.push(...responsibleFindings(a, rOpts));
  }
  return out;
}
