import type { ExcelHost } from "../../excel/host-types";
import { countRu } from "../../core/findings";
import type { SourceDocument } from "../../core/table";
import { runRoadmapJob, type RoadmapJobResult } from "../../core/pipeline";
import type { Job, JobOutcome, RoadmapForm, TaskpaneJobs } from "../types";
import { documentFromPaste, documentFromRange, hasCells } from "./sources";

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const ACTIVITY_FORMS = ["мероприятие", "мероприятия", "мероприятий"] as const;
const FINDING_FORMS = ["замечание", "замечания", "замечаний"] as const;

type RoadmapJobs = Pick<TaskpaneJobs, "importRoadmapSelection" | "importRoadmapPasted" | "createRoadmapSheets" | "recheckRoadmap">;

function period(form: RoadmapForm) {
  return ISO.test(form.periodStart) && ISO.test(form.periodEnd) ? { start: form.periodStart, end: form.periodEnd } : null;
}

function analyse(doc: SourceDocument, form: RoadmapForm): RoadmapJobResult {
  if (!hasCells(doc)) {
    throw new Error("Таблица пуста: выделите на листе таблицу дорожной карты вместе с заголовком или вставьте её в поле.");
  }
  return runRoadmapJob({ document: doc, asOf: form.asOf, period: period(form) });
}

function outcome(result: RoadmapJobResult, what: string): JobOutcome {
  const { roadmap } = result;
  const summary =
    `${what}: ${countRu(roadmap.activities.length, ACTIVITY_FORMS)}, ` +
    `${countRu(roadmap.findings.length, FINDING_FORMS)}.`;
  return { summary, findings: roadmap.findings, ...(roadmap.period ? { period: roadmap.period } : {}) };
}

/**
 * The roadmap step. The last imported table is kept between clicks so «Создать лист» writes what the user saw;
 * «Проверить снова» re-runs the same analysis with the fields as they are now.
 */
export function createRoadmapJobs(host: ExcelHost): RoadmapJobs {
  let current: SourceDocument | null = null;
  const importWith = (read: (form: RoadmapForm) => Promise<SourceDocument>): Job<RoadmapForm> =>
    async (form, progress) => {
      progress.report("Читаю таблицу…");
      const doc = await read(form);
      progress.report("Распознаю мероприятия…");
      const result = analyse(doc, form);
      current = doc;
      return outcome(result, "Распознано");
    };
  const write: Job<RoadmapForm> = async (form, progress) => {
    const doc = current ?? documentFromRange(await host.readSelection());
    const result = analyse(doc, form);
    current = doc;
    const report = await host.renderPlan(result.plan, {
      onProgress: (fraction, label) => progress.report(label, fraction),
      isCancelled: progress.isCancelled,
    });
    const sheets = Object.values(report.sheetNames).map((n) => `«${n}»`).join(", ");
    return outcome(result, `Листы ${sheets} обновлены`);
  };
  return {
    importRoadmapSelection: importWith(async () => documentFromRange(await host.readSelection())),
    importRoadmapPasted: importWith(async (form) => {
      if (!form.pasted) throw new Error("Поле пустое: вставьте таблицу дорожной карты (Ctrl+V).");
      return documentFromPaste(form.pasted);
    }),
    createRoadmapSheets: write,
    recheckRoadmap: write,
  };
}
