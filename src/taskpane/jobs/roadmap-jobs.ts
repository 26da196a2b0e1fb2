import type { ExcelHost } from "../../excel/host-types";
import { countRu } from "../../core/findings";
import type { SourceDocument } from "../../core/table";
import { runRoadmapJob, type RoadmapJobResult } from "../../core/pipeline";
import type { Job, JobOutcome, RoadmapForm, TaskpaneJobs } from "../types";
import { documentFromPaste, documentFromRange, hasCells, withTargets } from "./sources";
import type { RangeRead } from "../../excel/host-types";

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const ACTIVITY_FORMS = ["мероприятие", "мероприятия", "мероприятий"] as const;
const FINDING_FORMS = ["замечание", "замечания", "замечаний"] as const;

/** The table being worked on; `read` is the selection it came from (null for a paste). */
interface Source {
  readonly doc: SourceDocument;
  readonly read: RangeRead | null;
}

type RoadmapJobs = Pick<
  TaskpaneJobs,
  "importRoadmapSelection" | "importRoadmapPasted" | "createRoadmapSheets" | "recheckRoadmap"
>;

function period(form: RoadmapForm) {
  return ISO.test(form.periodStart) && ISO.test(form.periodEnd)
    ? { start: form.periodStart, end: form.periodEnd }
    : null;
}

function analyse(doc: SourceDocument, form: RoadmapForm): RoadmapJobResult {
  if (!hasCells(doc)) {
    throw new Error(
      "Таблица пуста: выделите на листе таблицу дорожной карты вместе с заголовком или вставьте её в поле.",
    );
  }
  return runRoadmapJob({ document: doc, asOf: form.asOf, period: period(form) });
}

function outcome(result: RoadmapJobResult, what: string, read: RangeRead | null): JobOutcome {
  const { roadmap } = result;
  const summary =
    `${what}: ${countRu(roadmap.activities.length, ACTIVITY_FORMS)}, ` +
    `${countRu(roadmap.findings.length, FINDING_FORMS)}.`;
  return {
    summary,
    findings: withTargets(roadmap.findings, read),
    ...(roadmap.period ? { period: roadmap.period } : {}),
  };
}

/**
 * The roadmap step. The last imported table is kept between clicks so «Создать лист» writes what the user saw;
 * «Проверить снова» re-runs the same analysis with the fields as they are now.
 */
export function createRoadmapJobs(host: ExcelHost): RoadmapJobs {
  let current: Source | null = null;
  const fromSelection = async (): Promise<Source> => {
    const read = await host.readSelection();
    return { doc: documentFromRange(read), read };
  };
  const importWith =
    (take: (form: RoadmapForm) => Promise<Source>): Job<RoadmapForm> =>
    async (form, progress) => {
      progress.report("Читаю таблицу…");
      const source = await take(form);
      progress.report("Распознаю мероприятия…");
      const result = analyse(source.doc, form);
      current = source;
      return outcome(result, "Распознано", source.read);
    };
  const write: Job<RoadmapForm> = async (form, progress) => {
    const source = current ?? (await fromSelection());
    const result = analyse(source.doc, form);
    current = source;
    const report = await host.renderPlan(result.plan, {
      onProgress: (fraction, label) => progress.report(label, fraction),
      isCancelled: progress.isCancelled,
    });
    const sheets = Object.values(report.sheetNames)
      .map((n) => `«${n}»`)
      .join(", ");
    return outcome(result, `Листы ${sheets} обновлены`, source.read);
  };
  return {
    importRoadmapSelection: importWith(fromSelection),
    importRoadmapPasted: importWith(async (form) => {
      if (!form.pasted) throw new Error("Поле пустое: вставьте таблицу дорожной карты (Ctrl+V).");
      return { doc: documentFromPaste(form.pasted), read: null };
    }),
    createRoadmapSheets: write,
    recheckRoadmap: write,
  };
}
