import type { ExcelHost, RangeRead } from "../../excel/host-types";
import { countRu } from "../../core/findings";
import type { SourceDocument, SourceTable } from "../../core/table";
import type { ResultTable } from "../../core/results/types";
import { runResultsJob } from "../../core/pipeline";
import type { Job, RecognisedTable, ResultsForm, TaskpaneJobs } from "../types";
import { documentFromRange, hasCells, resultsDocumentFromPaste, withTargets } from "./sources";
import type { PaneSession } from "./session";

const TABLE_FORMS = ["таблица", "таблицы", "таблиц"] as const;
const FINDING_FORMS = ["замечание", "замечания", "замечаний"] as const;
const SCHOOL_FORMS = ["школа", "школы", "школ"] as const;

export function recognisedOf(t: ResultTable): RecognisedTable {
  return {
    assessment: t.assessment ?? "не определена",
    subject: t.subject ?? "не указан",
    grade: t.grade ?? "—",
    year: t.year ?? "—",
    schools: t.schools.length,
    references: t.references.map((r) => r.school),
  };
}

function labelOf(tables: readonly ResultTable[], n: number): string {
  const first = tables[0];
  if (!first) return `Импорт ${n}: таблица не распознана`;
  const what = [first.assessment, first.subject, first.grade ? `${first.grade} кл.` : null, first.year].filter(Boolean).join(", ");
  const more = tables.length > 1 ? ` и ещё ${countRu(tables.length - 1, TABLE_FORMS)}` : "";
  return `${what || "Результаты"} (${countRu(first.schools.length, SCHOOL_FORMS)})${more}`;
}

/**
 * The results step. Each import is kept in the session as one source for «Свод»; «Рассчитать показатели»
 * writes the indicator sheets over every import of the session.
 */
export function createResultsJobs(
  host: ExcelHost,
  session: PaneSession,
): Pick<TaskpaneJobs, "importResults" | "computeIndicators"> {
  const importResults: Job<ResultsForm> = async (form, progress) => {
    progress.report("Читаю таблицу результатов…");
    const read: RangeRead | null = form.pasted ? null : await host.readSelection();
    const doc: SourceDocument = form.pasted ? resultsDocumentFromPaste(form.pasted) : documentFromRange(read as RangeRead);
    if (!hasCells(doc)) throw new Error("Таблица пуста: выделите таблицу результатов на листе или вставьте её в поле.");
    progress.report("Распознаю таблицу результатов…");
    const job = runResultsJob({ tables: doc.tables, settings: form.settings });
    const { results } = job;
    if (results.tables.length === 0) {
      throw new Error(
        "Не удалось распознать таблицу результатов. Скопируйте её целиком, с заголовком (название работы, предмет, класс) и строкой «ОО» или «Школа».",
      );
    }
    const id = `results-${session.results.length + 1}`;
    session.results.push({ id, label: labelOf(results.tables, session.results.length + 1), tables: doc.tables, job, inWorkbook: false });
    return {
      summary: `Распознано: ${countRu(results.tables.length, TABLE_FORMS)}, ${countRu(results.findings.length, FINDING_FORMS)}.`,
      findings: withTargets(results.findings, read),
      recognised: results.tables.map(recognisedOf),
    };
  };
  const computeIndicators: Job<ResultsForm> = async (form, progress) => {
    if (session.results.length === 0) throw new Error("Сначала импортируйте хотя бы одну таблицу результатов.");
    progress.report("Рассчитываю показатели…");
    const tables: SourceTable[] = session.results.flatMap((r) => [...r.tables]);
    const { results, plan } = runResultsJob({ tables, settings: form.settings });
    const report = await host.renderPlan(plan, {
      onProgress: (fraction, label) => progress.report(label, fraction),
      isCancelled: progress.isCancelled,
    });
    if (report.cancelled) return { summary: "Запись отменена; книга не изменена." };
    session.results.forEach((r, i) => (session.results[i] = { ...r, inWorkbook: true }));
    const sheets = Object.values(report.sheetNames).filter((n) => !/^_/.test(n)).map((n) => `«${n}»`).join(", ");
    return {
      summary: `Показатели рассчитаны (${countRu(results.tables.length, TABLE_FORMS)}): листы ${sheets}.`,
      findings: results.findings,
      recognised: results.tables.map(recognisedOf),
    };
  };
  return { importResults, computeIndicators };
}
