import type { IsoDate } from "../deadlines/types";
import type { ReportActivity, RoadmapInput } from "./input";
import type { ActivityRef, ExecutionCounts, ExecutionGroup, ExecutionState, OverdueByParty } from "./model";
import { normalizeText } from "./similarity";

/**
 * Execution state on the as-of date: «выполнено» → done; end before as-of → overdue; «в работе» → in progress;
 * else planned. Deliberately simpler than validation's executionStatus (no «due soon», no open window): it is the rule the
 * COUNTIFS formulas of «Исполнение дорожной карты» can express, so the figures and the formulas agree.
 */
export function executionStateOf(a: Pick<ReportActivity, "status" | "deadline">, asOf: IsoDate): ExecutionState {
  if (a.status === "выполнено") return "done";
  if (a.deadline.end !== null && a.deadline.end < asOf) return "overdue";
  if (a.status === "в работе") return "inProgress";
  return "planned";
}

export function countStates(states: readonly ExecutionState[]): ExecutionCounts {
  const n = (s: ExecutionState) => states.filter((x) => x === s).length;
  const total = states.length;
  const done = n("done");
  return { total, done, inProgress: n("inProgress"), overdue: n("overdue"), planned: n("planned"), doneShare: total ? done / total : null };
}

/** Party names of an activity: the parsed parties, else the raw cell, else «не указан». */
export function partiesOf(a: ReportActivity): string[] {
  const names = a.responsible.map((p) => p.name.trim()).filter(Boolean);
  if (names.length) return [...new Set(names)];
  const raw = (a.responsibleRaw ?? "").trim();
  return [raw || "Ответственный не указан"];
}

export function activityRefs(roadmaps: readonly RoadmapInput[], asOf: IsoDate): ActivityRef[] {
  return roadmaps.flatMap((r, roadmapIndex) =>
    r.activities.map((a, index) => ({
      roadmapIndex, roadmap: r.name, school: r.school, index,
      id: a.id, number: a.number ?? a.id, section: a.section.trim() || "Без раздела", text: a.text,
      end: a.deadline.end, responsible: partiesOf(a), state: executionStateOf(a, asOf),
    })),
  );
}

/** Groups by a normalised name (so «Комитет образования» and «комитет образования» are one), first spelling shown. */
export function groupCounts(refs: readonly ActivityRef[], namesOf: (r: ActivityRef) => readonly string[]): ExecutionGroup[] {
  const groups = new Map<string, { name: string; states: ExecutionState[] }>();
  for (const ref of refs) {
    for (const name of namesOf(ref)) {
      const key = normalizeText(name);
      const g = groups.get(key) ?? { name, states: [] };
      g.states.push(ref.state);
      groups.set(key, g);
    }
  }
  return [...groups.values()].map((g) => ({ name: g.name, ...countStates(g.states) }));
}

export function overdueByParty(refs: readonly ActivityRef[]): OverdueByParty[] {
  const overdue = refs.filter((r) => r.state === "overdue");
  const map = new Map<string, { party: string; activities: ActivityRef[] }>();
  for (const ref of overdue) {
    for (const party of ref.responsible) {
      const key = normalizeText(party);
      const g = map.get(key) ?? { party, activities: [] };
      g.activities.push(ref);
      map.set(key, g);
    }
  }
  return [...map.values()].sort((a, b) => b.activities.length - a.activities.length || a.party.localeCompare(b.party, "ru"));
}
