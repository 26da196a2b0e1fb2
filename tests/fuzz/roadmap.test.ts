/**
 * Roadmap assembly (src/core/roadmap) over mutated seed tables: rows shuffled, split (page breaks),
 * glued, cells emptied, columns swapped, hostile Unicode and formula text, 1 MB cells, and random
 * grids. No exception escapes; every word of every non-empty cell is in the roadmap (text fields,
 * headers, sections, activity.original[], or the `data.text` of the finding that set a row aside); every finding names an activity or a row; ids are
 * unique and sourceRows point into the table; the same table gives the same roadmap. Layouts of real
 * districts (header bands, column-number rows, plan-graph mark grids, section rows): the same, and the
 * activity count, the header band and each activity's marked periods are what the generator wrote.
 */
import fc from "fast-check";
import type { Roadmap } from "../../src/core/roadmap/types";
import type { SourceDocument } from "../../src/core/table/types";
import { documentOf, layoutCase } from "./roadmap-gen";
import { mutatedGrid, seedGrids, withBigCell } from "../helpers/mutate";
import { RUNS, fuzz, optionalModule, runsFor } from "./harness";
import { cellsOf, lostCells, nondeterminism, stringsOf, unplacedFindings } from "./invariants";

type Assemble = (doc: SourceDocument, opts?: Record<string, unknown>) => Roadmap;
const roadmap = optionalModule(() => require("../../src/core/roadmap") as { assembleRoadmap: Assemble });
const ENTRY = "roadmap.assembleRoadmap";
const CONTEXT = ["План мероприятий («дорожная карта») на 2023-2025 годы", "", "Приказ № 12/6 от 28.01.2022\nОб утверждении плана на 2022 год"];


const docs = fc.tuple(mutatedGrid(seedGrids(), { bigCellPercent: 0 }), fc.constantFrom(...CONTEXT)).map(([m, c]) => ({ grid: m.grid, ops: m.ops, doc: documentOf(m.grid, c) }));

/** An empty table has no row or cell to point at. */
const NOWHERE = new Set(["table.empty"]);

export function roadmapProblems(r: Roadmap, rows: number): string[] {
  const out: string[] = [...unplacedFindings(r.findings.filter((f) => !NOWHERE.has(f.code)))];
  const ids = r.activities.map((a) => a.id);
  if (new Set(ids).size !== ids.length) out.push(`duplicate activity ids: ${ids.join(",")}`);
  for (const a of r.activities) {
    if (a.sourceRows.some((n) => !(n >= 1 && n <= rows))) out.push(`activity ${a.id} sourceRows ${a.sourceRows.join(",")} outside 1…${rows}`);
  }
  return out;
}

const describeIf = roadmap ? describe : describe.skip;

describeIf("fuzz: assembleRoadmap", () => {
  it("mutated seed tables: no throw, no word lost, findings placed, deterministic", async () => {
    const assemble = (roadmap as { assembleRoadmap: Assemble }).assembleRoadmap;
    await fuzz(ENTRY, "mutated tables", docs, ({ grid, doc }) => {
      const r = assemble(doc, {});
      const again = assemble(documentOf(grid.map((row) => [...row]), doc.text.slice(0, -1)), {});
      // Rows set aside (unrecognised, above the header) keep their text in the finding's data, not its message.
      const loss = lostCells(cellsOf(grid), stringsOf(r, new Set(["message"])));
      return { cells: loss.cells, lost: loss.lost, problems: [...loss.examples, ...roadmapProblems(r, grid.length), ...nondeterminism(r, again)] };
    }, { runs: runsFor(5), file: "tests/fuzz/roadmap.test.ts" });
  });

  it("header bands, column-number rows, mark grids, section rows: counts and marks as written, no word lost", async () => {
    const assemble = (roadmap as { assembleRoadmap: Assemble }).assembleRoadmap;
    await fuzz(ENTRY, "layouts", layoutCase(), ({ grid, expected }) => {
      const r = assemble(documentOf(grid, ""), {});
      const loss = lostCells(cellsOf(grid), stringsOf(r, new Set(["message"])));
      const problems = [...loss.examples, ...roadmapProblems(r, grid.length)];
      if (r.activities.length !== expected.activities) problems.push(`${r.activities.length} activities, expected ${expected.activities}`);
      const band = r.columns.filter((c) => c.role === "deadline" && c.part).length;
      if (band < 2) problems.push(`deadline columns not read as a band: ${r.columns.map((c) => `${c.header}=${c.role}`).join("; ")}`);
      expected.marks.forEach((n, i) => {
        const a = r.activities[i];
        const marked = a?.deadlineCells?.cells.filter((c) => !/^[\s\-–]*$/.test(c.text)).length ?? -1;
        if (a && marked !== n) problems.push(`activity ${a.id}: ${marked} marked periods, expected ${n}`);
      });
      return { cells: loss.cells, lost: loss.lost, problems };
    }, { runs: runsFor(5), file: "tests/fuzz/roadmap.test.ts" });
  });

  it("a 1 MB cell: no throw, no word lost", async () => {
    const assemble = (roadmap as { assembleRoadmap: Assemble }).assembleRoadmap;
    const big = withBigCell(mutatedGrid(seedGrids(), { bigCellPercent: 0, maxOps: 1 }).map((m) => m.grid));
    await fuzz(ENTRY, "1 MB cell", big, (grid) => {
      const r = assemble(documentOf(grid, CONTEXT[0]), {});
      const loss = lostCells(cellsOf(grid), stringsOf(r, new Set(["message"])));
      return { cells: loss.cells, lost: loss.lost, problems: [...loss.examples, ...roadmapProblems(r, grid.length)] };
    }, { runs: Math.max(2, Math.round(RUNS / 200)), file: "tests/fuzz/roadmap.test.ts" });
  });
});

if (!roadmap) it("src/core/roadmap is not there yet: its suite is skipped", () => expect(roadmap).toBeUndefined());
