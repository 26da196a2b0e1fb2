import { queueDate1904Probe } from "./read-chunks";
import {
  markerName,
  MARKER_PREFIX,
  uniqueSheetName,
  type NormalizedWorkbookPlan,
  type NormalizedSheetPlan,
} from "../core/workbook";

/** What the first sync loads: sheet names, defined names (for our markers) and table names. Nothing else. */
export interface WorkbookSnapshot {
  readonly sheets: readonly { name: string; position: number; visibility?: string }[];
  readonly names: readonly { name: string; formula: string }[];
  readonly tables: readonly { name: string; sheet: string }[];
  /** The workbook counts dates from 1904: every date serial written is 1462 smaller. */
  readonly date1904?: boolean;
}

export async function loadSnapshot(ctx: Excel.RequestContext, sync: () => Promise<void>): Promise<WorkbookSnapshot> {
  const sheets = ctx.workbook.worksheets.load("items/name,items/position,items/visibility");
  const names = ctx.workbook.names.load("items/name,items/formula");
  const tables = ctx.workbook.tables.load("items/name,items/worksheet/name");
  const date1904 = queueDate1904Probe(ctx);
  await sync();
  return {
    sheets: sheets.items.map((s) => ({ name: s.name, position: s.position, visibility: String(s.visibility) })),
    names: names.items.map((n) => ({ name: n.name, formula: String(n.formula ?? "") })),
    tables: tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name })),
    date1904: date1904(),
  };
}

/** "='Свод по району (2)'!$A$1" or "=Мероприятия!$A$1" → the sheet name; null for #REF! or a constant. */
export function sheetOfReference(formula: string): string | null {
  const body = formula.replace(/^=/, "");
  const bang = body.lastIndexOf("!");
  if (bang <= 0 || body.includes("#REF!")) return null;
  const sheet = body.slice(0, bang);
  return sheet.startsWith("'") && sheet.endsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}

const eq = (a: string, b: string) => a.toLocaleLowerCase("ru") === b.toLocaleLowerCase("ru");

/** The sheet our marker for `key` points at, if it still exists: the user may have renamed it. */
export function ownSheet(snap: WorkbookSnapshot, key: string): WorkbookSnapshot["sheets"][number] | undefined {
  const marker = snap.names.find((n) => eq(n.name, markerName(key)));
  const name = marker && sheetOfReference(marker.formula);
  return name ? snap.sheets.find((s) => eq(s.name, name)) : undefined;
}

/** Every sheet some marker of ours points at (any key, this plan's or an earlier one's). */
export function allOwnSheetNames(snap: WorkbookSnapshot): Set<string> {
  const out = new Set<string>();
  for (const n of snap.names) {
    const sheet = n.name.startsWith(MARKER_PREFIX) ? sheetOfReference(n.formula) : null;
    if (sheet && snap.sheets.some((s) => eq(s.name, sheet))) out.add(sheet.toLocaleLowerCase("ru"));
  }
  return out;
}

export interface SheetSlot {
  readonly key: string;
  readonly plan: NormalizedSheetPlan;
  readonly finalName: string;
  /** Where the content is written: a new hidden sheet, or `old.name` when our earlier sheet is rewritten in place. */
  readonly tempName: string;
  /**
   * Our sheet of an earlier run. It is rewritten in place (cleared, then written), never deleted: every
   * formula that points at it (the report's COUNTIFS, the user's own) keeps pointing at it.
   */
  readonly old?: WorkbookSnapshot["sheets"][number];
}

export interface Layout {
  readonly slots: SheetSlot[];
  /** Plan table name → temporary and final Excel table name. */
  readonly tables: Map<string, { temp: string; final: string }>;
}

function uniqueTableName(wanted: string, taken: Set<string>): string {
  let name = wanted;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${wanted}_${i}`;
  taken.add(name.toLowerCase());
  return name;
}

/** Names for every sheet and table of the plan: user sheets and tables are never reused or renamed. */
export function planLayout(plan: NormalizedWorkbookPlan, snap: WorkbookSnapshot, replaceOwn: boolean): Layout {
  const taken = snap.sheets.map((s) => s.name);
  const slots: SheetSlot[] = plan.sheets.map((sheet, i) => {
    const old = replaceOwn ? ownSheet(snap, sheet.key) : undefined;
    const finalName = old ? old.name : uniqueSheetName(sheet.name, taken);
    if (!old) taken.push(finalName);
    const tempName = old ? old.name : uniqueSheetName(`RM-temp-${i + 1}`, taken);
    if (!old) taken.push(tempName);
    return { key: sheet.key, plan: sheet, finalName, tempName, old };
  });
  const replaced = new Set(slots.flatMap((s) => (s.old ? [s.old.name.toLocaleLowerCase("ru")] : [])));
  const finalTaken = new Set(
    snap.tables.filter((t) => !replaced.has(t.sheet.toLocaleLowerCase("ru"))).map((t) => t.name.toLowerCase()),
  );
  const allTaken = new Set(snap.tables.map((t) => t.name.toLowerCase()));
  const tables = new Map<string, { temp: string; final: string }>();
  for (const t of plan.sheets.flatMap((s) => s.tables)) {
    const final = uniqueTableName(t.name, finalTaken);
    allTaken.add(final.toLowerCase());
    tables.set(t.name, { final, temp: uniqueTableName(`${final}_rmtmp`, allTaken) });
  }
  return { slots, tables };
}
