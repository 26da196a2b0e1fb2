import type { SourceTable } from "../table/types";
import { type Block, cell, isBlankRow } from "./block";
import { type DetectedLayout, type Detection, detectFrom, layoutOfHeader } from "./detect";
import { parseNumberRu, readMark } from "./numbers";
import { type Preamble, readPreamble } from "./preamble";
import type { AssessmentKey } from "./types";
import { type UserColumns, detectByUser } from "./user-columns";
import { AGGREGATE_ROLES } from "./recognize";
import type { ExamThresholds } from "./thresholds";

const PREAMBLE_LINE = /^(всероссийск|предмет\s*:|статистика\s+по\s+отметкам|сравнение\s+отметок|максимальн|результаты\s|(огэ|егэ|впр|гиа)(?![а-яёa-z0-9]))/i;
const OBJECTIVITY_LABEL = /^(понизили|подтвердили|повысили|всего|итого)/i;

const isNumber = (text: string) => {
  const v = parseNumberRu(text);
  return v !== null && !Number.isNaN(v);
};

/** Whether a row can belong to the data of a block of this layout (cheap: no header regexes). */
function dataish(row: readonly string[], det: DetectedLayout): boolean {
  const c = det.columns;
  switch (det.layout) {
    case "students":
    case "exam":
      return readMark(cell(row, c.mark)).kind !== "invalid" || isNumber(cell(row, c.score));
    case "fisoko-marks":
    case "counts":
      return isNumber(cell(row, c.participants)) || AGGREGATE_ROLES.some((m) => isNumber(cell(row, c[m]))) ||
        (det.groups ?? []).some((g) => AGGREGATE_ROLES.some((m) => isNumber(cell(row, g.columns[m]))));
    case "contingent":
      return Object.values(det.metrics ?? {}).some((col) => isNumber(cell(row, col)));
    case "fisoko-objectivity": {
      if (c.school !== undefined) return row.some((x, i) => i !== c.school && isNumber(x));
      const filled = row.filter((x) => x.trim() !== "");
      return OBJECTIVITY_LABEL.test(filled[0]?.trim() ?? "") || (filled.length === 1 && !filled[0].includes(":"));
    }
  }
}

/** Where the block's data ends: at the next preamble line or header; `next` is where to look for the next block. */
function blockEnd(cells: readonly (readonly string[])[], det: DetectedLayout, start: number): { end: number; next: number } {
  let lastData = start - 1;
  for (let r = start; r < cells.length; r++) {
    const row = cells[r];
    if (dataish(row, det)) {
      lastData = r;
      continue;
    }
    if (isBlankRow(row)) continue;
    const first = row.find((x) => x.trim() !== "")?.trim() ?? "";
    if (PREAMBLE_LINE.test(first) || layoutOfHeader(row, cells[r + 1], "").layout !== "unknown") return { end: r, next: lastData + 1 };
    lastData = r;
  }
  return { end: cells.length, next: cells.length };
}

/** The first row from `from` that holds a figure: data no block claimed. */
function firstUnread(cells: readonly (readonly string[])[], from: number): number | null {
  for (let r = from; r < cells.length; r++) if (cells[r].some(isNumber) && cells[r].some((c) => /[а-яёa-z]{3}/i.test(c))) return r;
  return null;
}

export interface SplitOptions {
  /** Column mappings the user made (`--columns`, or saved in the workbook): tried before any detection. */
  readonly mappings?: readonly UserColumns[];
  /** What the user set: wins over the preamble, the file name and the values. */
  readonly key?: Partial<AssessmentKey>;
}

const FIELD_RU: Record<keyof AssessmentKey, string> = { assessment: "вид работы", subject: "предмет", grade: "класс", year: "год" };

/** 0–100 test scores are ЕГЭ: a «тестовый балл» header, a ЕГЭ-only subject level, or scores above any ОГЭ/ВПР maximum. */
function examByValues(cells: readonly (readonly string[])[], det: DetectedLayout, start: number, end: number, subject: string | null): string | null {
  const col = det.columns.score;
  if (col === undefined) return null;
  if (/тестов/i.test(cell(cells[det.headerRow], col))) return "тестовые баллы";
  const subjects = new Set<string>(subject ? [subject.toLowerCase()] : []);
  let max = 0;
  for (let r = start; r < Math.min(end, start + 5000); r++) {
    const v = parseNumberRu(cell(cells[r], col));
    if (v !== null && v > max) max = v;
    if (det.columns.subject !== undefined && subjects.size < 50) subjects.add(cell(cells[r], det.columns.subject).toLowerCase());
  }
  if (max > 100) return null;
  if ([...subjects].some((x) => /(профильн|базов)/.test(x)) && max > 5) return "предмет с уровнем (профильный / базовый)";
  return max > 70 ? `баллы до ${max} (тестовые баллы 0–100)` : null;
}

