import { type ColumnMap, type ColumnRole, normalizeHeader } from "./columns";
import { type ColumnProfile, type RoleGuess, columnValues, profileColumn, scoreRoles } from "./column-types";
import type { DetectedLayout, KeyGroup } from "./detect";
import { parseNumberRu } from "./numbers";
import { normalizeSubject } from "./preamble";

/** One column as recognised: its best role (null = none), the score, and the reasons in Russian. */
export interface ColumnGuess {
  readonly index: number;
  readonly header: string;
  readonly role: ColumnRole | null;
  readonly score: number;
  readonly reasons: readonly string[];
  /** Other roles it could play, best first (for the pane's dropdown). */
  readonly alternatives: readonly RoleGuess[];
}

export interface Recognition {
  readonly detection: DetectedLayout;
  readonly guesses: readonly ColumnGuess[];
}

/** Roles that make a per-school summary: any one of them with a school column is a table of results. */
export const AGGREGATE_ROLES = [
  "participants", "m2", "m3", "m4", "m5", "meanScore", "meanMark", "statedSuccess", "statedQuality",
  "belowCount", "belowShare", "passedCount",
] as const satisfies readonly ColumnRole[];

/** Roles a column may hold once per table (or per subject block). */
const MIN_SCORE = 2;

const isNumberCell = (c: string) => {
  const v = parseNumberRu(c);
  return v !== null && !Number.isNaN(v);
};
const filledCount = (row: readonly string[] | undefined) => (row ?? []).filter((c) => c.trim() !== "").length;
const numberCount = (row: readonly string[] | undefined) => (row ?? []).filter(isNumberCell).length;

/** A header row: at least two cells, mostly words. */
function headerLike(row: readonly string[] | undefined): boolean {
  const filled = filledCount(row);
  return filled >= 2 && numberCount(row) <= filled * 0.5;
}

/** The key a group header over a block of columns names: a subject («Математика») or a year («2024»). */
export function groupKeyOf(text: string): KeyGroup["key"] | null {
  const t = text.trim();
  if (!t) return null;
  const year = /^(?:\D{0,20}\s)?(20\d\d)(?:\s*(?:г\.?|год|[-/]\s*(?:20)?\d\d))?\.?$/i.exec(t);
  if (year) return { year: year[1] };
  const low = t.toLowerCase().replace(/ё/g, "е");
  if (/^(математика|русский язык|физика|химия|информатика|биология|история|обществознание|литература|география|(английский|немецкий|французский|иностранный) язык|окружающий мир)/.test(low)) {
    return { subject: normalizeSubject(t) };
  }
  return null;
}

/** Header texts of each column: one row, or a group row carried across merged cells plus the row below it. */
function headerTexts(top: readonly string[], sub: readonly string[] | null): { texts: string[]; groups: (string | null)[] } {
  const width = Math.max(top.length, sub?.length ?? 0);
  const texts: string[] = [];
  const groups: (string | null)[] = [];
  let carried = "";
  for (let i = 0; i < width; i++) {
    const t = (top[i] ?? "").trim();
    if (!sub) {
      texts.push(t);
      groups.push(null);
      continue;
    }
    const s = (sub[i] ?? "").trim();
    // A merged group caption («Математика» over three columns) stands in the first cell only.
    if (t) carried = t;
    else if (!s) carried = "";
    const group = t || (s ? carried : "");
    const keyed = groupKeyOf(group) !== null;
    texts.push(s ? (keyed ? s : `${group} ${s}`.trim()) : group);
    groups.push(keyed && s ? group : null);
  }
  return { texts, groups };
}

function assign(guesses: readonly (readonly RoleGuess[])[], taken: Set<ColumnRole> = new Set()): (RoleGuess | null)[] {
  const out: (RoleGuess | null)[] = guesses.map(() => null);
  const all = guesses.flatMap((gs, col) => gs.map((g) => ({ col, g }))).sort((a, b) => b.g.score - a.g.score);
  for (const { col, g } of all) {
    if (g.score < MIN_SCORE || out[col] || taken.has(g.role)) continue;
    out[col] = g;
    taken.add(g.role);
  }
  return out;
}

interface Candidate {
  readonly headerRow: number;
  readonly texts: readonly string[];
  readonly groups: readonly (string | null)[];
  readonly profiles: readonly ColumnProfile[];
}

function candidateAt(cells: readonly (readonly string[])[], r: number): Candidate | null {
  const top = cells[r];
  if (!headerLike(top)) return null;
  const next = cells[r + 1];
  // A second header row: words over data (no figures), as a block-per-subject header has.
  const twoRow = headerLike(next) && numberCount(next) === 0 && numberCount(cells[r + 2]) > 0;
  const { texts, groups } = headerTexts(top, twoRow ? (next as readonly string[]) : null);
  const start = r + (twoRow ? 2 : 1);
  const end = Math.min(cells.length, start + 400);
  if (start >= cells.length) return null;
  const profiles = texts.map((_, col) => profileColumn(columnValues(cells, col, start, end)));
  return { headerRow: r + (twoRow ? 1 : 0), texts, groups, profiles };
}

const STUDENT_SIGNS: readonly ColumnRole[] = ["student", "className", "journal"];

