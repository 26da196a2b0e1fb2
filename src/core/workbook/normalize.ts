import {
  type NormalizedSheetPlan,
  type NormalizedWorkbookPlan,
  type SheetPlan,
  type TablePlan,
  type WorkbookPlan,
  type NormalizedTablePlan,
  WorkbookPlanSchema,
  SheetPlanSchema,
  TablePlanSchema,
} from "./plan";

/**
 * Fill defaults without walking every cell: plans of a million rows must not pay for
 * zod's per-cell checks. `validatePlan` does the full check where a plan crosses a boundary.
 */
export function normalizePlan(plan: WorkbookPlan): NormalizedWorkbookPlan {
  return { ...plan, names: plan.names ?? [], sheets: plan.sheets.map(normalizeSheet) };
}

function normalizeSheet(sheet: SheetPlan): NormalizedSheetPlan {
  const shell = SheetPlanSchema.parse({ ...sheet, blocks: [], tables: [] });
  return {
    ...shell,
    blocks: sheet.blocks ?? [],
    tables: (sheet.tables ?? []).map(normalizeTable),
  };
}

function normalizeTable(table: TablePlan): NormalizedTablePlan {
  const shell = TablePlanSchema.parse({ ...table, rows: [] });
  return { ...shell, rows: table.rows };
}

export function validatePlan(plan: unknown): NormalizedWorkbookPlan {
  return WorkbookPlanSchema.parse(plan);
}

/** Default Excel number format for a table column kind. */
export function defaultNumFmt(kind: string): string | undefined {
  switch (kind) {
    case "percent":
      return "0.0%";
    case "date":
      return "dd.mm.yyyy";
    case "integer":
      return "#,##0";
    case "number":
      return "0.00";
    default:
      return undefined;
  }
}
