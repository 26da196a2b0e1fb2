import { cleanCellText, oneLine, type SourceTable } from "../table";
import { headerBand, type HeaderBand } from "./header-band";
import { isNumberOnly } from "./numbers";
import { isGridCell, isMark, periodQuery, periodYear } from "./periods";
import type { ColumnChoice, ColumnRole, DeadlinePart, RoadmapColumn } from "./types";

/** Header synonyms of DOMAIN.md, most specific first: «Результат выполнения мероприятия» is a result. */
const HEADER_ROLES: readonly [ColumnRole, RegExp][] = [
  ["number", /^(?:№|n|no|номер)\s*(?:п\s*\/\s*п|пп)?$|^п\s*\/\s*п$/],
  // Before «результат»: «Форма представления результатов» is the form of the report, not the result.
  [
    "reportForm",
    /форм\S* (?:отчет|завершени|представлени|подтвержд|контрол)|отчетн\S* (?:документ|форм|материал)|форм\S* (?:отчетности|представления)|подтверждающ|итогов\S* документ|вид\S* (?:отчет|документ)/,
  ],
  ["result", /^результат|^ожидаем/],
  ["result", /результат|выход|продукт|эффект/],
  ["deadline", /срок|период|^дата|дата (?:проведения|исполнения|выполнения|начала|окончания)|время проведения|^когда|(?:^|\s)(?:начало|окончание)$|график (?:выполнени|исполнени|реализаци|проведени)|^календарн/],
  ["responsible", /ответствен|^отв(?:\s|$)|исполнител|^кто|^исполн/],
  ["indicator", /показател|индикатор|плановое значение|целев/],
  ["activity", /мероприят|задач|контрольн\S* точк|действи|наименование|содержание|направлени|вид\S* работ|^работ[аы]?$|^тема/],
];

/**
 * Headers of columns that are none of the roles, so their content never makes them one: a «Место» of
 * school names is not the responsible column, a «Примечание» of months is not the deadline.
 */
const NOT_A_ROLE = /^(?:место|примечани|источник|финансир|затрат|участник|категори|объ[её]м|сумм|стоимост|статус|отметк|адрес|класс|предмет|кол-во|количеств|корректировк)/;

const START = /начал|^с$|старт|^от$/;
const END = /оконч|заверш|конец|конечн|^по$|^до$/;

const MONTH_OR_YEAR =
  /январ|феврал|март|апрел|\bма[йяе]\b|июн|июл|август|сентябр|октябр|ноябр|декабр|\b(?:19|20)\d\d\b|квартал|течение|ежегодно|ежемесячно|постоянно|\d{1,2}\.\d{1,2}\.\d{2,4}/i;
const BODY_WORDS =
  /управлени|комитет|руководител|координатор|методист|куратор|(?:^|[^а-яё])(?:оо|оу|моу|мбоу|мку|гбу|мбу|ипк|иро|рмо|ммо|шмо)(?:$|[^а-яё])|школ|центр|служб|отдел|директор|администрац|министерств|департамент|комисси|учител|заместител|педагог|[А-ЯЁ][а-яё]+\s+[А-ЯЁ]\.\s?[А-ЯЁ]\./i;

/** A deadline column of a deadline written over several columns. */
export interface DeadlinePartColumn {
  readonly column: number;
  readonly part: DeadlinePart;
  /** For a period column: the text the deadline grammar reads for its period («I квартал 2024»). */
  readonly query: string | null;
  /** For a period column: the year its header names, given to dates without one in its cells. */
  readonly year: number | null;
  /** The column's own header text («I кв. 2024», «начала реализации»), as the deadline's raw text names it. */
  readonly label: string;
}

