import type { FeatureSupport } from "./host-types";
import type { OfficeEnv } from "./office-env";

/** ExcelApi sets behind each feature; the base is what a safe render needs (names.formula, tabColor, freeze). */
export const REQUIRED_API = "1.7";

export interface DetailedFeatures extends FeatureSupport {
  readonly base: boolean;
  readonly suspendCalculation: boolean;
  readonly printLayout: boolean;
  /** worksheet.horizontalPageBreaks. */
  readonly pageBreaks: boolean;
  readonly mergedAreas: boolean;
}

export function detectFeatures(env: OfficeEnv, canBuildXlsx: boolean): DetailedFeatures {
  const has = (v: string) => env.isSetSupported("ExcelApi", v);
  return {
    base: has(REQUIRED_API),
    charts: has("1.7"),
    conditionalFormats: has("1.6"),
    dataValidation: has("1.8"),
    createWorkbook: canBuildXlsx && has("1.8") && env.createWorkbook !== undefined,
    suspendScreenUpdating: has("1.9"),
    suspendCalculation: has("1.6"),
    printLayout: has("1.9"),
    pageBreaks: has("1.9"),
    mergedAreas: has("1.13"),
  };
}

/** Russian warnings for what this Excel cannot do; the render goes on without it. */
export function featureWarnings(
  f: DetailedFeatures,
  plan: { hasCharts: boolean; hasValidation: boolean; hasPrint: boolean },
): string[] {
  const out: string[] = [];
  const old = "эта версия Excel этого не поддерживает";
  if (plan.hasCharts && !f.charts) out.push(`Диаграммы не построены: ${old} (нужен ExcelApi 1.7).`);
  if (plan.hasValidation && !f.dataValidation) out.push(`Выпадающие списки не созданы: ${old} (нужен ExcelApi 1.8).`);
  if (plan.hasPrint && !f.printLayout) out.push(`Параметры печати не заданы: ${old} (нужен ExcelApi 1.9).`);
  return out;
}

export const BASE_MISSING_MESSAGE =
  "Эта версия Excel слишком старая для надстройки: нужен Excel 2019, Excel 2021, Microsoft 365 или Excel в браузере (набор ExcelApi 1.7).";
