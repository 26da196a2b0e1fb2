import { singleFileArg, type CliValues } from "../args";
import { checkOutputTarget, writeOutputFile } from "../output";
import { readInputDocument } from "../input";
import type { SheetPlan, WorkbookPlan } from "../../core/workbook";
import { renderXlsx } from "../../xlsx";
import type { CliIo } from "../io";

/** `cells FILE`: every table the file holds, as cells; `--out` writes them to a workbook. */
export async function cellsCommand(positionals: string[], values: CliValues, io: CliIo): Promise<number> {
  const file = singleFileArg(positionals, "cells", "файл");
  const out = values.out ? { file: values.out, replace: !!values.force, inputs: [file] } : null;
  if (out) await checkOutputTarget(out);
  const doc = await readInputDocument(file, { sheet: values.sheet });
  if (out) {
    const sheets: SheetPlan[] = doc.tables.map((t, i) => ({
      key: `cells.t${i}`,
      name: `Таблица ${i + 1}`,
      blocks: [{ at: "A1", rows: t.cells.map((r) => [...r]) }],
    }));
    const plan: WorkbookPlan = { sheets: sheets.length ? sheets : [{ key: "cells.empty", name: "Пусто", blocks: [] }] };
    await writeOutputFile(out, await renderXlsx(plan));
    io.err(`Записано: ${values.out}`);
  }
  const summary = doc.tables.map((t, index) => ({
    index,
    rows: t.cells.length,
    columns: Math.max(0, ...t.cells.map((r) => r.length)),
    origin: t.origin,
    ...(values.json ? { cells: t.cells } : {}),
  }));
  const findings = doc.findings?.length ? { findings: doc.findings } : {};
  io.out(JSON.stringify({ file, tables: summary, ...findings }, null, values.json ? 2 : undefined));
  return 0;
}
