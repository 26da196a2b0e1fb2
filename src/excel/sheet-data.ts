import { isDateCell, parseCellRef, type Cell, type NormalizedSheetPlan } from "../core/workbook";
import { jsonBytes, toCellInput, type CellInput, type CellScope } from "./cell-input";

export interface GridRect {
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

/** One `range.formulas = rows` write, plus the date cells in it that need a date format. */
export interface WriteJob {
  readonly rect: GridRect;
  readonly rows: CellInput[][];
  readonly dateRuns: GridRect[];
  readonly bytes: number;
}

/**
 * JSON overhead of one queued operation (object path, action, ids). A simple op (a merge, a row height)
 * serialises to about 100 bytes (tests/excel/packing.test.ts measures it); 120 keeps the estimate above the
 * measure with a long sheet name. It was 200, which split a large report into more syncs than it needed.
 */
export const OP_OVERHEAD_BYTES = 120;

interface Grid {
  readonly row: number;
  readonly column: number;
  readonly width: number;
  readonly rows: readonly (readonly Cell[])[];
}

function sheetGrids(sheet: NormalizedSheetPlan): Grid[] {
  const grids: Grid[] = sheet.blocks.map((b) => {
    const at = parseCellRef(b.at);
    return { ...at, width: Math.max(0, ...b.rows.map((r) => r.length)), rows: b.rows };
  });
  for (const t of sheet.tables) {
    const at = parseCellRef(t.at);
    grids.push({ ...at, width: t.columns.length, rows: [t.columns.map((c) => c.header), ...t.rows] });
  }
  return grids.filter((g) => g.width > 0 && g.rows.length > 0);
}

function dateRuns(rows: readonly (readonly Cell[])[], top: number, left: number, width: number): GridRect[] {
  const runs: GridRect[] = [];
  for (let c = 0; c < width; c++) {
    let start = -1;
    for (let r = 0; r <= rows.length; r++) {
      const isDate = r < rows.length && isDateCell(rows[r][c] ?? null);
      if (isDate && start < 0) start = r;
      if (!isDate && start >= 0) {
        runs.push({ row: top + start, column: left + c, rowCount: r - start, columnCount: 1 });
        start = -1;
      }
    }
  }
  return runs;
}

/**
 * A sheet's cells as 2-D `formulas` arrays, split into row blocks of at most `maxBytes` of request,
 * so that no single Office.js request grows past the host's payload limit.
 */
export function sheetJobs(sheet: NormalizedSheetPlan, scope: CellScope, maxBytes: number): WriteJob[] {
  const jobs: WriteJob[] = [];
  for (const g of sheetGrids(sheet)) {
    let start = 0;
    let bytes = OP_OVERHEAD_BYTES;
    let block: CellInput[][] = [];
    const flush = (end: number) => {
      if (!block.length) return;
      const cells = g.rows.slice(start, end);
      const rect = { row: g.row + start, column: g.column, rowCount: block.length, columnCount: g.width };
      const runs = dateRuns(cells, rect.row, rect.column, g.width);
      jobs.push({ rect, rows: block, dateRuns: runs, bytes: bytes + runs.length * OP_OVERHEAD_BYTES });
      start = end;
      bytes = OP_OVERHEAD_BYTES;
      block = [];
    };
    for (let r = 0; r < g.rows.length; r++) {
      const row = rowInputs(g.rows[r], g.width, scope);
      const rowBytes = row.reduce<number>((n, v) => n + jsonBytes(v) + 1, 2);
      if (block.length && bytes + rowBytes > maxBytes) flush(r);
      block.push(row);
      bytes += rowBytes;
    }
    flush(g.rows.length);
  }
  return jobs;
}

function rowInputs(cells: readonly Cell[], width: number, scope: CellScope): CellInput[] {
  const out: CellInput[] = new Array(width);
  for (let c = 0; c < width; c++) out[c] = c < cells.length ? toCellInput(cells[c], scope) : null;
  return out;
}

/** Greedy packing of jobs into syncs of at most `budget` bytes, keeping their order. */
export function packJobs<T extends { bytes: number }>(jobs: readonly T[], budget: number): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const job of jobs) {
    if (current.length && size + job.bytes > budget) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(job);
    size += job.bytes;
  }
  if (current.length) batches.push(current);
  return batches;
}
