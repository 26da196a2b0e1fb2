import type { ExcelHost } from "../../excel/host-types";
import { countRu } from "../../core/findings";
import { runReportJob, runResultsJob, type ResultsJobResult } from "../../core/pipeline";
import { sessionReadOptions } from "./results-jobs";
import type { TargetSpec } from "../../core/indicators";
import { readDocumentText } from "../../core/table";
import { findTargets, targetsFromFile } from "../../core/targets";
import type { Job, JobProgress, ReportForm, TaskpaneJobs } from "../types";
import { readUserEdits } from "./readback";
import { analyse } from "./roadmap-jobs";
import type { PaneSession, RoadmapEntry } from "./session";
import { sourcesOf } from "./session";
import type { ReturnsJobs } from "./returns-jobs";
import { applyDistrictEdits, type CollectedReturns } from "../../core/returns";
import { readMatrixEdits, RETURNS_SHEET_KEYS } from "../../core/sheets/returns";

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const ROADMAP_FORMS = ["дорожная карта", "дорожные карты", "дорожных карт"] as const;
const TABLE_FORMS = ["таблица результатов", "таблицы результатов", "таблиц результатов"] as const;
const SCHOOLS_GEN = ["школы", "школ", "школ"] as const;

const chosen = <T extends { id: string }>(all: readonly T[], ids: readonly string[] | undefined) =>
  ids ? all.filter((x) => ids.includes(x.id)) : [...all];

/** A roadmap whose sheets exist is re-read first: the report counts the user's statuses, and keeps them. */
async function freshRoadmap(host: ExcelHost, entry: RoadmapEntry, asOf: string) {
  const form = { ...entry.form, asOf };
  if (!entry.sheetNames) return analyse(entry.doc, form);
  const edits = await readUserEdits(host, entry.job.keys);
  return analyse(entry.doc, form, edits);
}

function resultsOf(session: PaneSession, form: ReportForm): ResultsJobResult | null {
  const picked = chosen(session.results, form.resultIds);
  return picked.length ? runResultsJob({ tables: picked.flatMap((r) => [...r.tables]), settings: form.settings, read: sessionReadOptions(picked) }) : null;
}

async function render(host: ExcelHost, form: ReportForm, plan: Parameters<ExcelHost["renderPlan"]>[0], progress: JobProgress) {
  if (form.newWorkbook) {
    if (!host.renderPlanInNewWorkbook) throw new Error("Эта версия Excel не открывает новую книгу из надстройки. Снимите отметку «Открыть свод в новой книге».");
    progress.report("Открываю свод в новой книге…");
    await host.renderPlanInNewWorkbook(plan);
    return { where: "в новой книге", cancelled: false };
  }
  const report = await host.renderPlan(plan, {
    onProgress: (fraction, label) => progress.report(label, fraction),
    isCancelled: progress.isCancelled,
  });
  const names = Object.values(report.sheetNames);
  return { where: names.length ? `в этой книге, первый лист «${names[0]}»` : "в этой книге", cancelled: report.cancelled === true };
}

/**
 * A re-run never overwrites what the methodologist typed over the schools' statuses on «Статусы по школам»: her
 * edits are found against the hidden copy of what was written, and stand (the school's answer goes to the comment).
 */
async function withDistrictEdits(host: ExcelHost, collected: CollectedReturns | null): Promise<CollectedReturns | null> {
  if (!collected) return null;
  const current = await host.readOwnSheet(RETURNS_SHEET_KEYS.matrix);
  const written = current ? await host.readOwnSheet(RETURNS_SHEET_KEYS.written) : null;
  if (!current || !written) return collected;
  return applyDistrictEdits(collected, readMatrixEdits(current.values, written.values));
}

/** Typed targets win; else the first chosen order that lists its own; else none (the sheet is left to fill). */
function targetsOf(form: ReportForm, entries: readonly RoadmapEntry[]): TargetSpec[] {
  const year = Number(form.asOf.slice(0, 4));
  if (form.targetsText?.trim()) return targetsFromFile(readDocumentText(form.targetsText), year);
  for (const e of entries) {
    const found = findTargets(e.doc, year);
    if (found.length) return found;
  }
  return [];
}

/** «Сформировать свод»: the chosen roadmaps and result imports of this session → the district report. */
export function createReportJobs(
  host: ExcelHost,
  session: PaneSession,
  returns?: Pick<ReturnsJobs, "collectedReturns">,
): Pick<TaskpaneJobs, "buildReport" | "reportSources"> {
  const buildReport: Job<ReportForm> = async (form, progress) => {
    const entries = chosen([...session.roadmaps.values()], form.roadmapIds);
    const results = resultsOf(session, form);
    if (!entries.length && !results) {
      throw new Error("Нечего сводить: импортируйте дорожную карту или таблицу результатов и отметьте их в списке.");
    }
    progress.report("Читаю отметки о выполнении с листов «Мероприятия»…");
    const roadmaps = [];
    for (const entry of entries) roadmaps.push({ job: await freshRoadmap(host, entry, form.asOf) });
    progress.report("Собираю свод и справку…");
    const period =
      form.periodStart && form.periodEnd && ISO.test(form.periodStart) && ISO.test(form.periodEnd)
        ? { start: form.periodStart, end: form.periodEnd }
        : null;
    const district = form.district?.trim() || "Муниципальный район";
    const collected = await withDistrictEdits(host, returns?.collectedReturns(roadmaps.map((r) => r.job.roadmap)) ?? null);
    const job = runReportJob({ district, asOf: form.asOf, period, roadmaps, results, returns: collected, settings: form.settings, targets: targetsOf(form, entries) });
    const done = await render(host, form, job.plan, progress);
    if (done.cancelled) return { summary: "Запись отменена; книга не изменена." };
    const what = [
      roadmaps.length ? countRu(roadmaps.length, ROADMAP_FORMS) : "",
      results ? countRu(results.results.tables.length, TABLE_FORMS) : "",
      collected ? `ответы ${collected.schools.filter((s) => s.received).length} из ${countRu(collected.schools.length, SCHOOLS_GEN)}` : "",
    ].filter(Boolean).join(", ");
    return {
      summary: `Свод сформирован ${done.where}: ${what}.`,
      findings: [...(results ? results.results.findings : []), ...(collected?.findings ?? [])],
    };
  };
  return { buildReport, reportSources: () => sourcesOf(session) };
}
