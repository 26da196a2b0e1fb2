/**
 * The in-memory workbook behind the recording fake of Office.js. Plain data, no Node or DOM APIs,
 * so the same code runs in jest and, bundled by esbuild, in a browser page.
 */
export interface CellState {
  v: string | number | boolean;
  /** Formula text with its leading "=", when the cell holds a formula. */
  f?: string;
  nf?: string;
  /** The value was entered with a leading apostrophe (Excel's quote prefix). */
  quote?: boolean;
}

export interface Recorded {
  readonly target: string;
  props: Record<string, unknown>;
}

export interface TableState {
  name: string;
  address: string;
  style: string;
  showTotals: boolean;
}

export interface ChartState {
  type: string;
  source: string;
  props: Record<string, unknown>;
  series: Record<string, unknown>[];
}

export interface SheetState {
  readonly id: string;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  readonly cells: Map<number, Map<number, CellState>>;
  readonly tables: TableState[];
  readonly merges: string[];
  /** Range formats, column widths, borders… one record per (range, op). */
  readonly formats: Recorded[];
  readonly conditionalFormats: Recorded[];
  readonly dataValidations: Recorded[];
  readonly charts: ChartState[];
  readonly pageLayout: Record<string, unknown>;
  /** Top-left cells of manual page breaks (horizontalPageBreaks.add). */
  readonly pageBreaks: string[];
  freeze?: string;
  tabColor?: string;
  /** How many write operations touched this sheet (values, formats, structure). */
  writes: number;
}

export interface NameState {
  name: string;
  formula: string;
  comment: string;
  visible: boolean;
}

export interface WorkbookState {
  readonly sheets: SheetState[];
  readonly names: NameState[];
  selection: { sheet: string; address: string };
  activeSheet: string;
  settings: Record<string, unknown>;
  savedSettings: Record<string, unknown>;
  readonly createdWorkbooks: string[];
  nextId: number;
  /** Excel → Options → «Использовать систему дат 1904»: serials count from 1904-01-01. */
  date1904?: boolean;
}

export function emptyWorkbook(): WorkbookState {
  return {
    sheets: [],
    names: [],
    selection: { sheet: "", address: "A1" },
    activeSheet: "",
    settings: {},
    savedSettings: {},
    createdWorkbooks: [],
    nextId: 1,
  };
}

export function newSheet(state: WorkbookState, name: string): SheetState {
  return {
    id: `{sheet-${state.nextId++}}`,
    name,
    visibility: "Visible",
    cells: new Map(),
    tables: [],
    merges: [],
    formats: [],
    conditionalFormats: [],
    dataValidations: [],
    charts: [],
    pageLayout: {},
    pageBreaks: [],
    writes: 0,
  };
}

export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "OfficeExtension.Error";
  }
}

export function findSheet(state: WorkbookState, name: string): SheetState | undefined {
  const lower = name.toLocaleLowerCase("ru");
  return state.sheets.find((s) => s.name.toLocaleLowerCase("ru") === lower);
}

export function quoteIfNeeded(name: string): string {
  return /^[A-Za-z_\u0400-\u04FF][A-Za-z0-9_.\u0400-\u04FF]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Every text that may hold a reference to a sheet: formulas, names, rules. */
function rewriteReferences(state: WorkbookState, edit: (text: string) => string): void {
  for (const sheet of state.sheets) {
    for (const row of sheet.cells.values()) for (const cell of row.values()) if (cell.f) cell.f = edit(cell.f);
    for (const cf of sheet.conditionalFormats) {
      const key = "custom.rule.formula";
      if (typeof cf.props[key] === "string") cf.props[key] = edit(cf.props[key] as string);
    }
  }
  for (const n of state.names) n.formula = edit(n.formula);
}

function refPattern(name: string): RegExp {
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const quoted = esc(`'${name.replace(/'/g, "''")}'!`);
  return new RegExp(`(${quoted}|(?<![A-Za-z0-9_.\\u0400-\\u04FF'])${esc(name)}!)`, "g");
}

/** Excel follows a rename in every reference; a deleted sheet's references become #REF!. */
export function renameSheetRefs(state: WorkbookState, oldName: string, newName: string): void {
  const re = refPattern(oldName);
  rewriteReferences(state, (t) => t.replace(re, `${quoteIfNeeded(newName)}!`));
}

export function deleteSheetRefs(state: WorkbookState, name: string): void {
  const re = new RegExp(`${refPattern(name).source}\\$?[A-Z]{1,3}\\$?\\d+(?::\\$?[A-Z]{1,3}\\$?\\d+)?`, "g");
  rewriteReferences(state, (t) => t.replace(re, "#REF!"));
}

/** Excel drops quotes a sheet name does not need: "='Мероприятия'!$A$1" is stored as "=Мероприятия!$A$1". */
export function normalizeQuotes(formula: string): string {
  // String literals ("#'Лист'!B5" in HYPERLINK) are left as typed.
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(/'((?:[^']|'')+)'!/g, (whole, name: string) => {
            const plain = name.replace(/''/g, "'");
            return quoteIfNeeded(plain) === plain ? `${plain}!` : whole;
          }),
    )
    .join("");
}
