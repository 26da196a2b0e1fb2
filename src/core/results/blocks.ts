import type { SourceTable } from "../table/types";
import { type Block, cell, isBlankRow } from "./block";
import { type DetectedLayout, detectFrom, layoutOfHeader } from "./detect";
import { parseNumberRu, readMark } from "./numbers";
import { readPreamble } from "./preamble";
import type { ExamThresholds } from "./thresholds";

const PREAMBLE_LINE = /^(всероссийск|предмет\s*:|статистика\s+по\s+отметкам|сравнение\s+отметок|максимальн|результаты\s|(огэ|егэ|впр|гиа)(?![а-яёa-z0-9]))/i;
const OBJECTIVITY_LABEL = /^(понизили|подтвердили|повысили|всего|итого)/i;

const isNumber = (text: string) => {
  const v = parseNumberRu(text);
  return v !== null && !Number.isNaN(v);
};

/** Whether a row can belong to the data of a block of this layout (cheap: no header regexes). */
function dataish(row: readonly string[], det: DetectedLayout): boolean {
  const c = det.columns;
  switch (det.layout) {
    case "students":
    case "exam":
      return readMark(cell(row, c.mark)).kind !== "invalid" || isNumber(cell(row, c.score));
    case "fisoko-marks":
    case "counts":
      return isNumber(cell(row, c.participants)) || (["m2", "m3", "m4", "m5"] as const).some((m) => isNumber(cell(row, c[m])));
    case "contingent":
      return Object.values(det.metrics ?? {}).some((col) => isNumber(cell(row, col)));
    case "fisoko-objectivity": {
      if (c.school !== undefined) return row.some((x, i) => i !== c.school && isNumber(x));
      const filled = row.filter((x) => x.trim() !== "");
      return OBJECTIVITY_LABEL.test(filled[0]?.trim() ?? "") || (filled.length === 1 && !filled[0].includes(":"));
    }
  }
}

/** Where the block's data ends: at the next preamble line or header; `next` is where to look for the next block. */
function blockEnd(cells: readonly (readonly string[])[], det: DetectedLayout, start: number): { end: number; next: number } {
  let lastData = start - 1;
  for (let r = start; r < cells.length; r++) {
    const row = cells[r];
    if (dataish(row, det)) {
      lastData = r;
      continue;
    }
    if (isBlankRow(row)) continue;
    const first = row.find((x) => x.trim() !== "")?.trim() ?? "";
    if (PREAMBLE_LINE.test(first) || layoutOfHeader(row, cells[r + 1], "").layout !== "unknown") return { end: r, next: lastData + 1 };
    lastData = r;
  }
  return { end: cells.length, next: cells.length };
}

/** The first row from `from` that holds a figure: data no block claimed. */
function firstUnread(cells: readonly (readonly string[])[], from: number): number | null {
  for (let r = from; r < cells.length; r++) if (cells[r].some(isNumber) && cells[r].some((c) => /[а-яёa-z]{3}/i.test(c))) return r;
  return null;
}

/**
 * Splits a pasted table into blocks: several ФИС ОКО reports pasted one under another are several blocks.
 * `unread` is the first row with figures that no block took (reported, never silently dropped).
 */
export function splitBlocks(table: SourceTable, thresholds: ExamThresholds): Block[] & { unread?: number | null } {
  const sheet = table.origin.sheet ?? "таблица";
  const blocks: Block[] & { unread?: number | null } = [];
  let from = 0;
  while (from < table.cells.length) {
    const det = detectFrom(table.cells, from, from === 0 ? 60 : 200);
    if (det.layout === "unknown") {
      blocks.unread = firstUnread(table.cells, from);
      break;
    }
    const start = det.headerRow + 1;
    const lines = table.cells.slice(from, start).map((r) => r.join(" "));
    // Nearest text first: the lines above the header, then the document's text, then the sheet's name.
    const context = from === 0 && table.context ? [table.context, sheet] : [sheet];
    const preamble = readPreamble([...lines, ...context]);
    const { end, next } = blockEnd(table.cells, det, start);
    blocks.push({ cells: table.cells, det, preamble, start, end, sheet, firstRow: table.origin.firstRow, thresholds });
    from = Math.max(next, start);
    if (end >= table.cells.length) break;
  }
  return blocks;
}
