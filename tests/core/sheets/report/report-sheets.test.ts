import fc from "fast-check";
import { buildReport, writeAnalyticNote } from "../../../../src/core/report";
import {
  buildChartsSheet, buildExecutionSheet, buildExecutionSheets, buildNoteSheet, buildReportSheets, buildSummarySheet, chartedBlocks, criteriaOf,
  MAX_CHARTS, lineCount, shortSchoolName, spanRows, summaryResultBlocks, wrapWords, type ActivitySource,
} from "../../../../src/core/sheets/report";
import { type Cell, type SheetPlan, parseRangeRef, validatePlan } from "../../../../src/core/workbook";
import { activity, calmInput, flaggedInput, mathFlagged } from "../../report/fixtures";

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

/** The first row whose cells at `col` (0-based) equal `text`, as a 1-based sheet row. */
function rowWhere(sheet: SheetPlan, col: number, text: string): number {
  for (const b of sheet.blocks ?? []) {
    const at = Number(/\d+$/.exec(b.at)![0]);
    const i = b.rows.findIndex((r) => r[col] === text);
    if (i >= 0) return at + i;
  }
  return -1;
}

/** Pairs of merged ranges that overlap (a renderer rejects them). */
function overlappingMerges(sheet: SheetPlan): string[][] {
  const m = (sheet.merges ?? []).map((x) => ({ x, ...parseRangeRef(x) }));
  const out: string[][] = [];
  m.forEach((a, i) => m.slice(i + 1).forEach((b) => {
    if (a.start.row <= b.end.row && b.start.row <= a.end.row && a.start.column <= b.end.column && b.start.column <= a.end.column) out.push([a.x, b.x]);
  }));
  return out;
}

