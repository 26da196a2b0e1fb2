/**
 * `npm run demo` end to end (issue 3 and issue 7 «Done when»): the district workbook opens in
 * LibreOffice and prints; «Свод по району» prints A4 landscape on a few readable pages; the note and
 * the JSON files are what they claim to be. The demo runs once for the whole file.
 */
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import * as path from "node:path";
import { convertManyWithLibreOffice, pdfPageCount, SOFFICE } from "../helpers/libreoffice";
import { loadWorkbook } from "../helpers/xlsx-read";
import { resultsJsonSchema, roadmapJsonSchema } from "../cli/contract";
import { makeTempDir, ROOT, runCliProcess, warmUpCli, type CliRun } from "../cli/run-cli";
import { isA4Landscape, median, onlySheetVisible, pageWords, pdfPageSizes, POPPLER } from "./print";
import { describeWithInputs } from "../helpers/inputs";

const SUMMARY = "Свод по району";
let dir = "";
let cleanup: () => Promise<void> = async () => undefined;
let demo: CliRun;
const out = (name: string) => path.join(dir, "out", name);

beforeAll(async () => {
  await warmUpCli();
  ({ dir, cleanup } = await makeTempDir("rm-demo-"));
  // cwd is not the repository: the demo must find samples/ on its own.
  demo = await runCliProcess(["demo", "--out", "out", "--as-of", "2025-12-01"], { cwd: dir });
}, 180000);
afterAll(() => cleanup());

describe("npm run demo", () => {
  it("exits 0 and says where the files are", () => {
    expect(demo.stderr).toBe("");
    expect(demo.code).toBe(0);
    expect(demo.stdout).toContain(out("district-report.xlsx"));
    for (const f of ["district-report.xlsx", "analytic-note.txt", "roadmaps.json", "results.json"]) expect(existsSync(out(f))).toBe(true);
  });

  it("writes the report's sheets, the summary first", async () => {
    const wb = await loadWorkbook(new Uint8Array(await readFile(out("district-report.xlsx"))));
    const names = wb.worksheets.map((w) => w.name);
    expect(names[0]).toBe(SUMMARY);
    expect(names).toEqual(expect.arrayContaining(["Исполнение дорожной карты", "Справка", "Показатели"]));
    if (existsSync(path.join(ROOT, "samples", "roadmaps"))) expect(names).toEqual(expect.arrayContaining(["Мероприятия — Энский район", "Мероприятия — Озёрная СОШ", "Мероприятия — Лесновская ООШ"]));
  });

  it("the JSON files parse and follow the CLI contract", async () => {
    const roadmaps = JSON.parse(await readFile(out("roadmaps.json"), "utf8")) as unknown[];
    expect(Array.isArray(roadmaps)).toBe(true);
    for (const r of roadmaps) expect(roadmapJsonSchema.safeParse(r).error?.issues ?? []).toEqual([]);
    const results = resultsJsonSchema.safeParse(JSON.parse(await readFile(out("results.json"), "utf8")));
    expect(results.error?.issues ?? []).toEqual([]);
    expect(results.data!.assessments.some((a) => a.schools.length > 0)).toBe(true);
  });

  it("names each school once, by its canonical name, in the summary and the note", async () => {
    const wb = await loadWorkbook(new Uint8Array(await readFile(out("district-report.xlsx"))));
    const names: string[] = [];
    // A school spanning several merged rows is one cell: read only the masters.
    wb.getWorksheet(SUMMARY)!.getColumn(2).eachCell((c) => {
      if (c.master.address === c.address) names.push(String(c.value ?? ""));
    });
    const part1 = names.slice(names.indexOf("Район (в целом)") + 1, names.indexOf("Район (в целом)", names.indexOf("Район (в целом)") + 1));
    expect(part1.length).toBeGreaterThan(1);
    expect(new Set(part1.filter(Boolean)).size).toBe(part1.filter(Boolean).length);
    expect(part1.filter((n) => /Заречн/i.test(n))).toHaveLength(1);
    const note = await readFile(out("analytic-note.txt"), "utf8");
    expect(note).not.toMatch(/Заречная средняя общеобразовательная школа|г\.\.|, \)/);
  });

  it("the note reads as Russian sentences with decimal commas", async () => {
    const note = await readFile(out("analytic-note.txt"), "utf8");
    expect(note).toContain("01.12.2025");
    const sentences = note.split(/(?<=[.!?])\s+/).filter((s) => /[А-Яа-яЁё]{3,}/.test(s) && s.length > 40);
    expect(sentences.length).toBeGreaterThanOrEqual(5);
    expect(note).toMatch(/\d,\d\s?%/); // 72,5 %
    expect(note).not.toMatch(/\d\.\d+\s?%|NaN|undefined|\bnull\b|Infinity|\[object/);
    expect(note).not.toMatch(/\{\{|\}\}|<[a-z]+>/); // no unfilled template slots or markup
  });
});

describeWithInputs(`printed through LibreOffice (${SOFFICE})`, [SOFFICE], () => {
  let fullPdf = "";
  let summaryPdf = "";
  beforeAll(async () => {
    const summaryOnly = path.join(dir, "summary-only.xlsx");
    await writeFile(summaryOnly, await onlySheetVisible(new Uint8Array(await readFile(out("district-report.xlsx"))), SUMMARY));
    [fullPdf, summaryPdf] = await convertManyWithLibreOffice([out("district-report.xlsx"), summaryOnly], "pdf", path.join(dir, "pdf"));
  }, 240000);

  it("the whole workbook opens and converts to a PDF with pages", async () => {
    expect(await pdfPageCount(fullPdf)).toBeGreaterThan(0);
  });

  it("«Свод по району» prints A4 landscape on 1 to 14 pages", async () => {
    const sizes = await pdfPageSizes(summaryPdf);
    expect(sizes.length).toBeGreaterThanOrEqual(1);
    // Each school's risks in full and each assessment's table whole under its header: 12 pages at the demo's data.
    expect(sizes.length).toBeLessThanOrEqual(14);
    expect(sizes.filter((p) => !isA4Landscape(p))).toEqual([]);
    // The reduced copy really printed the summary alone (the whole workbook prints more pages).
    expect(sizes.length).toBeLessThan(await pdfPageCount(fullPdf));
  });

  describeWithInputs(`its first page (${POPPLER.pdftotext})`, [POPPLER.pdfinfo, POPPLER.pdftotext], () => {
    it("carries the title, the district and the as-of date", () => {
      const text = pageWords(summaryPdf, 1).map((w) => w.text).join(" ");
      expect(text).toMatch(/Свод по району/);
      expect(text).toMatch(/Энск/);
      expect(text).toContain("01.12.2025");
    });

    // The summary is one 11-column grid (not a column group per assessment), so it prints at ~65 %:
    // 11 pt type gives ~9 pt word boxes. At the old 72 columns it was ~1.7 pt.
    it("prints its figures at a readable size (median word height ≥ 7 pt) on every page", async () => {
      const pages = (await pdfPageSizes(summaryPdf)).length;
      for (let page = 1; page <= pages; page++) {
        const words = pageWords(summaryPdf, page);
        expect(words.length).toBeGreaterThan(20);
        expect(median(words.map((w) => w.height))).toBeGreaterThanOrEqual(7);
      }
    });

    it("breaks no column header in the middle of a word", () => {
      const text = pageWords(summaryPdf, 1).map((w) => w.text).join(" ");
      for (const word of ["Участников", "Мероприятий", "Просрочено", "Выполнено", "Результаты"]) {
        if (text.includes(word.slice(0, 6))) expect(text).toContain(word);
      }
    });
  });
});

