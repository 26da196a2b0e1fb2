import type { IsoDate } from "../deadlines/types";
import type { SchoolReturnInput } from "./input";
import type { ActivityAcrossSchools, ActivityRef, ExecutionState, ReturnsMatrix, SchoolExecution } from "./model";
import { countStates, executionStateOf } from "./execution";
import { schoolKeyOf } from "./similarity";

/**
 * Execution per school: the states of its own roadmaps' activities and of the district activities its return
 * covers, counted by the same rule as the rest of the report (executionStateOf), so the sheets' formulas agree.
 */
export function executionBySchool(
  refs: readonly ActivityRef[],
  returns: readonly SchoolReturnInput[],
  asOf: IsoDate,
): SchoolExecution[] {
  const bySchool = new Map<string, { name: string; received: boolean | null; states: ExecutionState[] }>();
  const entry = (name: string) => {
    const key = schoolKeyOf(name);
    const e = bySchool.get(key) ?? { name, received: null, states: [] };
    bySchool.set(key, e);
    return e;
  };
  for (const r of returns) {
    const e = entry(r.school);
    e.received = r.received;
    e.states.push(...r.activities.map((a) => executionStateOf(a, asOf)));
  }
  for (const ref of refs) if (ref.school) entry(ref.school).states.push(ref.state);
  return [...bySchool.values()].map((e) => ({ name: e.name, received: e.received, ...countStates(e.states) }));
}

export function returnsMatrix(returns: readonly SchoolReturnInput[], asOf: IsoDate): ReturnsMatrix | null {
  if (!returns.length) return null;
  const activities: ReturnsMatrix["activities"][number][] = [];
  const index = new Map<string, number>();
  for (const r of returns) {
    for (const a of r.activities) {
      if (index.has(a.id)) continue;
      index.set(a.id, activities.length);
      activities.push({ id: a.id, number: a.number ?? a.id, text: a.text, end: a.deadline.end });
    }
  }
  // Roadmap order: ids «1.2» before «1.10», sections first.
  const order = activities.map((_, i) => i).sort((x, y) => compareIds(activities[x].id, activities[y].id));
  const sorted = order.map((i) => activities[i]);
  const position = new Map(sorted.map((a, i) => [a.id, i]));
  return {
    activities: sorted,
    schools: returns.map((r) => {
      const states: (ExecutionState | null)[] = sorted.map(() => null);
      const statuses: (string | null)[] = sorted.map(() => null);
      for (const a of r.activities) {
        const i = position.get(a.id)!;
        states[i] = executionStateOf(a, asOf);
        statuses[i] = a.status ?? null;
      }
      return { school: r.school, received: r.received, states, statuses };
    }),
  };
}

function compareIds(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d) return Number.isNaN(d) ? a.localeCompare(b) : d;
  }
  return 0;
}

export function activitiesAcrossSchools(matrix: ReturnsMatrix | null): ActivityAcrossSchools[] {
  if (!matrix) return [];
  return matrix.activities.map((a, i) => {
    const taking = matrix.schools.filter((s) => s.states[i] !== null);
    return {
      ...a,
      schools: taking.length,
      done: taking.filter((s) => s.states[i] === "done").length,
      overdue: taking.filter((s) => s.states[i] === "overdue").length,
      notDone: taking.filter((s) => s.states[i] !== "done").map((s) => s.school),
    };
  });
}
