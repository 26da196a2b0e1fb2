/**
 * Formula and CSV injection (OWASP): user text beginning with = + - @ tab or CR, placed in every slot
 * of a plan that carries user text (block and table cells, table headers, link texts, dropdown items,
 * print header), rendered by renderXlsx and read back: the only formulas in the file are the ones
 * the plan made, dropdown lists are literal lists or ranges, no hyperlink leaves the workbook, and
 * well-formed text comes back as written.
 */
import fc from "fast-check";
import type { Cell, WorkbookPlan } from "../../src/core/workbook";
import { keyRef } from "../../src/core/workbook";
import type { ReportInput } from "../../src/core/report";
import type { Roadmap } from "../../src/core/roadmap/types";
import type { SourceDocument } from "../../src/core/table/types";
import { readXlsx, renderXlsx } from "../../src/xlsx";
import { allFormulas, dataValidations, hyperlinks, loadWorkbook } from "../helpers/xlsx-read";
import { HOSTILE_PREFIXES, cellText, hostileText, mutatedGrid, seedGrids } from "../helpers/mutate";
import type { SourceTable } from "../../src/core/table/types";
import { RUNS, fuzz, optionalModule, runsFor } from "./harness";
import { foreignFormulas } from "./plan-formulas";
import { SAMPLES, SCHOOL, asTable } from "./result-gen";
import { asWritten, cellsOf, lostCells, storable as isStorable, unplacedFindings } from "./invariants";
import { reportInput } from "./report-gen";
import { documentOf } from "./roadmap-gen";

const ENTRY = "xlsx.renderXlsx (injection)";
/** One render + read-back costs ~12 ms: in `npm test` a fifth of the runs, each plan carrying a dozen or more hostile texts. */
const PLANS = runsFor(5);
const userText = fc.oneof({ arbitrary: hostileText(), weight: 3 }, { arbitrary: cellText(30), weight: 1 });
const OUR_FORMULA = { sheet: "Блок", ref: "A1", formula: "SUM(1,2)" };

interface Input {
  block: string[][];
  headers: string[];
  table: string[][];
  links: string[];
  list: string[];
  footer: string;
}

