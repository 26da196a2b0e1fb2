import { formatNumberRu, formatPercentRu } from "../util";
import type { AssessmentFigures, FlagCodeInput, ReportSettings, SchoolFiguresInput } from "./input";

const NBSP = "\u00a0";

/** 0.724 → «72,4 %». */
export const pct = (x: number): string => formatPercentRu(x, 1);

/** Thresholds read as written in the settings: 0.3 → «30 %», 0.125 → «12,5 %». */
export function pctThreshold(x: number): string {
  const whole = Math.abs(x * 100 - Math.round(x * 100)) < 1e-9;
  return formatPercentRu(x, whole ? 0 : 1);
}

/** Absolute p.p.: 3.14 → «3,1 п.п.» */
export const ppAbs = (x: number): string => `${formatNumberRu(Math.abs(x), 1)}${NBSP}п.п.`;

/** A p.p. threshold as set: 15 → «15 п.п.» */
export const ppThreshold = (x: number): string => `${formatNumberRu(x, Number.isInteger(x) ? 0 : 1)}${NBSP}п.п.`;

/** «ВПР, Математика, 5 класс, 2024 г.» */
export function assessmentLabel(a: Pick<AssessmentFigures, "assessment" | "subject" | "grade" | "year">): string {
  const parts = [a.assessment, a.subject, a.grade ? `${a.grade} класс` : null, a.year ? `${a.year} г.` : null];
  return parts.filter((p): p is string => Boolean(p && p.trim())).join(", ") || "Оценочная процедура";
}

/** Column header: «Математика 5 кл. 2024». */
export function assessmentShortLabel(a: Pick<AssessmentFigures, "assessment" | "subject" | "grade" | "year">): string {
  const parts = [a.subject ?? a.assessment, a.grade ? `${a.grade} кл.` : null, a.year];
  return parts.filter(Boolean).join(" ") || "Процедура";
}

const EXAMS = /^(огэ|егэ|гиа)/i;

function failShareText(a: AssessmentFigures, s: SchoolFiguresInput, threshold: number): string | null {
  const exam = a.assessment !== null && EXAMS.test(a.assessment);
  if (s.belowThresholdShare !== null && (exam || !s.marks)) {
    return `доля не преодолевших минимальный порог ${pct(s.belowThresholdShare)} (порог ${pctThreshold(threshold)})`;
  }
  if (s.marks && s.participants > 0) {
    return `доля отметок «2» ${pct(s.marks["2"] / s.participants)} (порог ${pctThreshold(threshold)})`;
  }
  return s.belowThresholdShare !== null ? `доля ниже порога ${pct(s.belowThresholdShare)} (порог ${pctThreshold(threshold)})` : null;
}

function belowDistrictText(a: AssessmentFigures, s: SchoolFiguresInput, band: number): string | null {
  const parts: string[] = [];
  const check = (word: string, mine: number | null, district: number | null) => {
    if (mine === null || district === null) return;
    const gap = (district - mine) * 100;
    if (gap >= band - 1e-6) parts.push(`${word} ${pct(mine)} — на ${ppAbs(gap)} ниже района (${pct(district)})`);
  };
  check("успеваемость", s.successRate, a.district.successRate);
  check("качество", s.qualityRate, a.district.qualityRate);
  return parts.length ? parts.join("; ") : null;
}

function declineText(s: SchoolFiguresInput): string | null {
  const q = s.dynamics?.qualityRate;
  if (!q || q.change === null) return "качество снижается второй период подряд";
  return `качество снижается второй период подряд: ${pct(s.qualityRate ?? 0)}, на ${ppAbs(q.change)} ниже, чем в ${q.previousYear} г.`;
}

/** A flag's reason in words, from the figures that raised it. */
export function flagReasonText(code: FlagCodeInput, a: AssessmentFigures, s: SchoolFiguresInput, st: ReportSettings): string {
  const o = s.objectivity;
  let text: string | null = null;
  if (code === "risk.fail-share") text = failShareText(a, s, st.failShare);
  else if (code === "risk.below-district") text = belowDistrictText(a, s, st.belowDistrictPp);
  else if (code === "objectivity.lowered" && o) {
    text = `результат ниже отметки по журналу у ${pct(o.lowered)} участников (порог ${pctThreshold(st.loweredShare)})`;
  } else if (code === "objectivity.raised" && o) {
    text = `результат выше отметки по журналу у ${pct(o.raised)} участников (порог ${pctThreshold(st.raisedShare)})`;
  } else if (code === "risk.decline") text = declineText(s);
  return text ?? FLAG_FALLBACK_RU[code] ?? code;
}

const FLAG_FALLBACK_RU: Record<string, string> = {
  "risk.fail-share": "высокая доля отметок «2»",
  "risk.below-district": "результаты ниже районных",
  "objectivity.lowered": "признаки завышения отметок по журналу",
  "objectivity.raised": "признаки необъективности проведения работы",
};

export const isObjectivityFlag = (code: string): boolean => code.startsWith("objectivity.");
