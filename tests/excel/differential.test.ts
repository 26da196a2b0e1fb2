/**
 * Two renderers, one plan: the demo's district workbook written through Office.js (onto the strict fake) and
 * through ExcelJS must be the same workbook — cell by cell (values, formulas, number formats), merges and
 * list validations — and LibreOffice must compute the same values from both.
 */
import { readdirSync } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { buildDistrictReport } from "../../src/cli/commands/report";
import { createOfficeHost } from "../../src/excel";
import { renderXlsx } from "../../src/xlsx";
import { createFakeOffice, normalizeQuotes } from "../helpers/fake-excel";
import { fakeToWorkbook } from "../helpers/fake-xlsx-export";
import { describeWithInputs } from "../helpers/inputs";
import { recalculateManyWithLibreOffice, SOFFICE } from "../helpers/libreoffice";
import { unescapeXml } from "../../src/xlsx/package";
import { loadWorkbook, sheetXmls } from "../helpers/xlsx-read";
import { envOf } from "./plans";

const SAMPLES = path.resolve(__dirname, "../../samples");
const files = (dir: string) =>
  readdirSync(path.join(SAMPLES, dir))
    .filter((f) => /\.(tsv|txt)$/.test(f))
    .sort()
    .map((f) => path.join(SAMPLES, dir, f));

type Seen = { v: string | number | boolean | null; f: string | null; nf: string };

/** A cell as both files should hold it: formula text, or value (dates as serials, links as text → target). */
function seen(cell: ExcelJS.Cell, location?: string): Seen {
  const v = cell.value as unknown;
  const nf = cell.numFmt && cell.numFmt !== "General" ? cell.numFmt : "";
  // 'Мероприятия'!A1 and Мероприятия!A1 are one reference: quotes a name does not need are dropped, as Excel does.
  if (v && typeof v === "object" && "formula" in (v as object))
    return { v: null, f: normalizeQuotes(`=${String((v as { formula: string }).formula).replace(/^=/, "")}`), nf };
  if (v && typeof v === "object" && "sharedFormula" in (v as object))
    return { v: null, f: `shared:${String((v as { sharedFormula: string }).sharedFormula)}`, nf };
  const target = location ?? (cell as unknown as { hyperlink?: string }).hyperlink;
  if (target || (v && typeof v === "object" && "hyperlink" in (v as object))) {
    const link = (v && typeof v === "object" ? v : { text: v }) as { text: unknown };
    const where = (target ?? "")
      .replace(/^#/, "")
      .replace(/^'((?:[^']|'')+)'!/, (_m, n: string) => `${n.replace(/''/g, "'")}!`);
    return { v: `${String(link.text)} → ${where}`, f: null, nf };
  }
  if (v instanceof Date) return { v: Math.round(v.getTime() / 86400000 + 25569), f: null, nf };
  if (v && typeof v === "object" && "richText" in (v as object))
    return { v: (v as { richText: { text: string }[] }).richText.map((r) => r.text).join(""), f: null, nf };
  return { v: (v ?? null) as Seen["v"], f: null, nf };
}

/** Internal links as the .xlsx holds them (<hyperlink ref location>), which ExcelJS does not read back. */
function locationsOf(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of xml.matchAll(/<hyperlink\b[^>]*\bref="([^"]+)"[^>]*\blocation="([^"]+)"/g))
    out.set(m[1], unescapeXml(m[2]));
  return out;
}

function cellsOf(ws: ExcelJS.Worksheet, links: Map<string, string> = new Map()): Map<string, Seen> {
  const out = new Map<string, Seen>();
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      const s = seen(cell, links.get(cell.address));
      if ((s.v === null || s.v === "") && s.f === null) return; // an empty text is an empty cell
      out.set(cell.address, s);
    }),
  );
  return out;
}

const mergesOf = (ws: ExcelJS.Worksheet) =>
  [
    ...((ws as unknown as { _merges: Record<string, { range: string }> })._merges
      ? Object.values((ws as unknown as { _merges: Record<string, { range: string }> })._merges).map((m) => m.range)
      : []),
  ].sort();

