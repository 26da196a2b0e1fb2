import type { ResultSet } from "../results";
import type { AssessmentData } from "./assessments";
import type { MetricRef, TargetSpec } from "./target-list";
import { evaluateTarget, type TargetStatus } from "./targets";

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

/** The district figure behind a metric reference; null when the data has none (never a silent zero). */
export function metricValue(ref: MetricRef | null, results: ResultSet, assessments: readonly AssessmentData[]): number | null {
  if (ref === null) return null;
  if (ref === "schools.count") return results.schools?.length ? results.schools.length : null;
  if (ref === "exam.below" || ref === "exam.participants") {
    const exams = assessments.filter((a) => a.assessment !== null && EXAMS.has(a.assessment));
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
    const numerator = metricValue(spec.numerator, results, assessments);
    const denominator = metricValue(spec.denominator, results, assessments);
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
