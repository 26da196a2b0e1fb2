import { colourForLabel } from "./colours";
import { type Cell, type ChartPlan, type Format, type SheetPlan, columnLetter, parseCellRef, parseRangeRef } from "../workbook";
import { DEFAULT_FONT_SIZE, MAX_ROW_HEIGHT, defaultRowHeight, linesIn, rowHeightFor, textRoom, textWidth } from "./measure";
import { MIN_FIT_SCALE, WIDE_SHEET_SCALE, type Orientation, printableArea, printedColumnPoints } from "./page";

/**
 * Print layout of one sheet of a plan, computed from its content: row heights from the measured text,
 * the print scale from the columns' width, and manual page breaks so that no section heading or table
 * header is left at the foot of a page, and no chart, no merged paragraph is cut across two pages.
 * Content is never changed: only `rowHeights` and `print` are.
 */

/** Excel's default column width in character units. */
const DEFAULT_COLUMN_WIDTH = 8.43;
/** Rows that follow a heading on its page at least (fewer if the section is shorter). */
const KEEP_WITH_HEADING = 3;
/** A page filled to at most this share of its height, against rounding in the renderers. */
const PAGE_FILL = 0.97;

interface Font {
  size: number;
  bold: boolean;
  wrap: boolean;
}

interface Box {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

/** Text a cell shows, as far as its height is concerned (numbers and dates fit one line). */
function shownText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined || typeof cell === "boolean") return "";
  if (typeof cell === "number") return String(cell);
  if (typeof cell === "string") return cell;
  if ("text" in cell) return cell.text;
  if ("f" in cell) return typeof cell.v === "string" ? cell.v : "";
  return "";
}

function parseBox(ref: string): Box | null {
  try {
    const { start, end } = parseRangeRef(ref.replace(/\$/g, ""));
    return { r1: start.row + 1, c1: start.column, r2: end.row + 1, c2: end.column };
  } catch {
    return null; // whole columns or rows ("A:A", "3:3") carry no text layout of their own
  }
}

/** Cells of the sheet that hold text, 1-based row → 0-based column → text, with table header rows marked. */
function textGrid(sheet: SheetPlan): { grid: Map<number, Map<number, string>>; headerRows: Set<number>; wrapCols: Map<number, Set<number>>; hidden: Set<number>; tableRows: Set<number>; last: number } {
  const hidden = new Set<number>();
  const tableRows = new Set<number>();
  const grid = new Map<number, Map<number, string>>();
  const headerRows = new Set<number>();
  /** Row → columns a table marks as wrapped. */
  const wrapCols = new Map<number, Set<number>>();
  let last = 0;
  const put = (row: number, col: number, cell: Cell | undefined) => {
    const text = shownText(cell);
    if (!text) return;
    let cols = grid.get(row);
    if (!cols) grid.set(row, (cols = new Map()));
    cols.set(col, text);
    last = Math.max(last, row);
  };
  for (const block of sheet.blocks ?? []) {
    const at = parseCellRef(block.at);
    block.rows.forEach((cells, i) => cells.forEach((c, j) => put(at.row + 1 + i, at.column + j, c)));
  }
  for (const table of sheet.tables ?? []) {
    const at = parseCellRef(table.at);
    const top = at.row + 1;
    headerRows.add(top);
    table.columns.forEach((c, j) => c.hidden && hidden.add(at.column + j));
    for (let r = top; r <= top + table.rows.length; r++) tableRows.add(r);
    table.columns.forEach((c, j) => put(top, at.column + j, c.header));
    const wrapped = new Set(table.columns.flatMap((c, j) => (c.wrap ? [at.column + j] : [])));
    table.rows.forEach((cells, i) => {
      cells.forEach((c, j) => put(top + 1 + i, at.column + j, c));
      if (wrapped.size) wrapCols.set(top + 1 + i, wrapped);
    });
    last = Math.max(last, top + table.rows.length);
  }
  return { grid, headerRows, wrapCols, hidden, tableRows, last };
}

