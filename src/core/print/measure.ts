import { CARLITO } from "./font-metrics";


/**
 * Text measurement for print layout: how wide a text is in the workbook's font (Calibri; widths of the
 * metric-compatible Carlito), how it wraps in a column, and how tall a row must be to show it whole.
 * Excel grows rows to fit wrapped text itself, LibreOffice does not when it opens an .xlsx — and a row too
 * low prints its lines over the next row's — so print-ready sheets state heights computed here.
 */

function decode(table: string): Map<string, number> {
  return new Map(
    table.split(",").map((pair) => {
      const [code, width] = pair.split(":");
      return [String.fromCharCode(parseInt(code, 36)), parseInt(width, 36)];
    }),
  );
}

const WIDTHS = { regular: decode(CARLITO.regular), bold: decode(CARLITO.bold) };
/** A character the table lacks (CJK, emoji, rare symbols) counts as wide as «Ш», so text is never under-measured. */
const FALLBACK = { regular: WIDTHS.regular.get("Ш") ?? 700, bold: WIDTHS.bold.get("Ш") ?? 720 };

export interface FontSpec {
  /** Points; Excel's default is 11. */
  readonly size?: number;
  readonly bold?: boolean;
}

export const DEFAULT_FONT_SIZE = 11;

/** Width of a text on one line, in points. */
export function textWidth(text: string, font: FontSpec = {}): number {
  const face = font.bold ? "bold" : "regular";
  const table = WIDTHS[face];
  let units = 0;
  for (const ch of text) units += table.get(ch) ?? FALLBACK[face];
  return (units * (font.size ?? DEFAULT_FONT_SIZE)) / 1000;
}

/** Pixels of one character unit of column width: the maximum digit width of Calibri 11 at 96 dpi. */
const DIGIT_PX = 7;
/** Excel keeps a few pixels of a cell free on either side of its text; LibreOffice about the same. */
const CELL_PADDING_PT = 2 * 2.25;

/** A column width in Excel's character units, as points on paper (before print scaling). */
export function columnPoints(width: number): number {
  return Math.trunc(width * DIGIT_PX + 0.5) * 0.75;
}

/** Room for text in a cell as wide as these columns together, in points. */
export function textRoom(widths: readonly number[]): number {
  return Math.max(1, widths.reduce((sum, w) => sum + columnPoints(w), 0) - CELL_PADDING_PT);
}

/**
 * Greedy word wrap of a text into lines no wider than `room` points, as Excel and LibreOffice do: explicit
 * line breaks kept, words moved whole to the next line, a word longer than a line cut where it no longer fits.
 */
export function wrapText(text: string, room: number, font: FontSpec = {}): string[] {
  const lines: string[] = [];
  const space = textWidth(" ", font);
  for (const para of text.split(/\r?\n/)) {
    let line = "";
    let width = 0;
    for (const word of para.split(/[ \t]+/).filter(Boolean)) {
      let w = word;
      let ww = textWidth(w, font);
      if (line && width + space + ww <= room) {
        line += ` ${w}`;
        width += space + ww;
        continue;
      }
      if (line) lines.push(line);
      line = "";
      width = 0;
      while (ww > room && w.length > 1) {
        let cut = 1;
        while (cut < w.length && textWidth(w.slice(0, cut + 1), font) <= room) cut++;
        lines.push(w.slice(0, cut));
        w = w.slice(cut);
        ww = textWidth(w, font);
      }
      line = w;
      width = ww;
    }
    lines.push(line);
  }
  return lines;
}

/** Lines a text takes in a cell whose text room is `room` points. */
export function linesIn(text: string, room: number, font: FontSpec = {}): number {
  return wrapText(text, room, font).length;
}

/**
 * Distance between wrapped lines, in points: Excel gives each line of Calibri 11 a 20 px (15 pt) line, and
 * grows with the size. LibreOffice sets lines closer (≈ 1.01 em), so a row high enough for Excel holds the
 * text in both.
 */
export function lineHeight(size: number = DEFAULT_FONT_SIZE): number {
  return (size * 15) / 11;
}

/** Excel's largest row height, in points. */
export const MAX_ROW_HEIGHT = 409;
/** Space above and below the text of a row. */
const ROW_PADDING_PT = 1;

/** Height of a row showing `lines` lines of type `size`, not capped. */
export function rowHeightFor(lines: number, size: number = DEFAULT_FONT_SIZE): number {
  return Math.ceil(Math.max(1, lines) * lineHeight(size) + ROW_PADDING_PT);
}

/** Excel's default row height for a font size (15 pt at 11 pt). */
export function defaultRowHeight(size: number = DEFAULT_FONT_SIZE): number {
  return Math.max(15, rowHeightFor(1, size));
}
