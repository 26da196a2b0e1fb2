import type { AssessmentSummary, DistrictReport, SchoolReport, SchoolFiguresInput, SubjectFigures } from "../../report";
import { formatNumberRu } from "../../util";
import { pct } from "../../report";

const NBSP = "\u00a0";
const EXAMS = /^(огэ|егэ|гиа)/i;

/** Signed p.p. with a real minus: −20,5 п.п. */
export const ppSigned = (x: number): string => `${x < 0 ? "−" : "+"}${formatNumberRu(Math.abs(x), 1)}${NBSP}п.п.`;

/** «ВПР Математика 5 кл. 2024»: short enough for a cell, still naming the procedure. */
export function procedureLabel(a: AssessmentSummary["source"]): string {
  const parts = [a.assessment, a.subject, a.grade ? `${a.grade}${NBSP}кл.` : null, a.year];
  return parts.filter((p): p is string => Boolean(p && p.trim())).join(" ") || "Оценочная процедура";
}

/** The school's own figures for an assessment (names and keys are already canonical in the report). */
export function sourceOf(a: AssessmentSummary, key: string): SchoolFiguresInput | undefined {
  return a.source.schools.find((s) => (s.schoolKey ?? "") === key) ?? undefined;
}

function failShare(a: AssessmentSummary, s: SchoolFiguresInput | undefined): string | null {
  if (!s) return null;
  const exam = a.source.assessment !== null && EXAMS.test(a.source.assessment);
  if (s.belowThresholdShare !== null && (exam || !s.marks)) return `ниже мин. порога ${pct(s.belowThresholdShare)}`;
  if (s.marks && s.participants > 0) return `доля «2» ${pct(s.marks["2"] / s.participants)}`;
  return "высокая доля «2»";
}

function belowDistrict(f: SubjectFigures, band: number): string {
  const parts: string[] = [];
  if (f.successDeviation !== null && f.successDeviation <= -band + 1e-6) parts.push(`успеваемость ${ppSigned(f.successDeviation)}`);
  if (f.qualityDeviation !== null && f.qualityDeviation <= -band + 1e-6) parts.push(`качество ${ppSigned(f.qualityDeviation)}`);
  return parts.length ? parts.join(", ") : "ниже района";
}

/** One assessment's flags of one school, in a few words: «доля «2» 31,3 %; качество −28,7 п.п.» (against the district). */
export function compactReasons(r: DistrictReport, k: number, school: SchoolReport): string {
  const f = school.subjects[k];
  if (!f || !f.flags.length) return "";
  const a = r.assessments[k];
  const s = sourceOf(a, school.key);
  const words = f.flags.map((code) => {
    if (code === "risk.fail-share") return failShare(a, s);
    if (code === "risk.below-district") return belowDistrict(f, r.settings.belowDistrictPp);
    if (code === "objectivity.lowered") return s?.objectivity ? `понизили отметку ${pct(s.objectivity.lowered)} участников` : "признаки необъективности";
    if (code === "objectivity.raised") return s?.objectivity ? `повысили отметку ${pct(s.objectivity.raised)} участников` : "признаки необъективности";
    if (code === "risk.decline") return "качество снижается второй год подряд";
    return school.reasons.find((x) => x.code === code && x.assessmentLabel === f.label)?.text ?? code;
  });
  return words.filter((w): w is string => Boolean(w)).join("; ");
}

/** Every flagged assessment of a school, one line each: «ВПР Математика 5 кл. 2024: доля «2» 31,3 %». */
export function schoolReasonLines(r: DistrictReport, school: SchoolReport): string {
  return r.assessments
    .map((a, k) => {
      const text = compactReasons(r, k, school);
      return text ? `${procedureLabel(a.source)}: ${text}` : "";
    })
    .filter(Boolean)
    .join("\n");
}