/** Formats by row, so each cell looks only at the formats of its own row. */
function formatsByRow(formats: readonly Format[], last: number): Map<number, { box: Box; format: Format }[]> {
  const out = new Map<number, { box: Box; format: Format }[]>();
  for (const format of formats) {
    const box = parseBox(format.range);
    if (!box) continue;
    for (let r = box.r1; r <= Math.min(box.r2, last); r++) {
      const list = out.get(r);
      if (list) list.push({ box, format });
      else out.set(r, [{ box, format }]);
    }
  }
  return out;
}

function fontAt(formats: readonly { box: Box; format: Format }[] | undefined, col: number, header: boolean, wrapCol: boolean): Font {
  const font: Font = { size: DEFAULT_FONT_SIZE, bold: header, wrap: wrapCol };
  for (const { box, format } of formats ?? []) {
    if (col < box.c1 || col > box.c2) continue;
    if (format.fontSize !== undefined) font.size = format.fontSize;
    if (format.bold !== undefined) font.bold = format.bold;
    if (format.wrap !== undefined) font.wrap = format.wrap;
  }
  return font;
}

const widthOf = (widths: readonly number[] | undefined, col: number) => widths?.[col] ?? DEFAULT_COLUMN_WIDTH;

/** A column is widened to fit its longest word at most this far (character units), a table cell's line this far. */
const WORD_WIDTH_CAP = 22;
const LINE_WIDTH_CAP = 30;

/** Column width (units) that shows `points` of text: Excel's 7 px per unit, less its cell padding. */
const unitsFor = (points: number) => Math.ceil(((points + 5) / 0.75 / 7) * 4) / 4;

/**
 * Column widths that show each word of a wrapped cell whole (no «Просроче-но» split mid-word) and a table
 * cell's unwrapped text whole when the cell to its right is filled (so it is not cut off), within caps.
 */
export function fittedColumnWidths(sheet: SheetPlan): number[] | undefined {
  const { grid, headerRows, wrapCols, hidden, tableRows, last } = textGrid(sheet);
  const byRow = formatsByRow(sheet.formats ?? [], last);
  const merged = new Set<string>();
  for (const m of (sheet.merges ?? []).map(parseBox)) {
    if (!m) continue;
    for (let r = m.r1; r <= Math.min(m.r2, last); r++) for (let c = m.c1; c <= m.c2; c++) merged.add(`${r}:${c}`);
  }
  const widths = [...(sheet.columnWidths ?? [])];
  /** Text past the last sized column would print beyond the print area. */
  const lastCol = widths.length - 1;
  let changed = false;
  for (const [row, cols] of grid) {
    for (const [col, text] of cols) {
      if (hidden.has(col) || merged.has(`${row}:${col}`) || (sheet.columnWidths?.[col] ?? 1) === 0) continue;
      const font = fontAt(byRow.get(row), col, headerRows.has(row), wrapCols.get(row)?.has(col) ?? false);
      let need = 0;
      if (font.wrap) {
        const longest = Math.max(...text.split(/\s+/).map((w) => textWidth(w, font)));
        need = Math.min(WORD_WIDTH_CAP, unitsFor(longest));
      } else if (((tableRows.has(row) && cols.has(col + 1)) || col >= lastCol) && !text.includes("\n")) {
        need = Math.min(LINE_WIDTH_CAP, unitsFor(textWidth(text, font)));
      }
      const current = widthOf(widths, col);
      if (need > current) {
        for (let c = widths.length; c < col; c++) widths[c] = DEFAULT_COLUMN_WIDTH;
        widths[col] = need;
        changed = true;
      }
    }
  }
  return changed ? widths : sheet.columnWidths;
}

