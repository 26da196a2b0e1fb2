import { cleanCellText, oneLine, type SourceTable } from "../table";
import { isNumberOnly } from "./numbers";
import type { ColumnRole, RoadmapColumn } from "./types";

/** Header synonyms of DOMAIN.md, most specific first: «Результат выполнения мероприятия» is a result. */
const HEADER_ROLES: readonly [ColumnRole, RegExp][] = [
  ["number", /^(?:№|n|no|номер)\s*(?:п\s*\/\s*п|пп)?$|^п\s*\/\s*п$/],
  ["result", /результат/],
  ["reportForm", /форм\S* отчет|отчетн\S* (?:документ|форм)|форм\S* (?:отчетности|представления)|подтверждающ/],
  ["deadline", /срок|период|^дата|дата (?:проведения|исполнения|выполнения)|время проведения|^когда/],
  ["responsible", /ответствен|^отв(?:\s|$)|исполнител|^кто/],
  ["indicator", /показател|индикатор|плановое значение|целев/],
  ["activity", /мероприят|задач|контрольн\S* точк|действи|наименование|содержание|направлени|вид\S* работ/],
];

const MONTH_OR_YEAR =
  /январ|феврал|март|апрел|\bма[йяе]\b|июн|июл|август|сентябр|октябр|ноябр|декабр|\b(?:19|20)\d\d\b|квартал|течение|ежегодно|ежемесячно|постоянно|\d{1,2}\.\d{1,2}\.\d{2,4}/i;
const BODY_WORDS = /управлени|комитет|руководител|координатор|методист|куратор|\bоо\b|\bоу\b|школ|центр|служб|отдел|директор|администрац/i;

export interface ColumnLayout {
  /** Index of the header row in the table; -1 when the roles come from the content alone. */
  readonly headerRow: number;
  readonly columns: readonly RoadmapColumn[];
  /** Column index of each role present. */
  readonly byRole: Readonly<Partial<Record<ColumnRole, number>>>;
  /** Normalised header texts, to recognise the header repeated on every page. */
  readonly headerKeys: readonly string[];
  /** Roles that the header named (not guessed from the content). */
  readonly namedRoles: ReadonlySet<ColumnRole>;
}

/** «<b>Сроки  реализации</b>» → «сроки реализации»: case, ё, tags, punctuation and spacing ignored. */
export function headerKey(text: string): string {
  return oneLine(cleanCellText(text))
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[.,:;*«»"()]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

export function headerRole(text: string): ColumnRole | null {
  const key = headerKey(text);
  if (key === "") return null;
  for (const [role, pattern] of HEADER_ROLES) if (pattern.test(key)) return role;
  return null;
}

function headerScore(row: readonly string[]): number {
  const roles = new Set<ColumnRole>();
  for (const cell of row) {
    if (cell.length > 120) continue;
    const role = headerRole(cell);
    if (role) roles.add(role);
  }
  return roles.size;
}

function findHeaderRow(table: SourceTable): number {
  let best = -1;
  let bestScore = 1;
  const limit = Math.min(table.cells.length, 30);
  for (let r = 0; r < limit; r++) {
    const score = headerScore(table.cells[r]);
    if (score > bestScore) {
      best = r;
      bestScore = score;
    }
  }
  return best;
}

function tableWidth(table: SourceTable): number {
  let width = 0;
  for (const row of table.cells) width = Math.max(width, row.length);
  return width;
}

/** Share of a column's non-empty data cells that pass a test (sampled: the first 400 data rows suffice). */
function share(table: SourceTable, from: number, c: number, test: (t: string) => boolean): { share: number; avg: number } {
  let filled = 0;
  let hits = 0;
  let length = 0;
  for (let r = from; r < table.cells.length && r < from + 400; r++) {
    const t = oneLine(cleanCellText(table.cells[r][c] ?? ""));
    if (t === "") continue;
    filled++;
    length += t.length;
    if (test(t)) hits++;
  }
  return { share: filled ? hits / filled : 0, avg: filled ? length / filled : 0 };
}

function guessByContent(table: SourceTable, from: number, roles: (ColumnRole | null)[], named: boolean[]): void {
  const taken = () => new Set(roles.filter((r): r is ColumnRole => r !== null && r !== "other"));
  const free = (c: number) => roles[c] === null || (!named[c] && roles[c] === "other");
  const assign = (role: ColumnRole, test: (t: string) => boolean, min: number) => {
    if (taken().has(role)) return;
    const c = roles.findIndex((_, i) => free(i) && share(table, from, i, test).share >= min);
    if (c >= 0) roles[c] = role;
  };
  assign("number", isNumberOnly, 0.6);
  assign("deadline", (t) => MONTH_OR_YEAR.test(t) && t.length < 160, 0.5);
  if (!taken().has("activity")) {
    let best = -1;
    let bestAvg = 12;
    roles.forEach((_, c) => {
      const avg = free(c) ? share(table, from, c, () => true).avg : 0;
      if (avg > bestAvg) [best, bestAvg] = [c, avg];
    });
    if (best >= 0) roles[best] = "activity";
  }
  assign("responsible", (t) => BODY_WORDS.test(t) && t.length < 300, 0.5);
}

function applyOverrides(roles: (ColumnRole | null)[], overrides: Record<number, ColumnRole>): void {
  for (const [key, role] of Object.entries(overrides)) {
    const c = Number(key);
    if (!Number.isInteger(c) || c < 0 || c >= roles.length) continue;
    if (role !== "other") roles.forEach((r, i) => (roles[i] = r === role ? "other" : r));
    roles[c] = role;
  }
}

/**
 * Which column is what: by header synonyms first, then by content (a column of «1.1.», «2.3» is the
 * number column; a column of month names and years is the deadline column). A role is held by one
 * column; the user's overrides win.
 */
export function detectColumns(table: SourceTable, overrides: Record<number, ColumnRole> = {}): ColumnLayout {
  const width = tableWidth(table);
  const headerRow = findHeaderRow(table);
  const header = headerRow >= 0 ? table.cells[headerRow] : [];
  const roles: (ColumnRole | null)[] = [];
  const seen = new Set<ColumnRole>();
  for (let c = 0; c < width; c++) {
    const role = headerRole(header[c] ?? "");
    roles.push(role === null ? null : seen.has(role) && role !== "other" ? "other" : role);
    if (role) seen.add(role);
  }
  const named = roles.map((r) => r !== null);
  if (headerRow >= 0) for (let c = 0; c < width; c++) if (roles[c] === null && headerKey(header[c] ?? "") !== "") roles[c] = "other";
  guessByContent(table, headerRow + 1, roles, named);
  applyOverrides(roles, overrides);
  const columns = roles.map((role, index) => ({
    index,
    header: oneLine(cleanCellText(header[index] ?? "")) || `Столбец ${index + 1}`,
    role: role ?? "other",
  }));
  const byRole: Partial<Record<ColumnRole, number>> = {};
  for (const col of columns) if (col.role !== "other" && byRole[col.role] === undefined) byRole[col.role] = col.index;
  const namedRoles = new Set(columns.filter((c) => named[c.index] && c.role !== "other").map((c) => c.role));
  return { headerRow, columns, byRole, headerKeys: columns.map((c) => headerKey(header[c.index] ?? "")), namedRoles };
}
