import type { NormalizedWorkbookPlan } from "../core/workbook";
import type { CellScope } from "./cell-input";
import type { DetailedFeatures } from "./features";
import { applyCharts, applyPrint, applyValidations } from "./sheet-extras";
import { OP_OVERHEAD_BYTES, sheetJobs, type WriteJob } from "./sheet-data";
import { applyConditionalFormats, applyFormat, applyLayout, applyMerges, applyRowHeights, applyTables, mergeBytes, metaBytes, type MetaScope } from "./sheet-meta";
import type { Layout } from "./snapshot";

/** One unit of queued work with its estimated request size; tasks are packed into syncs in order. */
export interface Task {
  readonly bytes: number;
  readonly run: () => void;
}

/** Half the sync budget per row block, so two sheets' tails can share a sync. */
const MAX_JOB_BYTES = 1_000_000;
/** Merges per queued task: a long report's merges must not form one request over the payload limit. */
const MERGES_PER_TASK = 2_000;

export interface TaskSinks {
  readonly temps: Map<string, Excel.Worksheet>;
  readonly tables: { table: Excel.Table; planName: string }[];
  readonly warn: (m: string) => void;
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

  const tasks: Task[] = layout.slots.map((slot) => ({
    bytes: OP_OVERHEAD_BYTES * 2,
    run: () => {
      const sheet = ctx.workbook.worksheets.add(slot.tempName);
      sheet.visibility = "Hidden";
      sinks.temps.set(slot.key, sheet);
    },
  }));
  for (const slot of layout.slots) {
    const scope: CellScope = { sheetName: slot.finalName, formulaSheet, linkSheet, warn: sinks.warn };
    for (const job of sheetJobs(slot.plan, scope, MAX_JOB_BYTES)) tasks.push({ bytes: job.bytes, run: () => writeJob(ws(slot.key), job) });
  }
  for (const slot of layout.slots) {
    const scope: MetaScope = {
      features,
      formulaSheet,
      tableName: (name) => layout.tables.get(name)?.temp ?? name,
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

function writeJob(sheet: Excel.Worksheet, job: WriteJob): void {
  const r = job.rect;
  sheet.getRangeByIndexes(r.row, r.column, r.rowCount, r.columnCount).formulas = job.rows;
  for (const d of job.dateRuns) {
    const range = sheet.getRangeByIndexes(d.row, d.column, d.rowCount, d.columnCount);
    (range as unknown as { numberFormat: string }).numberFormat = "dd.mm.yyyy";
  }
}
