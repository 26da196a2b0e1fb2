/**
 * Files as they arrive and as an attacker makes them (issue #13, input half): mutated seed grids as text in
 * every encoding with LF, CRLF or lone-CR line ends; binary content under a table's name; .xlsx packages
 * whose directory declares any size; sheets with cells anywhere up to XFD1048576 and merges over the whole
 * grid. No exception but a refusal escapes, no cell is lost, nothing hangs.
 */
import fc from "fast-check";
import { decodeFileText, FileRefused, sniffContent } from "../../src/core/files";
import { decodeText, readDocumentText } from "../../src/core/table";
import { readXlsx } from "../../src/xlsx";
import { binaryFile, encodableIn, encodeText, farCellSheet, inlineCell, withDeclaredSize, xlsxWith, type FileEncoding } from "../files/build";
import { mutatedGrid, seedGrids } from "../helpers/mutate";
import { toTsv } from "./formats";
import { fuzz, runsFor } from "./harness";
import { lostCells, makeStorable, nondeterminism, stringsOf } from "./invariants";

const FILE = { file: "tests/fuzz/files.test.ts" };
const grids = mutatedGrid(seedGrids(), { bigCellPercent: 0 }).map((m) => m.grid);
const ENCODINGS: FileEncoding[] = ["utf8", "utf8bom", "utf16le", "utf16lebom", "utf16be", "utf16bebom", "win1251", "koi8-r", "cp866"];
/**
 * Statistics need letters: below this many Cyrillic letters a single-byte file is written in UTF-8 instead
 * (tests/files/encodings.test.ts measures the detector on short fragments).
 */
const LETTERS_FOR_STATISTICS = 40;
const SINGLE_BYTE = new Set<FileEncoding>(["win1251", "koi8-r", "cp866"]);

const refusedOr = async (f: () => unknown): Promise<string[]> => {
  try {
    await f();
    return [];
  } catch (e) {
    if (e instanceof FileRefused) return [];
    return e instanceof Error ? [] : [`threw a non-Error: ${String(e)}`];
  }
};

