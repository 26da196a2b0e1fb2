/** Excel's grid (XFD, row 1,048,576) and its 8,192-character formulas: refused in Russian by both renderers, before writing. */
import { EXCEL_MAX_COLUMNS, EXCEL_MAX_FORMULA_CHARS, EXCEL_MAX_ROWS, PlanLimitError, checkPlanLimits, keyRef, normalizePlan, type WorkbookPlan } from "../../src/core/workbook";
import { createOfficeHost } from "../../src/excel";
import { renderXlsx } from "../../src/xlsx";
import { createFakeOffice } from "../helpers/fake-excel";
import { envOf } from "../excel/plans";

const one = (blocks: NonNullable<WorkbookPlan["sheets"][number]["blocks"]>, extra: Partial<WorkbookPlan["sheets"][number]> = {}): WorkbookPlan => ({
  sheets: [{ key: "lim.a", name: "Лист", blocks, ...extra }],
});

const refusals: [string, WorkbookPlan, RegExp][] = [
  ["a cell in column XFE", one([{ at: "XFE1", rows: [["за краем"]] }]), /столбца 16385 \(XFE\).*16\s384 столбцов/],
  ["a row wider than the grid", one([{ at: "B1", rows: [Array.from({ length: EXCEL_MAX_COLUMNS }, () => "x")] }]), /столбца 16385/],
  ["a block below row 1,048,576", one([{ at: `A${EXCEL_MAX_ROWS}`, rows: [["последняя"], ["за краем"]] }]), /строкой 1048577/],
  ["a table whose rows pass the last row", { sheets: [{ key: "lim.t", name: "Таблица", tables: [{ name: "T", at: `A${EXCEL_MAX_ROWS - 1}`, columns: [{ header: "a" }], rows: [["1"], ["2"]] }] }] }, /таблица T заканчивается строкой 1048577/],
  ["a format range beyond XFD", one([{ at: "A1", rows: [["x"]] }], { formats: [{ range: "A1:XFE1", bold: true }] }), /диапазон A1:XFE1/],
  ["a formula of 8,193 characters (with its «=»)", one([{ at: "A1", rows: [[{ f: `"${"ж".repeat(EXCEL_MAX_FORMULA_CHARS - 2)}"` }]] }]), /ячейка A1: формула длиной 8\s193 знаков.*8\s192/],
];

describe("checkPlanLimits", () => {
  it.each(refusals)("refuses %s with a Russian message naming the sheet", (_what, plan, message) => {
    expect(() => checkPlanLimits(normalizePlan(plan))).toThrow(PlanLimitError);
    expect(() => checkPlanLimits(normalizePlan(plan))).toThrow(message);
  });

  it("accepts the last cell, XFD1048576, and a formula of exactly 8,192 characters", () => {
    const plan = one([{ at: "XFD1048576", rows: [["угол"]] }, { at: "A1", rows: [[{ f: `"${"ж".repeat(EXCEL_MAX_FORMULA_CHARS - 3)}"` }]] }]);
    expect(() => checkPlanLimits(normalizePlan(plan))).not.toThrow();
  });

  it("measures a formula with the sheet names it will have, not its keys", () => {
    const long = "Очень длинное имя листа ааааа";
    const refs = Array.from({ length: 300 }, (_, i) => keyRef("lim.b", `A${i + 1}`)).join("+");
    const plan: WorkbookPlan = { sheets: [{ key: "lim.a", name: "А", blocks: [{ at: "A1", rows: [[{ f: refs }]] }] }, { key: "lim.b", name: long, blocks: [] }] };
    const normalized = normalizePlan(plan);
    expect(refs.length).toBeLessThan(EXCEL_MAX_FORMULA_CHARS);
    expect(() => checkPlanLimits(normalized)).not.toThrow();
    expect(() => checkPlanLimits(normalized, (t) => t.replace(/\{\{sheet:lim\.b\}\}/g, `'${long}'`))).toThrow(/формула длиной/);
  });
});

describe("both renderers refuse before writing", () => {
  it.each(refusals)("ExcelJS: %s", async (_what, plan, message) => {
    await expect(renderXlsx(plan)).rejects.toThrow(message);
    await expect(renderXlsx(plan, { streaming: true })).rejects.toThrow(PlanLimitError);
  });

  it.each(refusals)("Office.js: %s leaves the workbook as it was", async (_what, plan, message) => {
    const fake = createFakeOffice({});
    fake.addUserSheet("Лист1", [["данные пользователя"]]);
    const host = createOfficeHost({ env: envOf(fake) });
    await expect(host.renderPlan(plan)).rejects.toThrow(message);
    await expect(host.renderPlan(plan)).rejects.toThrow(/Книга не изменена/);
    expect(fake.texts("Лист1")).toEqual([["данные пользователя"]]);
    expect(fake.stats.requestBytes.length).toBeGreaterThan(0);
  });
});
