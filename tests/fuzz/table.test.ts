/**
 * Table reading (src/core/table): mutated seed grids and random grids, serialised the way they
 * reach us — clipboard TSV, CSV with «;» or «,», clipboard HTML, Excel range values, a whole order
 * pasted as text, a .docx (built here with JSZip), bytes in UTF-8, UTF-8+BOM or Windows-1251 through
 * decodeText. No exception escapes; every word of every non-empty cell is in the output; the same
 * input gives the same output.
 */
import fc from "fast-check";
import { type Grid, mutatedGrid, seedGrids, withBigCell } from "../helpers/mutate";
import { type Encoding, encodable, encode, toCsv, toDocx, toHtml, toTsv } from "./formats";
import { RUNS, fuzz, optionalModule, runsFor, type Outcome } from "./harness";
import { cellsOf, lostCells, nondeterminism, stringsOf } from "./invariants";

const table = optionalModule(() => require("../../src/core/table") as Api);
/** Each reader is called through a type-erasing adapter: the suite follows the module's API as it settles. */
type Api = Record<string, (...args: unknown[]) => unknown>;
const SEEDS = seedGrids();
const grids = mutatedGrid(SEEDS, { bigCellPercent: 0 }).map((m) => m.grid);
const FILE = { file: "tests/fuzz/table.test.ts" };
/** Seed tables are big (up to 90 rows of long cells): half the runs for text readers, fewer for documents. */
const TEXT_RUNS = { runs: runsFor(2), ...FILE };
const DOC_RUNS = { runs: runsFor(5), ...FILE };
const BIG_RUNS = { runs: Math.max(2, Math.round(RUNS / 200)), ...FILE };
const origin = (kind: "tsv" | "csv" | "html" | "range" | "text") => ({ kind, sheet: "Лист1", firstRow: 1, firstColumn: 1 }) as const;

/** Output judged as a whole: a cell is kept when all its words appear somewhere in what came back. */
function judge(grid: Grid, out: unknown, again: unknown): Outcome {
  const loss = lostCells(cellsOf(grid), stringsOf(out));
  return { cells: loss.cells, lost: loss.lost, problems: [...loss.examples, ...nondeterminism(out, again)] };
}

/**
 * A document's `text` holds everything, so judging on it would prove nothing: cells of tab-separated
 * lines (and every cell of a Word table) must come back in `tables`; a lone cell (a line with no
 * tab) may come back as a table cell or as paragraph text.
 */
function judgeDocument(grid: Grid, out: unknown, again: unknown, everyCellInTables: boolean): Outcome {
  const doc = out as { tables?: unknown; text?: unknown };
  const inTables = stringsOf(doc.tables);
  const tableCells = grid.filter((r) => everyCellInTables || r.length > 1).flat();
  const loneCells = grid.filter((r) => !everyCellInTables && r.length <= 1).flat();
  const a = lostCells(tableCells, inTables);
  const b = lostCells(loneCells, [...inTables, ...stringsOf(doc.text)]);
  return { cells: a.cells + b.cells, lost: a.lost + b.lost, problems: [...a.examples, ...b.examples, ...nondeterminism(out, again)] };
}

const twice = <T>(f: () => T): [T, T] => [f(), f()];
const describeIf = table ? describe : describe.skip;

