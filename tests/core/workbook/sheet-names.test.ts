import { markerName, resolveSheetRefs, keyRef, sanitizeSheetName, uniqueSheetName, looksLikeFormula } from "../../../src/core/workbook";

describe("sheet names", () => {
  it("keeps a free name", () => {
    expect(uniqueSheetName("Мероприятия", ["Лист1"])).toBe("Мероприятия");
  });
  it("suffixes a taken name, case-insensitively, like Excel", () => {
    expect(uniqueSheetName("Мероприятия", ["мероприятия", "Мероприятия (2)"])).toBe("Мероприятия (3)");
  });
  it("stays within 31 characters with a suffix", () => {
    const long = "Исполнение дорожной карты по району";
    const name = uniqueSheetName(long, [sanitizeSheetName(long)]);
    expect(name.length).toBeLessThanOrEqual(31);
    expect(name.endsWith(" (2)")).toBe(true);
  });
  it("removes characters Excel forbids", () => {
    expect(sanitizeSheetName("Свод: 2024/2025 [черновик]?")).not.toMatch(/[[\]:*?/\\]/);
    expect(sanitizeSheetName("''")).toBe("Лист");
  });
  it("makes valid marker names", () => {
    expect(markerName("rmab12cd.activities")).toBe("RoadmapMonitor.rmab12cd.activities");
    expect(markerName("a-b")).toMatch(/^[A-Za-z_][A-Za-z0-9_.]*$/);
  });
});

describe("cross-sheet references by key", () => {
  it("resolves tokens to the quoted actual name and leaves unknown keys", () => {
    const text = `COUNTIF(${keyRef("rm1.activities", "$M$5:$M$9")},"выполнено")+${keyRef("other", "A1")}`;
    const resolved = resolveSheetRefs(text, (k) => (k === "rm1.activities" ? "Мероприятия (2)" : undefined));
    expect(resolved).toBe(`COUNTIF('Мероприятия (2)'!$M$5:$M$9,"выполнено")+{{sheet:other}}!A1`);
  });
});

describe("formula-looking text (OWASP CSV injection)", () => {
  it.each(["=HYPERLINK(\"http://x\")", "+7 912", "-5", "@SUM(A1)", "\tx", "\rx"])("%j looks like a formula", (t) => {
    expect(looksLikeFormula(t)).toBe(true);
  });
  it.each(["Январь 2020", "1.1.", "", " =x"])("%j does not", (t) => {
    expect(looksLikeFormula(t)).toBe(false);
  });
});
