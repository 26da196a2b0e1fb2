/**
 * Containers and binary content: what a file is comes from its bytes; zip bombs are refused before
 * anything is inflated (honest ones by their declared sizes and ratios, lying ones while streaming);
 * ranges ExcelJS would expand cell by cell are removed; a far cell is read, sparse.
 */
import JSZip from "jszip";
import { decodeFileText, FileRefused, readZipDirectory, sniffContent } from "../../src/core/files";
import { readDocx } from "../../src/core/table";
import { noteToDocx } from "../../src/cli/export/note-docx";
import { readXlsx, renderXlsx } from "../../src/xlsx";
import { fullPlan } from "../xlsx/fixtures";
import { binaryFile, docxWith, farCellSheet, inlineCell, repetitiveSheet, withDeclaredSize, xlsxWith } from "./build";

const MB = 1024 * 1024;

async function refusal(p: Promise<unknown>): Promise<FileRefused> {
  try {
    await p;
  } catch (e) {
    if (e instanceof FileRefused) return e;
    throw e;
  }
  throw new Error("read, not refused");
}

describe("content by bytes", () => {
  it.each([
    ["png", /изображение PNG/],
    ["jpeg", /изображение JPEG/],
    ["gif", /изображение GIF/],
    ["pdf", /документ PDF/],
    ["gzip", /архив gzip/],
    ["xls", /Excel 97–2003 \(\.xls\).*\.xlsx/],
    ["doc", /Word 97–2003 \(\.doc\).*\.docx/],
  ] as const)("%s is refused with what it is", (kind, reason) => {
    const e = (() => {
      try {
        sniffContent(binaryFile(kind));
      } catch (error) {
        return error as FileRefused;
      }
      return null;
    })();
    expect(e).toBeInstanceOf(FileRefused);
    expect(e?.reason).toMatch(reason);
  });

  it("random bytes pass the signatures but not the text check", () => {
    for (let seed = 1; seed <= 20; seed++) {
      const bytes = binaryFile("random", seed);
      expect(sniffContent(bytes)).toBe("text");
      expect(() => decodeFileText(bytes)).toThrow(/управляющих и нулевых символов/);
    }
  });

  it("text with a stray control character is still text", () => {
    const text = "№\tМероприятие\tСрок\n" + "1.\tСовещание руководителей школ\tмарт 2025 г.\n".repeat(5) + "\u0007";
    expect(decodeFileText(new TextEncoder().encode(text)).text).toBe(text);
  });

  it("an .xlsx and a .docx are known by their parts, a plain zip is refused", async () => {
    expect(sniffContent(await xlsxWith(farCellSheet()))).toBe("xlsx");
    expect(sniffContent(await docxWith([[["№", "Мероприятие"]]]))).toBe("docx");
    const zip = new JSZip();
    zip.file("таблица.tsv", "№\tМероприятие\n");
    const bytes = await zip.generateAsync({ type: "uint8array" });
    expect(() => sniffContent(bytes)).toThrow(/zip-архив.*распакуйте/);
  });

  it("packages written by real generators (ExcelJS, the docx library) pass the guard and read", async () => {
    const xlsx = await renderXlsx(fullPlan());
    expect(sniffContent(xlsx)).toBe("xlsx");
    expect((await readXlsx(xlsx)).length).toBeGreaterThan(1);
    const docx = await noteToDocx([{ kind: "title", text: "Аналитическая справка" }, { kind: "text", text: "Школ с признаками риска: 7 из 9." }]);
    expect(sniffContent(docx)).toBe("docx");
    expect((await readDocx(docx)).text).toContain("Школ с признаками риска");
  });

  it("a cut-off zip is refused as damaged", async () => {
    const bytes = await xlsxWith(farCellSheet());
    expect(() => sniffContent(bytes.subarray(0, bytes.length - 30))).toThrow(/повреждён или обрезан/);
  });
});

