import type { AssessmentFigures, ReportSettings, SchoolFiguresInput, TargetRow } from "./input";
import type { ExecutionSummary, FlagReason, SchoolReport, SubjectFigures, TargetSummary } from "./model";
import { countStates as countOf } from "./execution";
import type { SchoolNames } from "./school-names";
import { assessmentLabel, flagReasonText } from "./words";

const dev = (x: number | null, d: number | null): number | null => (x !== null && d !== null ? Math.round((x - d) * 100 * 1e6) / 1e6 : null);

export function summarizeTargets(rows: readonly TargetRow[]): TargetSummary {
  const n = (s: TargetRow["status"]) => rows.filter((r) => r.status === s).length;
  return { achieved: n("достигнут"), notAchieved: n("не достигнут"), noData: n("нет данных"), rows };
}

function subjectOf(a: AssessmentFigures, index: number, s: SchoolFiguresInput): SubjectFigures {
  return {
    assessmentIndex: index,
    label: assessmentLabel(a),
    participants: s.participants,
    successRate: s.successRate,
    qualityRate: s.qualityRate,
    sou: s.sou,
    meanMark: s.meanMark,
    successDeviation: dev(s.successRate, a.district.successRate),
    qualityDeviation: dev(s.qualityRate, a.district.qualityRate),
    qualityChange: s.dynamics?.qualityRate ?? null,
    flags: s.flags,
    ...(s.sourceRow !== undefined ? { sourceRow: s.sourceRow } : {}),
  };
}

interface SchoolSeed {
  name: string;
  subjects: (SubjectFigures | undefined)[];
  reasons: FlagReason[];
}

/** Schools of every input, matched by key (see school-names.ts), in first-seen order. */
function collectSchools(
  assessments: readonly AssessmentFigures[], st: ReportSettings, extra: readonly string[], names: SchoolNames,
): Map<string, SchoolSeed> {
  const seeds = new Map<string, SchoolSeed>();
  const seedOf = (key: string, name: string) => {
    const seed = seeds.get(key) ?? { name: names.nameOf(key, name), subjects: [], reasons: [] };
    seeds.set(key, seed);
    return seed;
  };
  assessments.forEach((a, i) => {
    for (const s of a.schools) {
      const seed = seedOf(names.keyOf(s), s.school);
      seed.subjects[i] = subjectOf(a, i, s);
      for (const code of s.flags) seed.reasons.push({ code, assessmentLabel: assessmentLabel(a), text: flagReasonText(code, a, s, st) });
    }
  });
  for (const name of extra) seedOf(names.keyOfName(name), name);
  return seeds;
}

/** A row per school, flagged first (more reasons first), then in input order. */
export function schoolReports(
  assessments: readonly AssessmentFigures[],
  targets: readonly TargetRow[],
  execution: ExecutionSummary,
  st: ReportSettings,
  names: SchoolNames,
): SchoolReport[] {
  const roadmapSchools = execution.byRoadmap.map((r) => r.school).filter((s): s is string => s !== null);
  const targetSchools = targets.map((t) => t.school).filter((s): s is string => s !== null);
  const seeds = collectSchools(assessments, st, [...roadmapSchools, ...targetSchools], names);
  const keyOf = names.keyOfName;
  const rows = [...seeds.entries()].map(([key, seed], order): SchoolReport & { order: number } => {
    const ownIndexes = execution.byRoadmap.flatMap((r, i) => (r.school !== null && keyOf(r.school) === key ? [i] : []));
    const states = execution.activities.filter((x) => x.school !== null && keyOf(x.school) === key);
    return {
      order,
      school: seed.name,
      key,
      flagged: seed.reasons.length > 0,
      subjects: Array.from({ length: assessments.length }, (_, i) => seed.subjects[i]),
      reasons: seed.reasons,
      targets: summarizeTargets(targets.filter((t) => t.school !== null && keyOf(t.school) === key)),
      execution: ownIndexes.length ? countOf(states.map((x) => x.state)) : null,
      roadmapIndexes: ownIndexes,
    };
  });
  rows.sort((a, b) => Number(b.flagged) - Number(a.flagged) || b.reasons.length - a.reasons.length || a.order - b.order);
  return rows.map(({ order: _order, ...row }) => row);
}
