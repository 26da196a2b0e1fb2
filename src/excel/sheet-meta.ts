import { columnLetter, defaultNumFmt, parseCellRef, resolveSheetRefs, type Format, type NormalizedSheetPlan } from "../core/workbook";
import type { DetailedFeatures } from "./features";
import { OP_OVERHEAD_BYTES } from "./sheet-data";

/** Everything of a sheet besides its cells, queued on the (hidden) sheet being written. */
export interface MetaScope {
  readonly features: DetailedFeatures;
  readonly formulaSheet: (key: string) => string | undefined;
  readonly tableName: (planName: string) => string;
  readonly warn: (message: string) => void;
}

/** Excel's column width in characters → points (7-pixel digits plus padding, 0.75 pt per pixel). */
export const charsToPoints = (chars: number): number => Math.round(chars * 7 + 5) * 0.75;

/** Office.js copies a single value into every cell of the range ("single input copy"). */
function setEach(range: Excel.Range, prop: "numberFormat", value: string): void {
  (range as unknown as Record<string, unknown>)[prop] = value;
}

/** Row heights, one request per run of consecutive rows of the same height. */
export function applyRowHeights(ws: Excel.Worksheet, heights: readonly { row: number; height: number }[]): void {
  const sorted = [...heights].sort((a, b) => a.row - b.row);
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (
      j + 1 < sorted.length &&
      sorted[j + 1].row === sorted[j].row + 1 &&
      sorted[j + 1].height === sorted[i].height
    )
      j++;
    ws.getRange(`${sorted[i].row}:${sorted[j].row}`).format.rowHeight = sorted[i].height;
    i = j + 1;
  }
}

/** Merges are queued apart, in chunks (see render-tasks.ts): a report can carry tens of thousands. */
export function applyMerges(ws: Excel.Worksheet, merges: readonly string[]): void {
  for (const m of merges) ws.getRange(m).merge(false);
}

export function mergeBytes(merges: readonly string[]): number {
  return merges.length * OP_OVERHEAD_BYTES;
}

export function metaBytes(sheet: NormalizedSheetPlan): number {
  const ops =
    10 +
    (sheet.columnWidths?.length ?? 0) +
    sheet.rowHeights.length +
    sheet.formats.length * 6 +
    sheet.conditionalFormats.length * 5 +
    sheet.dataValidations.length * 3 +
    sheet.charts.length * 12 +
    sheet.tables.reduce((n, t) => n + 3 + t.columns.length * 3, 0);
  const text = JSON.stringify([sheet.conditionalFormats, sheet.dataValidations, sheet.formats]).length * 2;
  return ops * OP_OVERHEAD_BYTES + text;
}

export function applyLayout(ws: Excel.Worksheet, sheet: NormalizedSheetPlan): void {
  if (sheet.tabColor) ws.tabColor = sheet.tabColor;
  (sheet.columnWidths ?? []).forEach((w, i) => {
    if (w > 0) ws.getRange(`${columnLetter(i)}:${columnLetter(i)}`).format.columnWidth = charsToPoints(w);
    else if (w === 0) ws.getRange(`${columnLetter(i)}:${columnLetter(i)}`).columnHidden = true;
  });
}

/**
 * Freeze panes fail on a hidden sheet (office-js #1463, GeneralException on Excel 2019, #2196): queued at the
 * swap, once the sheet is visible. A sheet rewritten in place first loses its old panes.
 */
export function applyFreeze(ws: Excel.Worksheet, sheet: NormalizedSheetPlan, wasFrozenMaybe: boolean): void {
  const f = sheet.freeze;
  if (wasFrozenMaybe && !(f && (f.rows > 0 || f.columns > 0))) ws.freezePanes.unfreeze();
  if (f && f.rows > 0 && f.columns > 0) ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, f.rows, f.columns));
  else if (f && f.rows > 0) ws.freezePanes.freezeRows(f.rows);
  else if (f && f.columns > 0) ws.freezePanes.freezeColumns(f.columns);
}

