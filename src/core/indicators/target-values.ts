import type { ResultSet } from "../results";
import type { AssessmentData, SchoolEntry } from "./assessments";
import { evaluateTarget, type Target, type TargetStatus } from "./targets";

/**
 * Where a numerator or denominator comes from. Stable codes, never shown to a user (see targets/labels.ts):
 * contingent data, exam results below the minimum, the school count, or mark counts of the assessments in scope.
 */
export type MetricRef =
  | `contingent.${string}`
  | "exam.below" | "exam.participants" | "schools.count"
  | "marks.passed" | "marks.good" | "marks.total" | "marks.fail" | "marks.failBase"
  | "objectivity.confirmed" | "objectivity.total";

/** Which assessments a results-based target reads: «по ВПР», «по русскому языку»; null = any. */
export interface TargetScope {
  readonly assessments: readonly string[] | null;
  /** Lower-case subject stems («русск», «математ»). */
  readonly subjects: readonly string[] | null;
}

/**
 * A target indicator of the programme, as the user's own order lists it.
 * @example { id: "3", text: "Доля обучающихся, получивших «2» по ВПР", target: parseTarget("не более 10 %"), numerator: "marks.fail", … }
 */
export interface TargetSpec {
  readonly id: string;
  readonly text: string;
  readonly target: Target | null;
  readonly numerator: MetricRef | null;
  readonly denominator: MetricRef | null;
  readonly scope?: TargetScope;
  /** The row or line the target was read from, kept as written. */
  readonly source?: string;
}

export interface TargetResult {
  readonly id: string;
  readonly text: string;
  readonly target: string | null;
  readonly op: string | null;
  readonly goal: number | null;
  readonly unit: "percent" | "count" | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly numeratorSource: MetricRef | null;
  readonly denominatorSource: MetricRef | null;
  readonly value: number | null;
  readonly status: TargetStatus;
}

const EXAMS = new Set(["ОГЭ", "ЕГЭ"]);

/** The assessments a scope names, of the latest year among them: a target is about the current state. */
function inScope(assessments: readonly AssessmentData[], scope: TargetScope | undefined): AssessmentData[] {
  const matching = assessments.filter((a) => {
    if (scope?.assessments && !(a.assessment !== null && scope.assessments.includes(a.assessment))) return false;
    const subject = (a.subject ?? "").toLowerCase();
    return !scope?.subjects || scope.subjects.some((s) => subject.includes(s));
  });
  const years = matching.map((a) => a.year).filter((y): y is string => y !== null).sort();
  const last = years[years.length - 1];
  return last === undefined ? matching : matching.filter((a) => a.year === last);
}

type Part = (s: SchoolEntry) => number | null;
const t = (s: SchoolEntry) => s.totals;
const PARTS: Partial<Record<MetricRef, Part>> = {
  "marks.passed": (s) => (t(s).marksKnown ? t(s).n3 + t(s).n4 + t(s).n5 : null),
  "marks.good": (s) => (t(s).marksKnown ? t(s).n4 + t(s).n5 : null),
  "marks.total": (s) => (t(s).marksKnown ? t(s).n2 + t(s).n3 + t(s).n4 + t(s).n5 : null),
  // Exams count scores under the minimum; other assessments count marks «2».
  "marks.fail": (s) => (t(s).belowKnown ? t(s).below : t(s).marksKnown ? t(s).n2 : null),
  "marks.failBase": (s) => (t(s).belowKnown ? t(s).belowBase : t(s).marksKnown ? t(s).n2 + t(s).n3 + t(s).n4 + t(s).n5 : null),
  "objectivity.confirmed": (s) => (t(s).objectivityKnown ? t(s).confirmed : null),
  "objectivity.total": (s) => (t(s).objectivityKnown ? t(s).lowered + t(s).confirmed + t(s).raised : null),
};

function sumParts(part: Part, assessments: readonly AssessmentData[]): number | null {
  const values = assessments.flatMap((a) => a.schools.map(part)).filter((v): v is number => v !== null);
  return values.length ? values.reduce((a, b) => a + b, 0) : null;
}

/** The district figure behind a metric reference; null when the data has none (never a silent zero). */
export function metricValue(ref: MetricRef | null, results: ResultSet, assessments: readonly AssessmentData[], scope?: TargetScope): number | null {
  if (ref === null) return null;
  if (ref === "schools.count") return results.schools?.length ? results.schools.length : null;
  const part = PARTS[ref];
  if (part) return sumParts(part, inScope(assessments, scope));
  if (ref === "exam.below" || ref === "exam.participants") {
    const exams = inScope(assessments.filter((a) => a.assessment !== null && EXAMS.has(a.assessment)), scope);
    const known = exams.flatMap((a) => a.schools).filter((s) => s.totals.belowKnown);
    if (known.length === 0) return null;
    return known.reduce((sum, s) => sum + (ref === "exam.below" ? s.totals.below : s.totals.belowBase), 0);
  }
  const metric = ref.slice("contingent.".length);
  const values = (results.contingent ?? []).map((c) => c.values[metric]).filter((v): v is number => typeof v === "number");
  return values.length ? values.reduce((a, b) => a + b, 0) : null;
}

export function evaluateTargets(specs: readonly TargetSpec[], results: ResultSet, assessments: readonly AssessmentData[]): TargetResult[] {
  return specs.map((spec) => {
    const numerator = metricValue(spec.numerator, results, assessments, spec.scope);
    const denominator = metricValue(spec.denominator, results, assessments, spec.scope);
    const percent = spec.target?.unit === "percent";
    const value = numerator === null ? null : percent ? (denominator ? numerator / denominator : null) : numerator;
    return {
      id: spec.id, text: spec.text, target: spec.target?.raw ?? null, op: spec.target?.op ?? null,
      goal: spec.target?.value ?? null, unit: spec.target?.unit ?? null,
      numerator, denominator, numeratorSource: spec.numerator, denominatorSource: spec.denominator,
      value, status: evaluateTarget(spec.target, value),
    };
  });
}