describe("«Свод по району»", () => {
  const sheet = buildSummarySheet(report, { indicatorsSheetKey: "results.indicators", activitySources: sources });
  const district = rowWhere(sheet, 1, "Район (в целом)");

  it("is print-ready: A4 landscape, fit to width, title rows repeated, 11 columns (no column per assessment)", () => {
    expect(sheet.print).toMatchObject({ orientation: "landscape", fitToWidth: true, titleRows: "1:2" });
    expect(sheet.print!.footer).toContain("Энский муниципальный район");
    expect(cellAt(sheet, "A1")).toBe("Свод по району: Энский муниципальный район");
    expect(cellAt(sheet, "A2")).toBe("Период программы: 2023–2025 годы. По состоянию на 15.05.2024.");
    expect(sheet.columnWidths).toHaveLength(11);
    const widest = Math.max(...(sheet.blocks ?? []).flatMap((b) => b.rows.map((r) => r.length)));
    expect(widest).toBeLessThanOrEqual(11);
  });

  it("part 1: the district row above the schools, flagged schools first, reasons per procedure in words", () => {
    expect(district).toBeGreaterThan(5);
    const names = report.schools.map((s) => s.school);
    expect(names.slice(0, 2)).toEqual(["МБОУ «СОШ № 2»", "МКОУ «СОШ № 3»"]);
    const s2 = rowWhere(sheet, 1, "МБОУ «СОШ № 2»");
    expect(s2).toBeGreaterThan(district);
    expect(cellAt(sheet, `C${s2}`)).toContain("ВПР Математика 5\u00a0кл. 2024: доля «2» 34,3\u00a0%");
    expect(cellAt(sheet, `C${s2}`)).toContain("качество −26,7\u00a0п.п.");
    expect(cellAt(sheet, `C${rowWhere(sheet, 1, "МБОУ «Гимназия»")}`)).toBe("");
    // The note's own figures (report.schoolCounts): risk and objectivity counted apart, as the note states them.
    expect(cellAt(sheet, `C${district}`)).toBe("Школ с признаками риска: 1 из 4\nс признаками необъективности: 1");
  });

  it("part 1: targets, roadmap execution with % done as a formula, links to the rows behind", () => {
    const s1 = rowWhere(sheet, 1, "МБОУ «СОШ № 1»");
    expect(cellAt(sheet, `F${s1}`)).toBe(2);
    expect(cellAt(sheet, `H${s1}`)).toEqual({ f: `IF(F${s1}=0,"",G${s1}/F${s1})`, v: 0.5 });
    expect(cellAt(sheet, `K${s1}`)).toEqual({ link: "{{sheet:rm1.activities}}!A5", text: "Мероприятия" });
    expect(cellAt(sheet, `E${rowWhere(sheet, 1, "МБОУ «СОШ № 2»")}`)).toBe("0 из 1");
    expect(cellAt(sheet, `E${district}`)).toBe("1 из 3");
    expect(cellAt(sheet, `J${rowWhere(sheet, 1, "МБОУ «СОШ № 2»")}`)).toEqual({ link: "{{sheet:results.indicators}}!A7", text: "Показатели" });
  });

  it("part 2: a block per assessment with the district row on top and deviations as live formulas", () => {
    const title = rowWhere(sheet, 0, "ВПР, Математика, 5 класс, 2024 г.: 4 шк., 105 участн.; с признаками риска — 2");
    expect(title).toBeGreaterThan(district);
    const blocks = summaryResultBlocks(report, { indicatorsSheetKey: "results.indicators" });
    const math = blocks[0];
    expect(math.districtRow).toBeGreaterThan(title);
    expect(cellAt(sheet, `G${math.districtRow}`)).toBeCloseTo(49 / 105);
    const row = math.schoolRows[math.schools.findIndex((s) => s.school === "МБОУ «СОШ № 2»")];
    const dev = cellAt(sheet, `H${row}`) as { f: string; v: number };
    expect(dev.f).toBe(`IF(OR(G${row}="",G$${math.districtRow}=""),"",(G${row}-G$${math.districtRow})*100)`);
    expect(dev.v).toBeCloseTo((7 / 35 - 49 / 105) * 100, 4);
    expect((cellAt(sheet, `F${row}`) as { v: number }).v).toBeCloseTo((23 / 35 - 88 / 105) * 100, 4);
    expect(cellAt(sheet, `B${math.districtRow + 1}`)).toBe("Вся выборка");
  });

  it("highlights flagged rows, large negative deviations and overdue counts", () => {
    const formulas = sheet.conditionalFormats!.map((c) => c.formula);
    const first = rowWhere(sheet, 1, report.schools[0].school);
    expect(formulas).toContain(`$C${first}<>""`);
    expect(formulas.some((f) => /^AND\(ISNUMBER\(H\d+\),H\d+<=-15\)$/.test(f))).toBe(true);
  });

  it.each([["flagged", flaggedInput], ["calm", calmInput]] as const)("merges never overlap (%s)", (_, input) => {
    const r = buildReport(input);
    for (const s of buildReportSheets(r, { activitySources: sources.slice(0, r.roadmaps.length) })) expect(overlappingMerges(s)).toEqual([]);
  });
});

