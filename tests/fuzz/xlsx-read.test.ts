/**
 * Reading .xlsx: random and mutated seed grids written with ExcelJS (text cells, merged areas, bold
 * rows, an offset from A1) and read back with readXlsx. Every non-empty cell comes back at its place
 * with all its words; merged areas keep their top-left text; same file → same tables. Damaged files
 * are rejected with an Error or read — never a hang or a non-Error throw.
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import { readXlsx } from "../../src/xlsx";
import { type Grid, mutatedGrid, seedGrids } from "../helpers/mutate";
import { fuzz, runsFor } from "./harness";
// XML cannot hold control characters or lone surrogates: such text never reaches a real .xlsx.
import { lostCells, makeStorable, nondeterminism } from "./invariants";

const ENTRY = "table.readXlsx";

interface Sheet {
  grid: Grid;
  top: number;
  left: number;
  merge: boolean;
}

const sheet: fc.Arbitrary<Sheet> = fc.record({
  grid: mutatedGrid(seedGrids(), { bigCellPercent: 1 }).map((m) => m.grid.map((r) => r.map(makeStorable))),
  top: fc.integer({ min: 1, max: 4 }),
  left: fc.integer({ min: 1, max: 3 }),
  merge: fc.boolean(),
});

async function write(s: Sheet): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Лист1");
  s.grid.forEach((row, r) => row.forEach((text, c) => {
    if (text !== "") ws.getCell(s.top + r, s.left + c).value = text;
  }));
  if (s.grid[0]?.length) ws.getRow(s.top).font = { bold: true };
  // A merged area whose hidden cells are empty (what Excel leaves after a merge).
  if (s.merge && s.grid.length > 1 && (s.grid[0]?.length ?? 0) > 0 && (s.grid[1]?.[0] ?? "") === "") ws.mergeCells(s.top, s.left, s.top + 1, s.left);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("fuzz: readXlsx", () => {
  it("written grids come back cell by cell", async () => {
    await fuzz(ENTRY, "round trip", sheet, async (s) => {
      const bytes = await write(s);
      const tables = await readXlsx(bytes);
      const again = await readXlsx(bytes);
      const t = tables[0];
      let cells = 0, lost = 0;
      const examples: string[] = [];
      s.grid.forEach((row, r) => row.forEach((text, c) => {
        const got = t?.cells[s.top + r - t.origin.firstRow]?.[s.left + c - t.origin.firstColumn] ?? "";
        const loss = lostCells([text], [got]);
        cells += loss.cells;
        lost += loss.lost;
        if (loss.lost > 0 && examples.length < 3) examples.push(`R${s.top + r}C${s.left + c}: ${loss.examples[0]}, got ${JSON.stringify(got.slice(0, 60))}`);
      }));
      return { cells, lost, problems: [...examples, ...nondeterminism(tables, again)] };
    }, { runs: runsFor(5), file: "tests/fuzz/xlsx-read.test.ts" });
  });

  it("damaged files are read or rejected with an Error", async () => {
    const good = await write({ grid: seedGrids()[0] ?? [["№", "Мероприятие"]], top: 1, left: 1, merge: false });
    const damage = fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 20 });
    await fuzz(ENTRY, "damaged bytes", fc.tuple(damage, fc.nat()), async ([edits, cut]) => {
      const bytes = good.slice(0, good.length - (cut % 64));
      for (const [at, v] of edits) bytes[at % bytes.length] = v;
      try {
        await readXlsx(bytes);
      } catch (e) {
        if (!(e instanceof Error)) return { cells: 0, lost: 0, problems: [`threw a non-Error: ${String(e)}`] };
      }
      return { cells: 0, lost: 0 };
    }, { runs: runsFor(10), file: "tests/fuzz/xlsx-read.test.ts" });
  });
});
