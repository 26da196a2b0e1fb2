import { BlockBuilder, type Group, type SchoolAgg } from "./agg";
import { type Block, type Sink, cell, isBlankRow } from "./block";
import { resultFindings as F } from "./messages";
import { RowKeys } from "./row-keys";
import { isExportServiceRow, NO_JOURNAL_MARK } from "./export-service-rows";
import { type MarkRead, parseNumberRu, readMark } from "./numbers";

const ABSENT_MARK: MarkRead = { kind: "absent" };
import type { Preamble } from "./preamble";
import { type Threshold, thresholdFor } from "./thresholds";
import type { ResultTable } from "./types";

function addMark(agg: SchoolAgg, m: 2 | 3 | 4 | 5): void {
  if (m === 2) agg.n2++;
  else if (m === 3) agg.n3++;
  else if (m === 4) agg.n4++;
  else agg.n5++;
}

function addObjectivity(agg: SchoolAgg, mark: number, journal: MarkRead): void {
  if (journal.kind !== "mark") return;
  agg.objectivityKnown = true;
  if (mark < journal.mark) agg.lowered++;
  else if (mark > journal.mark) agg.raised++;
  else agg.confirmed++;
}

function addThreshold(agg: SchoolAgg, threshold: Threshold, mark: MarkRead, score: number | null): void {
  if ("minScore" in threshold && score !== null) {
    agg.belowKnown = true;
    agg.belowBase++;
    if (score < threshold.minScore) agg.below++;
  } else if ("minMark" in threshold && mark.kind === "mark") {
    agg.belowKnown = true;
    agg.belowBase++;
    if (mark.mark < threshold.minMark) agg.below++;
  }
}

const at = (b: Block, rowNo: number) => ({ sheet: b.sheet, row: rowNo });

/** The journal mark against the assessment mark; an unreadable journal mark is a finding. */
function addJournal(agg: SchoolAgg, mark: 2 | 3 | 4 | 5, row: readonly string[], b: Block, rowNo: number, sink: Sink): void {
  const jText = cell(row, b.det.columns.journal);
  if (jText.length > 3 && NO_JOURNAL_MARK.test(jText.trim())) return;
  const journal = readMark(jText);
  if (journal.kind === "invalid") sink.findings.push(F.invalidMark(at(b, rowNo), jText.trim(), "отметка по журналу"));
  else addObjectivity(agg, mark, journal);
}

/**
 * One student's row into the school's totals; what cannot be counted becomes a finding. Runs once per
 * row, so it allocates nothing unless it reports (the finding's place is built only then).
 */
function addRow(agg: SchoolAgg, row: readonly string[], b: Block, rowNo: number, threshold: Threshold, sink: Sink, absent = false): void {
  const c = b.det.columns;
  // Every row that names the school is one of its source rows, counted or not: a school whose rows were
  // all unreadable still says where it came from (its figures are «нет данных»).
  if (agg.rows[agg.rows.length - 1] !== rowNo) agg.rows.push(rowNo);
  const markText = cell(row, c.mark);
  const mark = absent ? ABSENT_MARK : c.mark === undefined ? EMPTY : readMark(markText);
  if (mark.kind === "absent") {
    agg.absent++;
    return;
  }
  if (mark.kind === "invalid") return void sink.findings.push(F.invalidMark(at(b, rowNo), markText.trim()));
  const scoreText = cell(row, c.score);
  const score = parseNumberRu(scoreText);
  if (score !== null && Number.isNaN(score)) return void sink.findings.push(F.invalidNumber(at(b, rowNo), scoreText.trim(), "балл"));
  if (mark.kind === "empty" && score === null) {
    // A list of scores with no mark column: a row with no score is named too, never skipped quietly.
    sink.findings.push(c.mark !== undefined ? F.missingMark(at(b, rowNo)) : F.missingScore(at(b, rowNo)));
    return;
  }
  if (mark.kind === "mark") {
    addMark(agg, mark.mark);
    agg.marksKnown = true;
    if (c.journal !== undefined) addJournal(agg, mark.mark, row, b, rowNo, sink);
  }
  if (score !== null) {
    agg.scoreSum += score;
    agg.scoreCount++;
  }
  addThreshold(agg, threshold, mark, score);
}

/**
 * ФИС ОКО «Индивидуальные результаты» put a one-cell row over each school's pupils: «МБОУ «…»(edu990201) |
 * Кол-во участников: 27». It heads the pupils below; it is not a pupil, nor a school of its own.
 */
const GROUP_ROW = /^(кол-?во|количество)\s+участников\s*:\s*\d+/i;
function isGroupRow(row: readonly string[]): boolean {
  for (const c of row) if (GROUP_ROW.test(c.trim())) return true;
  return false;
}

const EMPTY: MarkRead = { kind: "empty" };
const NO_SCHOOL = "ОО не указана";

/**
 * Per-student lists (ВПР with journal marks) and exam scores (ОГЭ/ЕГЭ): one pass, a Map by school,
 * no object per row. Absent («н», «неявка») rows are counted apart; invalid marks become findings.
 */
export function readStudentBlock(b: Block, sink: Sink): ResultTable[] {
  const builder = new BlockBuilder(b.det.layout, b.sheet);
  const c = b.det.columns;
  const keys = new RowKeys(b.preamble, c);
  const thresholds = new Map<Preamble, Threshold>();
  let key: Preamble | null = null;
  let group: Group | null = null;
  let threshold: Threshold | null = null;
  for (let r = b.start; r < b.end; r++) {
    const row = b.cells[r];
    const service = cell(row, c.mark) === "" ? isExportServiceRow(row) : null;
    if (cell(row, c.mark) === "" && cell(row, c.score) === "") {
      if (isBlankRow(row)) continue;
      // A group row (ФИС ОКО: «МБОУ «…»(edu…) | Кол-во участников: 27») is no pupil and no school of 0 participants;
      // a bare figure in it is damage, said aloud rather than dropped.
      if (service === "group" || isGroupRow(row)) {
        const extra = row.find((v) => /^\s*\d+(?:[.,]\d+)?\s*%?\s*$/.test(v));
        if (extra !== undefined) sink.findings.push(F.groupRowExtra(at(b, b.firstRow + r), extra.trim()));
        continue;
      }
    }
    // An absent pupil's row («отсутствовал» in «Вариант») is counted as absent, like a mark «н».
    const k = keys.of(row);
    if (k !== key || !group) {
      group = builder.group(k);
      key = k;
      threshold = thresholds.get(k) ?? null;
      if (!threshold) thresholds.set(k, (threshold = thresholdFor(b.thresholds, k.assessment, k.subject)));
    }
    const name = c.school === undefined ? NO_SCHOOL : cell(row, c.school).trim() || NO_SCHOOL;
    addRow(group.aggOf(name), row, b, b.firstRow + r, threshold as Threshold, sink, service === "absent");
  }
  return builder.finish();
}
