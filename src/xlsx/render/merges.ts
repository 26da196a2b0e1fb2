import type ExcelJS from "exceljs";
import { parseRangeRef } from "../../core/workbook";

/**
 * ExcelJS (both writers) checks every new merge against every earlier one: quadratic, and 20,000 merges of a
 * regional report took 36 s. We check overlaps once, in one pass over the merged cells, and then let ExcelJS
 * merge each range against an empty private registry. Overlapping plans keep ExcelJS's own check, which throws.
 */
const FAST_FROM = 200;

export function overlaps(ranges: readonly string[]): boolean {
  const taken = new Set<number>();
  for (const range of ranges) {
    const { start, end } = parseRangeRef(range);
    for (let r = start.row; r <= end.row; r++) {
      for (let c = start.column; c <= end.column; c++) {
        const key = r * 16384 + c;
        if (taken.has(key)) return true;
        taken.add(key);
      }
    }
  }
  return false;
}

/** Whether a sheet's merges may skip ExcelJS's scan: many of them, none overlapping. */
export function canMergeFast(ranges: readonly string[]): boolean {
  return ranges.length >= FAST_FROM && !overlaps(ranges);
}

/** One merge without the scan; `_merges` is an object in the in-memory writer, an array in the streaming one. */
export function mergeWithoutScan(ws: ExcelJS.Worksheet, merge: () => void): void {
  const sheet = ws as unknown as { _merges: Record<string, unknown> | unknown[] };
  const all = sheet._merges;
  sheet._merges = Array.isArray(all) ? [] : {};
  try {
    merge();
  } finally {
    const added = sheet._merges;
    if (Array.isArray(all)) all.push(...(added as unknown[]));
    else Object.assign(all, added);
    sheet._merges = all;
  }
}
