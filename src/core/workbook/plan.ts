import { z } from "zod";

/**
 * The renderer-neutral workbook plan: everything the user will see in Excel, as plain data.
 * Both renderers (Office.js in `src/excel`, ExcelJS in `src/xlsx`) map it element by element
 * and decide no content. Strings are ALWAYS text: a formula exists only as `{ f }`.
 */

/**
 * A formula in English function names with A1 references, without the leading "=" being required.
 * References to another sheet of the plan are written `{{sheet:KEY}}!A1` and resolved by the renderer.
 */
export const FormulaCellSchema = z.object({
  f: z.string(),
  /** Value the core computed; renderers may write it as the cached result. */
  v: z.union([z.number(), z.string(), z.boolean(), z.null()]).optional(),
});
/** A calendar date, ISO "YYYY-MM-DD"; rendered as a real Excel date. */
export const DateCellSchema = z.object({ d: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) });
/**
 * A hyperlink to a place inside this workbook, e.g. "{{sheet:rmab12cd.activities}}!C5" (see sheet-refs.ts)
 * or "'Мероприятия'!C5". Never an outside address.
 */
export const LinkCellSchema = z.object({ link: z.string(), text: z.string() });

export const CellSchema = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.null(),
  FormulaCellSchema,
  DateCellSchema,
  LinkCellSchema,
]);

export const ColumnKindSchema = z.enum(["text", "number", "integer", "percent", "date", "boolean"]);

export const TableColumnSchema = z.object({
  header: z.string(),
  kind: ColumnKindSchema.default("text"),
  /** Excel number format code (locale-neutral: "0.0%", "dd.mm.yyyy"); defaults by kind. */
  numFmt: z.string().optional(),
  width: z.number().positive().optional(),
  wrap: z.boolean().optional(),
  hidden: z.boolean().optional(),
});

export const TablePlanSchema = z.object({
  /** Excel Table name: letters, digits, underscore; unique in the workbook. */
  name: z.string().regex(/^[A-Za-z_\u0400-\u04FF][A-Za-z0-9_.\u0400-\u04FF]*$/),
  /** Top-left cell of the header row, e.g. "A3". */
  at: z.string().regex(/^[A-Z]{1,3}\d+$/),
  columns: z.array(TableColumnSchema).min(1),
  rows: z.array(z.array(CellSchema)),
  style: z.string().default("TableStyleMedium2"),
  totalsRow: z.boolean().optional(),
});

export const BlockPlanSchema = z.object({
  /** Top-left cell, e.g. "A1". */
  at: z.string().regex(/^[A-Z]{1,3}\d+$/),
  rows: z.array(z.array(CellSchema)),
});