/** Tables are added under a temporary name (the old sheet still holds the final one) and renamed at the swap. */
export function applyTables(ws: Excel.Worksheet, sheet: NormalizedSheetPlan, scope: MetaScope): Excel.Table[] {
  return sheet.tables.map((t) => {
    const at = parseCellRef(t.at);
    const dataRows = Math.max(1, t.rows.length);
    const table = ws.tables.add(ws.getRangeByIndexes(at.row, at.column, dataRows + 1, t.columns.length), true);
    table.name = scope.tableName(t.name);
    table.style = t.style;
    if (t.totalsRow) table.showTotals = true;
    t.columns.forEach((c, i) => {
      const body = ws.getRangeByIndexes(at.row + 1, at.column + i, dataRows, 1);
      const fmt = c.numFmt ?? defaultFormat(c.kind);
      if (fmt) setEach(body, "numberFormat", fmt);
      if (c.wrap) body.format.wrapText = true;
      if (c.width) body.format.columnWidth = charsToPoints(c.width);
      if (c.hidden) body.columnHidden = true;
    });
    return table;
  });
}

/** The same defaults as the .xlsx renderer: one table in core/workbook (the differential test holds them equal). */
const defaultFormat = defaultNumFmt;

const H = { left: "Left", center: "Center", right: "Right" } as const;
const V = { top: "Top", center: "Center", bottom: "Bottom" } as const;

export function applyFormat(ws: Excel.Worksheet, f: Format, features: DetailedFeatures): void {
  const range = ws.getRange(f.range);
  const font = range.format.font;
  if (f.bold !== undefined) font.bold = f.bold;
  if (f.italic !== undefined) font.italic = f.italic;
  if (f.fontSize) font.size = f.fontSize;
  if (f.fontColor) font.color = f.fontColor;
  if (f.fill) range.format.fill.color = f.fill;
  if (f.wrap !== undefined) range.format.wrapText = f.wrap;
  if (f.horizontal) range.format.horizontalAlignment = H[f.horizontal];
  if (f.vertical) range.format.verticalAlignment = V[f.vertical];
  if (f.numFmt) setEach(range, "numberFormat", f.numFmt);
  if (f.indent !== undefined && features.printLayout) range.format.indentLevel = f.indent;
  if (f.border) applyBorders(range, f.range);
  if (f.locked !== undefined) range.format.protection.locked = f.locked;
}

function applyBorders(range: Excel.Range, address: string): void {
  const [a, b] = address.split(":");
  const start = parseCellRef(a),
    end = b ? parseCellRef(b) : start;
  const edges: Excel.BorderIndex[] = [
    Excel_Edge("EdgeTop"),
    Excel_Edge("EdgeBottom"),
    Excel_Edge("EdgeLeft"),
    Excel_Edge("EdgeRight"),
  ];
  if (end.row > start.row) edges.push(Excel_Edge("InsideHorizontal"));
  if (end.column > start.column) edges.push(Excel_Edge("InsideVertical"));
  for (const e of edges) range.format.borders.getItem(e).style = "Continuous";
}

const Excel_Edge = (name: string) => name as Excel.BorderIndex;

export function applyConditionalFormats(ws: Excel.Worksheet, sheet: NormalizedSheetPlan, scope: MetaScope): void {
  if (!sheet.conditionalFormats.length) return;
  if (!scope.features.conditionalFormats)
    return scope.warn("Условное форматирование не поддерживается этой версией Excel.");
  for (const c of sheet.conditionalFormats) {
    const formula = resolveSheetRefs(c.formula.replace(/^=/, ""), scope.formulaSheet);
    if (formula.includes("{{sheet:")) {
      scope.warn(
        `Правило условного форматирования для ${c.range} пропущено: лист, на который оно ссылается, не найден.`,
      );
      continue;
    }
    const cf = ws.getRange(c.range).conditionalFormats.add("Custom");
    cf.custom.rule.formula = `=${formula}`;
    if (c.fill) cf.custom.format.fill.color = c.fill;
    if (c.fontColor) cf.custom.format.font.color = c.fontColor;
    if (c.bold) cf.custom.format.font.bold = true;
    if (c.priority !== undefined) cf.priority = c.priority - 1;
    if (c.stopIfTrue) cf.stopIfTrue = true;
  }
}
