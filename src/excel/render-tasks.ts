import type { NormalizedWorkbookPlan } from "../core/workbook";
import type { CellScope } from "./cell-input";
import type { DetailedFeatures } from "./features";
import { applyCharts, applyPrint, applyValidations } from "./sheet-extras";
import { OP_OVERHEAD_BYTES, sheetJobs, type WriteJob } from "./sheet-data";
import {
  applyConditionalFormats,
  applyFormat,
  applyLayout,
  applyMerges,
  applyRowHeights,
  applyTables,
  mergeBytes,
  metaBytes,
  type MetaScope,
} from "./sheet-meta";
import type { Layout } from "./snapshot";

/** One unit of queued work with its estimated request size; tasks are packed into syncs in order. */
export interface Task {
  readonly bytes: number;
  readonly run: () => void;
  /** Touches one of our visible sheets (rewritten in place): from here on a cancel would leave it half done. */
  readonly inPlace?: boolean;
}

/** Half the sync budget per row block, so two sheets' tails can share a sync. */
const MAX_JOB_BYTES = 1_000_000;
/** Merges per queued task: a long report's merges must not form one request over the payload limit. */
const MERGES_PER_TASK = 2_000;

export interface TaskSinks {
  readonly temps: Map<string, Excel.Worksheet>;
  /** Charts of sheets rewritten in place, loaded before the new ones are added; deleted at the swap. */
  readonly oldCharts?: Excel.ChartCollection[];
  /** Tables of our earlier sheets (from the snapshot), by sheet name (lower case). */
  readonly oldTables?: (sheetName: string) => string[];
  readonly tables: { table: Excel.Table; planName: string }[];
  readonly warn: (m: string) => void;
  readonly date1904?: boolean;
  /** Plan table name → temporary and final Excel name (Layout.tables). */
  readonly tableNames: Layout["tables"];
  /** Name of one of our sheets that is not in this plan (an earlier run's), by key. */
  readonly otherOwn?: (key: string) => string | undefined;
}

export function planTasks(
  ctx: Excel.RequestContext,
  plan: NormalizedWorkbookPlan,
  layout: Layout,
  features: DetailedFeatures,
  sinks: TaskSinks,
): Task[] {
  const temp = new Map(layout.slots.map((s) => [s.key, s.tempName]));
  const final = new Map(layout.slots.map((s) => [s.key, s.finalName]));
  const other = sinks.otherOwn ?? (() => undefined);
  // Formulas name the temporary sheets: Excel rewrites them when those are renamed at the swap.
  const formulaSheet = (key: string) => temp.get(key) ?? other(key);
  const linkSheet = (key: string) => final.get(key) ?? other(key);
  const ws = (key: string) => sinks.temps.get(key) as Excel.Worksheet;
  const groups = [layout.slots.filter((s) => !s.old), layout.slots.filter((s) => s.old)];
  // New sheets first, hidden and cancellable; our earlier sheets are rewritten in place at the end.
  return groups.flatMap((slots) =>
    slotTasks(ctx, slots, features, sinks, { formulaSheet, linkSheet, ws }).map((t) =>
      slots[0]?.old ? { ...t, inPlace: true } : t,
    ),
  );
}

