import { PlanLimitError, checkPlanLimits, normalizePlan, resolveSheetRefs, type NormalizedWorkbookPlan, type WorkbookPlan } from "../core/workbook";
import { detectFeatures, featureWarnings, BASE_MISSING_MESSAGE, type DetailedFeatures } from "./features";
import type { RenderOptions, RenderReport } from "./host-types";
import type { OfficeEnv } from "./office-env";
import { planTasks, type Task } from "./render-tasks";
import { loadSnapshot, ownSheet, planLayout, type Layout, type WorkbookSnapshot } from "./snapshot";
import { queueSwap } from "./swap";
import { packJobs } from "./sheet-data";

/** Excel on the web rejects requests of 5 MB; the packer (estimates above the measured size) keeps each under 4 MB. */
export const SYNC_BUDGET_BYTES = 3_800_000;

/** Excel's `code` (OfficeExtension.Error) survives the wrapping: the pane picks its hint by it. */
export class ExcelWriteError extends Error {
  readonly code?: string;
  constructor(
    message: string,
    readonly cause?: unknown,
  ) {
    super(message);
    this.name = "ExcelWriteError";
    const code = officeCode(cause);
    if (code) this.code = code;
  }
}

export function officeCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null | undefined)?.code;
  return typeof code === "string" && code ? code : undefined;
}

/** Excel refuses every request while a cell is being edited: the one failure the user fixes in a second. */
export const CELL_EDIT_MESSAGE =
  "Excel сейчас в режиме правки ячейки: нажмите Enter или Esc, чтобы закончить ввод, и повторите. Книга не изменена.";

function writeFailure(error: unknown, inPlace: readonly string[]): ExcelWriteError {
  if (officeCode(error) === "InvalidOperationInCellEditMode") return new ExcelWriteError(CELL_EDIT_MESSAGE, error);
  const partly = inPlace.length
    ? ` Листы ${inPlace.map((n) => `«${n}»`).join(", ")} могли остаться записанными не полностью: повторите действие, ссылки на них сохранятся.`
    : " Ваши листы не изменены.";
  return new ExcelWriteError(
    `Не удалось записать листы в книгу.${partly} Если ошибка повторяется, сохраните книгу и перезапустите Excel.`,
    error,
  );
}

/**
 * One Excel.run: (1) load sheet, name and table names; (2…n) write every sheet of the plan into a
 * new hidden sheet, in row blocks under the payload budget, calculation and screen updating
 * suspended; (last) swap the written sheets in for our old ones. A failure before the swap leaves
 * the workbook as it was, except for hidden temporary sheets, which are then deleted.
 */
export async function renderPlanWith(
  env: OfficeEnv,
  plan: WorkbookPlan,
  options: RenderOptions = {},
): Promise<RenderReport> {
  const features = detectFeatures(env, false);
  if (!features.base) throw new ExcelWriteError(BASE_MISSING_MESSAGE);
  const normalized = normalizePlan(plan);
  const warnings = new Set(initialWarnings(normalized, features));
  const warn = (m: string) => void warnings.add(m);
  return env.run(async (ctx) => {
    let syncCount = 0;
    let screenSuspended = false;
    const sync = async (write: boolean) => {
      if (write && features.suspendCalculation) ctx.application.suspendApiCalculationUntilNextSync();
      // Once per run: suspending again before every sync makes the screen flicker between them.
      if (write && features.suspendScreenUpdating && !screenSuspended) {
        ctx.application.suspendScreenUpdatingUntilNextSync();
        screenSuspended = true;
      }
      syncCount++;
      await ctx.sync();
    };
    const snap = await loadSnapshot(ctx, () => sync(false)).catch((error: unknown) => {
      if (officeCode(error) === "InvalidOperationInCellEditMode") throw new ExcelWriteError(CELL_EDIT_MESSAGE, error);
      throw new ExcelWriteError(
        "Не удалось прочитать список листов книги. Книга не изменена; попробуйте ещё раз.",
        error,
      );
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
    const oldCharts: Excel.ChartCollection[] = [];
    const touched: string[] = [];
    try {
      const tables = await writeSheets(
        ctx,
        normalized,
        layout,
        snap,
        features,
        { temps, oldCharts, touched },
        warn,
        sync,
        options,
      );
      if (!tables) {
        await deleteTemps(ctx, layout, () => sync(false));
        warn("Запись отменена: книга осталась без изменений.");
        return report(true);
      }
      queueSwap(ctx, normalized, layout, snap, temps, tables, warn, oldCharts, options.writtenOn ?? today());
      // Calculation was suspended while names and sheets moved: one recalculation settles every formula.
      ctx.workbook.application.calculate("Recalculate" as Excel.CalculationType);
      await sync(false);
      options.onProgress?.(1, "Готово");
      return report();
    } catch (error) {
      await deleteTemps(ctx, layout, () => sync(false)).catch(() => undefined);
      throw writeFailure(error, touched);
    }
  });
}

/** The computer's date (an edge may read the clock; the core may not). */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
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
  out: { temps: Map<string, Excel.Worksheet>; oldCharts: Excel.ChartCollection[]; touched: string[] },
  warn: (m: string) => void,
  sync: (write: boolean) => Promise<void>,
  options: RenderOptions,
): Promise<{ table: Excel.Table; planName: string }[] | null> {
  const tables: { table: Excel.Table; planName: string }[] = [];
  const lower = (n: string) => n.toLocaleLowerCase("ru");
  const tasks: Task[] = planTasks(ctx, plan, layout, features, {
    temps: out.temps,
    tables,
    warn,
    tableNames: layout.tables,
    date1904: snap.date1904,
    oldCharts: out.oldCharts,
    oldTables: (sheet) => snap.tables.filter((t) => lower(t.sheet) === lower(sheet)).map((t) => t.name),
    otherOwn: (key) => ownSheet(snap, key)?.name,
  });
  const batches = packJobs(tasks, SYNC_BUDGET_BYTES);
  for (let i = 0; i < batches.length; i++) {
    // Once our earlier sheets are being rewritten, a cancel would leave them half done: it waits for the end.
    if (i > 0 && !out.touched.length && options.isCancelled?.()) return null;
    if (!out.touched.length && batches[i].some((t) => t.inPlace)) {
      out.touched.push(...layout.slots.flatMap((s) => (s.old ? [s.finalName] : [])));
    }
    for (const task of batches[i]) task.run();
    // The last batch is sent with the swap (one sync fewer), unless old charts loaded in it must be read first.
    const last = i === batches.length - 1;
    if (last && !(i === 0 && out.oldCharts.length)) break;
    await sync(true);
    options.onProgress?.((i + 1) / (batches.length + 1), "Запись листов…");
  }
  return tables;
}

/** After a failure or a cancel: our hidden temporary sheets go; nothing else is touched. */
async function deleteTemps(ctx: Excel.RequestContext, layout: Layout, sync: () => Promise<void>): Promise<void> {
  const found = layout.slots
    .filter((s) => !s.old)
    .map((s) => ctx.workbook.worksheets.getItemOrNullObject(s.tempName).load("name"));
  await sync();
  const left = found.filter((ws) => !ws.isNullObject);
  if (!left.length) return;
  for (const ws of left) ws.delete();
  await sync();
}
