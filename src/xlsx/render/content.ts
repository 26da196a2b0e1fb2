import type ExcelJS from "exceljs";
import type { BlockPlan, Cell, NormalizedTablePlan } from "../../core/workbook";
import { defaultNumFmt, parseCellRef } from "../../core/workbook";
import type { RenderContext } from "./context";
import { renderCellValue } from "./cells";

function writeCell(ws: ExcelJS.Worksheet, row: number, column: number, cell: Cell | undefined, ctx: RenderContext): void {
  const rendered = renderCellValue(cell, ctx, ws.name);
  if (rendered.value === null) return;
  const target = ws.getCell(row + 1, column + 1);
  target.value = rendered.value;
  if (rendered.numFmt) target.numFmt = rendered.numFmt;
}

/** A free block of cells (titles, notes, small grids) written from its top-left cell. */
export function renderBlock(ws: ExcelJS.Worksheet, block: BlockPlan, ctx: RenderContext): void {
  const at = parseCellRef(block.at);
  block.rows.forEach((cells, r) => {
    for (let c = 0; c < cells.length; c++) writeCell(ws, at.row + r, at.column + c, cells[c], ctx);
  });
}

/** Column header names must be unique and non-empty in an Excel Table. */
export function uniqueHeaders(headers: readonly string[]): string[] {
  const seen = new Set<string>();
  return headers.map((h, i) => {
    let name = h.trim() || `Столбец${i + 1}`;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${h.trim() || "Столбец"} (${n})`;
    seen.add(name.toLowerCase());
    return name;
  });
}

/**
 * An Excel Table with header, style and filter buttons. ExcelJS writes the header cells itself; the data
 * cells we write ourselves after, so every value goes through the same path as free cells.
 */
export function renderTable(ws: ExcelJS.Worksheet, table: NormalizedTablePlan, ctx: RenderContext): void {
  const at = parseCellRef(table.at);
  const width = table.columns.length;
  // ExcelJS writes a broken table part for zero data rows: keep one empty row.
  const rowCount = Math.max(table.rows.length, 1);
  const names = uniqueHeaders(table.columns.map((c) => c.header));
  ws.addTable({
    name: table.name,
    ref: table.at,
    headerRow: true,
    totalsRow: false,
    style: { theme: table.style as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
    columns: names.map((name) => ({ name, filterButton: true })),
    rows: [Array.from({ length: width }, () => null)],
  });
  applyColumnStyles(ws, table, at, rowCount);
  table.rows.forEach((cells, r) => {
    for (let c = 0; c < width; c++) writeCell(ws, at.row + 1 + r, at.column + c, cells[c], ctx);
  });
  if (rowCount > 1) extendTable(ws, table.name, rowCount);
}

function applyColumnStyles(ws: ExcelJS.Worksheet, table: NormalizedTablePlan, at: { row: number; column: number }, rows: number): void {
  table.columns.forEach((column, c) => {
    const col = ws.getColumn(at.column + c + 1);
    if (column.width !== undefined) col.width = column.width;
    if (column.hidden) col.hidden = true;
    const numFmt = column.numFmt ?? defaultNumFmt(column.kind);
    if (!numFmt && !column.wrap) return;
    for (let r = 0; r < rows; r++) {
      const cell = ws.getCell(at.row + 2 + r, at.column + c + 1);
      if (numFmt) cell.numFmt = numFmt;
      if (column.wrap) cell.alignment = { ...cell.alignment, wrapText: true, vertical: "top" };
    }
  });
}

/**
 * The table was created with one placeholder row (ExcelJS would otherwise keep a second copy of every
 * row in its model); its reference is recomputed to cover the rows written. Only `rows.length` is read.
 */
function extendTable(ws: ExcelJS.Worksheet, name: string, rows: number): void {
  const table = ws.getTable(name) as unknown as { table: { rows: unknown[] }; validate(): void };
  table.table.rows = new Array<unknown>(rows);
  table.validate();
}