describe("zip bombs", () => {
  it("the central directory is read without inflating", async () => {
    const dir = readZipDirectory(await xlsxWith(repetitiveSheet(2)));
    const sheet = dir?.entries.find((e) => e.name === "xl/worksheets/sheet1.xml");
    expect(sheet?.uncompressedSize).toBeGreaterThan(2 * MB);
    expect(sheet?.compressedSize).toBeLessThan(100 * 1024);
  });

  it("a 450 MB sheet declared honestly is refused at once, naming the part and the size", async () => {
    const bytes = withDeclaredSize(await xlsxWith(farCellSheet()), "xl/worksheets/sheet1.xml", 450 * MB);
    const e = await refusal(readXlsx(bytes));
    expect(e.kind).toBe("too-big");
    expect(e.reason).toMatch(/xl\/worksheets\/sheet1\.xml.*450 МБ.*200 МБ/);
  });

  it("a sheet that compresses a thousand times is refused by its ratio", async () => {
    const bytes = await xlsxWith(repetitiveSheet(12), { level: 9 });
    expect(bytes.length).toBeLessThan(200 * 1024);
    const e = await refusal(readXlsx(bytes));
    expect(e.reason).toMatch(/сжата в [\d\s ]+ раза?.*zip-бомбу/);
  });

  it("a sheet whose directory lies about its size is stopped while streaming", async () => {
    const bytes = withDeclaredSize(await xlsxWith(repetitiveSheet(12), { level: 9 }), "xl/worksheets/sheet1.xml", 1000);
    const e = await refusal(readXlsx(bytes));
    expect(e.reason).toMatch(/больше, чем заявлено/);
  });

  it("without DecompressionStream (an older browser) JSZip's stream stops the lying part the same way", async () => {
    const bytes = withDeclaredSize(await xlsxWith(repetitiveSheet(12), { level: 9 }), "xl/worksheets/sheet1.xml", 1000);
    const native = globalThis.DecompressionStream;
    (globalThis as { DecompressionStream?: unknown }).DecompressionStream = undefined;
    try {
      expect((await refusal(readXlsx(bytes))).reason).toMatch(/больше, чем заявлено/);
    } finally {
      globalThis.DecompressionStream = native;
    }
  });

  it("a part whose deflate stream is broken is refused as damaged", async () => {
    const bytes = await xlsxWith(repetitiveSheet(1));
    const dir = readZipDirectory(bytes);
    const sheet = dir?.entries.find((e) => e.name === "xl/worksheets/sheet1.xml");
    const broken = bytes.slice();
    const start = (sheet?.localOffset ?? 0) + 30 + "xl/worksheets/sheet1.xml".length;
    for (let i = start + 10; i < start + 40; i++) broken[i] = 0xff;
    expect((await refusal(readXlsx(broken))).kind).toBe("damaged");
  });

  it("a Word file that would inflate to 450 MB is refused before mammoth sees it", async () => {
    const bytes = withDeclaredSize(await docxWith([[["№", "Мероприятие"]]]), "word/document.xml", 450 * MB);
    const e = await refusal(readDocx(bytes));
    expect(e.reason).toMatch(/word\/document\.xml.*450 МБ/);
  });

  it("an ordinary workbook passes the guard and reads", async () => {
    const [t] = await readXlsx(await xlsxWith(`<sheetData><row r="1">${inlineCell("A1", "Школа")}${inlineCell("B1", "Участники")}</row></sheetData>`));
    expect(t.cells).toEqual([["Школа", "Участники"]]);
  });
});

describe("far cells and huge ranges", () => {
  it("a cell at XFD1048576 beside a table is read, sparse, at its place", async () => {
    const tables = await readXlsx(await xlsxWith(farCellSheet("Итого по району")));
    expect(tables).toHaveLength(2);
    expect(tables[0].cells).toEqual([["№", "Мероприятие", "Срок"], ["1.", "Совещание с руководителями школ", "март 2025 г."]]);
    expect(tables[1]).toMatchObject({ cells: [["Итого по району"]], origin: { firstRow: 1048576, firstColumn: 16384 } });
  });

  it("a merge over the whole grid is dropped, its text kept", async () => {
    const body = `<sheetData><row r="1">${inlineCell("A1", "План мероприятий")}</row><row r="2">${inlineCell("A2", "1.")}${inlineCell("B2", "Совещание")}</row></sheetData><mergeCells count="2"><mergeCell ref="A1:XFD1048576"/><mergeCell ref="C2:D2"/></mergeCells>`;
    const [t] = await readXlsx(await xlsxWith(body));
    expect(t.cells[0][0]).toBe("План мероприятий");
    expect(t.cells[1]).toEqual(["1.", "Совещание"]);
  });

  it("a data validation over the whole grid is dropped", async () => {
    const body = `<sheetData><row r="1">${inlineCell("A1", "Статус")}</row></sheetData><dataValidations count="1"><dataValidation type="list" sqref="A1:XFD1048576"><formula1>"выполнено,в работе"</formula1></dataValidation></dataValidations>`;
    const [t] = await readXlsx(await xlsxWith(body));
    expect(t.cells).toEqual([["Статус"]]);
  });
});

describe("Word files", () => {
  it("images are not inlined into the text", async () => {
    const doc = await readDocx(await docxWith([[["№", "Мероприятие"], ["1.", "Совещание"]]]));
    expect(doc.tables[0].cells).toEqual([["№", "Мероприятие"], ["1.", "Совещание"]]);
    expect(doc.text).not.toMatch(/base64/);
  });
});
