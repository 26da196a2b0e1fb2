import { isSchoolPeriod, isoDate } from "./dates";
import type { Period } from "./types";

export type PeriodKind = "calendar" | "school";

/** The kind a pair of dates from the pane's fields stands for (1 September – 31 August is school years). */
export function periodKindOf(start: string, end: string): PeriodKind {
  return /^\d{4}-\d{2}-\d{2}$/.test(start) && /^\d{4}-\d{2}-\d{2}$/.test(end) && isSchoolPeriod({ start, end }) ? "school" : "calendar";
}

/**
 * The same years read the other way, for the pane's choice «календарные годы / учебные годы»:
 * 2023-01-01…2024-12-31 as school years is 2023/2024 (1 September 2023 – 31 August 2024), and
 * 2023-09-01…2025-08-31 as calendar years is 2023–2025. Empty fields stay empty.
 */
export function snapPeriod(kind: PeriodKind, start: string, end: string): Period | null {
  const from = Number(start.slice(0, 4));
  const to = Number(end.slice(0, 4)) || from;
  if (!from) return null;
  if (kind === "school") {
    return { start: isoDate(from, 9, 1), end: isoDate(Math.max(from + 1, to), 8, 31), kind: "school" };
  }
  return { start: isoDate(from, 1, 1), end: isoDate(Math.max(from, to), 12, 31), kind: "calendar" };
}
