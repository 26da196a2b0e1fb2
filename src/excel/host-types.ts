import type { WorkbookPlan } from "../core/workbook";
import type { MergedArea } from "../core/table/types";

/** What the task pane needs from Excel. `src/excel` implements it over Office.js; tests use fakes. */

export interface RangeRead {
  readonly sheet: string;
  /** Address without the sheet, e.g. "B3:F120". */
  readonly address: string;
  /** 1-based row / column of values[0][0]. */
  readonly firstRow: number;
  readonly firstColumn: number;
  /** Cell texts as displayed (Excel's `text`), rows × columns. */
  readonly values: string[][];
  readonly merges: MergedArea[];
}

export interface OwnSheetRead {
  readonly key: string;
  readonly name: string;
  /** Used range values (texts), starting at A1. */
  readonly values: string[][];
}

/** One sheet this add-in made, as its marker names it. */
export interface OwnSheetInfo {
  /** Sheet key as in the plan, from the marker name (characters outside A–Z, 0–9, «_», «.» read as «_»). */
  readonly key: string;
  readonly name: string;
  /** ISO date the sheet was last written by the add-in, when its marker says (the .xlsx writer does not). */
  readonly writtenOn?: string;
}

export interface RenderOptions {
  /** Sheets of this plan replace our own sheets with the same key (a re-run); default true. */
  readonly replaceOwn?: boolean;
  /** Called between steps, for the progress bar (0…1). */
  readonly onProgress?: (fraction: number, label: string) => void;
  /** Checked between chunks; when it returns true the write stops and leaves no half sheet. */
  readonly isCancelled?: () => boolean;
  /** ISO date recorded on each sheet's marker (default: today by the computer's clock). */
  readonly writtenOn?: string;
}

export interface RenderReport {
  /** Plan sheet key → sheet name actually used (suffixed when a user sheet had the name). */
  readonly sheetNames: Record<string, string>;
  readonly syncCount: number;
  readonly warnings: string[];
  /** Set when `isCancelled` stopped the write; the workbook is then as it was. */
  readonly cancelled?: boolean;
}

export interface FeatureSupport {
  readonly charts: boolean;
  readonly conditionalFormats: boolean;
  readonly dataValidation: boolean;
  readonly createWorkbook: boolean;
  readonly suspendScreenUpdating: boolean;
  /** Page layout (orientation, A4, fit to width, print titles): ExcelApi 1.9. */
  readonly printLayout?: boolean;
  /** Merged areas of the selection (getMergedAreasOrNullObject): ExcelApi 1.13. */
  readonly mergedAreas?: boolean;
}

export interface ExcelHost {
  readSelection(): Promise<RangeRead>;
  renderPlan(plan: WorkbookPlan, options?: RenderOptions): Promise<RenderReport>;
  /** Every sheet this add-in made that the workbook still holds (an earlier session's too). */
  listOwnSheets?(): Promise<OwnSheetInfo[]>;
  /** Values of a sheet this add-in made, found by its marker; null when absent. */
  readOwnSheet(key: string): Promise<OwnSheetRead | null>;
  /** Select a cell so the user sees it: sheet name as rendered, A1 address. */
  selectCell(sheetName: string, address: string): Promise<void>;
  /** Open the plan in a new workbook where Excel supports it. */
  renderPlanInNewWorkbook?(plan: WorkbookPlan): Promise<void>;
  features(): FeatureSupport;
  /** Persisted per document (thresholds, directory, period). */
  loadSettings(): Promise<Record<string, unknown>>;
  saveSettings(settings: Record<string, unknown>): Promise<void>;
}
