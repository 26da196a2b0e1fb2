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
 * Rules over an interpreted roadmap → findings (never throws).
 * A table without a deadline or responsible column gets one finding for the table, not one per row.
 */
export function validateRoadmap(roadmap: Roadmap, opts: ValidateOptions): Finding[] {
  const roles = new Set(roadmap.columns.map((c) => c.role));
  const hasColumns = roadmap.columns.length > 0;
  const noDeadlines = hasColumns && !roles.has("deadline");
  const noResponsible = hasColumns && !roles.has("responsible");
  const out: Finding[] = [];
  if (noDeadlines) out.push(finding("deadline.no-column", "warning", MESSAGES_RU["deadline.no-column"]({ where: "" })));
  if (noResponsible) out.push(finding("responsible.no-column", "info", MESSAGES_RU["responsible.no-column"]({ where: "" })));
  const rOpts = { directory: opts.directory, directoryConfirmed: opts.directoryConfirmed ?? false, maxParties: opts.maxParties ?? 4 };
  for (const a of roadmap.activities) {
    if (!noDeadlines) out.push(...deadlineFindings(roadmap, a, opts.asOf));
    if (!noResponsible) out.push(...responsibleFindings(a, rOpts));
  }
  return out;
}
