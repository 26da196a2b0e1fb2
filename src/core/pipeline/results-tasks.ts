import { finding } from "../findings";
import type { SourceTable } from "../table/types";
import type { AssessmentIndicators, IndicatorReport, SchoolIndicators } from "../indicators";
import { normalizeSchoolName } from "../results/school-key";
import {
  analyseTaskExport,
  type SchoolTaskFigures,
  type TaskAnalysis,
  type TaskFigures,
  type TaskSettings,
} from "../tasks";
import { assessmentHistory, type HistoryOf } from "../tasks/history";
import { readMasteryTable, regionRow, type MasteryTable } from "../tasks/mastery-table";

/**
 * The per-task analysis beside the results job: every table with a task layout is analysed, matched to the
 * results' assessment (assessment, subject, grade, year) and its schools (code, else name key), and the JSON
 * additions of DESIGN.md «Additions» are put on a copy of the report. The report the sheets and the note read
 * stays as it was; the task sheets read the analyses.
 */
export function analyseTaskTables(tables: readonly SourceTable[], settings?: Partial<TaskSettings>): TaskAnalysis[] {
  const out: TaskAnalysis[] = [];
  const mastery: MasteryTable[] = [];
  for (const t of tables) {
    const a = analyseTaskExport(t, { settings });
    if (a && a.district.participants > 0) out.push(a);
    else if (!a) {
      const m = readMasteryTable(t);
      if (m) mastery.push(m);
    }
  }
  return withMasteryRegion(withRegion(out), mastery);
}

/**
 * A «Выполнение заданий» table loaded beside the export gives the region's column. It names no subject in its
 * rows, so it is matched by content: the same tasks with the same maximum scores, in the same order.
 */
function withMasteryRegion(analyses: TaskAnalysis[], tables: readonly MasteryTable[]): TaskAnalysis[] {
  if (!tables.length) return analyses;
  return analyses.map((a) => {
    if (a.tasks.some((t) => t.region !== null)) return a;
    const same = tables.find(
      (m) =>
        m.tasks.length === a.tasks.length &&
        m.tasks.every(
          (t, i) => t.task === a.tasks[i].task && (t.maxScore === null || t.maxScore === a.tasks[i].maxScore),
        ),
    );
    const region = same ? regionRow(same) : null;
    return region ? { ...a, tasks: a.tasks.map((t, i) => ({ ...t, region: region[i] ?? null })) } : a;
  });
}

const keyOf = (x: { assessment: string | null; subject: string | null; grade: string | null; year: string | null }) =>
  [x.assessment, x.subject, x.grade, x.year].map((v) => (v ?? "").toLowerCase().replace(/ё/g, "е")).join("|");

/** A regional export (several municipalities) loaded beside a district's gives the district's region column. */
function withRegion(analyses: TaskAnalysis[]): TaskAnalysis[] {
  return analyses.map((a) => {
    if (a.municipalities > 1 || a.tasks.some((t) => t.region !== null)) return a;
    const region = analyses.find((b) => b !== a && b.municipalities > 1 && keyOf(b) === keyOf(a));
    if (!region) return a;
    const byTask = new Map(region.tasks.map((t) => [t.task, t.district]));
    return { ...a, tasks: a.tasks.map((t) => ({ ...t, region: byTask.get(t.task) ?? null })) };
  });
}

const CODE = /(edu|sch)\d{3,}/i;

/** The results' assessment an analysis belongs to: same key, or the only one agreeing where both sides say. */
export function matchAssessment(a: TaskAnalysis, report: IndicatorReport): AssessmentIndicators | null {
  const exact = report.assessments.find((x) => keyOf(x) === keyOf(a));
  if (exact) return exact;
  const agree = (p: string | null, q: string | null) => p === null || q === null || p.toLowerCase() === q.toLowerCase();
  const loose = report.assessments.filter(
    (x) =>
      agree(x.assessment, a.assessment) &&
      agree(x.subject, a.subject) &&
      agree(x.grade, a.grade) &&
      agree(x.year, a.year),
  );
  return loose.length === 1 ? loose[0] : null;
}

