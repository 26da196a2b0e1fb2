import { markerName, MARKER_PREFIX, type NormalizedWorkbookPlan } from "../core/workbook";
import { allOwnSheetNames, ownSheet, sheetOfReference, type Layout, type WorkbookSnapshot } from "./snapshot";

export const MARKER_COMMENT = "Лист создан надстройкой «Монитор дорожных карт»; не удаляйте это имя.";

const eq = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * The last sync: only now, with every new sheet fully written, do our old sheets go. The order
 * inside the batch matters, since a failing batch stops at the failing operation: old sheet out,
 * written sheet renamed, then made visible, so a stop anywhere shows no half-written sheet.
 */
export function queueSwap(
  ctx: Excel.RequestContext,
  plan: NormalizedWorkbookPlan,
  layout: Layout,
  snap: WorkbookSnapshot,
  temps: Map<string, Excel.Worksheet>,
  tables: { table: Excel.Table; planName: string }[],
  warn: (m: string) => void,
): void {
  const names = ctx.workbook.names;
  const slots = [...layout.slots].sort((a, b) => (a.old?.position ?? 1e9) - (b.old?.position ?? 1e9));
  for (const slot of slots) {
    const ws = temps.get(slot.key) as Excel.Worksheet;
    if (snap.names.some((n) => eq(n.name, markerName(slot.key)))) names.getItem(markerName(slot.key)).delete();
    if (slot.old) ctx.workbook.worksheets.getItem(slot.old.name).delete();
    ws.name = slot.finalName;
    ws.visibility = slot.plan.hidden ? "Hidden" : "Visible";
    if (slot.old) ws.position = slot.old.position;
    names.add(markerName(slot.key), ws.getRange("A1"), MARKER_COMMENT);
  }
  for (const t of tables) t.table.name = layout.tables.get(t.planName)?.final ?? t.planName;
  queueDefinedNames(ctx, plan, layout, snap, temps, warn);
  const first = layout.slots.find((s) => !s.plan.hidden);
  if (first) (temps.get(first.key) as Excel.Worksheet).activate();
}

function queueDefinedNames(
  ctx: Excel.RequestContext,
  plan: NormalizedWorkbookPlan,
  layout: Layout,
  snap: WorkbookSnapshot,
  temps: Map<string, Excel.Worksheet>,
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
      ctx.workbook.names.getItem(existing.name).delete();
    }
    const range = nameRange(ctx, n.sheetKey, n.ref, layout, snap, temps);
    if (!range) {
      warn(`Имя «${n.name}» не создано: лист «${n.sheetKey}» не найден.`);
      continue;
    }
    ctx.workbook.names.add(n.name, range, n.comment);
  }
}

function nameRange(
  ctx: Excel.RequestContext,
  key: string,
  ref: string,
  layout: Layout,
  snap: WorkbookSnapshot,
  temps: Map<string, Excel.Worksheet>,
): Excel.Range | undefined {
  const ws = temps.get(key);
  if (ws) return ws.getRange(ref);
  const other = layout.slots.some((s) => s.key === key) ? undefined : ownSheet(snap, key);
  return other ? ctx.workbook.worksheets.getItem(other.name).getRange(ref) : undefined;
}