/** ФИС ОКО names its sheets by subject code and grade: «РУ 4 …», «МА 5 …». */
const SHEET_SUBJECTS: Readonly<Record<string, string>> = {
  РУ: "Русский язык", МА: "Математика", ОМ: "Окружающий мир", БИ: "Биология", ГГ: "География", ИС: "История",
  ОБ: "Обществознание", ФИ: "Физика", ХИ: "Химия", ЛИ: "Литература", ИН: "Информатика",
};
function withSheetCode(p: Preamble, sheet: string): Preamble {
  const m = /^\s*([А-ЯЁ]{2})\s*[-_ ]?\s*(\d{1,2})(?!\d)/.exec(sheet);
  const subject = m ? SHEET_SUBJECTS[m[1]] : undefined;
  if (!m || !subject) return p;
  const grade = Number(m[2]) >= 1 && Number(m[2]) <= 11 ? m[2] : null;
  return { ...p, subject: p.subject ?? subject, grade: p.grade ?? grade };
}

/**
 * The block's assessment key: the lines above the header first, then the file or sheet name, then the values;
 * the user's own setting wins. Every field not read from the lines above is said (`inferred`).
 */
function keyOfBlock(table: SourceTable, from: number, det: DetectedLayout, start: number, end: number, opts: SplitOptions): { preamble: Preamble; inferred: string[] } {
  const sheet = table.origin.sheet ?? "таблица";
  const above = readPreamble(table.cells.slice(from, start).map((r) => r.join(" ")));
  const context = withSheetCode(readPreamble(from === 0 && table.context ? [table.context, sheet] : [sheet]), sheet);
  const inferred: string[] = [];
  const pick = (f: keyof AssessmentKey): string | null => {
    const user = opts.key?.[f];
    if (user) return user;
    if (above[f]) return above[f];
    if (context[f]) inferred.push(`${FIELD_RU[f]} «${context[f]}» — из названия файла или листа`);
    return context[f];
  };
  const subject = pick("subject");
  let assessment = pick("assessment");
  if (!assessment && (det.layout === "exam" || det.layout === "students")) {
    const why = examByValues(table.cells, det, start, end, subject);
    if (why) {
      assessment = "ЕГЭ";
      inferred.push(`вид работы «ЕГЭ» — по значениям: ${why}`);
    }
  }
  return {
    preamble: { assessment, subject, grade: pick("grade"), year: pick("year"), maxScore: above.maxScore ?? context.maxScore },
    inferred,
  };
}

/** A user's mapping that fits the rows from `from`, else the detection by header words and then by values. */
function detectBlock(cells: readonly (readonly string[])[], from: number, opts: SplitOptions): Detection {
  const limit = from === 0 ? 60 : 200;
  for (const m of opts.mappings ?? []) {
    const d = detectByUser(cells, from, m, limit);
    if (d) return d;
  }
  return detectFrom(cells, from, limit);
}

/**
 * Splits a pasted table into blocks: several ФИС ОКО reports pasted one under another are several blocks.
 * `unread` is the first row with figures that no block took (reported, never silently dropped).
 */
export function splitBlocks(table: SourceTable, thresholds: ExamThresholds, opts: SplitOptions = {}): Block[] & { unread?: number | null } {
  const sheet = table.origin.sheet ?? "таблица";
  const blocks: Block[] & { unread?: number | null } = [];
  let from = 0;
  while (from < table.cells.length) {
    const det = detectBlock(table.cells, from, opts);
    if (det.layout === "unknown") {
      blocks.unread = firstUnread(table.cells, from);
      break;
    }
    const start = det.headerRow + 1;
    const { end, next } = blockEnd(table.cells, det, start);
    const { preamble, inferred } = keyOfBlock(table, from, det, start, end, opts);
    blocks.push({ cells: table.cells, det, preamble, start, end, sheet, firstRow: table.origin.firstRow, thresholds, inferred });
    from = Math.max(next, start);
    if (end >= table.cells.length) break;
  }
  return blocks;
}
