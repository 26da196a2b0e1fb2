import { type SourceDocument, type SourceTable } from "../table";
import { walkTable, type TableWalk } from "./assemble-table";
import { detectColumns, type ColumnLayout } from "./columns";

/** One table of a document as the «--list-tables» listing and the task pane's table picker show it. */
export interface TableSummary {
  readonly index: number;
  /** Header texts (or «Столбец N» when the table has no header row). */
  readonly header: string[];
  /** Rows in the table, header included. */
  readonly rows: number;
  /** An activity column and a deadline or responsible column, named by the header or found by content. */
  readonly looksLikeRoadmap: boolean;
  readonly activityCount: number;
}

export function looksLikeRoadmap(layout: ColumnLayout): boolean {
  const { activity, deadline, responsible, number } = layout.byRole;
  if (activity === undefined) return false;
  if (layout.headerRow >= 0) return layout.namedRoles.has("activity") && (deadline !== undefined || responsible !== undefined);
  return number !== undefined && deadline !== undefined;
}

/** A table's summary with the layout and walk behind it, so the picked table is not walked twice. */
export interface SurveyedTable {
  readonly summary: TableSummary;
  readonly layout: ColumnLayout;
  readonly walk: TableWalk | null;
}

function survey(table: SourceTable, index: number): SurveyedTable {
  const layout = detectColumns(table);
  // Counting needs no word joining: the rows are walked, the activities' texts are not finished.
  const walk = layout.byRole.activity === undefined ? null : walkTable(table, layout);
  const summary = {
    index,
    header: layout.columns.map((c) => c.header),
    rows: table.cells.length,
    looksLikeRoadmap: looksLikeRoadmap(layout),
    activityCount: walk ? walk.drafts.length : 0,
  };
  return { summary, layout, walk };
}

export function surveyTables(doc: SourceDocument): SurveyedTable[] {
  return doc.tables.map((t, i) => survey(t, i));
}

/** Every table of the document with what it looks like: for `--list-tables` and the table picker. */
export function listTables(doc: SourceDocument): TableSummary[] {
  return surveyTables(doc).map((t) => t.summary);
}

/** Index of the roadmap table with the most activities; else of the table with the most activities; -1 for none. */
export function pickSurveyed(tables: readonly TableSummary[]): number {
  const best = (list: readonly TableSummary[]) => list.reduce<TableSummary | undefined>((b, t) => (!b || t.activityCount > b.activityCount ? t : b), undefined);
  return (best(tables.filter((t) => t.looksLikeRoadmap)) ?? best(tables))?.index ?? -1;
}

/** The roadmap table with the most activities; else the table with the most activities; -1 for no tables. */
export function pickRoadmapTable(doc: SourceDocument): number {
  return pickSurveyed(listTables(doc));
}
