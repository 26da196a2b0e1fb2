import { finding, type Finding } from "../findings";
import type { IsoDate } from "../deadlines/types";
import { ACTIVITY_STATUSES, type ActivityStatus } from "../roadmap/types";
import type { SourceTable } from "../table/types";
import { excelSerialToIso } from "../workbook";
import { FORM_META_SHEET, parseMetaRows, type FormMeta } from "./form-meta";
import { FIGURE_HEADERS, type FormColumn } from "./form-plan";

/** One file as the edge read it: every sheet (hidden ones too), and when it was last saved. */
export interface ReturnFile {
  /** File name, for messages and the report. */
  readonly name: string;
  /** ISO date-time the file was saved (file system or document properties); null when unknown. */
  readonly savedAt: string | null;
  readonly tables: readonly SourceTable[];
}

/** One activity row of a return, as the school filled it. */
export interface ReturnEntry {
  readonly id: string;
  /** The activity text in the return (the school may have edited it; the roadmap's text stands). */
  readonly text: string;
  readonly status: ActivityStatus | null;
  readonly statusRaw: string;
  readonly doneDate: IsoDate | null;
  readonly doneDateRaw: string;
  readonly evidence: string;
  readonly comment: string;
  /** 1-based row on the return's sheet. */
  readonly row: number;
}

export interface FigureEntry {
  readonly key: string;
  readonly label: string;
  readonly value: number | null;
  readonly raw: string;
  readonly comment: string;
}

export interface ParsedReturn {
  readonly kind: "return";
  readonly file: string;
  readonly savedAt: string | null;
  /** The school as the form records it (hidden sheet), else as printed on the form; null when neither. */
  readonly school: string | null;
  readonly meta: FormMeta | null;
  readonly sheet: string;
  readonly entries: readonly ReturnEntry[];
  readonly figures: readonly FigureEntry[];
  readonly findings: readonly Finding[];
}

export interface NotAReturn {
  readonly kind: "not-a-return";
  readonly file: string;
  readonly reason: string;
}

const norm = (s: string): string => s.toLowerCase().replace(/ё/g, "е").replace(/\s+/g, " ").trim();

/** Header words by column; a school may retype a header, so a few spellings of each are accepted. */
const HEADER_WORDS: Record<FormColumn, readonly string[]> = {
  id: ["id", "ид", "идентификатор"],
  number: ["№", "№ п/п", "номер"],
  text: ["мероприятие", "мероприятия", "наименование мероприятия"],
  deadline: ["срок", "сроки"],
  status: ["статус", "статус выполнения", "отметка о выполнении"],
  doneDate: ["дата выполнения", "дата исполнения", "дата"],
  evidence: ["подтверждение", "подтверждающий документ", "документ", "ссылка", "подтверждение (документ, ссылка)"],
  comment: ["комментарий", "комментарии", "примечание"],
};

function columnsOf(row: readonly string[]): Partial<Record<FormColumn, number>> | null {
  const found: Partial<Record<FormColumn, number>> = {};
  row.forEach((cell, i) => {
    const text = norm(cell);
    for (const column of Object.keys(HEADER_WORDS) as FormColumn[]) {
      if (found[column] === undefined && HEADER_WORDS[column].includes(text)) found[column] = i;
    }
  });
  return found.id !== undefined && found.status !== undefined ? found : null;
}

const STATUS_PATTERNS: readonly (readonly [RegExp, ActivityStatus])[] = [
  [/^не\s*выполн|^нет$|^не\s+провед/, "не выполнено"],
  [/^выполн|^да$|^провед|^исполн|^[+✓✔]$/, "выполнено"],
  [/^(в\s+работе|в\s+процессе|выполняется|частично|начат|ведется|проводится)/, "в работе"],
  [/^(перенес|отлож)/, "перенесено"],
  [/^(запланир|планиру|не\s+начат)/, "запланировано"],
];

/** A status as a school types it («Выполнено.», «в процессе», «+») → one of the five. */
export function readStatus(raw: string): ActivityStatus | null {
  const t = norm(raw).replace(/[.!]+$/, "");
  if (!t) return null;
  const exact = ACTIVITY_STATUSES.find((s) => s === t);
  if (exact) return exact;
  for (const [re, status] of STATUS_PATTERNS) if (re.test(t)) return status;
  return null;
}

const validIso = (y: number, m: number, d: number): IsoDate | null => {
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return null;
  return dt.toISOString().slice(0, 10);
};

/**
 * A completion date as a return holds it: a date cell (read as «12.03.2025»), a serial number another program
 * left unformatted, «12.03.25», «2025-03-12», «12/03/2025». Anything else is no date (the text is kept).
 */
export function readDoneDate(raw: string): IsoDate | null {
  const t = raw.trim().replace(/\s*г\.?$/, "");
  let m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(t);
  if (m) {
    const year = m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    return validIso(year, Number(m[2]), Number(m[1]));
  }
  m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/.exec(t);
  if (m) return validIso(Number(m[1]), Number(m[2]), Number(m[3]));
  // Excel serial dates of 1990–2100: a bare number from a cell another program saved without a date format.
  if (/^\d{5}(?:\.\d+)?$/.test(t)) {
    const serial = Number(t);
    if (serial >= 32874 && serial <= 73051) return excelSerialToIso(Math.floor(serial));
  }
  return null;
}

