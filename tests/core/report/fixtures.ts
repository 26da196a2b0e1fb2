import type {
  AssessmentFigures,
  FiguresInput,
  ReportActivity,
  ReportInput,
  RoadmapInput,
  SchoolFiguresInput,
} from "../../../src/core/report";
import type { ActivityStatus } from "../../../src/core/roadmap/types";

/** Figures from mark counts, the way the indicators module computes them (counts, never averaged %). */
export function fig(m2: number, m3: number, m4: number, m5: number, objectivity: FiguresInput["objectivity"] = null): FiguresInput {
  const n = m2 + m3 + m4 + m5;
  return {
    participants: n,
    marks: { "2": m2, "3": m3, "4": m4, "5": m5 },
    successRate: (m3 + m4 + m5) / n,
    qualityRate: (m4 + m5) / n,
    sou: (m5 + 0.64 * m4 + 0.36 * m3 + 0.16 * m2) / n,
    meanMark: (2 * m2 + 3 * m3 + 4 * m4 + 5 * m5) / n,
    belowThresholdShare: null,
    objectivity,
  };
}

export function school(name: string, f: FiguresInput, flags: string[] = [], extra: Partial<SchoolFiguresInput> = {}): SchoolFiguresInput {
  return { school: name, ...f, flags, ...extra };
}

export function activity(
  id: string, section: string, text: string, end: string | null, parties: string[], status?: ActivityStatus,
): ReportActivity {
  return { id, number: `${id}.`, section, text, deadline: { start: null, end }, responsible: parties.map((name) => ({ name })), ...(status ? { status } : {}) };
}

const S1 = "МБОУ «СОШ № 1»";
const S2 = "МБОУ «СОШ № 2»";
const S3 = "МКОУ «СОШ № 3»";
const G = "МБОУ «Гимназия»";

/** ВПР математика: СОШ № 2 has 34,3 % of «2» and is 26,7 p.p. below the district in quality; СОШ № 3 has 40 % «понизили». */
export const mathFlagged: AssessmentFigures = {
  id: "vpr-math-5-2024", assessment: "ВПР", subject: "Математика", grade: "5", year: "2024",
  schools: [
    school(S1, fig(2, 10, 10, 3), [], { sourceRow: 6 }),
    school(S2, fig(12, 16, 6, 1), ["risk.fail-share", "risk.below-district"], {
      sourceRow: 7,
      dynamics: {
        successRate: { previousYear: "2023", previous: 0.7, change: -4.285714, trend: "стабильно" },
        qualityRate: { previousYear: "2023", previous: 0.3, change: -10, trend: "снижение" },
      },
    }),
    school(S3, fig(3, 8, 7, 2, { lowered: 0.4, confirmed: 0.55, raised: 0.05 }), ["objectivity.lowered"], { sourceRow: 8 }),
    school(G, fig(0, 5, 12, 8, { lowered: 0.04, confirmed: 0.92, raised: 0.04 }), [], { sourceRow: 9 }),
  ],
  district: {
    ...fig(17, 39, 35, 14, { lowered: 0.2, confirmed: 0.76, raised: 0.04 }),
    dynamics: {
      successRate: { previousYear: "2023", previous: 0.83, change: 0.809524, trend: "стабильно" },
      qualityRate: { previousYear: "2023", previous: 0.4, change: 6.666667, trend: "рост" },
    },
  },
  references: [
    { name: "Вся выборка", ...fig(19, 40, 30, 11) },
    { name: "Энская обл.", ...fig(20, 38, 30, 12) },
  ],
};

export const russianCalm: AssessmentFigures = {
  assessment: "ВПР", subject: "Русский язык", grade: "5", year: "2024",
  schools: [school(S1, fig(3, 12, 8, 2)), school(S2, fig(6, 17, 9, 3)), school(G, fig(1, 8, 12, 4))],
  district: fig(10, 37, 29, 9),
  references: [{ name: "Вся выборка", ...fig(15, 40, 33, 12) }],
};

const SEC1 = "1. Диагностика факторов риска";
const SEC2 = "2. Методическое сопровождение";
const KO = "Комитет образования";
const IMS = "ИМС";
const HEADS = "Руководители ОО";