describe("«Диаграммы»", () => {
  const sheet = buildChartsSheet(report, { indicatorsSheetKey: "results.indicators" })!;

  it("charts качество and успеваемость by school against district lines, two a row", () => {
    expect(sheet.charts!.length).toBeGreaterThan(0);
    expect(sheet.charts!.length).toBeLessThanOrEqual(MAX_CHARTS);
    expect(sheet.charts!.map((c) => c.at)).toEqual(["A4", "G4"]);
    for (const c of sheet.charts!) {
      expect(c.type).toBe("clusteredColumn");
      expect(c.series.map((s) => Boolean(s.asLine))).toEqual([false, false, true, true]);
      expect(c.percentAxis).toBe(true);
    }
    expect(sheet.print).toMatchObject({ orientation: "landscape", fitToWidth: true });
  });

  it("reads its data below the charts, as formulas over the summary's cells", () => {
    const line = sheet.charts![0].series[2].values.match(/\$([A-Z]+)\$(\d+)/)!;
    const cell = cellAt(sheet, `${line[1]}${line[2]}`) as { f: string; v: number };
    const math = summaryResultBlocks(report, {})[0];
    expect(cell).toEqual({ f: `{{sheet:report.summary}}!$G$${math.districtRow}`, v: 49 / 105 });
    const cats = sheet.charts![0].categories.match(/\$([A-Z]+)\$(\d+)/)!;
    expect(cellAt(sheet, `${cats[1]}${cats[2]}`)).toBe("СОШ № 2");
  });

  it("keeps the latest year of a subject, and is absent without marks", () => {
    const older = { ...mathFlagged, id: "old", year: "2023" };
    const r = buildReport({ ...flaggedInput, assessments: [older, mathFlagged] });
    const chosen = chartedBlocks(r, summaryResultBlocks(r, {}));
    expect(chosen.map((b) => r.assessments[b.assessmentIndex].source.year)).toEqual(["2024"]);
    const exam = { ...mathFlagged, assessment: "ЕГЭ", schools: mathFlagged.schools.map((x) => ({ ...x, successRate: null, qualityRate: null })), district: { ...mathFlagged.district, successRate: null, qualityRate: null } };
    expect(buildChartsSheet(buildReport({ ...flaggedInput, assessments: [exam] }))).toBeNull();
  });

  it.each([
    ["МКОУ «Озёрная СОШ»", "Озёрная СОШ"],
    ["МБОУ \"СОШ №1 г. Энска\"", "СОШ №1 г. Энска"],
    ["Заречная средняя общеобразовательная школа", "Заречная средняя общеобразовательная школа"],
    ["ГБОУ «Лицей № 7»", "Лицей № 7"],
  ])("short chart label of %s", (name, short) => expect(shortSchoolName(name)).toBe(short));
});

