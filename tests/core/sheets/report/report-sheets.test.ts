import { buildReport, writeAnalyticNote } from "../../../../src/core/report";
import {
  buildExecutionSheet, buildNoteSheet, buildReportSheets, buildSummarySheet, criterionOf, type ActivitySource,
} from "../../../../src/core/sheets/report";
import { type Cell, type SheetPlan, validatePlan } from "../../../../src/core/workbook";
import { activity, calmInput, flaggedInput } from "../../report/fixtures";

const report = buildReport(flaggedInput);
const sources: ActivitySource[] = report.roadmaps.map((_, i) => ({ roadmapIndex: i, sheetKey: `rm${i}.activities`, firstRow: 5 }));

/** The cell at an A1 address, looked up in the sheet's blocks. */
function cellAt(sheet: SheetPlan, ref: string): Cell | undefined {
  const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const row = Number(m[2]) - 1;
  for (const b of sheet.blocks ?? []) {
    const bm = /^([A-Z]+)(\d+)$/.exec(b.at)!;
    const bc = [...bm[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const r = b.rows[row - (Number(bm[2]) - 1)];
    if (r && col - bc >= 0 && col - bc < r.length) return r[col - bc];
  }
  return undefined;
}
const rowsOf = (sheet: SheetPlan) => (sheet.blocks ?? []).flatMap((b) => b.rows);

describe("«Свод по району»", () => {
  const sheet = buildSummarySheet(report, { indicatorsSheetKey: "results.indicators" });

  it("is print-ready: A4 landscape, fit to width, header rows repeated, a titled page", () => {
    expect(sheet.print).toMatchObject({ orientation: "landscape", fitToWidth: true, titleRows: "4:5" });
    expect(cellAt(sheet, "A1")).toBe("Свод по району: Энский муниципальный район");
    expect(cellAt(sheet, "A2")).toBe("Период программы: 2023–2025 годы. По состоянию на 15.05.2024.");
    expect(sheet.columnWidths!.length).toBeGreaterThan(10);
  });

  it("puts the district row above the schools, flagged schools first, with reasons in words", () => {
    expect(cellAt(sheet, "B6")).toBe("Район (в целом)");
    expect(["B7", "B8", "B9", "B10"].map((r) => cellAt(sheet, r))).toEqual(["МБОУ «СОШ № 2»", "МКОУ «СОШ № 3»", "МБОУ «СОШ № 1»", "МБОУ «Гимназия»"]);
    expect(cellAt(sheet, "C7")).toContain("доля отметок «2» 34,3\u00a0% (порог 30\u00a0%)");
    expect(cellAt(sheet, "C9")).toBe("");
  });

  it("writes deviations as formulas against the district row, cached with the engine's value", () => {
    const dev = cellAt(sheet, "H7") as { f: string; v: number };
    expect(dev.f).toBe('IF(OR(G7="",G$6=""),"",(G7-G$6)*100)');
    expect(dev.v).toBeCloseTo((7 / 35 - 49 / 105) * 100, 4);
    expect(cellAt(sheet, "G6")).toBeCloseTo(49 / 105);
    expect((cellAt(sheet, "F7") as { v: number }).v).toBeCloseTo((23 / 35 - 88 / 105) * 100, 4);
  });

  it("links each school to its row on the indicators sheet", () => {
    const lastCol = 3 + 5 * 2 + 3;
    const ref = String.fromCharCode(65 + lastCol);
    expect(cellAt(sheet, `${ref}7`)).toEqual({ link: "{{sheet:results.indicators}}!A7", text: "Показатели" });
  });

  it("highlights flagged rows and large negative deviations", () => {
    const formulas = sheet.conditionalFormats!.map((c) => c.formula);
    expect(formulas).toContain('$C7<>""');
    expect(formulas).toContain("AND(ISNUMBER(H7),H7<=-15)");
  });

  it("charts качество and успеваемость per assessment as columns with the district as a line", () => {
    expect(sheet.charts).toHaveLength(4);
    for (const c of sheet.charts!) {
      expect(c.type).toBe("clusteredColumn");
      expect(c.series.map((s) => Boolean(s.asLine))).toEqual([false, true]);
      expect(c.percentAxis).toBe(true);
    }
    const data = sheet.charts![0].series[1].values.match(/\$([A-Z]+)\$(\d+)/)!;
    expect(cellAt(sheet, `${data[1]}${data[2]}`)).toEqual({ f: "G$6", v: 49 / 105 });
  });
});

describe("«Исполнение дорожной карты»", () => {
  const sheet = buildExecutionSheet(report, { activitySources: sources });

  it("counts each section with COUNTIFS over every «Мероприятия» sheet by key, cached with the engine's counts", () => {
    expect(cellAt(sheet, "A6")).toBe("1. Диагностика факторов риска");
    const total = cellAt(sheet, "B6") as { f: string; v: number };
    expect(total.f).toContain('COUNTIFS({{sheet:rm0.activities}}!$C$5:$C$1048576,"=1. Диагностика факторов риска")');
    expect(total.f.match(/COUNTIFS/g)).toHaveLength(4);
    expect(total.v).toBe(3);
    const overdue = cellAt(sheet, "E6") as { f: string; v: number };
    expect(overdue.f).toContain('$G$5:$G$1048576,"<"&$B$2');
    expect(overdue.v).toBe(1);
    expect(cellAt(sheet, "G6")).toEqual({ f: 'IF(B6=0,"",C6/B6)', v: 1 / 3 });
  });

  it("counts each party with a «contains» criterion", () => {
    const rows = rowsOf(sheet);
    const ims = rows.find((r) => r[0] === "ИМС")!;
    expect((ims[1] as { f: string }).f).toContain('"*ИМС*"');
    expect(ims.slice(1, 5).map((c) => (c as { v: number }).v)).toEqual([4, 1, 1, 1]);
  });

  it("lists overdue activities by party with links to their rows", () => {
    const rows = rowsOf(sheet);
    const ko = rows.find((r) => r[0] === "Комитет образования" && r[1] === "2.1.")!;
    expect(ko[2]).toEqual({ link: "{{sheet:rm0.activities}}!D8", text: "Семинар для заместителей директоров по объективности оценивания" });
    expect(ko[3]).toEqual({ d: "2024-04-30" });
  });

  it("charts execution by section", () => {
    expect(sheet.charts).toHaveLength(1);
    expect(sheet.charts![0]).toMatchObject({ type: "clusteredBar", categories: "$A$6:$A$9" });
  });

  it("falls back to values where a «contains» criterion would also count another party", () => {
    const tricky = buildReport({
      ...calmInput,
      roadmaps: [{ name: "x", school: null, activities: [activity("1", "A", "Первое", null, ["ИМС"]), activity("2", "A", "Второе", null, ["ИМСК"])] }],
    });
    const s = buildExecutionSheet(tricky, { activitySources: [{ roadmapIndex: 0, sheetKey: "k", firstRow: 5 }] });
    const ims = rowsOf(s).find((r) => r[0] === "ИМС")!;
    expect(ims[1]).toBe(1);
    const sec = rowsOf(s).find((r) => r[0] === "A")!;
    expect((sec[1] as { f: string }).f).toContain("COUNTIFS");
  });

  it("writes plain values when the activities sheets are not given", () => {
    const s = buildExecutionSheet(report);
    expect(cellAt(s, "B6")).toBe(3);
  });

  it.each([
    ["Раздел *1*?", "=Раздел ~*1~*~?"],
    ["x".repeat(300), null],
  ])("criterion of %s", (text, expected) => expect(criterionOf({ by: "section", text })).toBe(expected));
});

describe("«Справка»", () => {
  const note = writeAnalyticNote(report);
  const sheet = buildNoteSheet(note);

  it("has a paragraph per row in a wide wrapped column, printed portrait", () => {
    expect(sheet.print).toMatchObject({ orientation: "portrait", fitToWidth: true });
    expect(sheet.columnWidths).toEqual([100]);
    expect(sheet.blocks![0].rows).toHaveLength(note.length);
    expect(sheet.formats![0]).toMatchObject({ wrap: true });
  });
});

describe("the whole report plan", () => {
  it.each([["flagged", flaggedInput], ["calm", calmInput]] as const)("is a valid WorkbookPlan (%s)", (_, input) => {
    const sheets = buildReportSheets(buildReport(input), { activitySources: [{ roadmapIndex: 0, sheetKey: "rm0.activities", firstRow: 5 }] });
    expect(() => validatePlan({ sheets })).not.toThrow();
    expect(sheets.map((s) => s.name)).toEqual(["Свод по району", "Исполнение дорожной карты", "Справка"]);
  });
});

describe("rendering", () => {
  it("renders to .xlsx with the project's renderer", async () => {
    const { renderXlsx } = await import("../../../../src/xlsx");
    const bytes = await renderXlsx({ sheets: buildReportSheets(report) });
    expect(bytes.byteLength).toBeGreaterThan(5000);
  });
});
