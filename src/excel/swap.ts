import { markerName, MARKER_PREFIX, quoteSheet, type NormalizedWorkbookPlan } from "../core/workbook";
import { markerComment } from "./own-sheets";
import { applyFreeze } from "./sheet-meta";
import { allOwnSheetNames, ownSheet, sheetOfReference, type Layout, type WorkbookSnapshot } from "./snapshot";

export { MARKER_COMMENT } from "./own-sheets";

const eq = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** "$A$1" form of a plan reference ("B2", "A5:C9"), for a defined name's formula. */
const absolute = (ref: string) => ref.replace(/\$/g, "").replace(/([A-Z]{1,3})(\d+)/g, "$$$1$$$2");

/** "='Мероприятия'!$B$2": what a defined name's formula says. */
export const nameFormula = (sheetName: string, ref: string) => `=${quoteSheet(sheetName)}!${absolute(ref)}`;

/**
 * The last sync. New sheets (written hidden under temporary names) get their final names and are shown;
 * sheets rewritten in place already have theirs. Order matters, since Excel refuses some steps:
 * every sheet that should be visible is shown before any is hidden (a workbook keeps one visible sheet),
 * and panes are frozen only on visible sheets. Nothing of ours is deleted, so no reference breaks.
 * Defined names that exist get a new `formula` rather than delete + add (a name deleted while calculation
 * is suspended leaves #NAME? in the cells that use it until the next full recalculation).
 */
export function queueSwap(
  ctx: Excel.RequestContext,
  plan: NormalizedWorkbookPlan,
  layout: Layout,
  snap: WorkbookSnapshot,
  temps: Map<string, Excel.Worksheet>,
  tables: { table: Excel.Table; planName: string }[],
  warn: (m: string) => void,
  oldCharts: readonly Excel.ChartCollection[] = [],
  writtenOn?: string,
): void {
  for (const charts of oldCharts) for (const chart of charts.items) chart.delete();
  const slots = [...layout.slots].sort((a, b) => (a.old?.position ?? 1e9) - (b.old?.position ?? 1e9));
  const ws = (key: string) => temps.get(key) as Excel.Worksheet;
  for (const slot of slots) if (!slot.old) ws(slot.key).name = slot.finalName;
  for (const slot of slots) if (!slot.plan.hidden) ws(slot.key).visibility = "Visible";
  for (const slot of slots) {
    if (slot.plan.hidden) continue;
    applyFreeze(ws(slot.key), slot.plan, slot.old !== undefined && slot.old.visibility === "Visible");
  }
  for (const slot of slots) if (slot.plan.hidden) ws(slot.key).visibility = "Hidden";
  for (const slot of slots) {
    const marker = snap.names.find((n) => eq(n.name, markerName(slot.key)));
    const comment = markerComment(writtenOn);
    if (!marker) {
      ctx.workbook.names.add(markerName(slot.key), ws(slot.key).getRange("A1"), comment);
      continue;
    }
    const item = ctx.workbook.names.getItem(marker.name);
    // A sheet rewritten in place keeps its marker; a marker left by a deleted sheet is re-pointed.
    if (!slot.old) item.formula = nameFormula(slot.finalName, "A1");
    item.comment = comment;
  }
  for (const t of tables) t.table.name = layout.tables.get(t.planName)?.final ?? t.planName;
  queueDefinedNames(ctx, plan, layout, snap, warn);
  const first = layout.slots.find((s) => !s.plan.hidden);
  if (first) ws(first.key).activate();
}

function queueDefinedNames(
  ctx: Excel.RequestContext,
  plan: NormalizedWorkbookPlan,
  layout: Layout,
  snap: WorkbookSnapshot,
  warn: (m: string) => void,
): void {
  const own = allOwnSheetNames(snap);
  for (const n of plan.names) {
    if (n.name.startsWith(MARKER_PREFIX)) continue;
    const existing = snap.names.find((x) => eq(x.name, n.name));
    if (existing) {
      const target = sheetOfReference(existing.formula);
      const ours = target === null ? existing.formula.includes("#REF!") : own.has(target.toLocaleLowerCase("ru"));
      if (!ours) {
        warn(`Имя «${n.name}» уже есть в книге и указывает не на лист надстройки: оно оставлено как было.`);
        continue;
      }
    }
    const sheet = sheetNameOf(n.sheetKey, layout, snap);
    if (!sheet) {
      warn(`Имя «${n.name}» не создано: лист «${n.sheetKey}» не найден.`);
      continue;
    }
    const formula = nameFormula(sheet, n.ref);
    if (existing) ctx.workbook.names.getItem(existing.name).formula = formula;
    else ctx.workbook.names.add(n.name, formula, n.comment);
  }
}

/** Final name of the sheet a plan key is written to, or of one of our earlier sheets outside this plan. */
function sheetNameOf(key: string, layout: Layout, snap: WorkbookSnapshot): string | undefined {
  const slot = layout.slots.find((s) => s.key === key);
  return slot ? slot.finalName : ownSheet(snap, key)?.name;
}
