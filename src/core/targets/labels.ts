import type { MetricRef } from "../indicators";

const FIXED: Record<string, string> = {
  "exam.below": "ОГЭ/ЕГЭ: участников ниже минимального балла",
  "exam.participants": "ОГЭ/ЕГЭ: участников",
  "schools.count": "число школ в результатах",
  "marks.passed": "результаты: отметки «3», «4», «5»",
  "marks.good": "результаты: отметки «4» и «5»",
  "marks.total": "результаты: участников с отметкой",
  "marks.fail": "результаты: отметки «2» (на экзаменах — ниже минимума)",
  "marks.failBase": "результаты: участников",
  "objectivity.confirmed": "объективность: подтвердили отметку по журналу",
  "objectivity.total": "объективность: участников с отметкой по журналу",
};

const CONTINGENT: Record<string, string> = {
  teachers: "контингент: педагогов всего",
  teachersTopCategory: "контингент: педагогов с высшей и первой категорией",
  teachersTrained: "контингент: педагогов, прошедших КПК",
  students: "контингент: обучающихся всего",
  studentsExtraEd: "контингент: обучающихся в доп. образовании",
};

/** What a user reads in «Откуда числитель»: the source of a figure in Russian, never its code. */
export function metricLabelRu(ref: MetricRef | null): string {
  if (ref === null) return "вводится вручную";
  if (ref.startsWith("contingent.")) return CONTINGENT[ref.slice("contingent.".length)] ?? "контингент (таблица школ)";
  return FIXED[ref] ?? "расчёт по результатам";
}

/** The assessments a scope limits a figure to, in words: «ВПР, русский язык». */
export function scopeLabelRu(scope: { assessments: readonly string[] | null; subjects: readonly string[] | null } | undefined): string {
  if (!scope) return "";
  const subjects = (scope.subjects ?? []).map((s) => (s === "русск" ? "русский язык" : s === "математ" ? "математика" : s));
  return [...(scope.assessments ?? []), ...subjects].join(", ");
}
