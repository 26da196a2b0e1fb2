import { cleanCellText, oneLine, type SourceTable } from "../table";

/**
 * The header of a table as real documents write it: one row, or a band of two or three rows with group
 * headers over sub-columns («Сроки» over «начало | окончание»; «График выполнения» over «I кв. | II кв.»),
 * followed by a column-number row («1 | 2 | 3 …») in many official tables.
 */
export interface HeaderBand {
  /** Index of the band's first row (the row the roles were found in). */
  readonly top: number;
  /** Index of the band's last row (inclusive); equals top for a one-row header. */
  readonly bottom: number;
  /** Per column, the band's texts read top-down, a group header repeated over each of its sub-columns. */
  readonly texts: readonly string[];
  /** Per column, the texts of the band's lower rows only («начала реализации», «I кв. 2024»); "" when none. */
  readonly lower: readonly string[];
  /** Column-number rows right under the band (indices). */
  readonly numberRows: readonly number[];
}

const MAX_BAND_ROWS = 3;
const MAX_SUBHEADER = 80;

function text(table: SourceTable, r: number, c: number): string {
  return oneLine(cleanCellText(table.cells[r]?.[c] ?? ""));
}

/**
 * «1 | 2 | 3 | 4 | 5 | 6» (or a subset, «1 | 2 | | 3», where merged columns share a number): whole numbers
 * rising by one from 1, each no greater than its column's position. Two numbers suffice in a narrow table.
 */
export function isColumnNumberRow(row: readonly string[]): boolean {
  let expected = 1;
  let count = 0;
  for (let c = 0; c < row.length; c++) {
    const t = row[c].trim().replace(/\.$/, "");
    if (t === "") continue;
    if (!/^\d{1,2}$/.test(t)) return false;
    const n = Number(t);
    if (n !== expected || n > c + 1) return false;
    expected++;
    count++;
  }
  return count >= Math.min(3, Math.max(2, row.length));
}

/** Columns each cell of a row covers: a merge's span, else the empty cells to its right that the row below fills. */
function spans(table: SourceTable, r: number, width: number, below: readonly number[]): number[] {
  const owner = new Array<number>(width).fill(-1);
  const merged = new Map<number, number>();
  for (const m of table.merges ?? []) if (m.row === r && m.columnSpan > 1) merged.set(m.column, m.columnSpan);
  for (let c = 0; c < width; c++) {
    if (text(table, r, c) === "") continue;
    owner[c] = c;
    const span = merged.get(c);
    if (span !== undefined) {
      for (let k = 1; k < span && c + k < width; k++) owner[c + k] = c;
      continue;
    }
    // Pasted text loses the merge: the group's empty cells are those with a sub-header below them.
    for (let k = c + 1; k < width && text(table, r, k) === "" && below.some((b) => text(table, b, k) !== ""); k++) owner[k] = c;
  }
  return owner;
}

/** A row of sub-headers: short texts, all under a group header's span, nothing under single columns. */
function isSubHeaderRow(table: SourceTable, r: number, groupColumns: ReadonlySet<number>, width: number): boolean {
  const row = table.cells[r];
  if (!row || isColumnNumberRow(row)) return false;
  let filled = 0;
  for (let c = 0; c < width; c++) {
    const t = text(table, r, c);
    if (t === "") continue;
    if (t.length > MAX_SUBHEADER || !groupColumns.has(c)) return false;
    filled++;
  }
  return filled > 0;
}

/** Columns of a row that belong to a group: a cell whose span covers more than one column. */
function groupColumnsOf(owner: readonly number[]): Set<number> {
  const count = new Map<number, number>();
  for (const o of owner) if (o >= 0) count.set(o, (count.get(o) ?? 0) + 1);
  const out = new Set<number>();
  owner.forEach((o, c) => {
    if (o >= 0 && (count.get(o) ?? 0) > 1) out.add(c);
  });
  return out;
}

/**
 * The header band that starts at `headerRow`: the rows under it that hold sub-headers of its groups, and
 * the column-number rows after them. Texts are joined top-down per column («Срок» + «начала реализации»).
 */
export function headerBand(table: SourceTable, headerRow: number, width: number): HeaderBand {
  if (headerRow < 0) return { top: -1, bottom: -1, texts: [], lower: [], numberRows: [] };
  let bottom = headerRow;
  const owners: number[][] = [];
  for (let r = headerRow; r < headerRow + MAX_BAND_ROWS - 1 && r + 1 < table.cells.length; r++) {
    // A sub-header may sit under a group of the top row or under a sub-group of the row above it.
    const below: number[] = [];
    for (let b = r + 1; b < headerRow + MAX_BAND_ROWS && b < table.cells.length; b++) if (!isColumnNumberRow(table.cells[b])) below.push(b);
    const owner = spans(table, r, width, below);
    const groups = new Set<number>();
    for (let up = 0; up < owners.length; up++) for (const c of groupColumnsOf(owners[up])) groups.add(c);
    for (const c of groupColumnsOf(owner)) groups.add(c);
    if (!isSubHeaderRow(table, r + 1, groups, width)) break;
    owners.push(owner);
    bottom = r + 1;
  }
  const texts: string[] = [];
  const lower: string[] = [];
  for (let c = 0; c < width; c++) {
    const parts: string[] = [];
    for (let r = headerRow; r <= bottom; r++) {
      const owner = r < bottom ? owners[r - headerRow]?.[c] ?? c : c;
      const t = owner >= 0 ? text(table, r, owner) : "";
      if (t !== "" && parts[parts.length - 1] !== t) parts.push(t);
      if (r === headerRow) continue;
      if (t !== "") lower[c] = lower[c] ? `${lower[c]} ${t}` : t;
    }
    texts.push(parts.join(" "));
    lower[c] ??= "";
  }
  const numberRows: number[] = [];
  for (let r = bottom + 1; r < table.cells.length && isColumnNumberRow(table.cells[r]); r++) numberRows.push(r);
  return { top: headerRow, bottom, texts, lower, numberRows };
}
