/**
 * `report --targets` and targets found in the order (issue 14, point 1): a report built from an order written
 * here, in another district's style, shows exactly that order's targets — and none from anywhere else.
 */
import * as path from "node:path";
import { loadWorkbook } from "../helpers/xlsx-read";
import { ROOT, makeTempDir, runCliProcess, warmUpCli } from "./run-cli";

const FIX = path.join(ROOT, "tests", "fixtures", "targets");
const OGE = path.join(ROOT, "samples", "results", "oge-2024.tsv");
let dir = "";
let cleanup: () => Promise<void> = async () => undefined;
beforeAll(async () => {
  await warmUpCli();
  ({ dir, cleanup } = await makeTempDir("rm-cli-targets-"));
});
afterAll(() => cleanup());

interface ReportJson { report: { districtTargets: { rows: { text: string; target: string | null; status: string }[] } }; note: string }

async function report(args: string[], out: string): Promise<{ json: ReportJson; sheet: string[] }> {
  const run = await runCliProcess(["report", ...args, "--as-of", "2025-06-01", "--out", out, "--json"], { cwd: dir });
  expect(run.code).toBe(0);
  const wb = await loadWorkbook(new Uint8Array(require("node:fs").readFileSync(path.join(dir, out))));
  const ws = wb.getWorksheet("Целевые показатели")!;
  const texts: string[] = [];
  ws.getColumn(2).eachCell((c, row) => { if (row > 3 && String(c.value ?? "").trim()) texts.push(String(c.value)); });
  return { json: JSON.parse(run.stdout) as ReportJson, sheet: texts };
}

describe("targets of the user's own programme", () => {
  it("an order with its own list: exactly those targets, in the sheet, the JSON and the note", async () => {
    const { json, sheet } = await report(["--roadmap", path.join(FIX, "severny-order.txt"), "--results", OGE], "severny.xlsx");
    const texts = json.report.districtTargets.rows.map((r) => r.text);
    expect(texts).toHaveLength(5);
    expect(texts[0]).toMatch(/^Доля обучающихся 4-8 классов, получивших отметку «2» по ВПР/);
    expect(sheet).toEqual(texts);
    // ОГЭ russian was given: «Успеваемость по результатам ОГЭ по русскому языку» is computed, not «нет данных».
    expect(json.report.districtTargets.rows[1].status).not.toBe("нет данных");
    expect(json.note).toMatch(/данные для оценки есть по \d+ из 5 целевых показателей/);
    expect(json.note).not.toMatch(/Бодайбо|нерезидентн|тьютор/i);
  });

  it("--targets FILE replaces them", async () => {
    const { json } = await report(["--roadmap", path.join(FIX, "severny-order.txt"), "--targets", path.join(FIX, "targets-file.txt")], "file.xlsx");
    expect(json.report.districtTargets.rows.map((r) => r.target)).toEqual(["не менее 98 %", "не менее 3 семинаров"]);
  });

  it("none given: an empty sheet that says how to fill it, and a note that says they were not given", async () => {
    const { json, sheet } = await report(["--results", OGE], "none.xlsx");
    expect(json.report.districtTargets.rows).toEqual([]);
    expect(sheet).toEqual([]);
    expect(json.note).toContain("Целевые показатели программы не заданы");
    expect(json.note).not.toMatch(/достигнуто 0/);
  });
});
