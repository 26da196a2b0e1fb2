import { WorkbookPlanSchema } from "../../../../src/core/workbook";
import { RESULT_SHEET_KEYS, SETTING_NAMES, formulaOf, targetStatusFormula } from "../../../../src/core/sheets/indicators";
import { formulaCells, planOf, sampleResults } from "./plan-helpers";

describe("buildIndicatorSheets", () => {
  const { plan, sheets } = planOf(sampleResults());
  const byKey = (k: string) => sheets.find((s) => s.key === k);

  it("is a valid plan with the five sheets and the named thresholds", () => {
    expect(() => WorkbookPlanSchema.parse(plan)).not.toThrow();
    expect(sheets.map((s) => s.name)).toEqual(["Показатели", "Результаты", "Целевые показатели", "Школы", "Настройки"]);
    expect(plan.names?.map((n) => n.name).sort()).toEqual(Object.values(SETTING_NAMES).sort());
  });

  it("every indicator is a formula with the engine's value cached", () => {
    const cells = formulaCells(byKey(RESULT_SHEET_KEYS.indicators)!);
    expect(cells.length).toBeGreaterThan(1000);
    expect(cells.every((c) => c.v !== undefined)).toBe(true);
  });

  it("cross-sheet references use sheet tokens; thresholds use names", () => {
    const f = formulaOf("n2", { r: 6, d: 5, prev: null, isDistrict: false });
    expect(f).toContain(`{{sheet:${RESULT_SHEET_KEYS.data}}}!`);
    expect(formulaOf("flagFail", { r: 6, d: 5, prev: null, isDistrict: false })).toContain(SETTING_NAMES.failShare);
    expect(formulaOf("flagFail", { r: 5, d: 5, prev: null, isDistrict: true })).toBeNull();
    expect(formulaOf("flagDecline", { r: 30, d: 25, prev: 10, isDistrict: false })).toContain("$AC10");
  });

  it("the district row is on top of each assessment, bold", () => {
    const sheet = byKey(RESULT_SHEET_KEYS.indicators)!;
    const rows = sheet.blocks![2].rows;
    expect(rows[1][2]).toBe("Район (по школам)");
    expect(sheet.formats?.some((f) => f.range.startsWith("A5:") && f.bold)).toBe(true);
  });

  it("conditional formats read the named thresholds", () => {
    const cf = byKey(RESULT_SHEET_KEYS.indicators)!.conditionalFormats ?? [];
    expect(cf.map((c) => c.formula).join(" ")).toContain(SETTING_NAMES.loweredShare);
  });

  it("target status formula names all three outcomes", () => {
    expect(targetStatusFormula(4)).toMatch(/нет данных.*достигнут.*не достигнут/);
  });
});
