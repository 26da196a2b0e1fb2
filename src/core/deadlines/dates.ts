import type { DateWindow, IsoDate, Period } from "./types";

/** Calendar arithmetic on ISO strings: no Date object, so no time zone and no hidden clock. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const TWO_DIGITS = Array.from({ length: 32 }, (_, i) => String(i).padStart(2, "0"));

export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${year}-${TWO_DIGITS[month]}-${TWO_DIGITS[day]}`;
}

export function monthWindow(year: number, month: number): DateWindow {
  return { start: isoDate(year, month, 1), end: isoDate(year, month, daysInMonth(year, month)) };
}

/** Months `fromMonth` of `fromYear` through `toMonth` of `toYear`. */
export function monthSpan(fromYear: number, fromMonth: number, toYear: number, toMonth: number): DateWindow {
  return { start: isoDate(fromYear, fromMonth, 1), end: isoDate(toYear, toMonth, daysInMonth(toYear, toMonth)) };
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

export function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** The part of `w` inside `p`, or null when they do not meet. */
export function clipWindow(w: DateWindow, p: Period): DateWindow | null {
  const start = w.start > p.start ? w.start : p.start;
  const end = w.end < p.end ? w.end : p.end;
  return start <= end ? { start, end } : null;
}

export function isInside(w: DateWindow, p: Period): boolean {
  return w.start >= p.start && w.end <= p.end;
}

/** Calendar years the period touches: 2023-01-01…2025-12-31 → [2023, 2024, 2025]. */
export function periodYears(p: Period): number[] {
  const years: number[] = [];
  for (let y = yearOf(p.start); y <= yearOf(p.end); y++) years.push(y);
  return years;
}

export function yearsPeriod(fromYear: number, toYear: number): Period {
  return { start: isoDate(fromYear, 1, 1), end: isoDate(toYear, 12, 31) };
}

/** A single-year period gives its year to bare months; a longer one cannot. */
export function singleYearOf(p: Period | null): number | null {
  if (!p) return null;
  return yearOf(p.start) === yearOf(p.end) ? yearOf(p.start) : null;
}

export function sortWindows(ws: readonly DateWindow[]): DateWindow[] {
  return [...ws].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.end < b.end ? -1 : 1));
}

export function spanOf(ws: readonly DateWindow[]): DateWindow | null {
  if (!ws.length) return null;
  let start = ws[0].start;
  let end = ws[0].end;
  for (const w of ws) {
    if (w.start < start) start = w.start;
    if (w.end > end) end = w.end;
  }
  return { start, end };
}

/** Period of school years: 1 September `fromYear` – 31 August `toYear + 1`. */
export function schoolYearsPeriod(fromYear: number, toYear: number = fromYear): Period {
  return { start: isoDate(fromYear, 9, 1), end: isoDate(toYear + 1, 8, 31), kind: "school" };
}

/** School years by kind, or (no kind) by the 1 September – 31 August shape a saved setting keeps. */
export function isSchoolPeriod(p: Period | null | undefined): p is Period {
  if (!p) return false;
  if (p.kind) return p.kind === "school";
  return p.start.endsWith("-09-01") && p.end.endsWith("-08-31") && yearOf(p.end) > yearOf(p.start);
}

/** First calendar year of each school year of the period: 2023/2024–2025/2026 → [2023, 2024, 2025]. */
export function schoolYearStarts(p: Period): number[] {
  const first = Number(p.start.slice(5, 7)) >= 9 ? yearOf(p.start) : yearOf(p.start) - 1;
  const last = Number(p.end.slice(5, 7)) >= 9 ? yearOf(p.end) : yearOf(p.end) - 1;
  const out: number[] = [];
  for (let y = first; y <= last; y++) out.push(y);
  return out;
}

/** The calendar year a month falls in within the school year that starts in `startYear`: Sep–Dec that year, Jan–Aug the next. */
export function schoolMonthYear(startYear: number, month: number): number {
  return month >= 9 ? startYear : startYear + 1;
}

/** Day of the week of an ISO date, 1 = Monday … 7 = Sunday (Sakamoto's method, no Date object). */
export function weekday(date: IsoDate): number {
  const t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
  let y = yearOf(date);
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  if (m < 3) y -= 1;
  const sunday0 = (y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + t[m - 1] + d) % 7;
  return sunday0 === 0 ? 7 : sunday0;
}

/** The ISO date `n` days after `date` (n ≥ 0). */
export function addDays(date: IsoDate, n: number): IsoDate {
  let y = yearOf(date);
  let m = Number(date.slice(5, 7));
  let d = Number(date.slice(8, 10)) + n;
  while (d > daysInMonth(y, m)) {
    d -= daysInMonth(y, m);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return isoDate(y, m, d);
}
