/**
 * The district report's input at a given size: indicators of generated per-student rows (one assessment
 * over `schools` schools) and a roadmap per school plus the district's, with statuses and deadlines
 * around the as-of date, so the report has done, overdue and in-progress activities to count.
 */
import { computeIndicators, DEFAULT_SETTINGS } from "../../src/core/indicators";
import { readResults } from "../../src/core/results";
import { rng, studentCells } from "./students";
import { tableOf } from "./student-table";

const STATUSES = ["запланировано", "в работе", "выполнено", "не выполнено", "перенесено"] as const;
const PARTIES = ["Управление образования", "Муниципальный координатор", "Руководители ОО", "ИМС", "кураторы школ"];

export interface ReportSize {
  readonly rows: number;
  readonly activitiesPerRoadmap: number;
}

function roadmap(name: string, school: string | null, count: number, texts: readonly string[], rand: () => number) {
  const activities = Array.from({ length: count }, (_, i) => {
    const month = 1 + Math.floor(rand() * 24);
    const y = 2023 + Math.floor((month - 1) / 12);
    const m = String(((month - 1) % 12) + 1).padStart(2, "0");
    return {
      id: `${Math.floor(i / 10) + 1}.${(i % 10) + 1}`,
      section: `${Math.floor(i / 10) + 1}. Раздел ${Math.floor(i / 10) + 1}`,
      text: texts[i % texts.length],
      deadline: { start: `${y}-${m}-01`, end: `${y}-${m}-28` },
      responsible: [{ name: PARTIES[Math.floor(rand() * PARTIES.length)] }],
      status: STATUSES[Math.floor(rand() * STATUSES.length)],
    };
  });
  return { name, school, activities };
}

/** `texts`: activity texts from the seeds, so similar activities across schools are recognisable. */
export function reportInput(size: ReportSize, texts: readonly string[]) {
  const indicators = computeIndicators(readResults([tableOf(studentCells(size.rows))]), DEFAULT_SETTINGS);
  const rand = rng(11);
  const schools = indicators.assessments[0]?.schools.map((s) => s.school) ?? [];
  const roadmaps = [roadmap("Дорожная карта района", null, size.activitiesPerRoadmap, texts, rand), ...schools.map((s) => roadmap(`Дорожная карта ${s}`, s, size.activitiesPerRoadmap, texts, rand))];
  return {
    district: "Энский муниципальный район",
    period: { start: "2023-01-01", end: "2024-12-31" },
    asOf: "2024-05-01",
    assessments: indicators.assessments,
    targets: [],
    roadmaps,
    activities: roadmaps.reduce((n, r) => n + r.activities.length, 0),
    schools: schools.length,
  };
}
