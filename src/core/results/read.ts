import type { Finding } from "../findings";
import type { SourceTable } from "../table/types";
import type { Block, Sink } from "./block";
import { splitBlocks } from "./blocks";
import { checkDistrict, checkStatedRates } from "./checks";
import { unifySchools } from "./directory";
import { resultFindings as F } from "./messages";
import { readContingentBlock } from "./read-contingent";
import { readMarkBlock } from "./read-marks";
import { readObjectivityBlock } from "./read-objectivity";
import { readStudentBlock } from "./read-students";
import { DEFAULT_EXAM_THRESHOLDS, type ExamThresholds } from "./thresholds";
import type { ContingentRecord, ResultSet, ResultTable } from "./types";

export interface ReadResultsOptions {
  readonly thresholds?: ExamThresholds;
  /** Allowed gap between a school's stated rate and ours (fraction; default 1 p.p.: stated rates are often rounded). */
  readonly statedRateTolerance?: number;
}

function readBlock(b: Block, sink: Sink, contingent: ContingentRecord[]): ResultTable[] {
  switch (b.det.layout) {
    case "fisoko-marks":
    case "counts":
      return readMarkBlock(b, sink);
    case "students":
    case "exam":
      return readStudentBlock(b, sink);
    case "fisoko-objectivity":
      return readObjectivityBlock(b, sink);
    case "contingent":
      contingent.push(...readContingentBlock(b, sink));
      return [];
  }
}

/**
 * Every result table the user pasted → one ResultSet: the layout of each block is detected, rows read
 * into counts, schools unified across tables, and every problem returned as a finding (never thrown).
 *
 * @example readResults([{ cells: [["Всероссийские проверочные работы 2024 (5 класс)"], …], origin }])
 */
export function readResults(tables: readonly SourceTable[], opts: ReadResultsOptions = {}): ResultSet {
  const thresholds = opts.thresholds ?? DEFAULT_EXAM_THRESHOLDS;
  const sink: Sink = { findings: [] };
  const read: ResultTable[] = [];
  const contingent: ContingentRecord[] = [];
  for (const table of tables) {
    const blocks = splitBlocks(table, thresholds);
    const sheet = table.origin.sheet ?? "таблица";
    if (blocks.length === 0) sink.findings.push(F.unknownLayout(sheet, table.origin.firstRow));
    else if (blocks.unread != null) sink.findings.push(F.unreadRows({ sheet, row: table.origin.firstRow + blocks.unread }));
    for (const b of blocks) read.push(...readBlock(b, sink, contingent));
  }
  const unified = unifySchools(read, contingent);
  const checks: Finding[] = [];
  for (const t of unified.tables) {
    checks.push(...checkDistrict(t), ...checkStatedRates(t, opts.statedRateTolerance ?? 0.01));
  }
  return {
    tables: unified.tables,
    findings: [...sink.findings, ...unified.findings, ...checks],
    contingent: unified.contingent,
    schools: unified.schools,
  };
}
