import type { AssessmentFigures, ReportSettings, SchoolFiguresInput, TargetRow } from "./input";
import type { ExecutionSummary, FlagReason, SchoolReport, SubjectFigures, TargetSummary } from "./model";
import { countStates as countOf } from "./execution";
import { schoolKeyOf } from "./similarity";
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

/** Schools of every input, matched by their normalised name, in first-seen order. */
function collectSchools(assessments: readonly AssessmentFigures[], st: ReportSettings, extra: readonly string[]): Map<string, SchoolSeed> {
  const seeds = new Map<string, SchoolSeed>();
  const seedOf = (name: string) => {
    const key = schoolKeyOf(name);
    const seed = seeds.get(key) ?? { name, subjects: [], reasons: [] };
    seeds.set(key, seed);
    return seed;
  };
  assessments.forEach((a, i) => {
    for (const s of a.schools) {
      const seed = seedOf(s.school);
      seed.subjects[i] = subjectOf(a, i, s);
      for (const code of s.flags) seed.reasons.push({ code, assessmentLabel: assessmentLabel(a), text: flagReasonText(code, a, s, st) });
    }
  });
  for (const name of extra) seedOf(name);
  return seeds;
}

/** A row per school, flagged first (more reasons first), then in input order. */
export function schoolReports(
  assessments: readonly AssessmentFigures[],
  targets: readonly TargetRow[],
  execution: ExecutionSummary,
  st: ReportSettings,
): SchoolReport[] {
  const roadmapSchools = execution.byRoadmap.map((r) => r.school).filter((s): s is string => s !== null);
  const targetSchools = targets.map((t) => t.school).filter((s): s is string => s !== null);
  const seeds = collectSchools(assessments, st, [...roadmapSchools, ...targetSchools]);
  const rows = [...seeds.entries()].map(([key, seed], order): SchoolReport & { order: number } => {
    const own = execution.byRoadmap.filter((r) => r.school !== null && schoolKeyOf(r.school) === key);
    const states = execution.activities.filter((x) => x.school !== null && schoolKeyOf(x.school) === key);
    return {
      order,
      school: seed.name,
      key,
      flagged: seed.reasons.length > 0,
      subjects: Array.from({ length: assessments.length }, (_, i) => seed.subjects[i]),
      reasons: seed.reasons,
      targets: summarizeTargets(targets.filter((t) => t.school !== null && schoolKeyOf(t.school) === key)),
      execution: own.length ? countOf(states.map((x) => x.state)) : null,
    };
  });
  rows.sort((a, b) => Number(b.flagged) - Number(a.flagged) || b.reasons.length - a.reasons.length || a.order - b.order);
  return rows.map(({ order: _order, ...row }) => row);
}
