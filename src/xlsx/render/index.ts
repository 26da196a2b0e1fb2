import ExcelJS from "exceljs";
import type { NormalizedWorkbookPlan, WorkbookPlan } from "../../core/workbook";
import { checkPlanLimits, normalizePlan } from "../../core/workbook";
import { finishPackage } from "../package";
import { createContext } from "./context";
import { renderStreaming, sheetRowCount } from "../stream";
import { ListSource } from "./lists";
import { renderMarker, renderNames } from "./names";
import { renderSheet, sheetOptions } from "./sheet";

/**
 * Above this many rows in one sheet, stream. The in-memory ExcelJS model costs gigabytes at a million rows,
 * and already at 10,000 activities it took 2–4× the time and 1.8× the memory of the streaming writer
 * (measured on `roadmap --out`); tests/xlsx/streaming.test.ts holds both paths to the same workbook.
 */
export const STREAMING_ROWS = 5000;

export interface RenderXlsxOptions {
  /** Force (true) or forbid (false) the streaming writer; by default it is used for big sheets. */
  readonly streaming?: boolean;
}

/** Excel needs one visible sheet, and the active tab must be a visible one. */
function firstVisible(plan: NormalizedWorkbookPlan): number {
  const i = plan.sheets.findIndex((s) => !s.hidden);
  return i < 0 ? 0 : i;
}

/** Builds the ExcelJS workbook for a plan; exported for tests and the file writer. */
export function buildWorkbook(plan: NormalizedWorkbookPlan): { wb: ExcelJS.Workbook; ctx: ReturnType<typeof createContext> } {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Монитор дорожных карт";
  if (plan.title) wb.title = plan.title;
  const ctx = createContext(plan);
  const lists = new ListSource(ctx);
  const visible = firstVisible(plan);
  plan.sheets.forEach((sheet, i) => {
    const name = ctx.nameOfKey.get(sheet.key) as string;
    const options = sheetOptions(i === visible ? { ...sheet, hidden: false } : sheet);
    const ws = wb.addWorksheet(name, options);
    renderSheet(ws, sheet, ctx, lists);
    renderMarker(wb, sheet.key, name);
  });
  lists.write(wb);
  renderNames(wb, plan.names, ctx);
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: visible, visibility: "visible" }];
  return { wb, ctx };
}

/**
 * WorkbookPlan → .xlsx bytes. ExcelJS writes cells, tables, formats and rules; the package step then
 * makes hyperlinks purely internal and adds the charts ExcelJS cannot write.
 */
export async function renderXlsx(plan: WorkbookPlan, opts: RenderXlsxOptions = {}): Promise<Uint8Array> {
  const normalized = normalizePlan(plan);
  // A cell beyond XFD / row 1,048,576 or a formula over 8,192 characters: a Russian PlanLimitError, not a crash in ExcelJS.
  checkPlanLimits(normalized, createContext(normalized).resolve);
  const streaming = opts.streaming ?? normalized.sheets.some((s) => sheetRowCount(s) > STREAMING_ROWS);
  if (streaming) {
    const ctx = createContext(normalized);
    const bytes = await renderStreaming(normalized, ctx, firstVisible(normalized));
    const hasTables = normalized.sheets.some((s) => s.tables.length > 0);
    return finishPackage(bytes, normalized, ctx, { addTables: hasTables });
  }
  const { wb, ctx } = buildWorkbook(normalized);
  const hasCharts = normalized.sheets.some((s) => s.charts.length > 0);
  const finishing = ctx.linkCount > 0 || hasCharts;
  // When the package step follows, it compresses every part once: ExcelJS need not deflate them first
  // (compressing twice and inflating between was a third of the writing time).
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer(finishing ? { zip: { compression: "STORE" } } : undefined));
  if (!finishing) return bytes;
  return finishPackage(bytes, normalized, ctx);
}