/** Results school → the analysis' school: by code (also a code glued on the name), else by name key. */
export function matchSchools(
  a: TaskAnalysis,
  schools: readonly SchoolIndicators[],
): Map<SchoolIndicators, SchoolTaskFigures> {
  const byCode = new Map<string, SchoolTaskFigures>();
  const byName = new Map<string, SchoolTaskFigures>();
  for (const s of a.schools) {
    if (s.schoolCode) byCode.set(s.schoolCode.toLowerCase(), s);
    byName.set(normalizeSchoolName(s.school), s);
  }
  // One results school per analysis school: the one with the most participants (a group row read as a school
  // with no pupils must not take the figures).
  const best = new Map<SchoolTaskFigures, SchoolIndicators>();
  for (const r of schools) {
    const code = (r.schoolCode ?? CODE.exec(`${r.school} ${r.schoolKey}`)?.[0] ?? "").toLowerCase();
    const hit =
      (code && byCode.get(code)) || byName.get(normalizeSchoolName(r.school.replace(/\(\s*(edu|sch)\d+\s*\)/i, "")));
    if (!hit) continue;
    const prev = best.get(hit);
    if (!prev || r.participants > prev.participants) best.set(hit, r);
  }
  return new Map([...best].map(([t, r]) => [r, t]));
}

const additions = (f: TaskFigures) => ({ tasks: f.tasks, scoreHistogram: f.scoreHistogram, markGaps: f.markGaps });

/** Each analysis with its district's history over the years loaded (for the note). */
export function withHistory(
  analyses: readonly TaskAnalysis[],
  report: IndicatorReport,
  bandPp: number,
): TaskAnalysis[] {
  return analyses.map((a) => {
    const m = matchAssessment(a, report);
    const h = m ? assessmentHistory(report, m, bandPp) : null;
    return h ? { ...a, history: h.district } : a;
  });
}

/** The report with DESIGN.md «Additions»: per assessment `tasks`, per school `tasks`, `scoreHistogram`, `markGaps`, flags. */
export function withTaskJson(report: IndicatorReport, analyses: readonly TaskAnalysis[], bandPp: number): unknown {
  const byAssessment = new Map<AssessmentIndicators, TaskAnalysis>();
  for (const a of analyses) {
    const m = matchAssessment(a, report);
    if (m && !byAssessment.has(m)) byAssessment.set(m, a);
  }
  const matchedAnalyses = new Set(byAssessment.values());
  const unmatched = analyses
    .filter((a) => !matchedAnalyses.has(a))
    .map((a) =>
      finding(
        "tasks.unmatched",
        "info",
        `${a.source ? `Лист «${a.source}»: ` : ""}выполнение заданий посчитано, но оценочная процедура (${[a.assessment, a.subject, a.grade, a.year].filter(Boolean).join(", ")}) не найдена среди результатов — в JSON не добавлено.`,
        { sheet: a.source },
      ),
    );
  return {
    ...report,
    findings: [...report.findings, ...analyses.flatMap((a) => a.findings), ...unmatched],
    assessments: report.assessments.map((x) => {
      const a = byAssessment.get(x);
      const history = assessmentHistory(report, x, bandPp);
      const historyOf = (h: HistoryOf | undefined) => (h ? { history: h } : {});
      if (!a) {
        if (!history) return x;
        return {
          ...x,
          schools: x.schools.map((s) => ({ ...s, ...historyOf(history.schools.get(s.schoolKey)) })),
          district: { ...x.district, history: history.district },
        };
      }
      const matched = matchSchools(a, x.schools);
      return {
        ...x,
        tasks: a.tasks,
        schools: x.schools.map((s) => {
          const t = matched.get(s);
          const h = historyOf(history?.schools.get(s.schoolKey));
          if (!t) return { ...s, ...h };
          return {
            ...s,
            ...additions(t),
            flags: [...s.flags, ...t.flags.filter((f) => !(s.flags as string[]).includes(f))],
            ...h,
          };
        }),
        district: {
          ...x.district,
          ...additions(a.district),
          flags: a.district.flags,
          ...(history ? { history: history.district } : {}),
        },
      };
    }),
  };
}
