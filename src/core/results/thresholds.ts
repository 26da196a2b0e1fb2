/**
 * ЕГЭ minimum test scores (Рособрнадзор), editable by the user in «Настройки».
 * A threshold is either a minimum score or, for базовая математика, a minimum mark.
 */
export type Threshold = { readonly minScore: number } | { readonly minMark: number };

export interface ExamThresholds {
  readonly [assessment: string]: Readonly<Record<string, Threshold>>;
}

export const DEFAULT_EXAM_THRESHOLDS: ExamThresholds = {
  ЕГЭ: {
    "русский язык": { minScore: 24 },
    "математика профильная": { minScore: 27 },
    "математика базовая": { minMark: 3 },
    физика: { minScore: 36 },
    химия: { minScore: 36 },
    информатика: { minScore: 40 },
    биология: { minScore: 36 },
    история: { minScore: 32 },
    обществознание: { minScore: 42 },
    литература: { minScore: 32 },
    география: { minScore: 37 },
    "иностранный язык": { minScore: 22 },
    "английский язык": { minScore: 22 },
    "немецкий язык": { minScore: 22 },
    "французский язык": { minScore: 22 },
  },
};

/** The threshold of an exam subject; without one, «2» is the threshold (ОГЭ, ВПР). */
export function thresholdFor(thresholds: ExamThresholds, assessment: string | null, subject: string | null): Threshold {
  const table = assessment ? thresholds[assessment] : undefined;
  const hit = table && subject ? table[subject.toLowerCase().replace(/ё/g, "е")] : undefined;
  return hit ?? { minMark: 3 };
}