export interface SheetLayout {
  readonly rowHeights: { row: number; height: number }[];
  /** Row → height used for pagination (stated or default). */
  readonly heightOf: (row: number) => number;
  readonly headings: Set<number>;
  /** Headings after an empty row: where a section (a titled table or block) starts. */
  readonly sections?: Set<number>;
  readonly last: number;
  readonly lastCol: number;
  /** Row ranges that must not be split across pages (charts, vertically merged cells). */
  readonly whole: { from: number; to: number }[];
}

/** Row heights that show every wrapped text whole, and what pagination needs to know about the rows. */
export function measureSheet(sheet: SheetPlan): SheetLayout {
  const { grid, headerRows, wrapCols, hidden, last: lastText } = textGrid(sheet);
  const merges = (sheet.merges ?? []).map(parseBox).filter((b): b is Box => b !== null);
  const charts = (sheet.charts ?? []).map((c) => {
    const at = parseCellRef(c.at);
    return { r1: at.row + 1, r2: at.row + (c.heightRows ?? 18), c2: at.column + (c.widthCols ?? 10) - 1 };
  });
  const last = Math.max(lastText, ...merges.map((m) => m.r2), ...charts.map((c) => c.r2), 1);
  const byRow = formatsByRow(sheet.formats ?? [], last);
  const mergeAt = new Map(merges.map((m) => [`${m.r1}:${m.c1}`, m]));
  const covered = new Set(merges.flatMap((m) => Array.from({ length: (m.r2 - m.r1 + 1) * (m.c2 - m.c1 + 1) }, (_, i) => `${m.r1 + Math.floor(i / (m.c2 - m.c1 + 1))}:${m.c1 + (i % (m.c2 - m.c1 + 1))}`)).filter((k) => !mergeAt.has(k)));
  const stated = new Map((sheet.rowHeights ?? []).map((h) => [h.row, h.height]));
  const need = new Map<number, number>();
  const tall: { box: Box; height: number }[] = [];
  const headings = new Set<number>();
  let lastCol = Math.max(0, (sheet.columnWidths?.length ?? 1) - 1, ...charts.map((c) => c.c2), ...merges.map((m) => m.c2));
  for (const [row, cols] of grid) {
    const formats = byRow.get(row);
    let boldText = 0;
    for (const [col, text] of cols) {
      if (covered.has(`${row}:${col}`) || hidden.has(col)) continue;
      lastCol = Math.max(lastCol, col);
      const font = fontAt(formats, col, headerRows.has(row), wrapCols.get(row)?.has(col) ?? false);
      if (font.bold) boldText++;
      const merge = mergeAt.get(`${row}:${col}`);
      const widths = Array.from({ length: merge ? merge.c2 - merge.c1 + 1 : 1 }, (_, i) => widthOf(sheet.columnWidths, col + i));
      const lines = font.wrap || text.includes("\n") ? linesIn(text, textRoom(widths), font) : 1;
      const height = rowHeightFor(lines, font.size);
      if (merge && merge.r2 > merge.r1) tall.push({ box: merge, height });
      else need.set(row, Math.max(need.get(row) ?? 0, height));
    }
    if (boldText > 0 && boldText === [...cols.keys()].filter((c) => !covered.has(`${row}:${c}`)).length) headings.add(row);
  }
  const heights = new Map(stated);
  for (const [row, height] of need) {
    if (height > defaultRowHeight() || stated.has(row)) heights.set(row, Math.min(MAX_ROW_HEIGHT, Math.max(stated.get(row) ?? 0, height)));
  }
  const heightOf = (row: number) => heights.get(row) ?? defaultRowHeight();
  // A text merged down over several rows needs their sum; the last row takes what is missing.
  for (const { box, height } of tall) {
    let sum = 0;
    for (let r = box.r1; r <= box.r2; r++) sum += heightOf(r);
    if (sum < height) heights.set(box.r2, Math.min(MAX_ROW_HEIGHT, heightOf(box.r2) + Math.ceil(height - sum)));
  }
  const whole = [...charts.map((c) => ({ from: c.r1, to: c.r2 })), ...merges.filter((m) => m.r2 > m.r1).map((m) => ({ from: m.r1, to: m.r2 }))];
  const rowHeights = [...heights].filter(([, h]) => h > 0).sort((a, b) => a[0] - b[0]).map(([row, height]) => ({ row, height }));
  const sections = new Set([...headings].filter((r) => r === 1 || !grid.has(r - 1)));
  return { rowHeights, heightOf: (row) => heights.get(row) ?? defaultRowHeight(), headings, sections, last, lastCol, whole };
}

