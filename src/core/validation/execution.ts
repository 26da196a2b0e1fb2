import type { Activity } from "../roadmap/types";
import type { IsoDate } from "../deadlines/types";

export type ExecutionStatus = "done" | "in-progress" | "overdue" | "planned" | "due-soon";

/** Amber zone of the «Мероприятия» sheet: the deadline ends within this many days. */
export const DUE_SOON_DAYS = 30;

/** ISO date + n days; Date.UTC is pure calendar arithmetic here, not a clock. */
export function addDays(date: IsoDate, n: number): IsoDate {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

/**
 * done: marked «выполнено»; overdue: the deadline ended before `asOf`; due-soon: it ends within 30 days;
 * in-progress: marked «в работе» or its window is open now; planned: everything else (also no date).
 */
export function executionStatus(activity: Activity, asOf: IsoDate): ExecutionStatus {
  if (activity.status === "выполнено") return "done";
  const { start, end } = activity.deadline;
  if (end !== null && end < asOf) return "overdue";
  if (end !== null && end <= addDays(asOf, DUE_SOON_DAYS)) return "due-soon";
  if (activity.status === "в работе") return "in-progress";
  if (start !== null && start <= asOf && (end === null || asOf <= end)) return "in-progress";
  return "planned";
}

export interface ExecutionSummary {
  readonly key: string;
  /** All activities of the group (the plan). */
  readonly planned: number;
  readonly done: number;
  readonly inProgress: number;
  readonly dueSoon: number;
  readonly overdue: number;
  readonly notStarted: number;
  /** done / planned, 0…1; null for an empty group. */
  readonly percentDone: number | null;
}

export type GroupBy = "section" | "responsible" | ((a: Activity) => readonly string[]);

export const NO_RESPONSIBLE = "Не указан";

function keysOf(a: Activity, groupBy: GroupBy): readonly string[] {
  if (groupBy === "section") return [a.section || "Без раздела"];
  if (groupBy === "responsible") return a.responsible.length ? [...new Set(a.responsible.map((p) => p.name))] : [NO_RESPONSIBLE];
  return groupBy(a);
}

/** Per section or per responsible party (an activity counts for each of its parties), in first-seen order. */
export function summarizeExecution(activities: readonly Activity[], asOf: IsoDate, groupBy: GroupBy): ExecutionSummary[] {
  const groups = new Map<string, Record<ExecutionStatus, number>>();
  for (const a of activities) {
    const status = executionStatus(a, asOf);
    for (const key of keysOf(a, groupBy)) {
      const g = groups.get(key) ?? { done: 0, "in-progress": 0, overdue: 0, planned: 0, "due-soon": 0 };
      groups.set(key, { ...g, [status]: g[status] + 1 });
    }
  }
  return [...groups].map(([key, g]) => {
    const total = g.done + g["in-progress"] + g.overdue + g.planned + g["due-soon"];
    return {
      key,
      planned: total,
      done: g.done,
      inProgress: g["in-progress"],
      dueSoon: g["due-soon"],
      overdue: g.overdue,
      notStarted: g.planned,
      percentDone: total ? g.done / total : null,
    };
  });
}
