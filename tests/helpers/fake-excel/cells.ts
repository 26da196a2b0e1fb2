import { cellRef, columnLetter, excelSerialToIso, isoToExcelSerial, parseRangeRef } from "../../../src/core/workbook";
import { FakeOfficeError, normalizeQuotes, type CellState, type SheetState } from "./state";

export interface Rect {
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
}

/** "A1:C3", "B2", "Sheet!A1:B2", "$A$1" → rectangle (0-based). Whole rows "3:3" and columns "A:C" are allowed. */
export function parseRect(address: string): Rect {
  const bare = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const clean = bare.replace(/\$/g, "");
  const rows = /^(\d+):(\d+)$/.exec(clean);
  if (rows) return { row: +rows[1] - 1, column: 0, rowCount: +rows[2] - +rows[1] + 1, columnCount: 16384 };
  const cols = /^([A-Z]{1,3}):([A-Z]{1,3})$/.exec(clean.toUpperCase());
  if (cols) {
    const first = parseRangeRef(`${cols[1]}1`).start.column;
    const last = parseRangeRef(`${cols[2]}1`).start.column;
    return { row: 0, column: first, rowCount: 1048576, columnCount: last - first + 1 };
  }
  const r = parseRangeRef(clean);
  return {
    row: r.start.row,
    column: r.start.column,
    rowCount: r.end.row - r.start.row + 1,
    columnCount: r.end.column - r.start.column + 1,
  };
}

export function rectAddress(r: Rect): string {
  const a = cellRef(r.row, r.column);
  return r.rowCount === 1 && r.columnCount === 1
    ? a
    : `${a}:${columnLetter(r.column + r.columnCount - 1)}${r.row + r.rowCount}`;
}

const NUMERIC = /^[+-]?\d+(?:[.,]\d+)?%?$/;
const DOTTED_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/** What Excel makes of a typed entry: this is where formula injection and silent coercion happen. */
export function interpret(raw: unknown, existing: CellState | undefined): CellState | null {
  if (typeof raw === "number" || typeof raw === "boolean") return { v: raw, nf: existing?.nf };
  if (typeof raw !== "string") throw new FakeOfficeError("InvalidArgument", `Bad cell input ${String(raw)}`);
  // Excel counts the whole entry, quote prefix included, against its 32,767 characters.
  if (raw.length > 32767)
    throw new FakeOfficeError("InvalidArgument", `A cell holds at most 32,767 characters (${raw.length})`);
  const nf = existing?.nf;
  if (raw === "") return null;
  if (raw.startsWith("'")) return { v: raw.slice(1), quote: true, nf };
  if (nf === "@") return { v: raw, nf };
  if (raw.startsWith("=") || (/^[+\-@]/.test(raw) && !NUMERIC.test(raw))) {
    const f = normalizeQuotes(raw.startsWith("=") ? raw : `=${raw}`);
    checkFormula(f);
    return { v: 0, f, nf };
  }
  if (NUMERIC.test(raw)) {
    const n = Number(raw.replace(",", ".").replace("%", ""));
    return { v: raw.endsWith("%") ? n / 100 : n, nf };
  }
  const d = DOTTED_DATE.exec(raw);
  if (d) return { v: isoToExcelSerial(`${d[3]}-${d[2].padStart(2, "0")}-${d[1].padStart(2, "0")}`), nf: "dd.mm.yyyy" };
  if (/^(true|false|истина|ложь)$/i.test(raw)) return { v: /^(true|истина)$/i.test(raw), nf };
  return { v: raw, nf };
}

