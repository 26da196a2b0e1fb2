import { finding, type Finding } from "../findings";
import { buildStrongVocabulary, buildVocabulary, type SourceDocument, type SourceTable } from "../table";
import { finishTable, walkTable, type TableWalk } from "./assemble-table";
import { mixedScriptFindings, numberingFindings, resultFindings } from "./checks";
import { detectColumns, type ColumnLayout } from "./columns";
import type { Vocabulary } from "./draft";
import { MESSAGES } from "./messages";
import { pickSurveyed, surveyTables } from "./tables";
import { titleFromContext, titleFromPreamble, titleFromText } from "./title";
import type { ColumnChoice, Roadmap } from "./types";

export interface AssembleOptions {
  /** Which table of the document; by default the roadmap table with the most activities. */
  readonly tableIndex?: number;
  /** The user's column roles (task pane, re-run), by column index. */
  readonly columnRoles?: Record<number, ColumnChoice>;
  /** Known words for joining broken words: names from the parties directory and the like. */
  readonly vocabulary?: readonly string[];
}

function emptyRoadmap(doc: SourceDocument, findings: Finding[], table?: number): Roadmap {
  return {
    title: titleFromText(doc.text) || doc.name || "Дорожная карта",
    period: null,
    periodSource: "none",
    columns: [],
    sections: [],
    activities: [],
    findings,
    ...(table !== undefined ? { table } : {}),
    ...(doc.name ? { source: doc.name } : {}),
  };
}

function vocabularyOf(doc: SourceDocument, table: SourceTable, extra: readonly string[]): Vocabulary {
  const texts: string[] = doc.text ? [doc.text] : table.cells.map((r) => r.join(" "));
  return { words: buildVocabulary(texts, extra), strong: buildStrongVocabulary(extra) };
}

function structureFindings(table: SourceTable, headerRow: number, hasActivityColumn: boolean, hasResult: boolean, count: number): Finding[] {
  const where = { row: table.origin.firstRow + Math.max(0, headerRow), ...(table.origin.sheet ? { sheet: table.origin.sheet } : {}) };
  const out: Finding[] = [];
  if (!hasActivityColumn) out.push(finding("table.not-roadmap", "error", MESSAGES.noActivityColumn(), where));
  else if (count === 0) out.push(finding("table.no-activities", "error", MESSAGES.noActivities(), where));
  else if (headerRow < 0) out.push(finding("table.no-header", "info", MESSAGES.noHeader(), where));
  if (hasActivityColumn && count > 0 && !hasResult) out.push(finding("result.no-column", "info", MESSAGES.noResultColumn(), where));
  return out;
}

interface Choice {
  readonly index: number;
  /** The picked table's layout and walk from the survey, when the user's roles do not change them. */
  readonly layout?: ColumnLayout;
  readonly walk?: TableWalk;
}

function chooseTable(doc: SourceDocument, opts: AssembleOptions): Choice {
  const clamp = (i: number) => Math.min(Math.max(0, i), doc.tables.length - 1);
  if (opts.tableIndex !== undefined) return { index: clamp(opts.tableIndex) };
  const tables = surveyTables(doc);
  const index = clamp(pickSurveyed(tables.map((t) => t.summary)));
  const { layout, walk } = tables[index];
  return opts.columnRoles || !walk ? { index } : { index, layout, walk };
}

/**
 * A pasted roadmap → structured activities, losing nothing: sections (stages, blocks, «2020 год»), activities
 * with their continuation rows merged, numbers cleaned, findings about the table. Deadlines stay raw
 * (kind "unparsed"/"missing") and parties empty: core/validation interprets them later in the pipeline.
 */
export function assembleRoadmap(doc: SourceDocument, opts: AssembleOptions = {}): Roadmap {
  if (doc.tables.length === 0) return emptyRoadmap(doc, [finding("table.empty", "error", MESSAGES.emptyTable())]);
  const { index, layout: surveyed, walk: walked } = chooseTable(doc, opts);
  const table = doc.tables[index];
  if (table.cells.every((r) => r.every((c) => c.trim() === ""))) {
    return emptyRoadmap(doc, [finding("table.empty", "error", MESSAGES.emptyTable())], index);
  }
  const layout = surveyed ?? detectColumns(table, opts.columnRoles);
  const walk = walked ?? walkTable(table, layout);
  const assembled = finishTable(table, layout, walk, vocabularyOf(doc, table, opts.vocabulary ?? []));
  const { activities } = assembled;
  const hasResult = layout.byRole.result !== undefined || layout.byRole.indicator !== undefined;
  const findings = [
    ...structureFindings(table, layout.headerRow, layout.byRole.activity !== undefined, hasResult, activities.length),
    ...assembled.findings,
    ...(assembled.preamble ? [finding("row.above-header", "info", MESSAGES.aboveHeader(assembled.preamble), { row: table.origin.firstRow, data: { text: assembled.preamble } })] : []),
    ...numberingFindings(activities, layout.byRole.number !== undefined),
    ...(hasResult ? resultFindings(activities) : []),
    ...mixedScriptFindings(activities),
  ].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  const title = titleFromContext(table.context) || titleFromPreamble(assembled.preamble) || titleFromText(doc.text) || doc.name || "Дорожная карта";
  return {
    title,
    period: null,
    periodSource: "none",
    columns: layout.columns,
    ...(layout.headerRow >= 0 ? { headerRow: table.origin.firstRow + layout.headerRow } : {}),
    sections: assembled.sections,
    activities,
    findings,
    table: index,
    ...(doc.name || table.origin.sheet ? { source: doc.name ?? table.origin.sheet } : {}),
  };
}