const input: fc.Arbitrary<Input> = fc.record({
  block: fc.array(fc.array(userText, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
  headers: fc.uniqueArray(userText, { minLength: 1, maxLength: 3, selector: (s) => s.trim().toLowerCase() }),
  table: fc.array(fc.array(userText, { minLength: 3, maxLength: 3 }), { maxLength: 4 }),
  links: fc.array(userText, { maxLength: 3 }),
  list: fc.array(userText, { minLength: 1, maxLength: 4 }),
  footer: userText,
});

function planOf(x: Input): WorkbookPlan {
  const blockRows: Cell[][] = [[{ f: OUR_FORMULA.formula, v: 3 }, ...x.links.map((text) => ({ link: keyRef("inj.table", "A1"), text }))], ...x.block];
  return {
    sheets: [
      {
        key: "inj.block", name: "Блок", blocks: [{ at: "A1", rows: blockRows }],
        dataValidations: [{ range: "H1:H5", list: x.list }], print: { footer: x.footer, header: x.footer },
      },
      { key: "inj.table", name: "Таблица", tables: [{ name: "T_inj", at: "A1", columns: x.headers.map((header) => ({ header })), rows: x.table.map((r) => r.slice(0, x.headers.length)) }] },
    ],
  } as WorkbookPlan;
}

/** Text Excel can hold as written (XML has no control characters or lone surrogates; CR becomes LF). */
const storable = (s: string) => s.length < 30000 && isStorable(s);

async function problems(x: Input): Promise<string[]> {
  const bytes = await renderXlsx(planOf(x));
  const out: string[] = [];
  const formulas = await allFormulas(bytes);
  const foreign = formulas.filter((f) => !(f.sheet === OUR_FORMULA.sheet && f.ref === OUR_FORMULA.ref && f.formula === OUR_FORMULA.formula));
  if (foreign.length > 0 || formulas.length !== 1) out.push(`formulas the plan did not make: ${JSON.stringify(foreign)} (ours found: ${formulas.length - foreign.length})`);
  for (const dv of await dataValidations(bytes, "Блок")) {
    if (!/^"[^"]*"$/.test(dv.formula) && !/^'?[^'!]+'?!\$[A-Z]+\$\d+:\$[A-Z]+\$\d+$/.test(dv.formula)) out.push(`dropdown formula is neither a literal list nor a range: ${dv.formula}`);
  }
  const { externalRels } = await hyperlinks(bytes);
  if (externalRels.length > 0) out.push(`external relationships: ${externalRels.join(", ")}`);
  const ws = (await loadWorkbook(bytes)).getWorksheet("Блок");
  x.block.forEach((row, r) =>
    row.forEach((text, c) => {
      const got = ws?.getCell(r + 2, c + 1).value;
      const want = text.replace(/\r\n?/g, "\n");
      if (storable(text) && text !== "" && got !== want) out.push(`cell ${r + 2}:${c + 1} read back ${JSON.stringify(got)} for ${JSON.stringify(text)}`);
    }),
  );
  return out;
}

describe("fuzz: formula injection through renderXlsx", () => {
  it("hostile user text in every slot is written as text, never as a formula", async () => {
    await fuzz(ENTRY, "hostile plans", input, async (x) => {
      const texts = [...x.block.flat(), ...x.headers, ...x.table.flat(), ...x.links, ...x.list, x.footer];
      const hostile = texts.filter((t) => HOSTILE_PREFIXES.some((p) => t.startsWith(p)));
      return { cells: hostile.length, lost: 0, problems: await problems(x) };
    }, { runs: PLANS, file: "tests/fuzz/injection.test.ts" });
  });

  it("the check itself sees a formula the plan did not make", async () => {
    const x: Input = { block: [["=1+1"]], headers: ["+h"], table: [], links: [], list: ["-a"], footer: "@f" };
    expect(await problems(x)).toEqual([]);
    const plan = planOf(x);
    const sheet = plan.sheets[0] as { blocks: { at: string; rows: Cell[][] }[] };
    sheet.blocks.push({ at: "D9", rows: [[{ f: "1+1" }]] });
    const bytes = await renderXlsx(plan);
    expect((await allFormulas(bytes)).map((f) => f.ref)).toEqual(["A1", "D9"]);
  });
});

// ── End to end: hostile school names through the results job into the indicator workbook ──────────
type ResultsJob = (input: { tables: readonly SourceTable[] }) => { plan: WorkbookPlan };
const resultsJob = optionalModule(() => require("../../src/core/pipeline/results-job") as { runResultsJob: ResultsJob });

/** Sample result sheets whose school names (the text that reaches formulas' criteria) are hostile. */
const hostileResults = fc
  .tuple(fc.constantFrom(...SAMPLES), fc.array(fc.tuple(fc.nat(), hostileText(), fc.boolean()), { minLength: 1, maxLength: 6 }))
  .map(([sample, edits]) => {
    const grid = sample.grid.map((r) => [...r]);
    const rows = grid.map((r, i) => (r.some((c) => SCHOOL.test(c)) ? i : -1)).filter((i) => i >= 0);
    for (const [r, h, keep] of edits) if (rows.length > 0) {
      const row = grid[rows[r % rows.length]];
      const c = Math.max(0, row.findIndex((x) => SCHOOL.test(x)));
      row[c] = keep ? h[0] + row[c] : h;
    }
    return [asTable(grid, 0)];
  });

(resultsJob ? describe : describe.skip)("fuzz: formula injection through the results job", () => {
  it("hostile school names never become formulas the plan did not make", async () => {
    const run = (resultsJob as { runResultsJob: ResultsJob }).runResultsJob;
    await fuzz("xlsx.renderXlsx (results job)", "hostile school names", hostileResults, async (tables) => {
      const { plan } = run({ tables });
      const foreign = await foreignFormulas(plan, await renderXlsx(plan));
      return { cells: 1, lost: 0, problems: foreign.map((f) => `foreign formula ${f.sheet}!${f.ref}: ${f.formula}`) };
    }, { runs: Math.max(5, Math.round(RUNS / 50)), file: "tests/fuzz/injection.test.ts" });
  });

  it("the end-to-end check is not vacuous: a plan without formulas would leave them all foreign", async () => {
    const { plan } = (resultsJob as { runResultsJob: ResultsJob }).runResultsJob({ tables: [asTable(SAMPLES[0].grid, 0)] });
    const bytes = await renderXlsx(plan);
    expect(await foreignFormulas(plan, bytes)).toEqual([]);
    expect((await foreignFormulas({ sheets: [] }, bytes)).length).toBeGreaterThan(0);
  });
});

// ── End to end: hostile roadmap cells through the roadmap job into «Мероприятия» and friends ────────
type RoadmapJob = (input: { document: SourceDocument; asOf: string }) => { plan: WorkbookPlan; roadmap: Roadmap };
const roadmapJob = optionalModule(() => require("../../src/core/pipeline/roadmap-job") as { runRoadmapJob: RoadmapJob });

/**
 * Findings about a whole table that name no place («no deadline/responsible column» point at the
 * header row, the row above the first data row).
 */
const TABLE_LEVEL = new Set(["table.empty"]);

const hostileRoadmaps = fc
  .tuple(mutatedGrid(seedGrids(), { bigCellPercent: 0, randomWeight: 0 }), fc.array(fc.tuple(fc.nat(), fc.nat(), hostileText()), { minLength: 1, maxLength: 12 }))
  .map(([m, edits]) => {
    const grid = m.grid.map((r) => [...r]);
    for (const [r, c, h] of edits) if (grid.length > 0 && grid[r % grid.length].length > 0) grid[r % grid.length][c % grid[r % grid.length].length] = h;
    return grid;
  });

(roadmapJob ? describe : describe.skip)("fuzz: formula injection through the roadmap job", () => {
  it("hostile cells never become formulas the plan did not make, and «Исходные данные» keeps every word", async () => {
    const run = (roadmapJob as { runRoadmapJob: RoadmapJob }).runRoadmapJob;
    await fuzz("xlsx.renderXlsx (roadmap job)", "hostile roadmap cells", hostileRoadmaps, async (grid) => {
      const { plan, roadmap } = run({ document: documentOf(grid, "План мероприятий на 2023-2025 годы"), asOf: "2024-05-15" });
      const bytes = await renderXlsx(plan);
      const foreign = await foreignFormulas(plan, bytes);
      const original = (await readXlsx(bytes, { sheet: "Исходные данные" })).flatMap((t) => t.cells.flat());
      // Judged on the text as a file can hold it (control characters dropped, lone surrogates as U+FFFD).
      const loss = lostCells(cellsOf(grid).map(asWritten), original);
      const placed = unplacedFindings(roadmap.findings.filter((f) => !TABLE_LEVEL.has(f.code)));
      return { cells: loss.cells, lost: loss.lost, problems: [...foreign.map((f) => `foreign formula ${f.sheet}!${f.ref}: ${f.formula}`), ...loss.examples, ...placed] };
    }, { runs: Math.max(5, Math.round(RUNS / 50)), file: "tests/fuzz/injection.test.ts" });
  });
});

// ── End to end: hostile section and party names into the report's COUNTIFS criteria ────────────────
type ReportApi = { buildReport: (i: ReportInput) => unknown };
type ReportSheetsApi = { buildReportSheets: (r: unknown, o: Record<string, unknown>) => WorkbookPlan["sheets"] };
const reportApi = optionalModule(() => require("../../src/core/report") as ReportApi);
const reportSheets = optionalModule(() => require("../../src/core/sheets/report") as ReportSheetsApi);

(reportApi && reportSheets ? describe : describe.skip)("fuzz: formula injection through the report sheets", () => {
  it("section and party names in COUNTIFS criteria never make a formula the plan did not make", async () => {
    await fuzz("xlsx.renderXlsx (report sheets)", "hostile report", reportInput, async (inp) => {
      const built = (reportApi as ReportApi).buildReport(inp);
      const sources = inp.roadmaps.map((_, i) => ({ roadmapIndex: i, sheetKey: `rm${i}.activities`, firstRow: 5 }));
      const own = (reportSheets as ReportSheetsApi).buildReportSheets(built, { activitySources: sources });
      // Stand-ins for the roadmaps' «Мероприятия» sheets the criteria count over.
      const activities = sources.map((x, i) => ({ key: x.sheetKey, name: `Мероприятия ${i + 1}`, blocks: [{ at: "A1", rows: [["id"]] }] }));
      const plan = { title: "Свод", sheets: [...own, ...activities] } as WorkbookPlan;
      const bytes = await renderXlsx(plan);
      await loadWorkbook(bytes);
      const foreign = await foreignFormulas(plan, bytes);
      return { cells: 1, lost: 0, problems: foreign.map((f) => `foreign formula ${f.sheet}!${f.ref}: ${f.formula.slice(0, 200)}`) };
    }, { runs: Math.max(5, Math.round(RUNS / 50)), file: "tests/fuzz/injection.test.ts" });
  });
});
