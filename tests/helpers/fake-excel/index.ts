/**
 * A recording fake of the Office.js Excel object model: operations queue on proxies and apply at
 * sync(), loaded values are readable only after sync, every sync's request size is recorded and a
 * failure can be injected at any sync. Works in Node (jest) and, bundled by esbuild, in a browser page.
 */
import { isoToExcelSerial } from "../../../src/core/workbook";
import { cellText, getCell, parseRect, rectAddress, usedRect, writeCells } from "./cells";
import { emptyStats, FakeContext, versionAtMost, type FakeStats, type SyncFailure } from "./context";
import { FakeNamedItemCollection } from "./names";
import { FakeRange } from "./range";
import { emptyWorkbook, findSheet, newSheet, type SheetState, type WorkbookState } from "./state";
import { FakeTableCollection } from "./tables-charts";
import { FakeWorksheet, FakeWorksheetCollection } from "./worksheet";

export * from "./state";
export type { FakeStats, SyncFailure } from "./context";
export { parseRect, rectAddress, cellText, getCell };

export interface FakeOfficeOptions {
  /** Highest ExcelApi requirement set the host claims, e.g. "1.13" (default) or "1.4". */
  readonly apiVersion?: string;
  readonly failures?: SyncFailure[];
}

function makeContext(state: WorkbookState, stats: FakeStats, failures: SyncFailure[], api: string) {
  const ctx = new FakeContext(state, stats, failures, api);
  ctx.supports = (name, version) => name === "ExcelApi" && versionAtMost(version ?? "1.1", api);
  const app = {
    suspendApiCalculationUntilNextSync: () => {
      ctx.requireApi("1.6", "Application.suspendApiCalculationUntilNextSync");
      ctx.suspend("calculation");
      ctx.push({ path: "application", action: "suspendCalc", apply: () => undefined });
    },
    suspendScreenUpdatingUntilNextSync: () => {
      ctx.requireApi("1.9", "Application.suspendScreenUpdatingUntilNextSync");
      ctx.suspend("screen");
      ctx.push({ path: "application", action: "suspendScreen", apply: () => undefined });
    },
    calculate: (type: string) =>
      ctx.push({
        path: "application",
        action: "calculate",
        args: type,
        apply: () => void stats.calculations.push(type),
      }),
  };
  const workbook = {
    get worksheets() {
      return new FakeWorksheetCollection(ctx);
    },
    get names() {
      return new FakeNamedItemCollection(ctx);
    },
    get tables() {
      return new FakeTableCollection(ctx);
    },
    application: app,
    /** Workbook functions (ExcelApi 1.2): DATE only, evaluated in the workbook's date system. */
    functions: {
      date(y: number, m: number, d: number) {
        ctx.requireApi("1.2", "Functions.date");
        const result: { value?: number; load(p?: unknown): typeof result } = {
          load() {
            let v = 0;
            ctx.push({
              path: "functions.date",
              action: "evaluate",
              args: [y, m, d],
              apply: () => {
                const serial = isoToExcelSerial(`${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
                v = state.date1904 ? serial - 1462 : serial;
              },
            });
            ctx.onSynced(() => (result.value = v));
            return result;
          },
        };
        return result;
      },
    },
    getSelectedRange(): FakeRange {
      const sel = state.selection;
      const ws = new FakeWorksheet(ctx, sel.sheet, () => findSheet(state, sel.sheet));
      return new FakeRange(ctx, ws, () => parseRect(sel.address));
    },
  };
  return Object.assign(ctx, { workbook, application: app, sync: ctx.sync.bind(ctx) });
}

export { versionAtMost };

export function createFakeOffice(options: FakeOfficeOptions = {}) {
  const state = emptyWorkbook();
  const stats = emptyStats();
  const failures: SyncFailure[] = [...(options.failures ?? [])];
  const api = options.apiVersion ?? "1.13";
  const supports = (name: string, version?: string) => name === "ExcelApi" && versionAtMost(version ?? "1.1", api);

  const Excel = {
    async run<T>(batch: (ctx: any) => Promise<T>): Promise<T> {
      stats.runCount++;
      return batch(makeContext(state, stats, failures, api));
    },
    async createWorkbook(base64?: string): Promise<void> {
      if (!supports("ExcelApi", "1.8")) throw new Error("createWorkbook is not supported");
      state.createdWorkbooks.push(base64 ?? "");
    },
  };

  const settings = {
    get: (key: string) => (key in state.settings ? state.settings[key] : null),
    set: (key: string, value: unknown) => void (state.settings[key] = JSON.parse(JSON.stringify(value))),
    remove: (key: string) => void delete state.settings[key],
    saveAsync: (cb?: (r: { status: string; error?: { message: string } }) => void) => {
      state.savedSettings = JSON.parse(JSON.stringify(state.settings));
      setTimeout(() => cb?.({ status: "succeeded" }), 0);
    },
  };
  const Office = {
    context: { requirements: { isSetSupported: supports }, document: { settings } },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  };

  return {
    Excel,
    Office,
    state,
    stats,
    /** Make sync number `n` (counted from now on) fail after `afterOps` applied operations. */
    failAtSync(n: number, afterOps = 0, code?: string): void {
      failures.push({ sync: stats.syncCount + n, afterOps, code });
    },
    resetStats(): void {
      Object.assign(stats, emptyStats());
      failures.length = 0;
    },
    /** A sheet the user made, with plain cell entries as typed (strings go through Excel's coercion). */
    addUserSheet(
      name: string,
      rows: (string | number | boolean)[][] = [],
      visibility: SheetState["visibility"] = "Visible",
    ): SheetState {
      const s = newSheet(state, name);
      s.visibility = visibility;
      state.sheets.push(s);
      if (rows.length) {
        const width = Math.max(...rows.map((r) => r.length));
        writeCells(
          s,
          { row: 0, column: 0, rowCount: rows.length, columnCount: width },
          rows.map((r) => [...r, ...Array(width - r.length).fill(null)]),
        );
      }
      if (!state.activeSheet) state.activeSheet = name;
      return s;
    },
    addName(name: string, formula: string): void {
      state.names.push({ name, formula, comment: "", visible: true });
    },
    select(sheet: string, address: string): void {
      state.selection = { sheet, address };
    },
    sheet(name: string): SheetState | undefined {
      return findSheet(state, name);
    },
    /** Displayed texts of a sheet's used range from A1, as a user would see them. */
    texts(name: string): string[][] {
      const s = findSheet(state, name);
      const used = s && usedRect(s);
      if (!s || !used) return [];
      const rect = {
        row: 0,
        column: 0,
        rowCount: used.row + used.rowCount,
        columnCount: used.column + used.columnCount,
      };
      return Array.from({ length: rect.rowCount }, (_, r) =>
        Array.from({ length: rect.columnCount }, (_, c) => cellText(getCell(s, r, c), state.date1904)),
      );
    },
    /** Every formula cell: [sheet, address, formula]. */
    formulas(): [string, string, string][] {
      const out: [string, string, string][] = [];
      for (const s of state.sheets)
        for (const [r, row] of s.cells)
          for (const [c, cell] of row) {
            if (cell.f) out.push([s.name, rectAddress({ row: r, column: c, rowCount: 1, columnCount: 1 }), cell.f]);
          }
      return out;
    },
    /** Install as the globals Office.js defines (for a browser page or code that reads globalThis). */
    install(target: Record<string, unknown> = globalThis as unknown as Record<string, unknown>): void {
      target.Excel = Excel;
      target.Office = Office;
    },
  };
}

export type FakeOffice = ReturnType<typeof createFakeOffice>;
