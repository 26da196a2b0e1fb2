/** Stable keys of the report sheets: a second run updates them. */
export const REPORT_SHEET_KEYS = {
  summary: "report.summary",
  execution: "report.execution",
  executionCounts: "report.executionCounts",
  note: "report.note",
  charts: "report.charts",
} as const;

/** Where one roadmap's activities sit on its «Мероприятия» sheet (rows in the roadmap's activity order). */
export interface ActivitySource {
  /** Index of the roadmap in the report input. */
  readonly roadmapIndex: number;
  readonly sheetKey: string;
  /** 1-based row of the first activity. */
  readonly firstRow: number;
}

/** Column letters of the «Мероприятия» table the COUNTIFS formulas read. */
export interface ActivityColumns {
  readonly id: string;
  readonly section: string;
  readonly text: string;
  readonly end: string;
  readonly responsible: string;
  readonly status: string;
}

/** The layout of sheets/roadmap ACTIVITY_HEADERS today; pass your own when it changes. */
export const DEFAULT_ACTIVITY_COLUMNS: ActivityColumns = { id: "A", section: "C", text: "D", end: "G", responsible: "I", status: "M" };

export interface ReportSheetOptions {
  /** Key of the «Показатели» sheet: school rows link to their `sourceRow` there. */
  readonly indicatorsSheetKey?: string;
  /** Activities sheets behind the roadmaps; without them the execution tables hold values, not formulas. */
  readonly activitySources?: readonly ActivitySource[];
  readonly activityColumns?: ActivityColumns;
}

export const PERCENT_FMT = "0.0%";
export const PP_FMT = "+0.0;-0.0;0.0";
export const HEADER_FILL = "#D9E1F2";
export const FLAG_FILL = "#FFC7CE";
export const FLAG_FONT = "#9C0006";

export const ZEBRA_FILL = "#F2F2F2";
export const SECTION_FILL = "#DDEBF7";

/**
 * «Свод по району» layout: one grid of 11 columns (A–K) for both parts, so the sheet prints at one
 * realistic width. Rows (1-based): title 1–2; part 1 heading 4, its header from 5 (rows below depend on spans).
 */
export const SUMMARY = { headingRow: 4, headerRow: 5 } as const;
export const SUMMARY_WIDTHS = [4, 24, 44, 11.5, 12.5, 12.5, 11.5, 11, 11.5, 11.5, 11.5];