/** Width of the printed columns in points (LibreOffice's measure, the wider one). */
function printedWidth(sheet: SheetPlan, lastCol: number): number {
  const hidden = new Set((sheet.tables ?? []).flatMap((t) => t.columns.flatMap((c, j) => (c.hidden ? [parseCellRef(t.at).column + j] : []))));
  let sum = 0;
  for (let c = 0; c <= lastCol; c++) if (!hidden.has(c)) sum += printedColumnPoints(widthOf(sheet.columnWidths, c));
  return sum;
}

/** Rows "3:4" → [3, 4]. */
function rowSpan(ref: string | undefined): [number, number] | null {
  const m = ref ? /^\$?(\d+):\$?(\d+)$/.exec(ref) : null;
  return m ? [Number(m[1]), Number(m[2])] : null;
}

/**
 * Rows where a new page starts, walking the rows with their heights: a row that does not fit starts a page;
 * the break moves up to the start of a chart or merged paragraph it would cut, and to a heading (with the
 * table header rows right after it) that would otherwise end the page without the rows it introduces.
 */
export function pageBreaks(layout: SheetLayout, capacity: number, titleRows: [number, number] | null): number[] {
  const titleHeight = titleRows ? Array.from({ length: titleRows[1] - titleRows[0] + 1 }, (_, i) => layout.heightOf(titleRows[0] + i)).reduce((a, b) => a + b, 0) : 0;
  const unbreakable = new Map<number, number>(); // row inside a whole range → the range's first row
  for (const w of layout.whole) for (let r = w.from + 1; r <= w.to; r++) unbreakable.set(r, Math.min(unbreakable.get(r) ?? w.from, w.from));
  const breaks: number[] = [];
  let pageStart = 1;
  let used = 0;
  for (let row = 1; row <= layout.last; row++) {
    const h = layout.heightOf(row);
    if (used + h <= capacity || row === pageStart) {
      used += h;
      continue;
    }
    const at = keepSectionWhole(layout, breakBefore(layout, row, pageStart, unbreakable), pageStart, capacity - titleHeight);
    breaks.push(at);
    pageStart = at;
    // Title rows print again at the top of each later page (once the page is past them).
    used = titleRows && at > titleRows[1] ? titleHeight : 0;
    row = at - 1; // lay the new page out from its first row
  }
  return breaks;
}

/**
 * A section (a titled table or block) that would continue on the next page but fits on one page starts the
 * next page instead, so a short table prints whole, under its own header.
 */
function keepSectionWhole(layout: SheetLayout, at: number, pageStart: number, room: number): number {
  const starts = [...(layout.sections ?? [])].sort((a, b) => a - b);
  const start = starts.filter((r) => r > pageStart && r < at).pop();
  if (start === undefined) return at;
  const end = starts.find((r) => r > start) ?? layout.last + 1;
  if (end <= at) return at;
  let height = 0;
  for (let r = start; r < end; r++) height += layout.heightOf(r);
  return height <= room ? start : at;
}

/** Rows under a heading that make it not stand alone at the foot of a page. */
const MIN_ROWS_UNDER_HEADING_PT = 40;