export interface ColumnLayout {
  /** Index of the header row in the table (the last row of a header band); -1 when the roles come from the content alone. */
  readonly headerRow: number;
  /** First row of the header band (the rows above it are the title); equals headerRow for a one-row header. */
  readonly headerTop: number;
  /** Column-number rows («1 | 2 | 3 …») right under the header: input rows, not activities. */
  readonly numberRows: readonly number[];
  /** Normalised texts of each header band row, to recognise the header repeated on every page. */
  readonly bandKeys: readonly (readonly string[])[];
  /** The deadline columns when the deadline is written over several (start/end, a plan-graph's periods); else empty. */
  readonly deadlineParts: readonly DeadlinePartColumn[];
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

/**
 * Roles of the columns the header does not name, from what they hold. Returns a second column of dates
 * right of a deadline column found this way (a table without a header that has «начало» and «окончание»).
 */
function guessByContent(table: SourceTable, from: number, roles: (ColumnRole | null)[], named: boolean[]): number | undefined {
  const taken = () => new Set(roles.filter((r): r is ColumnRole => r !== null && r !== "other"));
  const free = (c: number) => roles[c] === null || (!named[c] && roles[c] === "other");
  const assign = (role: ColumnRole, test: (t: string) => boolean, min: number) => {
    if (taken().has(role)) return;
    const c = roles.findIndex((_, i) => free(i) && share(table, from, i, test).share >= min);
    if (c >= 0) roles[c] = role;
  };
  assign("number", isNumberOnly, 0.6);
  const deadlineLike = (t: string) => MONTH_OR_YEAR.test(t) && t.length < 160;
  const hadDeadline = taken().has("deadline");
  assign("deadline", deadlineLike, 0.5);
  const first = hadDeadline ? -1 : roles.indexOf("deadline");
  const second = first < 0 ? -1 : roles.findIndex((_, i) => i > first && free(i) && share(table, from, i, deadlineLike).share >= 0.5);
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
  return second >= 0 && roles[second] !== "activity" && roles[second] !== "responsible" ? second : undefined;
}

interface Parts {
  readonly roles: (ColumnRole | null)[];
  readonly parts: Map<number, DeadlinePartColumn>;
}

/** Plan-graph: two or more period columns whose cells hold marks, dashes or dates. */
function periodGrid(table: SourceTable, band: HeaderBand, from: number, roles: readonly (ColumnRole | null)[], width: number): DeadlinePartColumn[] {
  const grid: DeadlinePartColumn[] = [];
  for (let c = 0; c < width; c++) {
    if (roles[c] !== null && roles[c] !== "deadline") continue;
    const label = band.lower[c] || band.texts[c] || "";
    const query = periodQuery(label);
    if (query) grid.push({ column: c, part: "period", query, year: periodYear(label), label });
  }
  if (grid.length < 2) return [];
  let filled = 0;
  let fits = 0;
  let marks = 0;
  for (let r = from; r < table.cells.length && r < from + 400; r++) {
    for (const g of grid) {
      const t = oneLine(cleanCellText(table.cells[r]?.[g.column] ?? ""));
      if (t === "") continue;
      filled++;
      if (isGridCell(t)) fits++;
      if (isMark(t) || /\d/.test(t)) marks++;
    }
  }
  // Yearly target values («2024 | 2025» under «Значение показателя») are numbers, not marks.
  return filled === 0 || (fits / filled >= 0.7 && marks > 0) ? grid : [];
}

/**
 * A deadline written over several columns: a plan-graph's period grid, separate start and end columns,
 * or repeated date columns («Дата | Дата | Дата»). A single column named as the deadline wins over a grid.
 */
function deadlineParts(table: SourceTable, band: HeaderBand, from: number, roles: (ColumnRole | null)[], width: number): Parts {
  const parts = new Map<number, DeadlinePartColumn>();
  const grid = periodGrid(table, band, from, roles, width);
  const inGrid = new Set(grid.map((g) => g.column));
  const named = roles.map((r, c) => (r === "deadline" && !inGrid.has(c) ? c : -1)).filter((c) => c >= 0);
  if (grid.length && named.length === 0) {
    for (const g of grid) {
      parts.set(g.column, g);
      roles[g.column] = "deadline";
    }
    return { roles, parts };
  }
  for (const g of grid) if (roles[g.column] === "deadline") roles[g.column] = null;
  if (named.length < 2) return { roles, parts };
  const sub = (c: number) => headerKey(band.lower[c] || band.texts[c] || "");
  const start = named.find((c) => START.test(sub(c)));
  const end = named.find((c) => c !== start && END.test(sub(c)));
  if (start !== undefined || end !== undefined) {
    for (const [c, part] of [
      [start, "start"],
      [end, "end"],
    ] as const) {
      if (c !== undefined) parts.set(c, { column: c, part, query: null, year: null, label: band.lower[c] || band.texts[c] || "" });
    }
    return { roles, parts };
  }
  const keys = new Set(named.map((c) => headerKey(band.texts[c] ?? "")));
  if (keys.size === 1) for (const c of named) parts.set(c, { column: c, part: "occurrence", query: null, year: null, label: band.texts[c] ?? "" });
  return { roles, parts };
}

function applyOverrides(roles: (ColumnRole | null)[], parts: Map<number, DeadlinePartColumn>, overrides: Record<number, ColumnChoice>, texts: readonly string[]): void {
  // Parts chosen by hand first. They join the parts found of their kind (a fifth quarter to a grid of
  // four); parts of another kind, and a single deadline column, give way.
  const family = (part: DeadlinePart) => (part === "end" ? "start" : part);
  const chosen = Object.entries(overrides).filter(([, choice]) => choice.startsWith("deadline:"));
  for (const [key, choice] of chosen) {
    const c = Number(key);
    if (!Number.isInteger(c) || c < 0 || c >= roles.length) continue;
    const part = choice.slice("deadline:".length) as DeadlinePart;
    for (const [i, p] of parts) if (family(p.part) !== family(part)) parts.delete(i);
    const label = texts[c] ?? "";
    const period = part === "period";
    parts.set(c, { column: c, part, query: period ? periodQuery(label) ?? label : null, year: period ? periodYear(label) : null, label });
    roles[c] = "deadline";
  }
  if (chosen.length) roles.forEach((r, i) => (roles[i] = r === "deadline" && !parts.has(i) ? "other" : r));
  for (const [key, choice] of Object.entries(overrides)) {
    const c = Number(key);
    if (!Number.isInteger(c) || c < 0 || c >= roles.length || choice.startsWith("deadline:")) continue;
    const role = choice as ColumnRole;
    // The user's deadline column is the deadline, alone; any other role takes the column out of the parts.
    if (role === "deadline" && !parts.has(c)) parts.clear();
    if (role !== "deadline") parts.delete(c);
    if (role !== "other") roles.forEach((r, i) => (roles[i] = r === role && !(role === "deadline" && parts.has(i)) ? "other" : r));
    roles[c] = role;
  }
  if (parts.size === 1) parts.clear();
}

/** The first row after the header band and its column-number rows: where the data starts. */
function dataStart(band: HeaderBand, headerRow: number): number {
  return band.numberRows.length ? band.numberRows[band.numberRows.length - 1] + 1 : headerRow + 1;
}

/**
 * Which column is what: by header synonyms first (the header band read as a whole, «Сроки» + «начало»),
 * then by content (a column of «1.1.», «2.3» is the number column; a column of month names and years is the
 * deadline column). A role is held by one column, except the deadline written over several columns (start
 * and end; a plan-graph's period grid); the user's overrides win.
 */
export function detectColumns(table: SourceTable, overrides: Record<number, ColumnChoice> = {}): ColumnLayout {
  const width = tableWidth(table);
  const top = findHeaderRow(table);
  const band = headerBand(table, top, width);
  const headerRow = top < 0 ? -1 : band.bottom;
  const from = top < 0 ? 0 : dataStart(band, headerRow);
  const texts = band.texts;
  const first: (ColumnRole | null)[] = [];
  for (let c = 0; c < width; c++) first.push(headerRole(texts[c] ?? ""));
  const { roles: found, parts } = deadlineParts(table, band, from, first, width);
  const roles: (ColumnRole | null)[] = [];
  const seen = new Set<ColumnRole>();
  for (let c = 0; c < width; c++) {
    const role = found[c];
    roles.push(role === null ? null : seen.has(role) && role !== "other" && !parts.has(c) ? "other" : role);
    if (role) seen.add(role);
  }
  const named = roles.map((r, c) => r !== null || NOT_A_ROLE.test(headerKey(texts[c] ?? "")));
  if (top >= 0) for (let c = 0; c < width; c++) if (roles[c] === null && headerKey(texts[c] ?? "") !== "") roles[c] = "other";
  const secondDates = guessByContent(table, from, roles, named);
  const firstDates = roles.indexOf("deadline");
  if (secondDates !== undefined && parts.size === 0 && firstDates >= 0) {
    const label = (c: number) => texts[c] || `Столбец ${c + 1}`;
    parts.set(firstDates, { column: firstDates, part: "start", query: null, year: null, label: label(firstDates) });
    parts.set(secondDates, { column: secondDates, part: "end", query: null, year: null, label: label(secondDates) });
    roles[secondDates] = "deadline";
  }
  applyOverrides(roles, parts, overrides, texts);
  const columns = roles.map((role, index) => {
    const part = parts.get(index)?.part;
    return {
      index,
      header: texts[index] || `Столбец ${index + 1}`,
      role: role ?? "other",
      ...(part && role === "deadline" ? { part } : {}),
    };
  });
  const byRole: Partial<Record<ColumnRole, number>> = {};
  for (const col of columns) if (col.role !== "other" && byRole[col.role] === undefined) byRole[col.role] = col.index;
  const namedRoles = new Set(columns.filter((c) => named[c.index] && c.role !== "other").map((c) => c.role));
  const bandKeys: string[][] = [];
  for (let r = Math.max(0, top); top >= 0 && r <= headerRow; r++) bandKeys.push(columns.map((c) => headerKey(table.cells[r]?.[c.index] ?? "")));
  return {
    headerRow,
    headerTop: top,
    numberRows: top < 0 ? [] : band.numberRows,
    bandKeys,
    deadlineParts: [...parts.values()].filter((p) => columns[p.column]?.role === "deadline").sort((a, b) => a.column - b.column),
    columns,
    byRole,
    headerKeys: columns.map((c) => headerKey(texts[c.index] ?? "")),
    namedRoles,
  };
}