describe("fuzz: files in", () => {
  it("text in every encoding and line end keeps every word", async () => {
    const input = fc.tuple(grids, fc.constantFrom(...ENCODINGS), fc.constantFrom("\n", "\r\n", "\r"));
    await fuzz("files.decodeText", "encodings and line ends", input, ([g, wanted, eol]) => {
      // A UTF-16 file without a BOM is told by its characters: those of a Russian office text.
      const charset: FileEncoding = wanted === "utf16le" || wanted === "utf16be" ? "win1251" : wanted;
      // A cell of CP866 pseudographics is Cyrillic letters in another code page: with many of them a file's
      // encoding is ambiguous by construction, so such cells stay out of the single-byte files.
      const grid = g.map((r) => r.map((c) => encodableIn(SINGLE_BYTE.has(charset) ? c.replace(/[\u2500-\u259f]/g, " ") : c, charset).replace(/[\r\n]+/g, " ")));
      const letters = (grid.flat().join("").match(/[А-яЁё]/g) ?? []).length;
      const enc = ["win1251", "koi8-r", "cp866"].includes(wanted) && letters < LETTERS_FOR_STATISTICS ? "utf8" : wanted;
      const bytes = encodeText(toTsv(grid, eol) + eol, enc);
      const a = readDocumentText(decodeText(bytes), "файл.txt");
      const b = readDocumentText(decodeText(bytes), "файл.txt");
      const loss = lostCells(grid.flat(), stringsOf(a));
      return { cells: loss.cells, lost: loss.lost, problems: [...loss.examples, ...nondeterminism(a, b)] };
    }, { runs: runsFor(2), ...FILE });
  });

  it("binary content is refused or read as text, never a crash", async () => {
    const kinds = fc.constantFrom("png", "pdf", "jpeg", "gif", "gzip", "xls", "doc", "random") as fc.Arbitrary<Parameters<typeof binaryFile>[0]>;
    const edits = fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 });
    await fuzz("files.sniff", "binary renamed", fc.tuple(kinds, fc.nat(), edits, fc.nat({ max: 4096 })), async ([kind, seed, changes, cut]) => {
      const bytes = binaryFile(kind, seed).slice(0, 16 + cut);
      for (const [at, v] of changes) bytes[16 + (at % Math.max(1, bytes.length - 16))] = v;
      return { cells: 0, lost: 0, problems: await refusedOr(() => (sniffContent(bytes) === "text" ? decodeFileText(bytes) : null)) };
    }, { runs: runsFor(2), ...FILE });
  });

  it("an .xlsx declaring any size is refused or read, at once", async () => {
    const base = await xlsxWith(farCellSheet());
    const parts = fc.constantFrom("xl/worksheets/sheet1.xml", "xl/workbook.xml", "[Content_Types].xml");
    await fuzz("files.zipGuard", "declared sizes", fc.tuple(parts, fc.nat({ max: 0xffffffff })), async ([part, size]) => {
      return { cells: 0, lost: 0, problems: await refusedOr(() => readXlsx(withDeclaredSize(base, part, size))) };
    }, { runs: runsFor(10), ...FILE });
  });

  it("cells anywhere up to XFD1048576, merges over the grid: every cell read at its place", async () => {
    const at = fc.record({ row: fc.integer({ min: 1, max: 1_048_576 }), column: fc.integer({ min: 1, max: 16_384 }) });
    const sheet = fc.record({
      cells: fc.uniqueArray(at, { minLength: 1, maxLength: 6, selector: (c) => `${c.row}:${c.column}` }),
      texts: fc.array(fc.constantFrom("№", "Мероприятие", "Срок исполнения", "МБОУ «СОШ № 1»", "март 2025 г.", "Итого"), { minLength: 6, maxLength: 6 }),
      merge: fc.constantFrom("", "A1:XFD1048576", "B2:C3", "A1:A1048576"),
    });
    const ref = (row: number, column: number) => {
      let letters = "";
      for (let c = column; c > 0; c = Math.floor((c - 1) / 26)) letters = String.fromCharCode(65 + ((c - 1) % 26)) + letters;
      return `${letters}${row}`;
    };
    await fuzz("files.readXlsx", "far cells", sheet, async (s) => {
      const placed = s.cells.map((c, i) => ({ ...c, text: makeStorable(s.texts[i]) })).sort((a, b) => a.row - b.row || a.column - b.column);
      const rows = [...new Set(placed.map((p) => p.row))].map((r) => `<row r="${r}">${placed.filter((p) => p.row === r).map((p) => inlineCell(ref(p.row, p.column), p.text)).join("")}</row>`);
      const merges = s.merge ? `<mergeCells count="1"><mergeCell ref="${s.merge}"/></mergeCells>` : "";
      const tables = await readXlsx(await xlsxWith(`<sheetData>${rows.join("")}</sheetData>${merges}`));
      const problems: string[] = [];
      let lost = 0;
      for (const p of placed) {
        const merged = s.merge === "A1:XFD1048576" || s.merge === "A1:A1048576" ? p.row !== 1 || p.column !== 1 : false;
        const found = tables.some((t) => t.cells[p.row - t.origin.firstRow]?.[p.column - t.origin.firstColumn] === p.text);
        // A cell covered by a (small enough to keep) merge is hidden, as in Excel; a huge merge is dropped.
        if (!found && !(merged && s.merge === "A1:A1048576" && p.column === 1)) {
          lost++;
          problems.push(`${ref(p.row, p.column)} «${p.text}» not found`);
        }
      }
      const area = tables.reduce((sum, t) => sum + t.cells.reduce((n, r) => n + r.length, 0), 0);
      if (area > 3_000_000 * 2) problems.push(`${area} cells allocated for ${placed.length}`);
      return { cells: placed.length, lost, problems };
    }, { runs: runsFor(10), ...FILE });
  });
});
