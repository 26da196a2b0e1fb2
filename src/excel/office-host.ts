import type { WorkbookPlan } from "../core/workbook";
import { detectFeatures } from "./features";
import type { ExcelHost, FeatureSupport } from "./host-types";
import { globalOfficeEnv, type OfficeEnv } from "./office-env";
import { readOwnSheetWith, readSelectionWith, selectCellWith } from "./read";
import { listOwnSheetsWith } from "./own-sheets";
import { renderPlanWith } from "./render-plan";
import { loadSettingsWith, saveSettingsWith } from "./settings";

export interface OfficeHostOptions {
  /** Defaults to the page's `Excel` and `Office` globals. */
  readonly env?: OfficeEnv;
  /**
   * Builds an .xlsx (base64) from a plan, e.g. with src/xlsx. When given and the host has
   * Excel.createWorkbook (ExcelApi 1.8), `renderPlanInNewWorkbook` opens the plan as a new workbook.
   */
  readonly toXlsxBase64?: (plan: WorkbookPlan) => Promise<string>;
}

export function createOfficeHost(options: OfficeHostOptions = {}): ExcelHost {
  const env = options.env ?? globalOfficeEnv();
  const toXlsx = options.toXlsxBase64;
  const host: ExcelHost = {
    readSelection: () => readSelectionWith(env),
    renderPlan: (plan, opts) => renderPlanWith(env, plan, opts),
    readOwnSheet: (key) => readOwnSheetWith(env, key),
    listOwnSheets: () => listOwnSheetsWith(env),
    selectCell: (sheet, address) => selectCellWith(env, sheet, address),
    features: (): FeatureSupport => detectFeatures(env, toXlsx !== undefined),
    loadSettings: () => loadSettingsWith(env),
    saveSettings: (s) => saveSettingsWith(env, s),
  };
  if (toXlsx && env.createWorkbook) {
    const create = env.createWorkbook.bind(env);
    host.renderPlanInNewWorkbook = async (plan) => {
      if (!env.isSetSupported("ExcelApi", "1.8"))
        throw new Error("Эта версия Excel не умеет открывать новую книгу из надстройки (нужен ExcelApi 1.8).");
      await create(await toXlsx(plan));
    };
  }
  return host;
}
