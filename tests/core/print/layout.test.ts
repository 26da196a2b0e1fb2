import { layoutSheetForPrint, measureSheet, pageBreaks, printableArea, rowHeightFor, type SheetLayout } from "../../../src/core/print";
import type { SheetPlan } from "../../../src/core/workbook";

const LONG = "Проведение методического семинара для учителей математики по анализу результатов ВПР и ОГЭ, разработка индивидуальных образовательных маршрутов обучающихся";

function layoutOf(heights: number[], headings: number[] = [], whole: { from: number; to: number }[] = []): SheetLayout {
  return { rowHeights: [], heightOf: (r) => heights[r - 1] ?? 15, headings: new Set(headings), last: heights.length, lastCol: 3, whole };
}

describe("row heights from measured text", () => {
  const sheet: SheetPlan = {
    key: "t", name: "Т", columnWidths: [30, 10],
    blocks: [{ at: "A1", rows: [["Заголовок"], [LONG, "да"], ["коротко", "нет"]] }],
    formats: [{ range: "A1", bold: true, fontSize: 14 }, { range: "A2:B3", wrap: true }],
  };

  it("gives a wrapped row room for all its lines and leaves one-line rows alone", () => {
    const heights = new Map(measureSheet(sheet).rowHeights.map((h) => [h.row, h.height]));
    expect(heights.get(2)).toBeGreaterThanOrEqual(rowHeightFor(5));
    expect(heights.has(3)).toBe(false);
    // A 14 pt title needs more than the default 15 pt row.
    expect(heights.get(1)).toBeGreaterThan(15);
  });

  it("widens a narrow column to its longest word instead of splitting it", () => {
    const narrow: SheetPlan = { ...sheet, columnWidths: [6, 10] };
    const out = layoutSheetForPrint(narrow);
    expect(out.columnWidths![0]).toBeGreaterThan(6);
  });

  it("is idempotent: laying out a laid-out sheet changes nothing", () => {
    const once = layoutSheetForPrint(sheet);
    expect(layoutSheetForPrint(once)).toEqual(once);
  });
});

describe("page breaks", () => {
  it("break where the page is full", () => {
    expect(pageBreaks(layoutOf(Array(100).fill(20)), 200, null)).toEqual([11, 21, 31, 41, 51, 61, 71, 81, 91]);
  });

  it("move a heading left in the last lines of a page to the next page", () => {
    // Rows of 20 pt, 200 pt a page: row 10 is the last that fits; a heading at 9 would end the page.
    const breaks = pageBreaks(layoutOf(Array(30).fill(20), [9]), 200, null);
    expect(breaks[0]).toBe(9);
  });

  it("keep a section title and its table header together", () => {
    const breaks = pageBreaks(layoutOf(Array(30).fill(20), [8, 9]), 200, null);
    expect(breaks[0]).toBe(8);
  });

  it("never cut a chart: the page breaks before it", () => {
    const breaks = pageBreaks(layoutOf(Array(40).fill(20), [], [{ from: 7, to: 14 }]), 200, null);
    expect(breaks[0]).toBe(7);
    for (const b of breaks) expect(b <= 7 || b > 14).toBe(true);
  });

  it("count the repeated title rows on each later page", () => {
    const breaks = pageBreaks(layoutOf(Array(40).fill(20)), 200, [1, 2]);
    expect(breaks.slice(0, 2)).toEqual([11, 19]);
  });
});

describe("print setup of a sheet", () => {
  const wide: SheetPlan = {
    key: "w", name: "Широкий", columnWidths: Array(35).fill(12), freeze: { rows: 1, columns: 2 },
    tables: [{ name: "W", at: "A1", columns: Array.from({ length: 35 }, (_, i) => ({ header: `Колонка ${i + 1}` })), rows: Array.from({ length: 120 }, (_, r) => Array.from({ length: 35 }, (_, c) => r * c)) }],
  };

  it("prints a sheet too wide for one page at a legible scale, key columns and header repeated", () => {
    const out = layoutSheetForPrint(wide);
    expect(out.print!.scale).toBeGreaterThanOrEqual(60);
    expect(out.print!.titleColumns).toBe("A:B");
    expect(out.print!.titleRows).toBe("1:1");
    expect(out.print!.area).toBe("A1:AI121");
  });

  it("fits a narrow sheet to the page width at up to 100 %", () => {
    const narrow: SheetPlan = { key: "n", name: "Узкий", columnWidths: [20, 20], blocks: [{ at: "A1", rows: [["а", "б"]] }], print: { orientation: "portrait" } };
    const out = layoutSheetForPrint(narrow);
    expect(out.print!.scale).toBe(100);
    expect(out.print!.titleColumns).toBeUndefined();
  });

  it("fills a page no more than its printable height at the chosen scale", () => {
    const out = layoutSheetForPrint(wide);
    const capacity = printableArea("landscape").height / (out.print!.scale! / 100);
    const breaks = [1, ...out.print!.rowBreaks!, 122];
    for (let i = 1; i < breaks.length; i++) expect((breaks[i] - breaks[i - 1]) * 15).toBeLessThanOrEqual(capacity);
  });

  it("leaves hidden sheets alone (they do not print)", () => {
    const hidden: SheetPlan = { ...wide, hidden: true };
    expect(layoutSheetForPrint(hidden)).toBe(hidden);
  });

  it("colours chart series by meaning", () => {
    const withChart: SheetPlan = {
      key: "c", name: "Д", blocks: [{ at: "A1", rows: [["x", 1, 2]] }],
      charts: [{ type: "clusteredBar", title: "Исполнение", categories: "A1:A1", at: "E1", series: [{ name: "Выполнено", values: "B1:B1" }, { name: "Просрочено", values: "C1:C1" }, { name: "В работе", values: "C1:C1" }, { name: "Срок не наступил", values: "C1:C1" }] }],
    };
    const colours = layoutSheetForPrint(withChart).charts!.map((c) => c.series.map((s) => s.color));
    expect(colours).toEqual([["#00B050", "#C00000", "#FFC000", "#A6A6A6"]]);
  });
});