function listsOf(ws: ExcelJS.Worksheet): Map<string, string> {
  const model = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } })
    .dataValidations.model;
  const out = new Map<string, string>();
  for (const [addr, dv] of Object.entries(model)) if (dv.type === "list") out.set(addr, String(dv.formulae?.[0] ?? ""));
  return out;
}

describe("Office.js and .xlsx write the same demo workbook", () => {
  let xlsx: ExcelJS.Workbook;
  let office: ExcelJS.Workbook;
  let xlsxBytes: Uint8Array;
  let officeBytes: Uint8Array;
  let sheets: string[];
  let xmls: Map<string, string>;

  beforeAll(async () => {
    const built = await buildDistrictReport({
      roadmaps: files("roadmaps"),
      results: files("results"),
      district: "Энский муниципальный район",
      period: null,
      asOf: "2025-03-01",
    });
    const plan = built.report.plan;
    xlsxBytes = await renderXlsx(plan);
    xlsx = await loadWorkbook(xlsxBytes);
    xmls = await sheetXmls(xlsxBytes);
    const fake = createFakeOffice({ apiVersion: "1.9" });
    fake.addUserSheet("Лист1");
    const report = await createOfficeHost({ env: envOf(fake) }).renderPlan(plan, { writtenOn: "2025-03-01" });
    sheets = Object.values(report.sheetNames);
    office = fakeToWorkbook(fake.state, (name) => sheets.includes(name));
    officeBytes = new Uint8Array(await office.xlsx.writeBuffer());
  }, 120_000);

  it("has the same sheets, in the same order", () => {
    const inXlsx = xlsx.worksheets.map((w) => w.name).filter((n) => sheets.includes(n));
    expect(office.worksheets.map((w) => w.name)).toEqual(inXlsx);
    expect(sheets.length).toBeGreaterThan(3);
  });

  it("cell by cell: values, formulas and number formats", () => {
    const diffs: string[] = [];
    for (const name of sheets) {
      const a = cellsOf(xlsx.getWorksheet(name)!, locationsOf(xmls.get(name) ?? ""));
      const b = cellsOf(office.getWorksheet(name)!);
      for (const addr of new Set([...a.keys(), ...b.keys()])) {
        const x = a.get(addr),
          y = b.get(addr);
        if (JSON.stringify(x) !== JSON.stringify(y))
          diffs.push(`${name}!${addr}: xlsx ${JSON.stringify(x)} ≠ office ${JSON.stringify(y)}`);
      }
    }
    expect(diffs.slice(0, 20)).toEqual([]);
  });

  it("the same merged areas and list validations", () => {
    for (const name of sheets) {
      expect({ name, merges: mergesOf(office.getWorksheet(name)!) }).toEqual({
        name,
        merges: mergesOf(xlsx.getWorksheet(name)!),
      });
      const lists = (ws: ExcelJS.Worksheet) => [...new Set(listsOf(ws).values())].length > 0;
      expect({ name, lists: lists(office.getWorksheet(name)!) }).toEqual({
        name,
        lists: lists(xlsx.getWorksheet(name)!),
      });
    }
  });

  describeWithInputs("LibreOffice", [SOFFICE], () => {
    it("computes the same values from both files", async () => {
      const [a, b] = await recalculateManyWithLibreOffice([xlsxBytes, officeBytes]);
      const diffs: string[] = [];
      for (const name of sheets) {
        const x = a[name] ?? [],
          y = b[name] ?? [];
        for (let r = 0; r < Math.max(x.length, y.length); r++) {
          for (let c = 0; c < Math.max(x[r]?.length ?? 0, y[r]?.length ?? 0); c++) {
            const u = x[r]?.[c] ?? null,
              v = y[r]?.[c] ?? null;
            const same = typeof u === "number" && typeof v === "number" ? Math.abs(u - v) < 1e-9 : u === v;
            if (!same) diffs.push(`${name}!R${r + 1}C${c + 1}: ${JSON.stringify(u)} ≠ ${JSON.stringify(v)}`);
          }
        }
      }
      expect(diffs.slice(0, 20)).toEqual([]);
    }, 180_000);
  });
});