/** Where the page must break when `row` no longer fits: before `row`, or earlier to keep things whole. */
function breakBefore(layout: SheetLayout, row: number, pageStart: number, unbreakable: Map<number, number>): number {
  let at = row;
  while (unbreakable.has(at) && unbreakable.get(at)! > pageStart) at = unbreakable.get(at)!;
  // A heading (or a run of heading rows: a section title and a table header) in the last rows of the page,
  // with less than a few lines under it, goes to the next page with the rows it introduces.
  let under = 0;
  for (let r = at - 1; r > pageStart && at - r <= KEEP_WITH_HEADING + 2; r--) {
    if (!layout.headings.has(r)) {
      under += layout.heightOf(r);
      if (under >= MIN_ROWS_UNDER_HEADING_PT) break;
      continue;
    }
    let top = r;
    while (top - 1 > pageStart && r - top < KEEP_WITH_HEADING && layout.headings.has(top - 1)) top--;
    return top;
  }
  return at;
}

/** Series coloured by what they mean (overdue red, done green…), unless the builder chose a colour. */
function withMeaningColours(chart: ChartPlan): ChartPlan {
  return { ...chart, series: chart.series.map((s) => (s.color ? s : { ...s, ...(colourForLabel(s.name) ? { color: colourForLabel(s.name) } : {}) })) };
}

/** A sheet longer than this is a data sheet nobody prints whole: its layout is left to Excel (and costs nothing). */
const MAX_LAID_OUT_ROWS = 5000;

function rowCount(sheet: SheetPlan): number {
  return (sheet.blocks ?? []).reduce((n, b) => n + b.rows.length, 0) + (sheet.tables ?? []).reduce((n, t) => n + t.rows.length + 1, 0);
}

/** Every visible sheet of a plan laid out for print (hidden sheets do not print). */
export function layoutPlanForPrint<P extends { sheets: SheetPlan[] }>(plan: P): P {
  return { ...plan, sheets: plan.sheets.map((s) => layoutSheetForPrint(s)) };
}

export interface PrintLayoutOptions {
  /** Orientation when the sheet's plan has none. */
  readonly orientation?: Orientation;
}

/**
 * The sheet with row heights for its wrapped text, a print scale at which its columns fit the page width
 * (or, for a sheet too wide to read on one page, a legible scale with key columns repeated on each page),
 * and page breaks. A sheet without print settings gets them: landscape, header rows repeated.
 */
export function layoutSheetForPrint(sheet: SheetPlan, opts: PrintLayoutOptions = {}): SheetPlan {
  if (sheet.hidden || rowCount(sheet) > MAX_LAID_OUT_ROWS) return sheet;
  sheet = { ...sheet, columnWidths: fittedColumnWidths(sheet) };
  const layout = measureSheet(sheet);
  const print = { ...(sheet.print ?? {}) };
  print.orientation ??= opts.orientation ?? "landscape";
  if (!print.titleRows) {
    const header = (sheet.tables ?? [])[0];
    if (header) {
      const row = parseCellRef(header.at).row + 1;
      print.titleRows = `${row}:${row}`;
    }
  }
  const area = printableArea(print.orientation);
  const fit = area.width / printedWidth(sheet, layout.lastCol);
  let scale = Math.min(1, fit);
  if (fit < MIN_FIT_SCALE) {
    scale = WIDE_SHEET_SCALE;
    const keys = sheet.freeze?.columns ?? 0;
    print.titleColumns = `A:${columnLetter(Math.max(0, Math.min(keys, 3) - 1))}`;
  } else delete print.titleColumns;
  print.scale = Math.max(10, Math.floor(scale * 100));
  const capacity = (area.height * PAGE_FILL) / (print.scale / 100);
  print.area = `A1:${columnLetter(layout.lastCol)}${layout.last}`;
  print.rowBreaks = pageBreaks(layout, capacity, rowSpan(print.titleRows));
  return { ...sheet, rowHeights: layout.rowHeights, print, ...(sheet.charts?.length ? { charts: sheet.charts.map(withMeaningColours) } : {}) };
}
