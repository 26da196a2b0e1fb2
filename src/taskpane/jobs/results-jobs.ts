import type { ExcelHost } from "../../excel/host-types";
import { countRu } from "../../core/findings";
import type { SourceTable } from "../../core/table";
import { runResultsJob } from "../../core/pipeline";
import type { Job, ResultsForm, TaskpaneJobs } from "../types";
import { documentFromPaste, documentFromRange, hasCells, withTargets } from "./sources";
import type { RangeRead } from "../../excel/host-types";

const TABLE_FORMS = ["таблица", "таблицы", "таблиц"] as const;
const FINDING_FORMS = ["замечание", "замечания", "замечаний"] as const;

/** The results step: import keeps the tables; «Рассчитать показатели» writes the indicator sheets. */
export function createResultsJobs(host: ExcelHost): Pick<TaskpaneJobs, "importResults" | "computeIndicators"> {
  const tables: SourceTable[] = [];
  const importResults: Job<ResultsForm> = async (form, progress) => {
    progress.report("Читаю таблицу результатов…");
    const read: RangeRead | null = form.pasted ? null : await host.readSelection();
    const doc = form.pasted ? documentFromPaste(form.pasted) : documentFromRange(read as RangeRead);
    if (!hasCells(doc)) throw new Error("Таблица пуста: выделите таблицу результатов на листе или вставьте её в поле.");
    const { results } = runResultsJob({ tables: doc.tables });
    tables.push(...doc.tables);
    return {
      summary: `Распознано: ${countRu(results.tables.length, TABLE_FORMS)}, ${countRu(results.findings.length, FINDING_FORMS)}.`,
      findings: withTargets(results.findings, read),
    };
  };
  const computeIndicators: Job<ResultsForm> = async (_form, progress) => {
    if (tables.length === 0) throw new Error("Сначала импортируйте хотя бы одну таблицу результатов.");
    progress.report("Рассчитываю показатели…");
    const { results, plan } = runResultsJob({ tables });
    await host.renderPlan(plan, {
      onProgress: (fraction, label) => progress.report(label, fraction),
      isCancelled: progress.isCancelled,
    });
    return {
      summary: `Показатели рассчитаны (${countRu(results.tables.length, TABLE_FORMS)}).`,
      findings: results.findings,
    };
  };
  return { importResults, computeIndicators };
}
