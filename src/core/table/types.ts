import type { Finding } from "../findings";

/** Where a table came from; used in messages and to map findings back to cells. */
export type TableOriginKind = "tsv" | "csv" | "html" | "range" | "xlsx" | "docx" | "text";

export interface TableOrigin {
  readonly kind: TableOriginKind;
  /** File or sheet name, for messages. */
  readonly sheet?: string;
  /** 1-based row (in the sheet or file) of cells[0]. */
  readonly firstRow: number;
  /** 1-based column of cells[][0]. */
  readonly firstColumn: number;
}

/** A merged area of cells; `row`/`column` are 0-based indexes into `SourceTable.cells`. */
export interface MergedArea {
  readonly row: number;
  readonly column: number;
  readonly rowSpan: number;
  readonly columnSpan: number;
}

/**
 * A table as read from any source: a rectangular-ish grid of cell texts, nothing interpreted yet.
 * Cell text is kept as the user had it (line breaks included); cleaning happens later and the
 * original stays available.
 */
export interface SourceTable {
  readonly cells: readonly (readonly string[])[];
  readonly origin: TableOrigin;
  /** Rows that were bold as a whole (HTML <b>/<strong>, docx run properties): section candidates. */
  readonly boldRows?: readonly boolean[];
  readonly merges?: readonly MergedArea[];
  /** Document text before the table (title, order preamble): the period and title are read from it. */
  readonly context?: string;
}

/** A document may hold several tables (preamble, passport, plan). */
export interface SourceDocument {
  /** How the file was read (its encoding, its real format), for the user: see src/core/files/findings.ts. */
  readonly findings?: readonly Finding[];
  readonly tables: readonly SourceTable[];
  /** The document's whole text, for the title and period. */
  readonly text: string;
  readonly name?: string;
}
