import type { ExcelHost } from "../../excel/host-types";
import { countRu } from "../../core/findings";
import {
  buildSchoolForm,
  roadmapOfReturns,
  schoolsOfReport,
  collectReturns,
  readReturn,
  type CollectedReturns,
  type NotAReturn,
  type ParsedReturn,
} from "../../core/returns";
import type { Roadmap } from "../../core/roadmap/types";
import { shortHash } from "../../core/sheets/roadmap/keys";
import type { SheetPlan, WorkbookPlan } from "../../core/workbook";
import type { SourceTable } from "../../core/table";
import type { Job, JobOutcome, PickedFile, SchoolFormsForm } from "../types";
import type { PaneSession } from "./session";

const FORMS_WORD = ["форма", "формы", "форм"] as const;
const RETURNS_WORD = ["ответ", "ответа", "ответов"] as const;
const FILES_WORD = ["файл", "файла", "файлов"] as const;

/** The schools the session knows from its result imports, for the forms' school list. */
export function knownSchools(session: PaneSession): string[] {
  return [...new Set(session.results.flatMap((r) => schoolsOfReport(r.job.report)))];
}

function roadmapOf(session: PaneSession, id: string | undefined): Roadmap {
  const entry = (id ? session.roadmaps.get(id) : undefined) ?? [...session.roadmaps.values()][0];
  if (!entry)
    throw new Error(
      "Сначала импортируйте дорожную карту района на шаге «Дорожная карта»: формы делаются по её мероприятиям.",
    );
  return entry.job.roadmap;
}

/**
 * Excel without createWorkbook (before ExcelApi 1.8) gets one workbook with a sheet per school: each sheet names its
 * school above the table, which is how a return copied out of it is still recognised.
 */
function oneWorkbookOfForms(forms: readonly { school: string; plan: WorkbookPlan }[]): WorkbookPlan {
  const sheets: SheetPlan[] = forms.map(({ school, plan }) => {
    const sheet = plan.sheets[0];
    const short = school.replace(/[«»"]/g, "").replace(/\s+/g, " ").trim();
    return {
      ...sheet,
      key: `form.${shortHash(school)}`,
      name: `Отчёт ${short}`
        .slice(0, 31)
        .replace(/[[\]:*?/\\]/g, " ")
        .trim(),
      tables: (sheet.tables ?? []).map((t) => ({ ...t, name: `${t.name}_${shortHash(school)}` })),
    };
  });
  return { sheets, title: "Формы отчётов школ" };
}

export interface ReturnsJobs {
  readonly makeSchoolForms: Job<SchoolFormsForm>;
  readonly loadReturns: Job<{ readonly files: readonly PickedFile[] }>;
  /**
   * The returns loaded so far, collected against the roadmap their forms were made from (its title is recorded in
   * each form), else the first of the report's roadmaps; null when no returns were loaded.
   */
  readonly collectedReturns: (roadmaps: readonly Roadmap[]) => CollectedReturns | null;
  readonly knownSchools: () => string[];
}

/** The .xlsx reader (ExcelJS), loaded only when the user picks returns: the pane does not carry it otherwise. */
export type LoadXlsxReader = () => Promise<
  (bytes: Uint8Array, opts: { includeHidden: boolean }) => Promise<SourceTable[]>
>;

export function createReturnsJobs(host: ExcelHost, session: PaneSession, loadReadXlsx: LoadXlsxReader): ReturnsJobs {
  const loaded: (ParsedReturn | NotAReturn)[] = [];

  const makeSchoolForms: Job<SchoolFormsForm> = async (form, progress): Promise<JobOutcome> => {
    const roadmap = roadmapOf(session, form.roadmapId);
    const schools = form.schools.map((s) => s.trim()).filter(Boolean);
    if (!schools.length)
      throw new Error(
        "Укажите школы: по одной в строке (или импортируйте таблицу результатов — школы возьмутся из неё).",
      );
    const forms = schools.map((school) => ({
      school,
      ...buildSchoolForm({ roadmap, school, schools, created: form.asOf }),
    }));
    const empty = forms.filter((f) => !f.activityIds.length).map((f) => f.school);
    if (host.renderPlanInNewWorkbook && host.features().createWorkbook) {
      for (const [i, f] of forms.entries()) {
        if (progress.isCancelled())
          return { summary: `Открыто ${countRu(i, FORMS_WORD)} из ${schools.length}; остальные отменены.` };
        progress.report(`Открываю форму: ${f.school}`, i / forms.length);
        await host.renderPlanInNewWorkbook(f.plan);
      }
    } else {
      progress.report("Записываю формы на листы этой книги…");
      await host.renderPlan(oneWorkbookOfForms(forms), { isCancelled: progress.isCancelled });
    }
    const where =
      host.renderPlanInNewWorkbook && host.features().createWorkbook
        ? "каждая в новой книге — сохраните их и разошлите школам"
        : "по листу на школу в этой книге";
    return {
      summary: `Создано ${countRu(forms.length, FORMS_WORD)} (${where}).${empty.length ? ` Без мероприятий: ${empty.join("; ")} — в дорожной карте нет ответственных «ОО», «школы» или этих школ по названию.` : ""}`,
    };
  };

  const loadReturns: Job<{ readonly files: readonly PickedFile[] }> = async ({ files }, progress) => {
    if (!files.length) throw new Error("Выберите файлы ответов школ (.xlsx).");
    const readXlsx = await loadReadXlsx();
    let returns = 0;
    for (const [i, file] of files.entries()) {
      progress.report(`Читаю «${file.name}»`, i / files.length);
      let parsed: ParsedReturn | NotAReturn;
      if (!/\.xlsx$/i.test(file.name))
        parsed = { kind: "not-a-return", file: file.name, reason: "это не книга Excel .xlsx" };
      else {
        try {
          const tables = await readXlsx(await file.bytes(), { includeHidden: true });
          parsed = readReturn({ name: file.name, savedAt: new Date(file.lastModified).toISOString(), tables });
        } catch {
          parsed = { kind: "not-a-return", file: file.name, reason: "файл повреждён или это не книга Excel" };
        }
      }
      // The same file picked again replaces its earlier reading.
      const same = loaded.findIndex((r) => r.file === parsed.file);
      if (same >= 0) loaded.splice(same, 1);
      loaded.push(parsed);
      if (parsed.kind === "return") returns++;
    }
    const skipped = files.length - returns;
    return {
      summary: `Прочитано ${countRu(returns, RETURNS_WORD)} школ${skipped ? `; пропущено ${countRu(skipped, FILES_WORD)} (не формы отчёта)` : ""}. Нажмите «Сформировать свод».`,
      findings: loaded
        .filter((r): r is NotAReturn => r.kind === "not-a-return")
        .map((r) => ({
          code: "returns.skipped",
          severity: "warning" as const,
          message: `Файл «${r.file}» пропущен: ${r.reason}.`,
        })),
    };
  };

  return {
    makeSchoolForms,
    loadReturns,
    collectedReturns: (roadmaps) => {
      if (!loaded.length || !roadmaps.length) return null;
      const roadmap = roadmapOfReturns(roadmaps, loaded);
      return roadmap ? collectReturns({ roadmap, expectedSchools: null, returns: loaded }) : null;
    },
    knownSchools: () => knownSchools(session),
  };
}
