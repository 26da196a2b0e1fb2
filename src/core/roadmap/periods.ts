/**
 * Plan-graphs whose deadline is a grid of period columns («I кв. 2024 | II кв. 2024 | …», «январь | февраль»,
 * «1 четверть», «2024 | 2025») with a mark or a date in the cells of the periods an activity runs in.
 */

const YEAR = /(?:^|[^\d])((?:19|20)\d\d)(?:\s*(?:г\.?|года?|гг\.?))?(?=$|[^\d])/;
const ROMAN: Readonly<Record<string, string>> = { "1": "I", "2": "II", "3": "III", "4": "IV", i: "I", ii: "II", iii: "III", iv: "IV" };
const QUARTER = /^(iv|i{1,3}|[1-4])\s*(?:-?(?:й|ый|ой))?\s*(?:кв\.?|квартал\S*)$/i;
const SCHOOL_QUARTER = /^(iv|i{1,3}|[1-4])\s*(?:-?(?:я|ая))?\s*(?:четв\.?|четверт\S*)$/i;
const HALF = /^(ii|i|[12])\s*(?:-?(?:е|ое))?\s*(?:пол\.?|полугод\S*)$/i;
const MONTHS: readonly [RegExp, string][] = [
  [/^янв/, "январь"],
  [/^фев/, "февраль"],
  [/^мар/, "март"],
  [/^апр/, "апрель"],
  [/^ма[йя]/, "май"],
  [/^июн/, "июнь"],
  [/^июл/, "июль"],
  [/^авг/, "август"],
  [/^сен/, "сентябрь"],
  [/^окт/, "октябрь"],
  [/^ноя/, "ноябрь"],
  [/^дек/, "декабрь"],
];
const MONTH_WORD = /^[а-яё]{3,9}\.?$/i;

/** A column header that names one period, and the text the deadline grammar reads for it; null otherwise. */
export function periodQuery(label: string): string | null {
  const text = label.replace(/\s+/g, " ").trim();
  if (text === "" || text.length > 40) return null;
  const year = YEAR.exec(text);
  const rest = (year ? text.replace(year[0], " ") : text).replace(/[\s,;:()]+/g, " ").trim().toLowerCase();
  const y = year ? ` ${year[1]}` : "";
  if (rest === "") return year ? year[1] : null;
  const q = QUARTER.exec(rest);
  if (q) return `${ROMAN[q[1].toLowerCase()]} квартал${y}`;
  const s = SCHOOL_QUARTER.exec(rest);
  if (s) return `${ROMAN[s[1].toLowerCase()]} четверть${y}`;
  const h = HALF.exec(rest);
  if (h) return `${ROMAN[h[1].toLowerCase()]} полугодие${y}`;
  if (MONTH_WORD.test(rest)) for (const [re, name] of MONTHS) if (re.test(rest)) return `${name}${y}`;
  return null;
}

/** The year a period header names, if any («I кв. 2024» → 2024). */
export function periodYear(label: string): number | null {
  const year = YEAR.exec(label);
  return year ? Number(year[1]) : null;
}

/** «х», «x», «+», «✓», «●», «*», «V», «да»: the activity runs in this column's period. */
const MARK = /^(?:[хxХX+✓✔☑√●•◊■▪*vVЧ]{1,3}|да|\+{1,3})$/u;
/** «-», «–», «нет»: it does not. */
const NO_MARK = /^(?:[\s\-‐‑‒–—―−.]*|нет)$/i;
const DAY_MONTH = /^(?:до\s+)?(\d{1,2})\.(\d{1,2})(?:\.(\d{2}|\d{4}))?\.?$/i;
const WORDED_DATE = /^(?:до\s+)?\d{1,2}\s+(?:янв|фев|мар|апр|ма[йя]|июн|июл|авг|сен|окт|ноя|дек)[а-яё]*\.?(?:\s+\d{4}\s*(?:г\.?)?)?$/i;

export function isMark(text: string): boolean {
  return MARK.test(text.trim());
}

export function isNoMark(text: string): boolean {
  return NO_MARK.test(text.trim());
}

/** A cell of a grid that may stand in a plan-graph: a mark, no mark, or a date. */
export function isGridCell(text: string): boolean {
  const t = text.trim();
  return isMark(t) || isNoMark(t) || DAY_MONTH.test(t) || WORDED_DATE.test(t);
}

/**
 * What one grid cell says for the deadline grammar: the column's period for a mark, the cell's date for a
 * date (given the column's year when the date has none), null for «-» or an empty cell.
 */
export function cellQuery(cell: string, query: string, year: number | null): string | null {
  const t = cell.replace(/\s+/g, " ").trim();
  if (isNoMark(t)) return null;
  const d = DAY_MONTH.exec(t);
  if (d) return d[3] === undefined && year !== null ? `${t.replace(/\.$/, "")}.${year}` : t;
  if (WORDED_DATE.test(t)) return year !== null && !/\d{4}/.test(t) ? `${t} ${year}` : t;
  return query;
}