/** Excel rejects a malformed formula and the whole request with it. */
function checkFormula(f: string): void {
  const quotes = (f.match(/"/g) ?? []).length;
  let depth = 0;
  for (const ch of f.replace(/"[^"]*"/g, "")) {
    if (ch === "(") depth++;
    if (ch === ")") depth--;
    if (depth < 0) break;
  }
  if (quotes % 2 !== 0 || depth !== 0 || f.includes("{{") || f.length > 8192) {
    throw new FakeOfficeError("InvalidArgument", `Excel rejects the formula ${f.slice(0, 80)}`);
  }
}

export function getCell(sheet: SheetState, row: number, column: number): CellState | undefined {
  return sheet.cells.get(row)?.get(column);
}

export function setCell(sheet: SheetState, row: number, column: number, cell: CellState | null): void {
  let r = sheet.cells.get(row);
  if (!cell) {
    r?.delete(column);
    return;
  }
  if (!r) sheet.cells.set(row, (r = new Map()));
  r.set(column, cell);
}

/** A scalar is copied into every cell (Office.js "single input copy"); null entries leave a cell as it is. */
export function forEachInput(rect: Rect, input: unknown, fn: (row: number, col: number, raw: unknown) => void): void {
  const grid = Array.isArray(input);
  if (
    grid &&
    (input.length !== rect.rowCount || input.some((r) => !Array.isArray(r) || r.length !== rect.columnCount))
  ) {
    throw new FakeOfficeError("InvalidArgument", `The array does not match the size of ${rectAddress(rect)}`);
  }
  for (let i = 0; i < rect.rowCount; i++) {
    for (let j = 0; j < rect.columnCount; j++) {
      const raw = grid ? (input as unknown[][])[i][j] : input;
      if (raw !== null && raw !== undefined) fn(rect.row + i, rect.column + j, raw);
    }
  }
}

export function writeCells(sheet: SheetState, rect: Rect, input: unknown): void {
  forEachInput(rect, input, (r, c, raw) => setCell(sheet, r, c, interpret(raw, getCell(sheet, r, c))));
}

export function writeNumberFormat(sheet: SheetState, rect: Rect, input: unknown): void {
  forEachInput(rect, input, (r, c, raw) => {
    const cell = getCell(sheet, r, c) ?? { v: "" };
    setCell(sheet, r, c, { ...cell, nf: String(raw) });
  });
}

export function cellText(cell: CellState | undefined, date1904 = false): string {
  if (!cell) return "";
  if (typeof cell.v === "number" && cell.nf === "dd.mm.yyyy") {
    const [y, m, d] = excelSerialToIso(cell.v + (date1904 ? 1462 : 0)).split("-");
    return `${d}.${m}.${y}`;
  }
  if (typeof cell.v === "boolean") return cell.v ? "ИСТИНА" : "ЛОЖЬ";
  return String(cell.v);
}

export function readGrid<T>(sheet: SheetState, rect: Rect, pick: (c: CellState | undefined) => T): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rect.rowCount; i++) {
    const row: T[] = [];
    for (let j = 0; j < rect.columnCount; j++) row.push(pick(getCell(sheet, rect.row + i, rect.column + j)));
    out.push(row);
  }
  return out;
}

/** Bounding box of the non-empty cells, or null for an empty sheet. */
export function usedRect(sheet: SheetState): Rect | null {
  let r0 = Infinity,
    r1 = -1,
    c0 = Infinity,
    c1 = -1;
  for (const [r, row] of sheet.cells) {
    for (const [c, cell] of row) {
      if (cell.v === "" && !cell.f) continue;
      r0 = Math.min(r0, r);
      r1 = Math.max(r1, r);
      c0 = Math.min(c0, c);
      c1 = Math.max(c1, c);
    }
  }
  return r1 < 0 ? null : { row: r0, column: c0, rowCount: r1 - r0 + 1, columnCount: c1 - c0 + 1 };
}

export function intersect(a: Rect, b: Rect): Rect | null {
  const row = Math.max(a.row, b.row),
    column = Math.max(a.column, b.column);
  const rowEnd = Math.min(a.row + a.rowCount, b.row + b.rowCount);
  const colEnd = Math.min(a.column + a.columnCount, b.column + b.columnCount);
  return rowEnd <= row || colEnd <= column
    ? null
    : { row, column, rowCount: rowEnd - row, columnCount: colEnd - column };
}
