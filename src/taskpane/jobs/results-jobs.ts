import type { ExcelHost, RangeRead } from "../../excel/host-types";
import { countRu } from "../../core/findings";
import type { SourceDocument, SourceTable } from "../../core/table";
import type { ResultTable } from "../../core/results/types";
import { type ResultsJobInput, runResultsJob } from "../../core/pipeline";
import { columnsToMap, hasDataRows, headerSignature, readSchoolChoices, schoolCount, userRoleOf, type UserColumns } from "../../core/results";
import { RESULT_SHEET_KEYS } from "../../core/sheets/indicators";
import type { Job, RecognisedTable, ResultColumnPreview, ResultsForm, SavedMapping, TaskpaneJobs } from "../types";
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

/** The form's mapping first, then those saved in the document; the assessment fields the user filled. */
function readOptionsOf(form: ResultsForm): NonNullable<ResultsJobInput["read"]> {
  const key = Object.fromEntries(Object.entries(form.key ?? {}).filter(([, v]) => typeof v === "string" && v.trim() !== ""));
  const mappings: UserColumns[] = [...(form.columns ? [form.columns] : []), ...(form.mappings ?? []).map((m) => m.columns)];
  return { key, mappings };
}

/** Each import read with its own fields and roles, all of them computed together. */
export function sessionReadOptions(entries: PaneSession["results"]): NonNullable<ResultsJobInput["read"]> {
  const tableOptions = new Map<SourceTable, { key?: ResultsForm["key"]; mappings?: readonly UserColumns[] }>();
  for (const e of entries) for (const t of e.tables) if (e.read) tableOptions.set(t, { key: e.read.key, mappings: e.read.mappings });
  return { tableOptions };
}

function previewOf(guesses: ReturnType<typeof columnsToMap>): ResultColumnPreview[] {
  return guesses
    .filter((g) => g.header.trim() !== "")
    .map((g) => ({ index: g.index, header: g.header.trim(), role: userRoleOf(g.role, g.header), reasons: g.reasons.join("; ") }));
}

/** The header row the mapping was made for (its signature is what a later paste is matched by). */
function headerOf(tables: readonly SourceTable[], columns: UserColumns): readonly string[] | null {
  const want = columns.map(([h]) => h.trim().toLowerCase());
  for (const t of tables) for (const row of t.cells.slice(0, 60)) {
    const have = row.map((c) => c.trim().toLowerCase());
    if (want.every((h) => have.includes(h))) return row;
  }
  return null;
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
    const readOpts = readOptionsOf(form);
    const job = runResultsJob({ tables: doc.tables, settings: form.settings, read: readOpts });
    const { results } = job;
    if (schoolCount(results) === 0) {
      // Nothing guessed in silence: the columns come back with a guessed role each, for the user to set.
      const columns = previewOf(columnsToMap(doc.tables));
      if (!hasDataRows(doc.tables) || columns.length === 0) {
        throw new Error(
          "Не удалось распознать таблицу результатов. Скопируйте её целиком, с заголовком (название работы, предмет, класс) и строкой «ОО» или «Школа».",
        );
      }
      return {
        summary: "Не прочитано ни одной школы: укажите, что в каких столбцах (роли ниже), и разберите таблицу заново.",
        findings: withTargets(results.findings, read),
        resultColumns: columns,
      };
    }
    const id = `results-${session.results.length + 1}`;
    session.results.push({ id, label: labelOf(results.tables, session.results.length + 1), tables: doc.tables, job, inWorkbook: false, read: readOpts });
    const header = form.columns ? headerOf(doc.tables, form.columns) : null;
    return {
      summary: `Распознано: ${countRu(results.tables.length, TABLE_FORMS)}, ${countRu(results.findings.length, FINDING_FORMS)}.`,
      findings: withTargets(results.findings, read),
      recognised: results.tables.map(recognisedOf),
      ...(form.columns && header ? { savedMapping: { signature: headerSignature(header), columns: form.columns } satisfies SavedMapping } : {}),
    };
  };
  const computeIndicators: Job<ResultsForm> = async (form, progress) => {
    if (session.results.length === 0) throw new Error("Сначала импортируйте хотя бы одну таблицу результатов.");
    progress.report("Рассчитываю показатели…");
    const tables: SourceTable[] = session.results.flatMap((r) => [...r.tables]);
    // The user's merges and splits on «Школы» (from an earlier run) are read back before the sheets are rewritten.
    const schoolsSheet = await host.readOwnSheet(RESULT_SHEET_KEYS.schools);
    const schoolChoices = schoolsSheet ? readSchoolChoices(schoolsSheet.values) : [];
    const { results, plan } = runResultsJob({ tables, settings: form.settings, read: { ...sessionReadOptions(session.results), schoolChoices } });
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
