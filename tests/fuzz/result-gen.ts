/** Generators of mutated result sheets, shared by the results and indicators suites. */
import fc from "fast-check";
import type { SourceTable } from "../../src/core/table/types";
import { type Grid, type MutateOptions, cellText, hostileText, mutatedGrid, sampleResultGrids } from "../helpers/mutate";

export const SAMPLES = sampleResultGrids();
export const SCHOOL = /(МБОУ|МКОУ|МАОУ|ГБОУ|СОШ|ООШ|НОШ|гимназия|лицей|школа|\(sch\d+\))/i;

export function asTable(grid: Grid, i: number): SourceTable {
  return { cells: grid, origin: { kind: "tsv", sheet: `Лист${i + 1}`, firstRow: 1, firstColumn: 1 } };
}

function tablesOf(opts: MutateOptions) {
  return fc
    .array(mutatedGrid(SAMPLES.map((x) => x.grid), { bigCellPercent: 0, ...opts }), { minLength: 1, maxLength: 3 })
    .map((ms) => ({ tables: ms.map((m, i) => asTable(m.grid, i)), ops: ms.map((m) => m.ops) }));
}
/** Every mutation, headers and preambles included. */
export const resultTables = tablesOf({});
const NOISE = fc.oneof(
  fc.constantFrom("", "—", "-", "н", "неявка", "6", "1", "0", "-3", "1e3", "NaN", "12,5", "85 %", "1\u00A0234", "3/4", "сорок"),
  hostileText(),
  cellText(12),
);
/**
 * Damage only the rows that name a school (preambles and headers stay as they are): each damaged row
 * must still be read or named by a finding. (Damaged headers and preambles are covered
 * by the «any mutation» property, which judges everything but silent rows.)
 */
export const damagedRowTables = fc
  .tuple(fc.constantFrom(...SAMPLES), fc.array(fc.tuple(fc.nat(), fc.nat(), NOISE), { minLength: 1, maxLength: 8 }))
  .map(([sample, edits]) => {
    const grid = sample.grid.map((r) => [...r]);
    const rows = grid.map((r, i) => (r.some((c) => SCHOOL.test(c)) ? i : -1)).filter((i) => i >= 0);
    for (const [r, c, v] of edits) if (rows.length > 0) {
      const row = grid[rows[r % rows.length]];
      row[c % row.length] = v;
    }
    return { tables: [asTable(grid, 0)], name: sample.name };
  });