function readNumber(raw: string): number | null {
  const t = raw.replace(/[\s\u00a0]/g, "").replace(",", ".");
  return /^-?\d+(?:\.\d+)?$/.test(t) ? Number(t) : null;
}

/** «Школа:» | name, printed above the table: the school when a program dropped the hidden sheet. */
function printedSchool(table: SourceTable, headerIndex: number): string | null {
  for (let r = 0; r < headerIndex; r++) {
    const row = table.cells[r];
    const label = norm(row[0] ?? "");
    if (label === "школа:" || label === "школа" || label === "образовательная организация:") {
      const value = row.slice(1).find((c) => c.trim() !== "");
      if (value) return value.trim();
    }
  }
  return null;
}

function readFigures(tables: readonly SourceTable[]): FigureEntry[] {
  for (const table of tables) {
    const headerIndex = table.cells.findIndex(
      (row) =>
        row.some((c) => norm(c) === norm(FIGURE_HEADERS.label)) &&
        row.some((c) => norm(c) === norm(FIGURE_HEADERS.value)),
    );
    if (headerIndex < 0) continue;
    const header = table.cells[headerIndex].map(norm);
    const col = (h: string) => header.indexOf(norm(h));
    const [label, value, comment, key] = [
      col(FIGURE_HEADERS.label),
      col(FIGURE_HEADERS.value),
      col(FIGURE_HEADERS.comment),
      col(FIGURE_HEADERS.key),
    ];
    return table.cells
      .slice(headerIndex + 1)
      .filter((row) => (row[label] ?? "").trim() !== "")
      .map((row) => ({
        key: key >= 0 ? (row[key] ?? "").trim() : "",
        label: (row[label] ?? "").trim(),
        raw: (row[value] ?? "").trim(),
        value: readNumber(row[value] ?? ""),
        comment: comment >= 0 ? (row[comment] ?? "").trim() : "",
      }));
  }
  return [];
}

/** Reads one file as a school's return, by the headers of its table and the IDs in it — never by row position. */
export function readReturn(file: ReturnFile): ParsedReturn | NotAReturn {
  const metaTable = file.tables.find((t) => t.origin.sheet === FORM_META_SHEET) ?? null;
  const meta = metaTable
    ? parseMetaRows(metaTable.cells)
    : (file.tables.map((t) => parseMetaRows(t.cells)).find((m) => m) ?? null);
  for (const table of file.tables) {
    if (table === metaTable) continue;
    const headerIndex = table.cells.findIndex((row) => columnsOf(row) !== null);
    if (headerIndex < 0) continue;
    const columns = columnsOf(table.cells[headerIndex])!;
    const sheet = table.origin.sheet ?? file.name;
    const findings: Finding[] = [];
    const entries: ReturnEntry[] = [];
    const cell = (row: readonly string[], c: FormColumn) =>
      columns[c] === undefined ? "" : (row[columns[c]!] ?? "").trim();
    for (let r = headerIndex + 1; r < table.cells.length; r++) {
      const row = table.cells[r];
      const id = cell(row, "id");
      const sheetRow = table.origin.firstRow + r;
      if (!id) {
        if (row.some((c) => c.trim() !== "")) {
          findings.push(
            finding(
              "returns.row-without-id",
              "warning",
              `«${file.name}», лист «${sheet}», строка ${sheetRow}: нет ID мероприятия — строка не учтена.`,
              { row: sheetRow, sheet },
            ),
          );
        }
        continue;
      }
      const statusRaw = cell(row, "status");
      const status = readStatus(statusRaw);
      if (statusRaw && !status) {
        findings.push(
          finding(
            "returns.unknown-status",
            "warning",
            `«${file.name}», лист «${sheet}», строка ${sheetRow}: статус «${statusRaw}» не распознан — мероприятие ${id} учтено без статуса.`,
            { row: sheetRow, sheet, activityId: id },
          ),
        );
      }
      const doneDateRaw = cell(row, "doneDate");
      const doneDate = doneDateRaw ? readDoneDate(doneDateRaw) : null;
      if (doneDateRaw && !doneDate) {
        findings.push(
          finding(
            "returns.bad-date",
            "warning",
            `«${file.name}», лист «${sheet}», строка ${sheetRow}: «${doneDateRaw}» — не дата; дата выполнения мероприятия ${id} не учтена, текст сохранён в комментарии.`,
            { row: sheetRow, sheet, activityId: id },
          ),
        );
      }
      entries.push({
        id,
        text: cell(row, "text"),
        status,
        statusRaw,
        doneDate,
        doneDateRaw,
        evidence: cell(row, "evidence"),
        comment: cell(row, "comment"),
        row: sheetRow,
      });
    }
    const school = meta?.school ?? printedSchool(table, headerIndex);
    if (!school) {
      findings.push(
        finding(
          "returns.no-school",
          "warning",
          `«${file.name}»: в форме не указана школа — ответ не отнесён ни к одной школе.`,
          { sheet },
        ),
      );
    }
    return {
      kind: "return",
      file: file.name,
      savedAt: file.savedAt,
      school,
      meta,
      sheet,
      entries,
      figures: readFigures(file.tables),
      findings,
    };
  }
  return {
    kind: "not-a-return",
    file: file.name,
    reason: meta
      ? "в форме нет таблицы мероприятий со столбцами «ID» и «Статус»"
      : "это не форма отчёта школы: нет таблицы со столбцами «ID» и «Статус»",
  };
}
