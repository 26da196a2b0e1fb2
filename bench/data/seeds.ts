/**
 * The seed roadmap orders (real documents) as raw material for generated workloads: the activity
 * rows of their roadmap tables (with their continuation lines), and the phrases of their deadline
 * columns. Reading is deliberately naive — this is input for the product, not a second parser.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";

/** Where the seeds may be: an override, a copy inside the repository, the shared folder next to it. */
export function seedDir(root: string): string | null {
  const candidates = [process.env.BENCH_SEEDS, path.join(root, "tests", "fixtures", "seeds"), path.join(root, "samples", "seeds"), path.join(root, "..", "shared", "seeds"), "/work/shared/seeds"];
  for (const dir of candidates) if (dir && existsSync(dir) && readdirSync(dir).some((f) => f.endsWith(".txt"))) return dir;
  return null;
}

export function readSeeds(root: string): { name: string; text: string }[] {
  const dir = seedDir(root);
  if (!dir) throw Object.assign(new Error("нет документов-образцов (seeds): задайте BENCH_SEEDS"), { code: "MODULE_MISSING" });
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => ({ name: f, text: readFileSync(path.join(dir, f), "utf8") }));
}

const stripTags = (s: string) => s.replace(/<[^>]*>/g, "").trim();
const isHeader = (cells: string[]) => cells.length >= 3 && cells.some((c) => /мероприят|задачи/i.test(stripTags(c))) && cells.some((c) => /срок|период реализации/i.test(stripTags(c)));

/** Leading activity number of a line, allowing HTML and glued text: "<p>1.10. Оказание" → "1.10.". */
export const NUMBER_AT_START = /^(\s*(?:<p>)?\s*)(\d{1,2}(?:\s?\.\s?\d{1,2}){1,2}\.?(?=\s|$|[А-ЯЁа-яё])|\d{1,3}\.?(?=\t))/;

export interface SeedTable {
  readonly seed: string;
  readonly header: string;
  readonly columns: number;
  /** Index of the deadline column in the header. */
  readonly deadlineColumn: number;
  /** Index of the responsible column, -1 when the table has none. */
  readonly responsibleColumn: number;
  /** Each activity: its first line (numbered) and any continuation lines up to the next activity. */
  readonly activities: readonly (readonly string[])[];
}

function isSection(line: string, cells: string[]): boolean {
  const rest = cells.slice(1).filter((c) => stripTags(c) !== "");
  if (/^\s*<b>/.test(line) && rest.length <= 1) return true;
  if (rest.length === 1 && /^\s*<b>/.test(rest[0]) && stripTags(cells[0]).length <= 3) return true; // "3.\t<b>3 этап …</b>"
  return /^\s*\d+\.\s*[А-ЯЁа-яё]/.test(cells[0]) && rest.length === 0 && !NUMBER_AT_START.test(line);
}

/** Every roadmap table of a seed text: the header line, then the numbered activities below it. */
export function seedTables(seed: string, text: string): SeedTable[] {
  const lines = text.split(/\r?\n/);
  const out: SeedTable[] = [];
  let current: { header: string; columns: number; deadlineColumn: number; responsibleColumn: number; activities: string[][] } | null = null;
  for (const line of lines) {
    const cells = line.split("\t");
    if (isHeader(cells)) {
      if (current && current.header === line) continue; // a header repeated on the next page
      if (current) out.push({ seed, ...current });
      current = { header: line, columns: cells.length, deadlineColumn: cells.findIndex((c) => /срок|период реализации/i.test(stripTags(c))), responsibleColumn: cells.findIndex((c) => /^(отв|исполнит)/i.test(stripTags(c))), activities: [] };
      continue;
    }
    if (!current) continue;
    if (cells.length < 2 && line.trim() !== "" && !/^\s*<p>/.test(line)) {
      out.push({ seed, ...current });
      current = null;
      continue;
    }
    if (isSection(line, cells)) continue;
    if (NUMBER_AT_START.test(line) && cells.length >= 2) current.activities.push([line]);
    else if (current.activities.length) current.activities[current.activities.length - 1].push(line);
  }
  if (current) out.push({ seed, ...current });
  return out.filter((t) => t.activities.length > 0);
}

/**
 * Cells of a line with the number glued to the text («<p>1.10. Оказание …</p>» then the other cells)
 * put back in the header's positions, with an empty number cell first; other lines as they split.
 */
export function cellsOf(line: string, columns: number): { cells: string[]; glued: boolean } {
  const cells = line.split("\t");
  const glued = cells.length === columns - 1 && NUMBER_AT_START.test(line) && !/^\s*[\d.\s]+$/.test(cells[0]);
  return { cells: glued ? ["", ...cells] : cells, glued };
}

/** Deadline-column phrases of every seed table (cell text with tags stripped), non-empty, in order. */
export function seedDeadlinePhrases(tables: readonly SeedTable[]): string[] {
  const out: string[] = [];
  for (const t of tables) {
    if (t.deadlineColumn < 0) continue;
    for (const a of t.activities) {
      const cell = stripTags(cellsOf(a[0], t.columns).cells[t.deadlineColumn] ?? "");
      if (cell) out.push(cell);
    }
  }
  return out;
}
