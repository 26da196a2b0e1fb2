import {
  DATE_1904_OFFSET,
  TEXT_CELL_MAX_CHARS,
  isDateCell,
  isFormulaCell,
  isLinkCell,
  isoToExcelSerial,
  resolveSheetRefs,
  type Cell,
} from "../core/workbook";

/** What one cell becomes in a `range.formulas` array: null leaves the (fresh) cell untouched. */
export type CellInput = string | number | boolean | null;

export interface CellScope {
  /** Final (visible) name of the sheet being written: same-sheet links need it. */
  readonly sheetName: string;
  /** Sheet name for a plan key in formulas: the temp name, so that Excel follows the later rename. */
  readonly formulaSheet: (key: string) => string | undefined;
  /** Sheet name for a plan key in link texts: the final name, since a link text is not followed on rename. */
  readonly linkSheet: (key: string) => string | undefined;
  readonly warn: (message: string) => void;
  /** The workbook uses the 1904 date system (see read-chunks.ts). */
  readonly date1904?: boolean;
}

const EXCEL_FORMULA_MAX = 8192;
const INTERNAL_REF = /^(?:'(?:[^']|'')+'|[^'!\s:/\\]+)!\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?$/;
const LOCAL_REF = /^\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?$/;

/**
 * Every plan string is text. The apostrophe makes Excel keep it as typed: no formula from "=…",
 * "+…", "-…", "@…" (OWASP formula injection), no date from «март 2023» or «01.02.2023», no number
 * from «1.10». Excel stores the apostrophe as the cell's quote prefix, not as part of the text.
 */
export function textInput(text: string, warn: (m: string) => void): CellInput {
  if (text === "") return null;
  // The apostrophe counts against Excel's 32,767 characters: the text keeps 32,766.
  if (text.length > TEXT_CELL_MAX_CHARS) {
    warn(
      `Текст длиннее ${TEXT_CELL_MAX_CHARS.toLocaleString("ru-RU")} символов сокращён: Excel больше не вмещает в ячейку (полный текст — на листе исходной таблицы).`,
    );
    return `'${text.slice(0, TEXT_CELL_MAX_CHARS)}`;
  }
  return `'${text}`;
}

export function toCellInput(cell: Cell, scope: CellScope): CellInput {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === "string") return textInput(cell, scope.warn);
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : null;
  if (typeof cell === "boolean") return cell;
  if (isFormulaCell(cell)) return formulaInput(cell.f, scope);
  if (isDateCell(cell)) return isoToExcelSerial(cell.d) - (scope.date1904 ? DATE_1904_OFFSET : 0);
  if (isLinkCell(cell)) return linkInput(cell.link, cell.text, scope);
  return null;
}

function formulaInput(f: string, scope: CellScope): CellInput {
  const body = resolveSheetRefs(f.startsWith("=") ? f.slice(1) : f, scope.formulaSheet);
  if (body.includes("{{sheet:") || body.length + 1 > EXCEL_FORMULA_MAX) {
    scope.warn("Формула ссылается на лист, которого нет в книге, или слишком длинна: записана как текст.");
    return textInput(`=${body}`, scope.warn);
  }
  return `=${body}`;
}

/** A link only ever points inside this workbook: "#'Лист'!C5". Anything else is written as plain text. */
export function internalTarget(link: string, scope: CellScope): string | null {
  const resolved = resolveSheetRefs(link.replace(/^#/, ""), scope.linkSheet);
  if (INTERNAL_REF.test(resolved)) return resolved;
  if (LOCAL_REF.test(resolved)) return `'${scope.sheetName.replace(/'/g, "''")}'!${resolved}`;
  return null;
}

function linkInput(link: string, text: string, scope: CellScope): CellInput {
  const target = internalTarget(link, scope);
  if (!target) {
    scope.warn("Ссылка не ведёт внутрь книги и записана как текст.");
    return textInput(text || link, scope.warn);
  }
  const q = (s: string) => s.replace(/"/g, '""');
  return `=HYPERLINK("#${q(target)}","${q(text.slice(0, 255))}")`;
}

/** UTF-8 size of a value in the JSON request Office.js sends. */
export function jsonBytes(v: CellInput): number {
  if (v === null) return 4;
  if (typeof v === "number") return String(v).length;
  if (typeof v === "boolean") return v ? 4 : 5;
  let n = 2;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c === 34 || c === 92) n += 2;
    else if (c < 32) n += 6;
    else if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else n += 3;
  }
  return n;
}
