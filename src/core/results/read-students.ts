import { BlockBuilder, type SchoolAgg } from "./agg";
import { type Block, type Sink, cell, isBlankRow, rowKeyReader } from "./block";
import { resultFindings as F } from "./messages";
import { type MarkRead, parseNumberRu, readMark } from "./numbers";
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

/**
 * Per-student lists (ВПР with journal marks) and exam scores (ОГЭ/ЕГЭ): one pass, a Map by school,
 * no object per row. Absent («н», «неявка») rows are counted apart; invalid marks become findings.
 */
export function readStudentBlock(b: Block, sink: Sink): ResultTable[] {
  const builder = new BlockBuilder(b.det.layout, b.sheet);
  const c = b.det.columns;
  const keyOf = rowKeyReader(b.preamble, c);
  const thresholdCache = new Map<Preamble, Threshold>();
  const fallbackName = "ОО не указана";
  let lastKey: Preamble | null = null;
  let entities: ReturnType<BlockBuilder["group"]> | null = null;
  for (let r = b.start; r < b.end; r++) {
    const row = b.cells[r];
    const markText = cell(row, c.mark);
    const scoreText = cell(row, c.score);
    if (markText === "" && scoreText === "" && isBlankRow(row)) continue;
    const key = keyOf(row);
    if (key !== lastKey || !entities) {
      entities = builder.group(key);
      lastKey = key;
    }
    const name = c.school === undefined ? fallbackName : cell(row, c.school).trim() || fallbackName;
    const { agg } = builder.entity(entities, name);
    const rowNo = b.firstRow + r;
    const mark = c.mark === undefined ? ({ kind: "empty" } as MarkRead) : readMark(markText);
    if (mark.kind === "absent") {
      agg.absent++;
      continue;
    }
    if (mark.kind === "invalid") {
      sink.findings.push(F.invalidMark({ sheet: b.sheet, row: rowNo }, markText.trim()));
      continue;
    }
    const score = parseNumberRu(scoreText);
    if (score !== null && Number.isNaN(score)) {
      sink.findings.push(F.invalidNumber({ sheet: b.sheet, row: rowNo }, scoreText.trim(), "балл"));
      continue;
    }
    if (mark.kind === "empty" && score === null) {
      if (c.mark !== undefined) sink.findings.push(F.missingMark({ sheet: b.sheet, row: rowNo }));
      continue;
    }
    let threshold = thresholdCache.get(key);
    if (!threshold) thresholdCache.set(key, (threshold = thresholdFor(b.thresholds, key.assessment, key.subject)));
    if (agg.rows.length < 1 || agg.rows[agg.rows.length - 1] !== rowNo) agg.rows.push(rowNo);
    if (mark.kind === "mark") {
      addMark(agg, mark.mark);
      agg.marksKnown = true;
      if (c.journal !== undefined) {
        const jText = cell(row, c.journal);
        const journal = readMark(jText);
        if (journal.kind === "invalid") sink.findings.push(F.invalidMark({ sheet: b.sheet, row: rowNo }, jText.trim(), "отметка по журналу"));
        else addObjectivity(agg, mark.mark, journal);
      }
    }
    if (score !== null) {
      agg.scoreSum += score;
      agg.scoreCount++;
    }
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
  return builder.finish();
}
