import { MAX_ROW_HEIGHT, defaultRowHeight, lineHeight, linesIn, rowHeightFor, textRoom } from "../../print";
import { type Cell, columnLetter } from "../../workbook";

/**
 * LibreOffice does not grow a row to fit wrapped text on opening an .xlsx (Excel does). So a row whose text
 * needs several lines states its height (WorkbookPlan `rowHeights`), estimated from the text and the
 * column widths. One logical row stays one sheet row: users can sort and filter it.
 */

/** Distance between wrapped lines of 11 pt type; the height of a spanned row of one line. */
const LINE_POINTS = lineHeight();
const DEFAULT_ROW = defaultRowHeight();

/** Greedy word wrap of one paragraph into lines of at most `per` characters (long words are cut). */
export function wrapWords(para: string, per: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of para.split(/\s+/).filter(Boolean)) {
    let w = word;
    while (w.length > per) {
      if (line) lines.push(line);
      lines.push(w.slice(0, per));
      w = w.slice(per);
      line = "";
    }
    if (!line) line = w;
    else if (line.length + 1 + w.length <= per) line += ` ${w}`;
    else {
      lines.push(line);
      line = w;
    }
  }
  lines.push(line);
  return lines;
}

/** Lines a text takes in a cell `widths` columns wide (one width: a single column), measured in the font's real widths. */
export function lineCount(text: string, width: number | readonly number[], bold = false): number {
  return linesIn(text, textRoom(typeof width === "number" ? [width] : width), { bold });
}

function shownText(c: Cell | undefined): string {
  if (c === null || c === undefined || typeof c === "number" || typeof c === "boolean") return "";
  if (typeof c === "string") return c;
  if ("text" in c) return c.text;
  return "";
}

export interface SpanOptions {
  readonly bold?: boolean;
  /** 0-based column of the first cell. */
  readonly firstCol?: number;
  /** Cell index → how many more columns to its right it is merged across (those cells stay empty). */
  readonly across?: Readonly<Record<number, number>>;
  /**
   * Give a tall row extra sheet rows and merge its cells down over them, instead of a row height: for text that
   * may need more than Excel's largest row height (409 pt), such as a long paragraph of the analytic note.
   */
  readonly mergeDown?: boolean;
}

export { MAX_ROW_HEIGHT };

export interface SpannedRows {
  /** Sheet rows from `at`, one per logical row. */
  readonly rows: Cell[][];
  /** Horizontal merges (`across`). */
  readonly merges: string[];
  /** Heights of the rows that need more than one line. */
  readonly heights: { row: number; height: number }[];
  /** Sheet row (1-based) where each logical row starts. */
  readonly starts: number[];
  /** Last sheet row used. */
  readonly last: number;
}

/**
 * Lays logical rows out from sheet row `at` (column `firstCol`, 0-based), one sheet row each; a row whose
 * longest text needs several lines in its column gets a height for them.
 */
export function spanRows(rows: readonly Cell[][], widths: readonly number[], at: number, opts: SpanOptions = {}): SpannedRows {
  const firstCol = opts.firstCol ?? 0;
  const across = opts.across ?? {};
  /** Width of a cell, counting the columns it is merged across. */
  const widthOf = (i: number) => Array.from({ length: (across[i] ?? 0) + 1 }, (_, j) => widths[firstCol + i + j] ?? 10);
  const merges: string[] = [];
  const heights: { row: number; height: number }[] = [];
  const starts: number[] = [];
  const covered = new Set(Object.entries(across).flatMap(([i, n]) => Array.from({ length: n }, (_, j) => Number(i) + 1 + j)));
  const out: Cell[][] = [];
  let row = at;
  for (const cells of rows) {
    const lines = Math.max(1, ...cells.map((c, i) => lineCount(shownText(c), widthOf(i), opts.bold)));
    const height = Math.max(DEFAULT_ROW, rowHeightFor(lines));
    const span = opts.mergeDown ? Math.max(1, Math.ceil((lines * LINE_POINTS) / DEFAULT_ROW - 1e-9)) : 1;
    starts.push(row);
    out.push([...cells], ...Array.from({ length: span - 1 }, (): Cell[] => []));
    if (!opts.mergeDown && lines > 1) heights.push({ row, height: Math.min(MAX_ROW_HEIGHT, height) });
    cells.forEach((_, i) => {
      const extra = across[i] ?? 0;
      if (covered.has(i) || (span === 1 && extra === 0)) return;
      merges.push(`${columnLetter(firstCol + i)}${row}:${columnLetter(firstCol + i + extra)}${row + span - 1}`);
    });
    row += span;
  }
  return { rows: out, merges, heights, starts, last: row - 1 };
}