describeIf("fuzz: table reading", () => {
  const api = table as Api;

  it("parseTsv: clipboard text", async () => {
    await fuzz("table.parseTsv", "clipboard text", fc.tuple(grids, fc.constantFrom("\r\n", "\n")), ([g, eol]) => {
      const [a, b] = twice(() => api.parseTsv(toTsv(g, eol), origin("tsv")));
      return judge(g, a, b);
    }, TEXT_RUNS);
  });

  it("parseCsv: «;» and «,» files", async () => {
    await fuzz("table.parseCsv", "csv", fc.tuple(grids, fc.constantFrom(";", ",") as fc.Arbitrary<";" | ",">), ([g, sep]) => {
      const [a, b] = twice(() => api.parseCsv(toCsv(g, sep), origin("csv")));
      return judge(g, a, b);
    }, TEXT_RUNS);
  });

  it("parseHtmlTables: clipboard HTML", async () => {
    await fuzz("table.parseHtmlTables", "clipboard html", grids, (g) => {
      const [a, b] = twice(() => api.parseHtmlTables(toHtml(g), origin("html")));
      return judge(g, a, b);
    }, TEXT_RUNS);
  });

  it("fromRangeValues: Excel's values, numbers and booleans included", async () => {
    // Numbers whose digits any formatting keeps (integers, short decimals); booleans as Russian Excel shows them.
    const value = fc.oneof(fc.integer({ min: -1e9, max: 1e9 }), fc.constantFrom(0.5, 12.25, -3.75, 99.9), fc.boolean(), fc.constant(""), fc.constant(null));
    const withNumbers = fc.tuple(grids, fc.array(fc.tuple(fc.nat(), fc.nat(), value), { maxLength: 4 })).map(([g, edits]) => {
      const values: unknown[][] = g.map((r) => [...r]);
      for (const [r, c, v] of edits) if (values.length > 0 && values[r % values.length].length > 0) values[r % values.length][c % values[r % values.length].length] = v;
      const width = Math.max(0, ...values.map((r) => r.length));
      return values.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ""));
    });
    await fuzz("table.fromRangeValues", "range values", withNumbers, (values) => {
      const [a, b] = twice(() => api.fromRangeValues(values, origin("range")));
      const shown = (v: unknown) => (v === null ? "" : v === true ? "ИСТИНА" : v === false ? "ЛОЖЬ" : String(v));
      return judge(values.map((r) => r.map(shown)), a, b);
    }, TEXT_RUNS);
  });

  it("decodeText + readDocumentText: a whole order in UTF-8, BOM or Windows-1251", async () => {
    const doc = fc.tuple(grids, fc.constantFrom<Encoding>("utf8", "utf8bom", "win1251"), fc.constantFrom("Приказ\nОб утверждении плана на 2023-2025 годы\n\n", "", "**План мероприятий**\n"));
    await fuzz("table.readDocumentText", "order text", doc, ([g, enc, preamble]) => {
      const grid = g.map((r) => r.map((c) => encodable(c, enc)));
      const text = encodable(preamble, enc) + toTsv(grid, "\n") + "\n\nНачальник управления\n";
      const [a, b] = twice(() => api.readDocumentText(api.decodeText(encode(text, enc)), "приказ.txt"));
      return judgeDocument(grid, a, b, false);
    }, DOC_RUNS);
  });

  it("readDocx: a Word order with its table", async () => {
    await fuzz("table.readDocx", "docx", grids, async (g) => {
      const bytes = await toDocx(g);
      const a = await (api.readDocx(bytes) as Promise<unknown>);
      const b = await (api.readDocx(bytes) as Promise<unknown>);
      return judgeDocument(g, a, b, true);
    }, { runs: runsFor(20), ...FILE });
  });

  it("1 MB cells survive TSV, HTML and pasted-document reading whole", async () => {
    await fuzz("table.parseTsv", "1 MB cell", withBigCell(grids), (g) => judge(g, api.parseTsv(toTsv(g), origin("tsv")), api.parseTsv(toTsv(g), origin("tsv"))), BIG_RUNS);
    await fuzz("table.parseHtmlTables", "1 MB cell", withBigCell(grids), (g) => judge(g, api.parseHtmlTables(toHtml(g), origin("html")), api.parseHtmlTables(toHtml(g), origin("html"))), BIG_RUNS);
    await fuzz("table.readDocumentText", "1 MB cell", withBigCell(grids), (g) => {
      const text = `План на 2023-2025 годы\n${toTsv(g, "\n")}\n`;
      return judgeDocument(g, api.readDocumentText(text, "x.txt"), api.readDocumentText(text, "x.txt"), false);
    }, BIG_RUNS);
  });
});

if (!table) it("src/core/table is not there yet: its suites are skipped", () => expect(table).toBeUndefined());