function slotTasks(
  ctx: Excel.RequestContext,
  slots: readonly Layout["slots"][number][],
  features: DetailedFeatures,
  sinks: TaskSinks,
  refs: {
    formulaSheet: (k: string) => string | undefined;
    linkSheet: (k: string) => string | undefined;
    ws: (k: string) => Excel.Worksheet;
  },
): Task[] {
  const { formulaSheet, linkSheet, ws } = refs;
  const layout = { slots };
  const tables = sinks.tableNames;
  const tasks: Task[] = layout.slots.map((slot) => ({
    bytes: OP_OVERHEAD_BYTES * 8,
    run: () => {
      if (slot.old) {
        const sheet = ctx.workbook.worksheets.getItem(slot.old.name);
        clearInPlace(ctx, sheet, (sinks.oldTables ?? (() => []))(slot.old.name), features, sinks.oldCharts);
        sinks.temps.set(slot.key, sheet);
        return;
      }
      const sheet = ctx.workbook.worksheets.add(slot.tempName);
      sheet.visibility = "Hidden";
      sinks.temps.set(slot.key, sheet);
    },
  }));
  for (const slot of layout.slots) {
    const scope: CellScope = {
      sheetName: slot.finalName,
      formulaSheet,
      linkSheet,
      warn: sinks.warn,
      date1904: sinks.date1904,
    };
    for (const job of sheetJobs(slot.plan, scope, MAX_JOB_BYTES))
      tasks.push({ bytes: job.bytes, run: () => writeJob(ws(slot.key), job) });
  }
  for (const slot of layout.slots) {
    const scope: MetaScope = {
      features,
      formulaSheet,
      tableName: (name) => tables.get(name)?.temp ?? name,
      warn: sinks.warn,
    };
    tasks.push({
      bytes: metaBytes(slot.plan),
      run: () => {
        const sheet = ws(slot.key);
        const made = applyTables(sheet, slot.plan, scope);
        made.forEach((table, i) => sinks.tables.push({ table, planName: slot.plan.tables[i].name }));
        applyLayout(sheet, slot.plan);
        applyRowHeights(sheet, slot.plan.rowHeights);
        for (const f of slot.plan.formats) applyFormat(sheet, f, features);
        applyConditionalFormats(sheet, slot.plan, scope);
        applyValidations(sheet, slot.plan, scope);
        applyPrint(sheet, slot.plan, scope);
        applyCharts(sheet, slot.plan, scope);
      },
    });
    for (let i = 0; i < slot.plan.merges.length; i += MERGES_PER_TASK) {
      const chunk = slot.plan.merges.slice(i, i + MERGES_PER_TASK);
      tasks.push({ bytes: mergeBytes(chunk), run: () => applyMerges(ws(slot.key), chunk) });
    }
  }
  // Protection last: Excel refuses writes to locked cells of a protected sheet (ExcelApi 1.2, within 1.7).
  for (const slot of layout.slots) {
    if (!slot.plan.protect) continue;
    tasks.push({
      bytes: OP_OVERHEAD_BYTES,
      run: () => ws(slot.key).protection.protect({ allowFormatColumns: true, allowFormatRows: true, allowAutoFilter: true, allowSort: true }),
    });
  }
  return tasks;
}

/**
 * Our earlier sheet, emptied for a rewrite: tables, merges, contents, formats, rules and row heights go,
 * the sheet itself stays (so references into it survive). Freeze panes are redone at the swap.
 */
function clearInPlace(
  ctx: Excel.RequestContext,
  sheet: Excel.Worksheet,
  tables: readonly string[],
  features: DetailedFeatures,
  charts: Excel.ChartCollection[] | undefined,
): void {
  for (const t of tables) ctx.workbook.tables.getItem(t).delete();
  if (features.charts) charts?.push(sheet.charts.load("items/name"));
  const all = sheet.getRange();
  all.unmerge();
  if (features.conditionalFormats) all.conditionalFormats.clearAll();
  if (features.dataValidation) all.dataValidation.clear();
  all.clear("All");
  all.columnHidden = false;
  all.rowHidden = false;
  all.format.useStandardHeight = true;
  all.format.useStandardWidth = true;
}

function writeJob(sheet: Excel.Worksheet, job: WriteJob): void {
  const r = job.rect;
  sheet.getRangeByIndexes(r.row, r.column, r.rowCount, r.columnCount).formulas = job.rows;
  for (const d of job.dateRuns) {
    const range = sheet.getRangeByIndexes(d.row, d.column, d.rowCount, d.columnCount);
    (range as unknown as { numberFormat: string }).numberFormat = "dd.mm.yyyy";
  }
}
