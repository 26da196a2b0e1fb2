/**
 * A4 page geometry as both renderers set it up (src/xlsx/render/print.ts, src/excel/sheet-extras.ts use
 * these margins), and the print scale a sheet of given width gets.
 */

export const A4 = { width: 595.3, height: 841.9 } as const;

/** Page margins in inches, as Excel stores them; header and footer print inside the top and bottom margins. */
export const PRINT_MARGINS = { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 } as const;

export type Orientation = "portrait" | "landscape";

/** Printable area of an A4 page at an orientation, in points on paper. */
export function printableArea(orientation: Orientation): { width: number; height: number } {
  const [w, h] = orientation === "landscape" ? [A4.height, A4.width] : [A4.width, A4.height];
  return { width: w - (PRINT_MARGINS.left + PRINT_MARGINS.right) * 72, height: h - (PRINT_MARGINS.top + PRINT_MARGINS.bottom) * 72 };
}

/**
 * LibreOffice lays a column of width w out as w × the digit width of Calibri 11 (≈ 5.58 pt), slightly wider
 * than Excel (whole pixels: 7 px per unit + rounding). The scale is computed from the wider of the two, so
 * the columns fit the page in both.
 */
export function printedColumnPoints(width: number): number {
  return width * 5.58;
}

/** Type smaller than 11 pt × this is hard to read on paper: a wider sheet is split across pages instead. */
export const MIN_FIT_SCALE = 0.6;
/** Scale of a sheet too wide for one page: its columns continue on further pages, key columns repeated. */
export const WIDE_SHEET_SCALE = 0.75;
