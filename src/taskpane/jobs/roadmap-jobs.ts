import type { ExcelHost, RangeRead } from "../../excel/host-types";
import { countRu } from "../../core/findings";
import type { SourceDocument } from "../../core/table";
import type { Roadmap } from "../../core/roadmap/types";
import { runRoadmapJob, type RoadmapJobResult } from "../../core/pipeline";
import type { Job, JobOutcome, PaneFinding, RoadmapForm, TaskpaneJobs } from "../types";
import { documentFromPaste, documentFromRange, hasCells, withActivityTargets, withTargets } from "./sources";
import { readUserEdits, type UserEdits } from "./readback";
import type { PaneSession, RoadmapEntry } from "./session";

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const ACTIVITY_FORMS = ["мероприятие", "мероприятия", "мероприятий"] as const;
const FINDING_FORMS = ["замечание", "замечания", "замечаний"] as const;

type RoadmapJobs = Pick<
  TaskpaneJobs,
  "importRoadmapSelection" | "importRoadmapPasted" | "createRoadmapSheets" | "recheckRoadmap" | "remapRoadmapColumns"
>;

function period(form: RoadmapForm) {
  return ISO.test(form.periodStart) && ISO.test(form.periodEnd) && form.periodStart <= form.periodEnd
    ? { start: form.periodStart, end: form.periodEnd }
    : null;
}

export function analyse(doc: SourceDocument, form: RoadmapForm, edits: UserEdits = {}): RoadmapJobResult {
  if (!hasCells(doc)) {
    throw new Error(
      "Таблица пуста: выделите на листе таблицу дорожной карты вместе с заголовком или вставьте её в поле.",
    );
  }
  const roles = form.columnRoles && Object.keys(form.columnRoles).length ? { ...form.columnRoles } : undefined;
  return runRoadmapJob({
    document: doc,
    asOf: form.asOf,
    period: period(form),
    columnRoles: roles,
    tracking: edits.tracking,
    directory: edits.directory,
    directoryConfirmed: edits.directoryConfirmed,
    title: edits.title,
    sheetKeys: edits.keys,
  });
}

/** Before the sheets exist, a finding about an activity points at the activity's first row in the selection. */
function withSourceRows(roadmap: Roadmap): PaneFinding[] {
  const rowOf = new Map(roadmap.activities.map((a) => [a.id, a.sourceRows[0]]));
  return roadmap.findings.map((f) =>
    f.row === undefined && f.activityId && rowOf.get(f.activityId) !== undefined ? { ...f, row: rowOf.get(f.activityId) } : f,
  );
}

function findingsOf(entry: RoadmapEntry): PaneFinding[] {
  const { roadmap, keys } = entry.job;
  const own = entry.sheetNames?.[keys.activities];
  return own ? withActivityTargets(roadmap.findings, roadmap, own) : withTargets(withSourceRows(roadmap), entry.read);
}

function outcome(entry: RoadmapEntry, what: string): JobOutcome {
  const { roadmap } = entry.job;
  return {
    summary: `${what}: ${countRu(roadmap.activities.length, ACTIVITY_FORMS)}, ${countRu(roadmap.findings.length, FINDING_FORMS)}.`,
    findings: findingsOf(entry),
    columns: roadmap.columns.map((c) => ({ index: c.index, header: c.header, role: c.role, ...(c.part ? { part: c.part } : {}) })),
    ...(roadmap.period ? { period: roadmap.period } : {}),
  };
}

/**
 * The roadmap step. The last analysis of each roadmap is kept in the session (the «Свод» step uses it);
 * «Создать лист» and «Проверить снова» first read the user's statuses, dates, notes and directory edits back
 * from our sheets, so a re-write never loses them.
 */
export function createRoadmapJobs(host: ExcelHost, session: PaneSession): RoadmapJobs {
  const remember = (entry: RoadmapEntry) => {
    session.roadmaps.set(entry.id, entry);
    session.current = entry.id;
    return entry;
  };
  const currentEntry = () => (session.current ? session.roadmaps.get(session.current) : undefined);
  const importFrom = async (doc: SourceDocument, read: RangeRead | null, form: RoadmapForm, progress: Parameters<Job<RoadmapForm>>[1]) => {
    progress.report("Распознаю мероприятия…");
    const job = analyse(doc, form);
    const previous = session.roadmaps.get(job.keys.activities);
    return outcome(remember({ id: job.keys.activities, doc, read, job, form, sheetNames: previous?.sheetNames }), "Распознано");
  };
  const write =
    (what: string): Job<RoadmapForm> =>
    async (form, progress) => {
      let source: (Pick<RoadmapEntry, "doc" | "read"> & Partial<Pick<RoadmapEntry, "job">>) | undefined = currentEntry();
      if (!source) {
        progress.report("Читаю выделенный диапазон…");
        const read = await host.readSelection();
        source = { doc: documentFromRange(read), read };
      }
      const entry = source;
      progress.report("Читаю правки пользователя на листах надстройки…");
      const first = analyse(entry.doc, form);
      // A roadmap restored from the workbook keeps the keys its sheets were found under (workbook-store.ts).
      const edits = await readUserEdits(host, entry.job?.keys ?? first.keys);
      const job = edits.tracking || edits.directory ? analyse(entry.doc, form, edits) : first;
      progress.report("Записываю листы…", 0);
      const report = await host.renderPlan(job.plan, {
        onProgress: (fraction, label) => progress.report(label, fraction),
        isCancelled: progress.isCancelled,
      });
      if (report.cancelled) return { summary: "Запись отменена; книга не изменена." };
      const saved = remember({ ...entry, id: job.keys.activities, job, form, sheetNames: report.sheetNames });
      const sheets = [job.keys.activities, job.keys.findings, job.keys.directory]
        .map((k) => report.sheetNames[k])
        .filter(Boolean)
        .map((n) => `«${n}»`)
        .join(", ");
      const kept = edits.tracking?.size ? ` Сохранены отметки пользователя по ${countRu(edits.tracking.size, ACTIVITY_FORMS)}.` : "";
      const result = outcome(saved, `${what} ${sheets}`);
      return { ...result, summary: result.summary + kept };
    };
  return {
    importRoadmapSelection: async (form, progress) => {
      progress.report("Читаю выделенный диапазон…");
      const read = await host.readSelection();
      return importFrom(documentFromRange(read), read, form, progress);
    },
    importRoadmapPasted: async (form, progress) => {
      if (!form.pasted) throw new Error("Поле пустое: вставьте таблицу дорожной карты (Ctrl+V).");
      return importFrom(documentFromPaste(form.pasted), null, form, progress);
    },
    remapRoadmapColumns: async (form, progress) => {
      const entry = currentEntry();
      if (!entry) throw new Error("Сначала импортируйте таблицу дорожной карты: выделите её на листе или вставьте в поле.");
      return importFrom(entry.doc, entry.read, form, progress);
    },
    createRoadmapSheets: write("Записаны листы"),
    recheckRoadmap: write("Проверено снова и обновлены листы"),
  };
}
