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
import type { AssessmentKey, ContingentRecord, ResultSet, ResultTable } from "./types";
import type { ColumnMap, ColumnRole } from "./columns";
import { mergeKeys } from "./preamble";
import type { SchoolChoice } from "./school-choices";
import { type UserColumns, roleLabel } from "./user-columns";

export interface ReadResultsOptions {
  readonly thresholds?: ExamThresholds;
  /** The user's column mapping (`--columns`) and mappings saved in the workbook, tried before detection. */
  readonly mappings?: readonly UserColumns[];
  /** Assessment, subject, grade, year the user set (`--assessment` …, pane fields). */
  readonly key?: Partial<AssessmentKey>;
  /** Per pasted table: what the user set for that table alone (the pane keeps one per import). */
  readonly tableOptions?: ReadonlyMap<SourceTable, { readonly key?: Partial<AssessmentKey>; readonly mappings?: readonly UserColumns[] }>;
  /** The user's merges and splits from the «Школы» sheet. */
  readonly schoolChoices?: readonly SchoolChoice[];
  /** Allowed gap between a school's stated rate and ours (fraction; default 1 p.p.: stated rates are often rounded). */
  readonly statedRateTolerance?: number;
}

/** A block of columns per subject (or year): each block read as its own table of the same rows. */
function readGroups(b: Block, sink: Sink): ResultTable[] {
  return (b.det.groups ?? []).flatMap((g) =>
    readMarkBlock({ ...b, det: { ...b.det, columns: { ...b.det.columns, ...g.columns }, groups: undefined }, preamble: mergeKeys(b.preamble, g.key) }, sink),
  );
}

/** The columns a block was read with, in words: «Школа» — школа, «Итоговая оценка» — отметка. */
function columnsInWords(b: Block): string {
  const header = b.cells[b.det.headerRow];
  // In a two-row header the shared columns («ОО») are captioned in the row above.
  const above = b.cells[b.det.headerRow - 1] ?? [];
  const text = (col: number) => (header[col] ?? "").trim() || (above[col] ?? "").trim();
  const list = (m: ColumnMap, caption = "") =>
    (Object.entries(m) as [ColumnRole, number][]).map(([role, col]) => `«${[caption, text(col)].filter(Boolean).join(" ")}» — ${roleLabel(role, header[col])}`);
  return [...list(b.det.columns), ...(b.det.groups ?? []).flatMap((g) => list(g.columns, g.caption))].join(", ");
}

function noteBlock(b: Block, sink: Sink): void {
  const where = { sheet: b.sheet, row: b.firstRow + b.det.headerRow };
  if (b.det.byUser) sink.findings.push(F.byUser(where, columnsInWords(b)));
  else if (b.det.byContent) sink.findings.push(F.recognized(where, columnsInWords(b)));
  if (b.inferred?.length) sink.findings.push(F.inferred(where, b.inferred));
}

function readBlock(b: Block, sink: Sink, contingent: ContingentRecord[]): ResultTable[] {
  noteBlock(b, sink);
  switch (b.det.layout) {
    case "fisoko-marks":
    case "counts":
      return b.det.groups ? readGroups(b, sink) : readMarkBlock(b, sink);
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
    const own = opts.tableOptions?.get(table);
    const blocks = splitBlocks(table, thresholds, {
      mappings: [...(own?.mappings ?? []), ...(opts.mappings ?? [])],
      key: { ...opts.key, ...own?.key },
    });
    const sheet = table.origin.sheet ?? "таблица";
    if (blocks.length === 0) sink.findings.push(F.unknownLayout(sheet, table.origin.firstRow));
    else if (blocks.unread != null) sink.findings.push(F.unreadRows({ sheet, row: table.origin.firstRow + blocks.unread }));
    for (const b of blocks) {
      const tables = readBlock(b, sink, contingent);
      read.push(...tables);
      const refs = tables.flatMap((t) => t.references);
      if (b.det.layout !== "contingent" && tables.every((t) => t.schools.length === 0) && refs.length > 0) {
        sink.findings.push(F.onlyReferences({ sheet, row: b.firstRow + b.det.headerRow }, refs.map((r) => r.school)));
      }
    }
  }
  const unified = unifySchools(read, contingent, opts.schoolChoices);
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