/** The shape the recognised columns form, or null: what a reader can take. */
function shapeOf(c: Candidate, guesses: readonly (readonly RoleGuess[])[]): DetectedLayout | null {
  const groupNames = [...new Set(c.groups.filter((g): g is string => g !== null))];
  if (groupNames.length >= 2 || (groupNames.length === 1 && c.groups.filter((g) => g !== null).length >= 2)) {
    return groupedShape(c, guesses, groupNames);
  }
  const picked = assign(guesses);
  const columns: ColumnMap = {};
  picked.forEach((g, col) => g && (columns[g.role] = col));
  const schoolCol = columns.school;
  const perRow = columns.mark !== undefined || columns.score !== undefined;
  if (perRow) {
    const schoolRepeats = schoolCol !== undefined && c.profiles[schoolCol].distinct < 0.7;
    if (schoolRepeats || STUDENT_SIGNS.some((r) => columns[r] !== undefined)) {
      const exam = columns.journal === undefined && columns.score !== undefined && (columns.subject !== undefined || c.profiles[columns.score].max > 40);
      return { layout: exam ? "exam" : "students", headerRow: c.headerRow, columns, byContent: true };
    }
  }
  if (schoolCol !== undefined && AGGREGATE_ROLES.some((r) => columns[r] !== undefined)) {
    return { layout: "counts", headerRow: c.headerRow, columns, byContent: true };
  }
  return null;
}

/** A block of columns per subject (or year) under a group caption; the school column is shared. */
function groupedShape(c: Candidate, guesses: readonly (readonly RoleGuess[])[], names: readonly string[]): DetectedLayout | null {
  const sharedCols = c.groups.map((g, i) => (g === null ? i : -1)).filter((i) => i >= 0);
  const shared: ColumnMap = {};
  const sharedPick = assign(sharedCols.map((i) => guesses[i]));
  sharedPick.forEach((g, k) => g && (shared[g.role] = sharedCols[k]));
  if (shared.school === undefined) return null;
  const groups: KeyGroup[] = [];
  for (const name of names) {
    const cols = c.groups.map((g, i) => (g === name ? i : -1)).filter((i) => i >= 0);
    const pick = assign(cols.map((i) => guesses[i]), new Set(Object.keys(shared) as ColumnRole[]));
    const columns: ColumnMap = {};
    pick.forEach((g, k) => g && (columns[g.role] = cols[k]));
    if (!AGGREGATE_ROLES.some((r) => columns[r] !== undefined)) continue;
    groups.push({ key: groupKeyOf(name) ?? {}, columns, caption: name });
  }
  if (groups.length === 0) return null;
  return { layout: "counts", headerRow: c.headerRow, columns: shared, groups, byContent: true };
}

function guessesOf(c: Candidate): RoleGuess[][] {
  return c.texts.map((t, i) => scoreRoles(t, c.profiles[i]));
}

function explain(c: Candidate, guesses: readonly (readonly RoleGuess[])[], det: DetectedLayout | null): ColumnGuess[] {
  const roleAt = new Map<number, ColumnRole>();
  const put = (m: ColumnMap) => (Object.entries(m) as [ColumnRole, number][]).forEach(([role, col]) => roleAt.set(col, role));
  if (det) {
    put(det.columns);
    det.groups?.forEach((g) => put(g.columns));
  } else assign(guesses).forEach((g, col) => g && roleAt.set(col, g.role));
  return c.texts.map((header, index) => {
    const role = roleAt.get(index) ?? null;
    const g = guesses[index].find((x) => x.role === role);
    return { index, header, role, score: g?.score ?? 0, reasons: g?.reasons ?? [], alternatives: guesses[index] };
  });
}

/**
 * Looks for a header row from `from` whose columns, typed by header and values, form a shape a reader knows.
 * The first such row wins; null when none does (the caller then asks the user).
 */
export function recognizeByContent(cells: readonly (readonly string[])[], from: number, limit = 60): Recognition | null {
  const end = Math.min(cells.length, from + limit);
  for (let r = from; r < end; r++) {
    const c = candidateAt(cells, r);
    if (!c) continue;
    const guesses = guessesOf(c);
    const det = shapeOf(c, guesses);
    if (det) return { detection: det, guesses: explain(c, guesses, det) };
  }
  return null;
}

/** The columns of the likeliest header row, with the best guess for each: what to show when nothing was read. */
export function guessColumns(cells: readonly (readonly string[])[], from = 0, limit = 60): ColumnGuess[] {
  let best: { c: Candidate; guesses: RoleGuess[][]; score: number } | null = null;
  const end = Math.min(cells.length, from + limit);
  // A header is words: rows with figures are considered only when no row of words is there.
  const wordRows = cells.slice(from, end).some((row, k) => numberCount(row) === 0 && candidateAt(cells, from + k) !== null);
  for (let r = from; r < end; r++) {
    if (wordRows && numberCount(cells[r]) > 0) continue;
    const c = candidateAt(cells, r);
    if (!c) continue;
    const guesses = guessesOf(c);
    // A header is words: a row with figures is data that merely looks like one; the first header wins ties.
    const score = assign(guesses).reduce((a, g) => a + (g?.score ?? 0), 0) + filledCount(cells[r]) * 0.5 - numberCount(cells[r]) * 3 - (r - from) * 0.01;
    if (!best || score > best.score) best = { c, guesses, score };
  }
  if (best) return explain(best.c, best.guesses, null);
  // No row reads as a header (task numbers, figures): the first filled row is what the user sees.
  const first = cells.findIndex((row, r) => r >= from && filledCount(row) >= 2);
  if (first < 0) return [];
  const c: Candidate = {
    headerRow: first, texts: cells[first].map((x) => x.trim()), groups: cells[first].map(() => null),
    profiles: cells[first].map((_, col) => profileColumn(columnValues(cells, col, first + 1, Math.min(cells.length, first + 401)))),
  };
  return explain(c, guessesOf(c), null);
}

/** Normalised header text: how a saved mapping recognises the same shape on the next paste. */
export function headerSignature(headers: readonly string[]): string {
  return headers.map(normalizeHeader).filter((h) => h !== "").join("|");
}
