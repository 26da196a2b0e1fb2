/**
 * The school's own figures a programme's targets need (staff, contingent), asked for on the form's second sheet.
 * Chosen from the words of the targets the user has: a programme whose targets speak of teachers' categories gets
 * those rows, one that speaks only of ВПР results gets none. Labels follow the statistical forms (ОО-1, ОО-2).
 */
export interface FigureRequest {
  readonly key: string;
  readonly label: string;
}

interface Rule {
  readonly when: RegExp;
  readonly figures: readonly FigureRequest[];
}

const TEACHERS: FigureRequest = { key: "teachers", label: "Педагогических работников, всего (чел.)" };
const PUPILS: FigureRequest = { key: "pupils", label: "Обучающихся, всего (чел.)" };

const RULES: readonly Rule[] = [
  {
    when: /категори/i,
    figures: [
      TEACHERS,
      { key: "teachersCategory", label: "из них с высшей и первой квалификационной категорией (чел.)" },
    ],
  },
  {
    when: /(до\s*35|молод)/i,
    figures: [TEACHERS, { key: "teachersUnder35", label: "из них в возрасте до 35 лет (чел.)" }],
  },
  {
    when: /(кпк|повышени[а-я]*\s+квалификац|курс[а-я]*\s+повышен|курсов[а-я]*\s+подготовк)/i,
    figures: [
      TEACHERS,
      { key: "teachersTrained", label: "из них прошли курсы повышения квалификации за период (чел.)" },
    ],
  },
  { when: /ваканс/i, figures: [{ key: "vacancies", label: "Вакансий педагогических работников (ед.)" }] },
  {
    when: /дополнительн[а-я]*\s+образован/i,
    figures: [
      PUPILS,
      { key: "pupilsExtraEducation", label: "из них занимаются в объединениях дополнительного образования (чел.)" },
    ],
  },
  {
    when: /(профилактическ|на\s+уч[её]те|внутришкольн)/i,
    figures: [PUPILS, { key: "pupilsOnRegister", label: "из них состоят на профилактическом учёте (чел.)" }],
  },
  {
    when: /(аттестат|выпускник)/i,
    figures: [
      { key: "graduates9", label: "Выпускников 9 классов (чел.)" },
      { key: "certificates9", label: "из них получили аттестат об основном общем образовании (чел.)" },
      { key: "graduates11", label: "Выпускников 11 классов (чел.)" },
      { key: "certificates11", label: "из них получили аттестат о среднем общем образовании (чел.)" },
    ],
  },
];

/** The figures the given target texts need, each once, in a stable order (denominators before their parts). */
export function figuresForTargets(targetTexts: readonly string[]): FigureRequest[] {
  const seen = new Map<string, FigureRequest>();
  for (const rule of RULES) {
    if (!targetTexts.some((t) => rule.when.test(t))) continue;
    for (const f of rule.figures) if (!seen.has(f.key)) seen.set(f.key, f);
  }
  return [...seen.values()];
}
