import { BlockBuilder, type SchoolAgg } from "./agg";
import { type Block, type Sink, cell, isBlankRow } from "./block";
import { resultFindings as F } from "./messages";
import { RowKeys } from "./row-keys";
import { parseNumberRu, parsePercentRu } from "./numbers";
import type { ResultTable } from "./types";

const MARK_ROLES = ["m2", "m3", "m4", "m5"] as const;

/** Whether the mark columns hold percentages (ФИС ОКО) rather than counts. */
function percentMode(b: Block): boolean {
  if (b.det.layout === "fisoko-marks") return true;
  const header = b.cells[b.det.headerRow];
  if (MARK_ROLES.some((r) => /%/.test(cell(header, b.det.columns[r])))) return true;
  // Whole-number percentages («20 | 44 | 28 | 8» with 50 participants) look like counts: a row whose marks
  // add up to 100 while its participants do not is a percentage row; most rows must agree.
  let hundred = 0, rows = 0;
  for (let r = b.start; r < b.end; r++) {
    let sum = 0;
    for (const role of MARK_ROLES) {
      const v = parseNumberRu(cell(b.cells[r], b.det.columns[role]));
      if (v !== null && !Number.isNaN(v) && !Number.isInteger(v)) return true;
      sum += v !== null && !Number.isNaN(v) ? v : 0;
    }
    const n = parseNumberRu(cell(b.cells[r], b.det.columns.participants));
    if (n === null || Number.isNaN(n) || sum === 0) continue;
    rows++;
    if (Math.abs(sum - 100) <= 0.5 && Math.abs(n - sum) > 0.5) hundred++;
  }
  return rows > 0 && hundred > rows / 2;
}

function readStated(agg: SchoolAgg, row: readonly string[], b: Block): void {
  const s = parsePercentRu(cell(row, b.det.columns.statedSuccess));
  const q = parsePercentRu(cell(row, b.det.columns.statedQuality));
  agg.statedSuccess = s === null || Number.isNaN(s) ? null : s;
  agg.statedQuality = q === null || Number.isNaN(q) ? null : q;
}

/** Mark values of a row → counts; null when the row is not a data row; reports what is wrong. */
function rowCounts(row: readonly string[], b: Block, percent: boolean, where: { sheet: string; row: number }, sink: Sink, name: string) {
  const header = b.cells[b.det.headerRow];
  const n = parseNumberRu(cell(row, b.det.columns.participants));
  const values: number[] = [];
  for (const role of MARK_ROLES) {
    const text = cell(row, b.det.columns[role]);
    const v = parseNumberRu(text);
    if (v !== null && (Number.isNaN(v) || v < 0)) {
      sink.findings.push(F.invalidNumber(where, text, cell(header, b.det.columns[role]) || role.slice(1)));
      return null;
    }
    values.push(v ?? 0);
  }
  if (n !== null && (Number.isNaN(n) || n < 0)) {
    sink.findings.push(F.invalidNumber(where, cell(row, b.det.columns.participants), "участники"));
    return null;
  }
  if (!percent) return { n, counts: values };
  const sum = values.reduce((a, x) => a + x, 0);
  if (n === null) return null;
  if (n > 0 && Math.abs(sum - 100) > 0.1) sink.findings.push(F.percentSum(where, name, sum));
  return { n, counts: values.map((p) => Math.round((p * n) / 100)) };
}

/** ФИС ОКО «Статистика по отметкам» (percentages) and counts per school (any column order). */
export function readMarkBlock(b: Block, sink: Sink): ResultTable[] {
  const builder = new BlockBuilder(b.det.layout, b.sheet);
  const percent = percentMode(b);
  const keys = new RowKeys(b.preamble, b.det.columns);
  const firstRowOf = new Map<object, number>();
  for (let r = b.start; r < b.end; r++) {
    const row = b.cells[r];
    const name = cell(row, b.det.columns.school).trim();
    if (!name || isBlankRow(row)) continue;
    const where = { sheet: b.sheet, row: b.firstRow + r };
    const read = rowCounts(row, b, percent, where, sink, name);
    if (!read) continue;
    const { agg, fresh } = builder.group(keys.of(row)).entity(name);
    if (!fresh) {
      sink.findings.push(F.duplicate(where, name, firstRowOf.get(agg) ?? 0));
      continue;
    }
    firstRowOf.set(agg, where.row);
    [agg.n2, agg.n3, agg.n4, agg.n5] = read.counts;
    agg.marksKnown = true;
    agg.below = agg.n2;
    agg.belowKnown = true;
    agg.statedParticipants = read.n;
    agg.rows.push(where.row);
    readStated(agg, row, b);
    const total = agg.markTotal;
    if (read.n !== null && total !== read.n) sink.findings.push(F.countSum(where, name, total, read.n, percent));
  }
  return builder.finish();
}
