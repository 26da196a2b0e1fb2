import { readFileSync, readdirSync } from "fs";
import * as path from "path";
import { DEFAULT_SETTINGS, type Settings, computeIndicators } from "../../../../src/core/indicators";
import { type ResultSet, readResults } from "../../../../src/core/results";
import { buildIndicatorSheets } from "../../../../src/core/sheets/indicators";
import type { SheetPlan, WorkbookPlan } from "../../../../src/core/workbook";
import { tsv } from "../../results/tsv";

export function sampleResults(dir = path.join(__dirname, "../../../../samples/results")): ResultSet {
  const files = readdirSync(dir).filter((f) => f.endsWith(".tsv")).sort();
  return readResults(files.map((f) => tsv(readFileSync(path.join(dir, f), "utf8"), f)));
}

export function planOf(results: ResultSet, settings: Settings = DEFAULT_SETTINGS): { plan: WorkbookPlan; sheets: SheetPlan[] } {
  const report = computeIndicators(results, settings);
  const { sheets, names } = buildIndicatorSheets(results, report, settings);
  return { plan: { sheets, names }, sheets };
}

/** Every formula cell of a sheet's blocks and tables with its absolute 0-based position and cached value. */
export function formulaCells(sheet: SheetPlan): { row: number; col: number; f: string; v: unknown }[] {
  const out: { row: number; col: number; f: string; v: unknown }[] = [];
  const visit = (at: string, rows: readonly (readonly unknown[])[], offset: number) => {
    const m = /^([A-Z]+)(\d+)$/.exec(at) as RegExpExecArray;
    const col0 = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const row0 = Number(m[2]) - 1 + offset;
    rows.forEach((row, r) => row.forEach((cell, c) => {
      if (cell && typeof cell === "object" && "f" in cell) out.push({ row: row0 + r, col: col0 + c, f: (cell as { f: string }).f, v: (cell as { v?: unknown }).v });
    }));
  };
  for (const b of sheet.blocks ?? []) visit(b.at, b.rows, 0);
  for (const t of sheet.tables ?? []) visit(t.at, t.rows, 1);
  return out;
}
