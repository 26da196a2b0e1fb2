import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import * as path from "node:path";
import type { WorkbookPlan } from "../../src/core/workbook";
import { keyRef } from "../../src/core/workbook";
import { renderXlsx } from "../../src/xlsx";
import { convertWithLibreOffice, pdfPageCount, SOFFICE } from "../helpers/libreoffice";
import { hyperlinks, loadWorkbook, partText, tables, unzip } from "../helpers/xlsx-read";
import { missingInputs } from "../helpers/inputs";

const SCHOOLS = ["МОУ СОШ № 1", "МОУ СОШ № 2", "Лицей «Интеллект»", "МОУ ООШ с. Ивановка"];

function chartPlan(type: "clusteredColumn" | "clusteredBar" = "clusteredColumn"): WorkbookPlan {
  const rows = SCHOOLS.map((s, i) => [s, 0.5 + i * 0.1, 0.9 - i * 0.05, { f: `AVERAGE($B$5:$B$8)`, v: 0.65 }]);
  return {
    sheets: [
      {
        key: "ch.summary",
        name: "Свод по району",
        blocks: [{ at: "A1", rows: [["Качество и успеваемость"], [{ link: keyRef("ch.data", "A1"), text: "к данным" }]] }],
        tables: [
          {
            name: "Свод",
            at: "A4",
            columns: [{ header: "Школа" }, { header: "Качество", kind: "percent" }, { header: "Успеваемость", kind: "percent" }, { header: "Среднее по району", kind: "percent" }],
            rows,
          },
        ],
        charts: [
          {
            type,
            title: "Качество знаний по школам",
            categories: "A5:A8",
            series: [
              { name: "Качество", values: "B5:B8" },
              { name: "Успеваемость", values: "C5:C8" },
              { name: "Среднее по району", values: "D5:D8", asLine: true },
            ],
            at: "F4",
            percentAxis: true,
          },
          { type: "clusteredBar", title: "Исполнение по разделам", categories: `${keyRef("ch.data", "A2:A3")}`, series: [{ name: "% выполнено", values: `${keyRef("ch.data", "B2:B3")}` }], at: "F24" },
        ],
      },
      { key: "ch.data", name: "Исполнение", blocks: [{ at: "A1", rows: [["Раздел", "%"], ["Анализ", 0.8], ["Обучение", 0.4]] }] },
    ],
  };
}

describe("charts in the .xlsx package", () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await renderXlsx(chartPlan());
  });

  it("adds chart, drawing, relationships and content types, next to the table and hyperlink parts", async () => {
    const zip = await unzip(bytes);
    expect(zip.file("xl/charts/chart1.xml")).toBeTruthy();
    expect(zip.file("xl/charts/chart2.xml")).toBeTruthy();
    const types = (await partText(bytes, "[Content_Types].xml"))!;
    expect(types).toContain('PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"');
    expect(types).toContain('PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"');
    const sheet = (await partText(bytes, "xl/worksheets/sheet1.xml"))!;
    const rels = (await partText(bytes, "xl/worksheets/_rels/sheet1.xml.rels"))!;
    const drawingId = /<drawing r:id="([^"]+)"\/>/.exec(sheet)![1];
    expect(rels).toMatch(new RegExp(`Id="${drawingId}" Type="[^"]+/drawing" Target="../drawings/drawing1.xml"`));
    expect(rels).toMatch(/\/table" Target="..\/tables\/table1.xml"/);
    expect(sheet.indexOf("<drawing ")).toBeLessThan(sheet.indexOf("<tableParts"));
    expect(sheet.indexOf("<drawing ")).toBeGreaterThan(sheet.indexOf("<pageSetup"));
    const drawingRels = (await partText(bytes, "xl/drawings/_rels/drawing1.xml.rels"))!;
    expect(drawingRels).toContain('Target="../charts/chart1.xml"');
    expect(drawingRels).toContain('Target="../charts/chart2.xml"');
    expect((await hyperlinks(bytes)).externalRels).toEqual([]);
    expect((await tables(bytes)).map((t) => t.ref)).toEqual(["A4:D8"]);
  });

  it("writes bars per series, the asLine series as a line on the same axes, percent axis and cached labels", async () => {
    const xml = (await partText(bytes, "xl/charts/chart1.xml"))!;
    expect(xml).toContain('<c:barDir val="col"/>');
    expect(xml).toContain("<a:t>Качество знаний по школам</a:t>");
    const bar = /<c:barChart>.*<\/c:barChart>/s.exec(xml)![0];
    const line = /<c:lineChart>.*<\/c:lineChart>/s.exec(xml)![0];
    expect(bar.match(/<c:ser>/g)).toHaveLength(2);
    expect(line.match(/<c:ser>/g)).toHaveLength(1);
    expect(line).toContain("<c:f>&apos;Свод по району&apos;!$D$5:$D$8</c:f>");
    expect(line).toContain('<c:pt idx="3"><c:v>0.65</c:v></c:pt>');
    expect(bar).toContain("<c:f>&apos;Свод по району&apos;!$A$5:$A$8</c:f>");
    expect(bar).toContain("<c:v>Лицей «Интеллект»</c:v>");
    expect(bar).toContain('<c:pt idx="1"><c:v>0.6</c:v></c:pt>');
    expect(xml).toContain('<c:numFmt formatCode="0%" sourceLinked="0"/>');
  });

  it("resolves a chart range on another sheet by key, horizontal bars", async () => {
    const xml = (await partText(bytes, "xl/charts/chart2.xml"))!;
    expect(xml).toContain('<c:barDir val="bar"/>');
    expect(xml).toContain("<c:f>&apos;Исполнение&apos;!$B$2:$B$3</c:f>");
    expect(xml).toContain("<c:v>Обучение</c:v>");
    expect(xml).not.toContain("lineChart");
  });

  it("stays a workbook ExcelJS can open, with the data intact", async () => {
    const ws = (await loadWorkbook(bytes)).getWorksheet("Свод по району")!;
    expect(ws.getCell("A7").value).toBe("Лицей «Интеллект»");
  });

  it("renders with its chart to PDF in LibreOffice", async () => {
    expect(missingInputs([SOFFICE])).toEqual([]);
    const dir = path.resolve("test-artifacts/xlsx");
    await mkdir(dir, { recursive: true });
    const input = path.join(dir, "chart.xlsx");
    await writeFile(input, bytes);
    const pdf = await convertWithLibreOffice(input, "pdf", dir);
    expect(await pdfPageCount(pdf)).toBeGreaterThan(0);
    // A picture for a human to look at (test-artifacts/xlsx/chart-1.png); not asserted.
    if (existsSync("/usr/bin/pdftoppm")) execFileSync("/usr/bin/pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "2", pdf, path.join(dir, "chart")]);
  });
});
