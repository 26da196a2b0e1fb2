import { PlanLimitError, checkPlanLimits, normalizePlan, resolveSheetRefs, type NormalizedWorkbookPlan, type WorkbookPlan } from "../core/workbook";
import { detectFeatures, featureWarnings, BASE_MISSING_MESSAGE, type DetailedFeatures } from "./features";
import type { RenderOptions, RenderReport } from "./host-types";
import type { OfficeEnv } from "./office-env";
import { planTasks, type Task } from "./render-tasks";
import { loadSnapshot, ownSheet, planLayout, type Layout, type WorkbookSnapshot } from "./snapshot";
import { queueSwap } from "./swap";
import { packJobs } from "./sheet-data";

/** Excel on the web rejects requests of 5 MB; we stay well under 4 MB per sync. */
export const SYNC_BUDGET_BYTES = 3_500_000;

export class ExcelWriteError extends Error {
  constructor(message: string, readonly cause?: unknown) {
    super(message);
    this.name = "ExcelWriteError";
  }
}

/**
 * One Excel.run: (1) load sheet, name and table names; (2…n) write every sheet of the plan into a
 * new hidden sheet, in row blocks under the payload budget, calculation and screen updating
 * suspended; (last) swap the written sheets in for our old ones. A failure before the swap leaves
 * the workbook as it was, except for hidden temporary sheets, which are then deleted.
 */
export async function renderPlanWith(env: OfficeEnv, plan: WorkbookPlan, options: RenderOptions = {}): Promise<RenderReport> {
  const features = detectFeatures(env, false);
  if (!features.base) throw new ExcelWriteError(BASE_MISSING_MESSAGE);
  const normalized = normalizePlan(plan);
  const warnings = new Set(initialWarnings(normalized, features));
  const warn = (m: string) => void warnings.add(m);
  return env.run(async (ctx) => {
    let syncCount = 0;
    const sync = async (write: boolean) => {
      if (write && features.suspendCalculation) ctx.application.suspendApiCalculationUntilNextSync();
      if (write && features.suspendScreenUpdating) ctx.application.suspendScreenUpdatingUntilNextSync();
      syncCount++;
      await ctx.sync();
    };
    const snap = await loadSnapshot(ctx, () => sync(false)).catch((error: unknown) => {
      throw new ExcelWriteError("Не удалось прочитать список листов книги. Книга не изменена; попробуйте ещё раз.", error);
    });
    const layout = planLayout(normalized, snap, options.replaceOwn ?? true);
    // Excel's grid and formula length, with the sheet names this workbook will really have: checked before
    // anything is written, so a plan Excel cannot hold leaves the workbook as it was.
    const finalName = new Map(layout.slots.map((s) => [s.key, s.finalName]));
    try {
      checkPlanLimits(normalized, (text) => resolveSheetRefs(text, (key) => finalName.get(key)));
    } catch (error) {
      if (error instanceof PlanLimitError) throw new ExcelWriteError(`${error.message} Книга не изменена.`, error);
      throw error;
    }
    const report = (cancelled = false): RenderReport => ({
      sheetNames: Object.fromEntries(layout.slots.map((s) => [s.key, s.finalName])),
      syncCount,
      warnings: [...warnings],
      ...(cancelled ? { cancelled } : {}),
    });
    const temps = new Map<string, Excel.Worksheet>();
    try {
      const tables = await writeSheets(ctx, normalized, layout, snap, features, temps, warn, sync, options);
      if (!tables) {
        await deleteTemps(ctx, layout, () => sync(false));
        warn("Запись отменена: книга осталась без изменений.");
        return report(true);
      }
      queueSwap(ctx, normalized, layout, snap, temps, tables, warn);
      await sync(true);
      options.onProgress?.(1, "Готово");
      return report();
    } catch (error) {
      await deleteTemps(ctx, layout, () => sync(false)).catch(() => undefined);
      throw new ExcelWriteError(
        "Не удалось записать листы в книгу. Ваши листы не изменены; попробуйте ещё раз или сохраните книгу и перезапустите Excel.",
        error,
      );
    }
  });
}

function initialWarnings(plan: NormalizedWorkbookPlan, f: DetailedFeatures): string[] {
  const sheets = plan.sheets;
  return featureWarnings(f, {
    hasCharts: sheets.some((s) => s.charts.length > 0),
    hasValidation: sheets.some((s) => s.dataValidations.length > 0),
    hasPrint: sheets.some((s) => s.print !== undefined),
  });
}

/** Returns the tables it made, or null when the user cancelled between two syncs. */
async function writeSheets(
  ctx: Excel.RequestContext,
  plan: NormalizedWorkbookPlan,
  layout: Layout,
  snap: WorkbookSnapshot,
  features: DetailedFeatures,
  temps: Map<string, Excel.Worksheet>,
  warn: (m: string) => void,
  sync: (write: boolean) => Promise<void>,
  options: RenderOptions,
): Promise<{ table: Excel.Table; planName: string }[] | null> {
  const tables: { table: Excel.Table; planName: string }[] = [];
  const tasks: Task[] = planTasks(ctx, plan, layout, features, {
    temps, tables, warn, otherOwn: (key) => ownSheet(snap, key)?.name,
  });
  const batches = packJobs(tasks, SYNC_BUDGET_BYTES);
  for (let i = 0; i < batches.length; i++) {
    if (i > 0 && options.isCancelled?.()) return null;
    for (const task of batches[i]) task.run();
    await sync(true);
    options.onProgress?.((i + 1) / (batches.length + 1), "Запись листов…");
  }
  return tables;
}

/** After a failure or a cancel: our hidden temporary sheets go; nothing else is touched. */
async function deleteTemps(ctx: Excel.RequestContext, layout: Layout, sync: () => Promise<void>): Promise<void> {
  const found = layout.slots.map((s) => ctx.workbook.worksheets.getItemOrNullObject(s.tempName).load("name"));
  await sync();
  const left = found.filter((ws) => !ws.isNullObject);
  if (!left.length) return;
  for (const ws of left) ws.delete();
  await sync();
}