describe("«Исполнение дорожной карты»", () => {
  const { execution: sheet, counts } = buildExecutionSheets(report, { activitySources: sources });

  const sec = rowWhere(sheet, 0, "1. Диагностика факторов риска");
  /** The rows of the hidden sheet a SUM formula adds up. */
  const summed = (f: string) => {
    const m = /^SUM\(\{\{sheet:report\.executionCounts\}\}!\$([A-F])\$(\d+):\$[A-F]\$(\d+)\)$/.exec(f)!;
    expect(m).not.toBeNull();
    return Array.from({ length: Number(m[3]) - Number(m[2]) + 1 }, (_, i) => cellAt(counts!, `${m[1]}${Number(m[2]) + i}`) as { f: string; v: number });
  };

  it("sums per-roadmap COUNTIFS rows of a hidden sheet, each over one «Мероприятия» sheet, cached with the engine's counts", () => {
    expect(sec).toBeGreaterThan(5);
    expect(counts).not.toBeNull();
    expect(counts!.hidden).toBe(true);
    const total = cellAt(sheet, `B${sec}`) as { f: string; v: number };
    expect(total.v).toBe(3);
    const parts = summed(total.f);
    expect(parts.length).toBeGreaterThan(0);
    expect(parts[0].f).toContain('COUNTIFS({{sheet:rm0.activities}}!$C$5:$C$1048576,"=1. Диагностика факторов риска")');
    for (const p of parts) expect(p.f.match(/COUNTIFS/g)).toHaveLength(1);
    expect(parts.reduce((n, p) => n + p.v, 0)).toBe(3);
    const overdue = cellAt(sheet, `E${sec}`) as { f: string; v: number };
    expect(overdue.v).toBe(1);
    expect(summed(overdue.f)[0].f).toContain('$G$5:$G$1048576,"<"&{{sheet:report.execution}}!$B$2');
    expect(cellAt(sheet, `G${sec}`)).toEqual({ f: `IF(B${sec}=0,"",C${sec}/B${sec})`, v: 1 / 3 });
  });

  it("counts each party by its whole name among the cell's «; »-joined names", () => {
    const rows = rowsOf(sheet);
    const ims = rows.find((r) => r[0] === "ИМС")!;
    for (const c of ['"=ИМС"', '"ИМС; *"', '"*; ИМС"', '"*; ИМС; *"']) expect(summed((ims[1] as { f: string }).f)[0].f).toContain(c);
    expect(ims.slice(1, 5).map((c) => (c as { v: number }).v)).toEqual([4, 1, 1, 1]);
  });

  it("lists overdue activities under a band per party, the number linking to the activity's row", () => {
    const rows = rowsOf(sheet);
    const band = rows.findIndex((r) => r[0] === "Комитет образования — 1");
    expect(band).toBeGreaterThan(0);
    const ko = rows.slice(band + 1).find((r) => r[0] === "Семинар для заместителей директоров по объективности оценивания")!;
    expect(ko[1]).toEqual({ link: "{{sheet:rm0.activities}}!D8", text: "2.1." });
    expect(ko[2]).toEqual({ d: "2024-04-30" });
    expect(ko[3]).toBe("Район");
  });

  it("charts execution by section below the tables, so the sheet prints one table wide", () => {
    expect(sheet.charts).toHaveLength(1);
    const sections = report.execution.bySection;
    const last = rowWhere(sheet, 0, sections[sections.length - 1].name);
    expect(sheet.charts![0]).toMatchObject({ type: "clusteredBar", categories: `$A$${sec}:$A$${last}` });
    expect(Number(sheet.charts![0].at.slice(1))).toBeGreaterThan(rowWhere(sheet, 0, "Просроченные мероприятия по ответственным"));
    expect(sheet.charts![0].at.startsWith("A")).toBe(true);
  });

  it("a party whose name is inside another's («ИМС» in «ИМСК») keeps a live, exact formula", () => {
    const tricky = buildReport({
      ...calmInput,
      roadmaps: [{ name: "x", school: null, activities: [activity("1", "A", "Первое", null, ["ИМС"]), activity("2", "A", "Второе", null, ["ИМСК"])] }],
    });
    const opts = { activitySources: [{ roadmapIndex: 0, sheetKey: "k", firstRow: 5 }] };
    const s = buildExecutionSheet(tricky, opts);
    const ims = rowsOf(s).find((r) => r[0] === "ИМС")!;
    expect(ims[1]).toMatchObject({ v: 1 });
    // Live: a SUM over the hidden per-sheet counts, whose COUNTIFS match the whole name, never «ИМС» inside «ИМСК».
    expect((ims[1] as { f: string }).f).toMatch(/^SUM\(/);
    const counts = JSON.stringify(buildExecutionSheets(tricky, opts));
    for (const c of ['=ИМС', 'ИМС; *', '*; ИМС', '*; ИМС; *']) expect(counts).toContain(`\\"${c}\\"`);
    expect(counts).not.toContain("*ИМС*");
    const sec = rowsOf(s).find((r) => r[0] === "A")!;
    expect((sec[1] as { f: string }).f).toMatch(/^SUM\(/);
  });

  it("writes plain values when the activities sheets are not given", () => {
    const s = buildExecutionSheet(report);
    expect(cellAt(s, `B${rowWhere(s, 0, "1. Диагностика факторов риска")}`)).toBe(3);
  });

  it.each([
    ["Раздел *1*?", ["=Раздел ~*1~*~?"]],
    ["x".repeat(300), null],
  ])("criterion of %s", (text, expected) => expect(criteriaOf({ by: "section", text })).toEqual(expected));

  it("a party is counted by its whole name between «; », never inside another name (КО ≠ Руководители ОО)", () => {
    expect(criteriaOf({ by: "party", text: "КО" })).toEqual(["=КО", "КО; *", "*; КО", "*; КО; *"]);
  });
});

describe("«Справка»", () => {
  const note = writeAnalyticNote(report);
  const sheet = buildNoteSheet(note);

  it("has a paragraph per cell in one column narrower than A4 portrait, each merged over the rows it needs", () => {
    expect(sheet.print).toMatchObject({ orientation: "portrait", fitToWidth: true });
    expect(sheet.columnWidths![0]).toBeLessThanOrEqual(80);
    const texts = sheet.blocks![0].rows.filter((r) => r.length > 0).map((r) => r[0]);
    expect(texts).toHaveLength(note.length);
    const long = sheet.blocks![0].rows.findIndex((r) => typeof r[0] === "string" && r[0].length > 200);
    expect(long).toBeGreaterThan(0);
    expect(sheet.merges).toContainEqual(expect.stringMatching(new RegExp(`^A${long + 1}:A\\d+$`)));
    expect(sheet.formats!.find((f) => f.range.startsWith(`A${long + 1}`))).toMatchObject({ wrap: true, vertical: "top" });
  });
});

describe("the whole report plan", () => {
  it.each([["flagged", flaggedInput], ["calm", calmInput]] as const)("is a valid WorkbookPlan (%s)", (_, input) => {
    const sheets = buildReportSheets(buildReport(input), { activitySources: [{ roadmapIndex: 0, sheetKey: "rm0.activities", firstRow: 5 }] });
    expect(() => validatePlan({ sheets })).not.toThrow();
    expect(sheets.map((s) => s.name).slice(0, 4)).toEqual(["Свод по району", "Диаграммы", "Исполнение дорожной карты", "Справка"]);
    // The per-roadmap counts, when the execution figures are formulas: hidden, after the sheets a reader wants.
    expect(sheets.slice(4).map((s) => [s.name, s.hidden])).toEqual(sheets.length > 4 ? [["Расчёт исполнения", true]] : []);
  });
});

describe("rendering", () => {
  it("renders to .xlsx with the project's renderer", async () => {
    const { renderXlsx } = await import("../../../../src/xlsx");
    const bytes = await renderXlsx({ sheets: buildReportSheets(report) });
    expect(bytes.byteLength).toBeGreaterThan(5000);
  });
});

describe("rows that need several lines", () => {
  it.each([
    ["короткий текст", 20, false, 1],
    ["", 10, false, 1],
    ["слово ".repeat(20).trim(), 20, false, 7],
    ["первая строка\nвторая строка", 40, false, 2],
    ["Запланировано", 16, true, 1],
    ["Запланировано", 12, true, 2],
  ])("%j in %d units (bold %s) takes %d lines", (text, width, bold, lines) => expect(lineCount(text, width, bold)).toBe(lines));

  it("never loses or reorders words when wrapping", () => {
    fc.assert(fc.property(fc.array(fc.stringMatching(/^[а-яa-z0-9]{1,30}$/), { maxLength: 40 }), fc.integer({ min: 1, max: 60 }), (words, per) => {
      const lines = wrapWords(words.join(" "), per);
      expect(lines.every((l) => l.length <= per)).toBe(true);
      expect(lines.join("").replace(/ /g, "")).toBe(words.join(""));
    }));
  });

  it("gives a long row the height its lines need and keeps every logical row one sheet row", () => {
    const laid = spanRows([["a", "слово ".repeat(30), 5], ["b", "коротко", 6]], [5, 20, 10], 10);
    expect(laid.starts).toEqual([10, 11]);
    expect(laid.rows).toHaveLength(2);
    expect(laid.merges).toEqual([]);
    expect(laid.heights).toHaveLength(1);
    expect(laid.heights[0].row).toBe(10);
    expect(laid.heights[0].height).toBeGreaterThan(15 * 4);
    expect(laid.last).toBe(11);
  });

  it("never asks for more than Excel's largest row height", () => {
    const laid = spanRows([["слово ".repeat(3000)]], [10], 1);
    expect(laid.heights[0].height).toBe(409);
  });

  it("merges a tall cell down over extra rows when asked (long note paragraphs)", () => {
    const laid = spanRows([["a", "слово ".repeat(30), 5], ["b", "коротко", 6]], [5, 20, 10], 10, { mergeDown: true });
    expect(laid.starts[0]).toBe(10);
    const span = laid.starts[1] - laid.starts[0];
    expect(span).toBeGreaterThan(1);
    expect(laid.merges).toEqual([`A10:A${9 + span}`, `B10:B${9 + span}`, `C10:C${9 + span}`]);
    expect(laid.rows).toHaveLength(span + 1);
    expect(laid.heights).toEqual([]);
    expect(laid.last).toBe(10 + span);
  });

  it("merges a cell across the columns it is given", () => {
    const laid = spanRows([["текст", "x", "", ""]], [10, 10, 10, 10], 3, { across: { 1: 2 } });
    expect(laid.merges).toEqual(["B3:D3"]);
  });
});
