import { BlockBuilder, type SchoolAgg } from "./agg";
import { type Block, type Sink, cell, isBlankRow } from "./block";
import { type Where, resultFindings as F } from "./messages";
import { RowKeys } from "./row-keys";
import { parseNumberRu } from "./numbers";
import type { ResultTable } from "./types";

const MARK_ROLES = ["m2", "m3", "m4", "m5"] as const;

/** Whether the mark columns hold percentages (ФИС ОКО) rather than counts. */
function percentMode(b: Block): boolean {
  if (b.det.percent !== undefined) return b.det.percent;
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

/**
 * How a share column is written: «86,4» / «86 %» (percent) or «0,86» (a fraction). Decided once per column:
 * a header with «%» or any value above 1 means percent.
 */
function shareScale(b: Block, col: number | undefined): number {
  if (col === undefined) return 0.01;
  if (/%|процент/.test(cell(b.cells[b.det.headerRow], col))) return 0.01;
  for (let r = b.start; r < b.end; r++) {
    const text = cell(b.cells[r], col);
    if (/%/.test(text)) return 0.01;
    const v = parseNumberRu(text);
    if (v !== null && !Number.isNaN(v) && v > 1) return 0.01;
  }
  return 1;
}

type Scales = Readonly<Record<"statedSuccess" | "statedQuality" | "belowShare", number>>;

function scalesOf(b: Block): Scales {
  const c = b.det.columns;
  return { statedSuccess: shareScale(b, c.statedSuccess), statedQuality: shareScale(b, c.statedQuality), belowShare: shareScale(b, c.belowShare) };
}

/** A stated figure of the row: a number or null (blank, «—», not a number: a stated figure is never guessed). */
function statedNumber(row: readonly string[], col: number | undefined, scale = 1): number | null {
  const v = parseNumberRu(cell(row, col));
  return v === null || Number.isNaN(v) || v < 0 ? null : v * scale;
}

function readStated(agg: SchoolAgg, row: readonly string[], b: Block, scales: Scales, fallback?: Rates): void {
  const c = b.det.columns;
  agg.statedSuccess = statedNumber(row, c.statedSuccess, scales.statedSuccess) ?? fallback?.success ?? null;
  agg.statedQuality = statedNumber(row, c.statedQuality, scales.statedQuality) ?? fallback?.quality ?? null;
  agg.statedMeanScore = statedNumber(row, c.meanScore);
  agg.statedMeanMark = statedNumber(row, c.meanMark);
  agg.statedBelow = statedNumber(row, c.belowCount);
  agg.statedBelowShare = statedNumber(row, c.belowShare, scales.belowShare);
  agg.statedPassed = statedNumber(row, c.passedCount);
}

interface Rates {
  readonly success: number;
  readonly quality: number;
}

/** What a row gives: counts (null when they cannot be known), the stated participants, rates from percentages. */
interface RowRead {
  readonly n: number | null;
  readonly counts: number[] | null;
  readonly rates?: Rates;
}

const FIGURE_ROLES = [
  "participants", ...MARK_ROLES, "statedSuccess", "statedQuality", "meanScore", "meanMark", "belowCount", "belowShare", "passedCount",
] as const;

/** Whether a row holds anything in a figure column (a row with none is not a data row). */
function hasFigures(row: readonly string[], b: Block): boolean {
  return FIGURE_ROLES.some((r) => cell(row, b.det.columns[r]).trim() !== "");
}

/** A participant count: a whole number ≥ 0, or null (blank) / NaN (anything else). */
function readParticipants(text: string): number | null {
  const n = parseNumberRu(text);
  return n === null || (Number.isInteger(n) && n >= 0) ? n : NaN;
}

/** Percentages of a row with no participant count: rates can still be read when all four add up to 100. */
function ratesOf(values: readonly (number | null)[]): Rates | undefined {
  if (values.some((v) => v === null)) return undefined;
  const [p2, p3, p4, p5] = values as number[];
  const sum = p2 + p3 + p4 + p5;
  if (Math.abs(sum - 100) > 0.5) return undefined;
  return { success: (p3 + p4 + p5) / sum, quality: (p4 + p5) / sum };
}

/** Mark values of a row → counts; null when the row cannot be read at all; reports what is wrong. */
function rowCounts(row: readonly string[], b: Block, percent: boolean, where: Where, sink: Sink, name: string): RowRead | null {
  const header = b.cells[b.det.headerRow];
  if (!MARK_ROLES.some((r) => b.det.columns[r] !== undefined)) {
    // A summary without marks (средний балл, доля сдавших…): the stated figures are all there is.
    if (!hasFigures(row, b)) return null;
    const n = readParticipants(cell(row, b.det.columns.participants));
    return { n: n !== null && Number.isNaN(n) ? null : n, counts: null };
  }
  const values: (number | null)[] = [];
  for (const role of MARK_ROLES) {
    const text = cell(row, b.det.columns[role]);
    const v = parseNumberRu(text);
    if (v !== null && (Number.isNaN(v) || v < 0)) {
      sink.findings.push(F.invalidNumber(where, text, cell(header, b.det.columns[role]) || role.slice(1)));
      return null;
    }
    values.push(v);
  }
  const nText = cell(row, b.det.columns.participants);
  const n = readParticipants(nText);
  const filled = values.map((v) => v ?? 0);
  if (!percent) {
    // Counts per mark are the figures themselves: a bad «Кол-во уч.» loses only the stated total.
    if (n !== null && Number.isNaN(n)) sink.findings.push(F.participantsFromMarks(where, name, nText.trim()));
    return { n: n !== null && Number.isNaN(n) ? null : n, counts: filled };
  }
  if (n === null || Number.isNaN(n)) {
    if (!hasFigures(row, b)) return null;
    const rates = ratesOf(values);
    sink.findings.push(F.noParticipants(where, name, nText, rates !== undefined));
    return { n: null, counts: null, rates };
  }
  const sum = filled.reduce((a, x) => a + x, 0);
  if (n > 0 && Math.abs(sum - 100) > 0.1) sink.findings.push(F.percentSum(where, name, sum));
  return { n, counts: filled.map((p) => Math.round((p * n) / 100)) };
}

/** The row's school entity, or null (with a finding) when the school is already in the table. */
function entityOf(builder: BlockBuilder, keys: RowKeys, row: readonly string[], name: string, where: Where, sink: Sink, firstRowOf: Map<object, number>): SchoolAgg | null {
  const { agg, fresh } = builder.group(keys.of(row)).entity(name);
  if (!fresh) {
    sink.findings.push(F.duplicate(where, name, firstRowOf.get(agg) ?? 0));
    return null;
  }
  firstRowOf.set(agg, where.row);
  return agg;
}

/** ФИС ОКО «Статистика по отметкам» (percentages) and counts per school (any column order). */
export function readMarkBlock(b: Block, sink: Sink): ResultTable[] {
  const builder = new BlockBuilder(b.det.layout, b.sheet);
  const percent = percentMode(b);
  const scales = scalesOf(b);
  const keys = new RowKeys(b.preamble, b.det.columns);
  const firstRowOf = new Map<object, number>();
  for (let r = b.start; r < b.end; r++) {
    const row = b.cells[r];
    if (isBlankRow(row)) continue;
    const name = cell(row, b.det.columns.school).trim();
    const where = { sheet: b.sheet, row: b.firstRow + r };
    // Figures with no school cannot be placed; they are left out of the district too (it is the sum of
    // schools), and the district row's own check then shows the gap if the table counted them.
    if (!name) {
      if (hasFigures(row, b)) sink.findings.push(F.noSchool(where));
      continue;
    }
    const read = rowCounts(row, b, percent, where, sink, name);
    if (!read) continue;
    const agg = entityOf(builder, keys, row, name, where, sink, firstRowOf);
    if (!agg) continue;
    agg.statedParticipants = read.n;
    agg.rows.push(where.row);
    readStated(agg, row, b, scales, read.rates);
    if (!read.counts) continue;
    [agg.n2, agg.n3, agg.n4, agg.n5] = read.counts;
    agg.marksKnown = true;
    agg.below = agg.n2;
    agg.belowKnown = true;
    const total = agg.markTotal;
    if (read.n !== null && total !== read.n) sink.findings.push(F.countSum(where, name, total, read.n, percent));
  }
  return builder.finish();
}