export const districtRoadmap: RoadmapInput = {
  name: "Дорожная карта района", school: null,
  activities: [
    activity("1.1", SEC1, "Анализ результатов ВПР по школам района", "2024-02-28", [KO, IMS], "выполнено"),
    activity("1.2", SEC1, "Анкетирование педагогов по факторам риска", "2024-03-31", [IMS], "в работе"),
    activity("1.3", SEC1, "Составление рисковых профилей школ", "2024-12-20", [IMS, HEADS]),
    activity("2.1", SEC2, "Семинар для заместителей директоров по объективности оценивания", "2024-04-30", [KO]),
    activity("2.2", SEC2, "Закрепление кураторов за школами", "2024-01-31", [KO], "выполнено"),
    activity("2.3", SEC2, "Мониторинг посещения уроков кураторами", null, [IMS], "в работе"),
  ],
};

/** The same activity in three schools' own words. */
export const schoolRoadmaps: RoadmapInput[] = [
  { name: "ДК СОШ № 1", school: S1, activities: [
    activity("1.1", "Диагностика", "Проведение диагностики профессиональных дефицитов педагогов", "2024-03-01", [HEADS], "выполнено"),
    activity("1.2", "Диагностика", "Открытые уроки молодых учителей", "2024-10-30", ["Заместитель директора"]),
  ] },
  { name: "ДК СОШ № 2", school: "МБОУ \"СОШ №2\"", activities: [
    activity("1.1", "Диагностика", "Диагностика профессиональных дефицитов педагогов.", "2024-03-01", [HEADS]),
    activity("1.2", "Обучение", "Курсы повышения квалификации учителей математики", "2024-06-30", [HEADS], "в работе"),
  ] },
  { name: "ДК СОШ № 3", school: S3, activities: [
    activity("1.1", "Диагностика", "проведение  диагностики профессиональных дефицитов педагогических работников", "2024-03-01", [HEADS], "выполнено"),
  ] },
];

export const flaggedInput: ReportInput = {
  district: "Энский муниципальный район",
  period: { start: "2023-01-01", end: "2025-12-31" },
  asOf: "2024-05-15",
  assessments: [mathFlagged, russianCalm],
  targets: [
    { text: "Доля обучающихся, успешно выполнивших ВПР", target: "не менее 85 %", value: 0.838, unit: "percent", status: "не достигнут", school: null },
    { text: "Количество проведённых семинаров", target: "не менее 4", value: 5, unit: "count", status: "достигнут", school: null },
    { text: "Доля педагогов, прошедших КПК", target: "100 %", value: null, unit: "percent", status: "нет данных", school: null },
    { text: "Доля отметок «2» по математике", target: "не более 15 %", value: 0.343, unit: "percent", status: "не достигнут", school: S2 },
  ],
  roadmaps: [districtRoadmap, ...schoolRoadmaps],
};

const A = "МОУ «Лицей»";
const B = "МОУ «СОШ с. Берёзовка»";
const C = "МОУ «ООШ д. Клёны»";

export const calmInput: ReportInput = {
  district: "Северный район",
  period: { start: "2023-09-01", end: "2024-05-31" },
  asOf: "2024-03-01",
  assessments: [{
    assessment: "ВПР", subject: "Математика", grade: "6", year: "2024",
    schools: [
      school(A, fig(1, 9, 10, 5, { lowered: 0.12, confirmed: 0.84, raised: 0.04 })),
      school(B, fig(2, 10, 6, 2, { lowered: 0.15, confirmed: 0.8, raised: 0.05 })),
      school(C, fig(1, 5, 3, 1, { lowered: 0.1, confirmed: 0.9, raised: 0 })),
    ],
    district: fig(4, 24, 19, 8, { lowered: 0.13, confirmed: 0.83, raised: 0.04 }),
    references: [{ name: "Вся выборка", ...fig(6, 24, 18, 7) }],
  }],
  targets: [{ text: "Доля школ без признаков необъективности", target: "100 %", value: 1, unit: "percent", status: "достигнут", school: null }],
  roadmaps: [{
    name: "План района", school: null,
    activities: [
      activity("1.1", "Диагностика", "Анализ результатов ВПР", "2024-01-31", ["Отдел образования"], "выполнено"),
      activity("1.2", "Диагностика", "Собеседования с руководителями школ", "2024-04-30", ["Отдел образования"], "в работе"),
      activity("2.1", "Сопровождение", "Методический десант в школы", "2024-05-20", ["Методический кабинет"]),
    ],
  }],
};
