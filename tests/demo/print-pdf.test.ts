/**
 * Issue 14, «pages that print», checked on the demo workbook printed by LibreOffice: no line printed over
 * another, every sheet's header rows on each of its pages, no chart cut by a page break, type large enough
 * to read, a sensible page count.
 */
import { execFileSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { convertManyWithLibreOffice, libreOfficeAvailable, SOFFICE } from "../helpers/libreoffice";
import { makeTempDir, runCliProcess, warmUpCli } from "../cli/run-cli";
import { popplerAvailable } from "./print";
import { overprints, pdfWords, printSetup, type SheetPrintSetup, type Word } from "./pdf-words";

/** Row heights are measured in Calibri's widths; LibreOffice has them only with Carlito installed. */
const carlitoInstalled = (): boolean => {
  try {
    return /carlito/i.test(execFileSync("fc-list", [":", "family"], { encoding: "utf8" }));
  } catch {
    return false;
  }
};
const canPrint = libreOfficeAvailable() && popplerAvailable() && carlitoInstalled();
let dir = "";
let cleanup: () => Promise<void> = async () => undefined;
let setup: SheetPrintSetup[] = [];
const perSheet = new Map<string, Word[][]>();
let workbook: ExcelJS.Workbook;

(canPrint ? describe : describe.skip)(`the demo workbook printed (${SOFFICE})`, () => {
  beforeAll(async () => {
    await warmUpCli();
    ({ dir, cleanup } = await makeTempDir("rm-print-"));
    const run = await runCliProcess(["demo", "--out", "out", "--as-of", "2025-12-01"], { cwd: dir });
    expect(run.code).toBe(0);
    const xlsxPath = path.join(dir, "out", "district-report.xlsx");
    const bytes = new Uint8Array(await readFile(xlsxPath));
    setup = await printSetup(bytes);
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    // One conversion of the whole workbook (LibreOffice is slow on a loaded machine); its pages are then
    // assigned to sheets by each sheet's title (cell A1) at the top of the sheet's first page.
    const [pdf] = await convertManyWithLibreOffice([xlsxPath], "pdf", path.join(dir, "pdf"), { timeoutMs: 600000 });
    const pages = pdfWords(pdf);
    const visible = setup.filter((s) => !s.hidden);
    const starts = pageStarts(pages, visible.map((s) => firstTitleWords(workbook.getWorksheet(s.name)!)));
    visible.forEach((s, i) => perSheet.set(s.name, pages.slice(starts[i], starts[i + 1] ?? pages.length)));
  }, 900000);
  afterAll(() => cleanup());

  it("prints no line over another on any page", () => {
    const found = [...perSheet].flatMap(([name, pages]) => pages.flatMap((words, page) => overprints(words).map(([a, b]) => `${name}, стр. ${page + 1}: «${a.text}» / «${b.text}»`)));
    expect(found).toEqual([]);
  });

  it("has a sensible page count, and each sheet prints on the pages it needs", () => {
    const counts = Object.fromEntries([...perSheet].map(([name, pages]) => [name, pages.length]));
    const total = [...perSheet.values()].reduce((n, pages) => n + pages.length, 0);
    console.log(`Demo workbook: ${total} pages in all; per sheet ${JSON.stringify(counts)}`);
    // 92 at the last count: «Задания» (4) and «Распределение баллов» (8) came with the ВПР task analysis.
    expect(total).toBeLessThanOrEqual(100);
    for (const [name, pages] of perSheet) {
      // No blank page (a spill of text past the last column would print one).
      pages.forEach((words, i) => expect({ name, page: i + 1, words: words.length > 0 }).toEqual({ name, page: i + 1, words: true }));
    }
  });

  it("prints type large enough to read (median word height ≥ 7 pt on every page, almost nothing under 5.5 pt)", () => {
    for (const [name, pages] of perSheet) {
      pages.forEach((words, i) => {
        const heights = words.map((w) => w.y1 - w.y0).sort((a, b) => a - b);
        expect({ name, page: i + 1, median: heights[heights.length >> 1] >= 7 }).toEqual({ name, page: i + 1, median: true });
        expect({ name, page: i + 1, small: heights.filter((h) => h < 5.5).length }).toEqual({ name, page: i + 1, small: 0 });
      });
    }
  });

  it("sets a print area on every visible sheet, so nothing outside it spills onto pages of its own", () => {
    for (const s of setup.filter((x) => !x.hidden)) expect({ sheet: s.name, area: s.printArea !== null }).toEqual({ sheet: s.name, area: true });
  });

  it("repeats each table's header rows on every page of its sheet", () => {
    // A sheet with a table that takes several pages has print titles at all…
    for (const s of setup.filter((x) => !x.hidden && x.hasTable && (perSheet.get(x.name)?.length ?? 0) > 1)) {
      expect({ sheet: s.name, titleRows: s.titleRows !== null }).toEqual({ sheet: s.name, titleRows: true });
    }
    // …and their text is on every page.
    let checked = 0;
    for (const s of setup.filter((x) => !x.hidden && x.titleRows)) {
      const pages = perSheet.get(s.name)!;
      if (pages.length < 2) continue;
      const ws = workbook.getWorksheet(s.name)!;
      const row = ws.getRow(s.titleRows![0]);
      const firstText = [] as string[];
      row.eachCell((c) => {
        const t = String(c.text ?? "").trim();
        if (t) firstText.push(t.split(/\s+/)[0]);
      });
      const marker = firstText[0];
      expect(marker).toBeTruthy();
      pages.forEach((words, i) => {
        expect({ sheet: s.name, page: i + 1, header: words.some((w) => w.text.startsWith(marker.slice(0, 6))) }).toEqual({ sheet: s.name, page: i + 1, header: true });
      });
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(3);
  });

  it("cuts no chart with a page break", () => {
    const charts = setup.flatMap((s) => s.charts.map((c) => ({ sheet: s.name, ...c, breaks: s.breaksAfter })));
    expect(charts.length).toBeGreaterThan(0);
    for (const c of charts) expect({ ...c, cut: c.breaks.filter((b) => b >= c.from && b < c.to) }).toEqual({ ...c, cut: [] });
  });
});

/** The first words of a sheet's first non-empty cell in row 1 (its title). */
function firstTitleWords(ws: ExcelJS.Worksheet): string[] {
  let title = "";
  ws.getRow(1).eachCell((c) => {
    if (!title && String(c.text ?? "").trim()) title = String(c.text).trim();
  });
  return title.split(/\s+/).slice(0, 4);
}

/** Index of each sheet's first page: the next page whose top line starts with the sheet's title. */
function pageStarts(pages: readonly Word[][], titles: readonly string[][]): number[] {
  const starts: number[] = [];
  let from = 0;
  for (const title of titles) {
    const at = pages.findIndex((words, p) => {
      if (p < from || !words.length) return false;
      const top = Math.min(...words.map((w) => w.y0));
      const line = words.filter((w) => w.y0 < top + 3).sort((a, b) => a.x0 - b.x0).map((w) => w.text);
      return title.every((t, i) => line[i] === t);
    });
    if (at < 0) throw new Error(`no page starts with the title «${title.join(" ")}» after page ${from + 1}`);
    starts.push(at);
    from = at + 1;
  }
  return starts;
}

if (!canPrint) console.warn(`SKIPPED: LibreOffice (${SOFFICE}), poppler-utils or the Carlito font (fonts-crosextra-carlito) missing — demo print checks not run.`);
