/**
 * A district with hundreds of school roadmaps: the execution figures stay live formulas, no formula grows
 * with the number of roadmaps (Excel refuses more than 8,192 characters), and LibreOffice recalculating
 * the workbook gets the engine's counts.
 */
import { runReportJob, runRoadmapJob, type RoadmapJobResult } from "../../src/core/pipeline";
import { readDocumentText } from "../../src/core/table";
import { EXCEL_MAX_FORMULA_CHARS, type Cell, isFormulaCell, normalizePlan } from "../../src/core/workbook";
import { renderXlsx } from "../../src/xlsx";
import { createContext } from "../../src/xlsx/render/context";
import { schoolRoadmapText } from "../../bench/data/school-roadmaps";
import { libreOfficeAvailable, recalculateWithLibreOffice } from "../helpers/libreoffice";

const AS_OF = "2025-03-01";
const jobs = (count: number): { job: RoadmapJobResult }[] =>
  Array.from({ length: count }, (_, i) => ({ job: runRoadmapJob({ document: readDocumentText(schoolRoadmapText(i + 1), `s${i + 1}.tsv`), period: null, asOf: AS_OF }) }));

function report(count: number) {
  return runReportJob({ district: "Энский муниципальный район", asOf: AS_OF, roadmaps: jobs(count), results: null });
}

/** Every formula of the plan with its sheet names put in, as Excel will read it. */
function formulas(plan: ReturnType<typeof report>["plan"]): { sheet: string; f: string }[] {
  const normalized = normalizePlan(plan);
  const ctx = createContext(normalized);
  const out: { sheet: string; f: string }[] = [];
  const visit = (sheet: string, c: Cell) => {
    if (isFormulaCell(c)) out.push({ sheet, f: ctx.resolve(c.f) });
  };
  for (const s of normalized.sheets) {
    for (const b of s.blocks) for (const r of b.rows) for (const c of r) visit(s.name, c);
    for (const t of s.tables) for (const r of t.rows) for (const c of r) visit(s.name, c);
  }
  return out;
}

const executionRows = (plan: ReturnType<typeof report>["plan"]) => {
  const sheet = plan.sheets.find((s) => s.key === "report.execution")!;
  return (sheet.blocks ?? []).flatMap((b) => b.rows);
};

describe("a report over 500 school roadmaps", () => {
  let built: ReturnType<typeof report>;
  beforeAll(() => {
    built = report(500);
  }, 300000);

  it("keeps execution figures as formulas, each under Excel's 8,192 characters and as long as with 5 roadmaps", () => {
    const all = formulas(built.plan);
    const longest = Math.max(...all.map((x) => x.f.length));
    expect(longest + 1).toBeLessThanOrEqual(EXCEL_MAX_FORMULA_CHARS);
    const few = Math.max(...formulas(report(5).plan).map((x) => x.f.length));
    // Only the sheet names grow («Мероприятия (500)»), not the number of terms: a party's four exact-name
    // criteria name the sheet four times, so the slack is four names' growth.
    expect(longest).toBeLessThanOrEqual(few + 4 * 20);
    const sum = expect.stringMatching(/^SUM\(\{\{sheet:report\.executionCounts\}\}!\$C\$\d+:\$C\$\d+\)$/);
    const rows = executionRows(built.plan);
    expect(rows.find((r) => r[0] === "I. Объективность оценивания")![1]).toEqual({ f: sum, v: 2000 });
    expect(rows.find((r) => r[0] === "Учителя математики")![1]).toEqual({ f: sum, v: 500 });
    const counts = built.plan.sheets.find((s) => s.key === "report.executionCounts")!;
    expect(counts.hidden).toBe(true);
  });

  it("sums to the engine's counts for every group", () => {
    const groups = [...built.report.execution.bySection, ...built.report.execution.byParty];
    const rows = executionRows(built.plan);
    for (const g of groups) {
      const row = rows.find((r) => r[0] === g.name)!;
      expect(row.slice(1, 5).map((c) => (isFormulaCell(c!) ? c.v : c))).toEqual([g.total, g.done, g.inProgress, g.overdue]);
    }
  });

  it("is written to .xlsx", async () => {
    const bytes = await renderXlsx(built.plan);
    expect(bytes.length).toBeGreaterThan(100_000);
  }, 300000);
});

(libreOfficeAvailable() ? describe : describe.skip)("LibreOffice recalculates the per-roadmap counts", () => {
  it("and gets the engine's numbers for every section and party", async () => {
    const small = report(6);
    const values = await recalculateWithLibreOffice(await renderXlsx(small.plan), { timeoutMs: 120000 });
    const sheet = values["Исполнение дорожной карты"];
    const groups = [...small.report.execution.bySection, ...small.report.execution.byParty];
    expect(groups.length).toBeGreaterThan(4);
    // Live formulas, not values: LibreOffice recalculated them (the planned column is B−C−D−E over the sums).
    const counted = values["Расчёт исполнения"].slice(1).filter((r) => r[0]);
    expect(counted.length).toBeGreaterThan(20);
    for (const g of groups) {
      const row = sheet.find((r) => r[0] === g.name)!;
      // LibreOffice's .xlsx leaves a formula's 0 without a cached value: read as null.
      expect([g.name, ...row.slice(1, 6).map((v) => v ?? 0)]).toEqual([g.name, g.total, g.done, g.inProgress, g.overdue, g.planned]);
    }
  }, 180000);
});
