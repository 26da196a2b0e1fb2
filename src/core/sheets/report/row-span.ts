import { type Cell, columnLetter } from "../../workbook";

/**
 * LibreOffice does not grow a row to fit wrapped text on opening an .xlsx (Excel does), and the plan has
 * no row heights. So a row whose text needs several lines is given several sheet rows, and each of its
 * cells is merged down over them: the wrapped text has the room, and the table still reads as one row.
 */

/** Characters per width unit, measured on LibreOffice prints (Carlito 11): Cyrillic text is narrower than «0»; bold fits fewer. */
const PER_UNIT = { normal: 1.15, bold: 0.9 } as const;

/** A wrapped text line (≈13 pt for 11 pt type) is a little lower than a default row (15 pt). */
const LINE_PER_ROW = 0.9;

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

/** Lines a text takes in a column `width` units wide (explicit line breaks kept). */
export function lineCount(text: string, width: number, bold = false): number {
  const per = Math.max(1, Math.floor((width - 1) * PER_UNIT[bold ? "bold" : "normal"]));
  return text.split("\n").reduce((n, para) => n + wrapWords(para, per).length, 0);
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
}

export interface SpannedRows {
  /** Sheet rows from `at`: each logical row, then empty rows it spans. */
  readonly rows: Cell[][];
  readonly merges: string[];
  /** Sheet row (1-based) where each logical row starts. */
  readonly starts: number[];
  /** Last sheet row used. */
  readonly last: number;
}

/**
 * Lays logical rows out from sheet row `at` (column `firstCol`, 0-based): a row spans as many sheet rows
 * as its longest text needs in its column; every cell of a spanning row is merged down.
 */
export function spanRows(rows: readonly Cell[][], widths: readonly number[], at: number, opts: SpanOptions = {}): SpannedRows {
  const firstCol = opts.firstCol ?? 0;
  const across = opts.across ?? {};
  /** Width of a cell, counting the columns it is merged across. */
  const widthOf = (i: number) => Array.from({ length: (across[i] ?? 0) + 1 }, (_, j) => widths[firstCol + i + j] ?? 10).reduce((a, b) => a + b, 0);
  const out: Cell[][] = [];
  const merges: string[] = [];
  const starts: number[] = [];
  const covered = new Set(Object.entries(across).flatMap(([i, n]) => Array.from({ length: n }, (_, j) => Number(i) + 1 + j)));
  let row = at;
  for (const cells of rows) {
    const lines = Math.max(1, ...cells.map((c, i) => lineCount(shownText(c), widthOf(i), opts.bold)));
    const span = Math.max(1, Math.ceil(lines * LINE_PER_ROW - 1e-9));
    starts.push(row);
    out.push(cells, ...Array.from({ length: span - 1 }, (): Cell[] => []));
    cells.forEach((_, i) => {
      if (covered.has(i)) return;
      const extra = across[i] ?? 0;
      if (span > 1 || extra > 0) merges.push(`${columnLetter(firstCol + i)}${row}:${columnLetter(firstCol + i + extra)}${row + span - 1}`);
    });
    row += span;
  }
  return { rows: out, merges, starts, last: row - 1 };
}
