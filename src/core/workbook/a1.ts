/** A1-reference arithmetic shared by plan builders and renderers. Rows and columns are 0-based here. */

export function columnLetter(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export interface CellAddress {
  readonly row: number;
  readonly column: number;
}

/** "C5" → { row: 4, column: 2 }. */
export function parseCellRef(ref: string): CellAddress {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(ref.trim().toUpperCase());
  if (!m) throw new Error(`Bad cell reference: ${ref}`);
  return { row: Number(m[2]) - 1, column: columnIndex(m[1]) };
}

export function cellRef(row: number, column: number, absolute = false): string {
  const d = absolute ? "$" : "";
  return `${d}${columnLetter(column)}${d}${row + 1}`;
}

export function rangeRef(row: number, column: number, rowCount: number, columnCount: number, absolute = false): string {
  const start = cellRef(row, column, absolute);
  if (rowCount <= 1 && columnCount <= 1) return start;
  return `${start}:${cellRef(row + Math.max(rowCount, 1) - 1, column + Math.max(columnCount, 1) - 1, absolute)}`;
}

export interface RangeAddress {
  readonly start: CellAddress;
  readonly end: CellAddress;
}

export function parseRangeRef(ref: string): RangeAddress {
  const [a, b] = ref.split(":");
  const start = parseCellRef(a);
  return { start, end: b ? parseCellRef(b) : start };
}

/** Quote a sheet name for use in a reference: 'Свод по району'!A1. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

export function sheetRef(sheetName: string, ref: string): string {
  return `${quoteSheet(sheetName)}!${ref}`;
}
