import fc from "fast-check";
import { splitSparse, type CellAt } from "../../src/xlsx/read/blocks";

const inside = (c: CellAt, b: { top: number; left: number; bottom: number; right: number }) => c.row >= b.top && c.row <= b.bottom && c.column >= b.left && c.column <= b.right;
const area = (b: { top: number; left: number; bottom: number; right: number }) => (b.bottom - b.top + 1) * (b.right - b.left + 1);

describe("splitSparse", () => {
  it("an ordinary table is one block, its used range", () => {
    const cells = [{ row: 3, column: 2 }, { row: 3, column: 5 }, { row: 40, column: 2 }];
    expect(splitSparse(cells)).toEqual([{ top: 3, left: 2, bottom: 40, right: 5 }]);
  });

  it("A1 and XFD1048576 are two one-cell blocks, not 17 billion cells", () => {
    expect(splitSparse([{ row: 1, column: 1 }, { row: 1_048_576, column: 16_384 }])).toEqual([
      { top: 1, left: 1, bottom: 1, right: 1 },
      { top: 1_048_576, left: 16_384, bottom: 1_048_576, right: 16_384 },
    ]);
  });

  it("a diagonal with no empty line is still cut down to its cells", () => {
    const cells = Array.from({ length: 5000 }, (_, i) => ({ row: i + 1, column: i + 1 }));
    const blocks = splitSparse(cells);
    for (const b of blocks) expect(area(b)).toBeLessThanOrEqual(3_000_000);
    expect(blocks.length).toBeLessThan(10);
  });

  it("property: every cell lands in exactly one block, and blocks hold at most what is dense enough", () => {
    const cell = fc.record({ row: fc.integer({ min: 1, max: 1_048_576 }), column: fc.integer({ min: 1, max: 16_384 }) });
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 60 }), (cells) => {
        const blocks = splitSparse(cells);
        for (const c of cells) expect(blocks.filter((b) => inside(c, b))).toHaveLength(1);
        for (const b of blocks) {
          const n = cells.filter((c) => inside(c, b)).length;
          expect(area(b) <= 3_000_000 || area(b) <= 20 * n).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
