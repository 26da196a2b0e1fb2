import { type SourceDocument, type SourceTable } from "../table";
import { assembleTable } from "./assemble-table";
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

const EMPTY_VOCABULARY = { words: new Set<string>(), strong: new Set<string>() };

function summarize(table: SourceTable, index: number): TableSummary {
  const layout = detectColumns(table);
  const roadmap = looksLikeRoadmap(layout);
  // Counting needs no word joining: an empty vocabulary keeps the listing fast.
  const count = layout.byRole.activity === undefined ? 0 : assembleTable(table, layout, EMPTY_VOCABULARY).activities.length;
  return {
    index,
    header: layout.columns.map((c) => c.header),
    rows: table.cells.length,
    looksLikeRoadmap: roadmap,
    activityCount: count,
  };
}

/** Every table of the document with what it looks like: for `--list-tables` and the table picker. */
export function listTables(doc: SourceDocument): TableSummary[] {
  return doc.tables.map((t, i) => summarize(t, i));
}

/** The roadmap table with the most activities; else the table with the most activities; -1 for no tables. */
export function pickRoadmapTable(doc: SourceDocument): number {
  const tables = listTables(doc);
  const best = (list: TableSummary[]) => list.reduce<TableSummary | undefined>((b, t) => (!b || t.activityCount > b.activityCount ? t : b), undefined);
  return (best(tables.filter((t) => t.looksLikeRoadmap)) ?? best(tables))?.index ?? -1;
}