export const ColorSchema = z.string().regex(/^#[0-9A-Fa-f]{6}$/);

export const FormatSchema = z.object({
  range: z.string(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  fontSize: z.number().optional(),
  fontColor: ColorSchema.optional(),
  fill: ColorSchema.optional(),
  wrap: z.boolean().optional(),
  horizontal: z.enum(["left", "center", "right"]).optional(),
  vertical: z.enum(["top", "center", "bottom"]).optional(),
  numFmt: z.string().optional(),
  border: z.boolean().optional(),
  indent: z.number().int().min(0).max(15).optional(),
  /** false: the cell stays editable when the sheet is protected (input cells of a school's form). */
  locked: z.boolean().optional(),
});

export const ConditionalFormatSchema = z.object({
  range: z.string(),
  /** Formula relative to the range's top-left cell, e.g. "AND($H5<AsOfDate,$K5<>\"выполнено\")". */
  formula: z.string(),
  fill: ColorSchema.optional(),
  fontColor: ColorSchema.optional(),
  bold: z.boolean().optional(),
  /** Lower numbers win when several rules apply. */
  priority: z.number().int().positive().optional(),
  stopIfTrue: z.boolean().optional(),
});

export const DataValidationSchema = z.object({
  range: z.string(),
  list: z.array(z.string()).min(1),
  allowBlank: z.boolean().default(true),
  prompt: z.string().optional(),
});

export const ChartSeriesSchema = z.object({
  name: z.string(),
  /** Absolute range of values on the same sheet, e.g. "C5:C20". */
  values: z.string(),
  /** Draw this series as a line over the bars (the district average). */
  asLine: z.boolean().optional(),
  /** Fill (bars) or line colour; by default the print layout picks one by the series' meaning. */
  color: ColorSchema.optional(),
});

export const ChartPlanSchema = z.object({
  type: z.enum(["clusteredColumn", "clusteredBar"]),
  title: z.string(),
  /** Category labels range on the same sheet, e.g. "A5:A20". */
  categories: z.string(),
  series: z.array(ChartSeriesSchema).min(1),
  /** Anchor: top-left cell and size in columns/rows. */
  at: z.string().regex(/^[A-Z]{1,3}\d+$/),
  widthCols: z.number().int().positive().default(10),
  heightRows: z.number().int().positive().default(18),
  percentAxis: z.boolean().optional(),
});

export const PrintSchema = z.object({
  orientation: z.enum(["portrait", "landscape"]).default("portrait"),
  paper: z.literal("A4").default("A4"),
  fitToWidth: z.boolean().default(true),
  /** Rows repeated on every printed page, e.g. "3:3". */
  titleRows: z.string().optional(),
  /** Columns repeated on every page of a sheet printed several pages wide, e.g. "A:B". */
  titleColumns: z.string().regex(/^[A-Z]{1,3}:[A-Z]{1,3}$/).optional(),
  /** Print scale in percent; when set it replaces fit-to-width, so pages break where the plan computed. */
  scale: z.number().int().min(10).max(400).optional(),
  /** The range that prints, e.g. "A1:K175": text overflowing the last column must not print a page of its own. */
  area: z.string().regex(/^[A-Z]{1,3}\d+:[A-Z]{1,3}\d+$/).optional(),
  /** Manual page breaks: a new page starts at each of these rows (1-based). */
  rowBreaks: z.array(z.number().int().min(2)).optional(),
  /** Centred text; `{{page}}` and `{{pages}}` print the page number and count. */
  header: z.string().optional(),
  footer: z.string().optional(),
});

export const SheetPlanSchema = z.object({
  /** Stable ASCII key; the renderer marks the sheet with it so a later run recognises its own sheets. */
  key: z.string().regex(/^[a-z][a-zA-Z0-9_.-]*$/),
  /** Wanted name (Russian); the renderer makes it unique if a sheet it did not make has it. */
  name: z.string().min(1).max(31),
  hidden: z.boolean().optional(),
  tabColor: ColorSchema.optional(),
  /** Column widths in characters, by 0-based column index; 0 hides the column (keys that formulas need, never user text). */
  columnWidths: z.array(z.number().nonnegative()).optional(),
  freeze: z.object({ rows: z.number().int().min(0), columns: z.number().int().min(0) }).optional(),
  /**
   * Heights in points of rows whose wrapped text needs more than one line (1-based rows). Excel grows such rows
   * itself; LibreOffice does not when it opens an .xlsx, so print-ready sheets state them.
   */
  rowHeights: z.array(z.object({ row: z.number().int().positive(), height: z.number().positive().max(409) })).default([]),
  blocks: z.array(BlockPlanSchema).default([]),
  tables: z.array(TablePlanSchema).default([]),
  merges: z.array(z.string()).default([]),
  formats: z.array(FormatSchema).default([]),
  conditionalFormats: z.array(ConditionalFormatSchema).default([]),
  dataValidations: z.array(DataValidationSchema).default([]),
  charts: z.array(ChartPlanSchema).default([]),
  print: PrintSchema.optional(),
  /**
   * Protect the sheet without a password: only cells formatted `locked: false` can be edited; selecting,
   * filtering and resizing stay allowed. Protection guards a form against slips, not against its owner.
   */
  protect: z.boolean().optional(),
});

export const DefinedNameSchema = z.object({
  name: z.string().regex(/^[A-Za-z_][A-Za-z0-9_.]*$/),
  /** Sheet key of the sheet that holds the cell(s). */
  sheetKey: z.string(),
  ref: z.string(),
  comment: z.string().optional(),
});

export const WorkbookPlanSchema = z.object({
  sheets: z.array(SheetPlanSchema),
  names: z.array(DefinedNameSchema).default([]),
  /** Document properties written by the xlsx renderer. */
  title: z.string().optional(),
});

export type Cell = z.infer<typeof CellSchema>;
export type FormulaCell = z.infer<typeof FormulaCellSchema>;
export type DateCell = z.infer<typeof DateCellSchema>;
export type LinkCell = z.infer<typeof LinkCellSchema>;
export type ColumnKind = z.infer<typeof ColumnKindSchema>;
export type TableColumn = z.input<typeof TableColumnSchema>;
export type TablePlan = z.input<typeof TablePlanSchema>;
export type BlockPlan = z.infer<typeof BlockPlanSchema>;
export type Format = z.infer<typeof FormatSchema>;
export type ConditionalFormat = z.infer<typeof ConditionalFormatSchema>;
export type DataValidation = z.input<typeof DataValidationSchema>;
export type ChartPlan = z.input<typeof ChartPlanSchema>;
export type PrintPlan = z.input<typeof PrintSchema>;
/** A sheet as builders write it (defaults optional). */
export type SheetPlan = z.input<typeof SheetPlanSchema>;
export type DefinedName = z.infer<typeof DefinedNameSchema>;
export type WorkbookPlan = z.input<typeof WorkbookPlanSchema>;
/** A plan with every default filled in, as renderers receive it. */
export type NormalizedWorkbookPlan = z.output<typeof WorkbookPlanSchema>;
export type NormalizedSheetPlan = z.output<typeof SheetPlanSchema>;
export type NormalizedTablePlan = z.output<typeof TablePlanSchema>;
