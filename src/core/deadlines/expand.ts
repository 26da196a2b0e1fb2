import type { Every } from "./constants";
import { addDays, clipWindow, daysInMonth, isSchoolPeriod, isoDate, monthSpan, periodYears, schoolYearStarts, sortWindows, weekday, yearOf } from "./dates";
import { type WindowPiece, withYear } from "./pipeline";
import type { DateWindow, Period } from "./types";

/** Month spans of one calendar year for each unit; school quarters per DOMAIN: I Sep–Oct, II Nov–Dec, III Jan–Mar, IV Apr–May. */
const SPANS_IN_YEAR: Record<Exclude<Every, "week" | "day">, readonly (readonly [number, number])[]> = {
  year: [[1, 12]],
  half: [[1, 6], [7, 12]],
  quarter: [[1, 3], [4, 6], [7, 9], [10, 12]],
  schoolQuarter: [[1, 3], [4, 5], [9, 10], [11, 12]],
  month: [[1, 1], [2, 2], [3, 3], [4, 4], [5, 5], [6, 6], [7, 7], [8, 8], [9, 9], [10, 10], [11, 11], [12, 12]],
};

/** [fromYear, fromMonth, toYear, toMonth] */
type MonthSpan = readonly [number, number, number, number];

function clipAll(ws: readonly DateWindow[], period: Period): DateWindow[] {
  const out: DateWindow[] = [];
  for (const w of ws) {
    const c = clipWindow(w, period);
    if (c) out.push(c);
  }
  return sortWindows(out);
}

/**
 * The spans a recurrence repeats over. In a school-year period a year is the teaching year
 * (September–May) and the halves are September–December and January–May; «учебного года» in a
 * calendar plan is the teaching year that ends in each calendar year.
 */
function spansOf(every: Exclude<Every, "week" | "day">, period: Period, schoolYear: boolean): MonthSpan[] {
  const school = isSchoolPeriod(period);
  const out: MonthSpan[] = [];
  if (school && (every === "year" || every === "half")) {
    for (const y of schoolYearStarts(period)) {
      if (every === "year") out.push([y, 9, y + 1, 5]);
      else out.push([y, 9, y, 12], [y + 1, 1, y + 1, 5]);
    }
    return out;
  }
  for (const y of periodYears(period)) {
    if (every === "year" && schoolYear) out.push([y - 1, 9, y, 5]);
    else for (const [a, b] of SPANS_IN_YEAR[every]) out.push([y, a, y, b]);
  }
  return out;
}

/** «еженедельно»: Monday–Sunday weeks; «каждую пятницу»: that day of every week. */
function weekWindows(period: Period, day: number | undefined): DateWindow[] {
  const ws: DateWindow[] = [];
  const first = weekday(period.start);
  if (day !== undefined) {
    for (let d = addDays(period.start, (day - first + 7) % 7); d <= period.end; d = addDays(d, 7)) ws.push({ start: d, end: d });
    return ws;
  }
  for (let d = period.start; d <= period.end; ) {
    const sunday = addDays(d, 7 - weekday(d));
    ws.push({ start: d, end: sunday < period.end ? sunday : period.end });
    d = addDays(sunday, 1);
  }
  return ws;
}

/** The day-th of the month (clamped to its length), `shift` months after toYear/toMonth. */
function dayOf(year: number, month: number, shift: number, day: number): DateWindow {
  const m0 = month - 1 + shift;
  const y = year + Math.floor(m0 / 12);
  const m = (m0 % 12) + 1;
  const d = isoDate(y, m, Math.min(day, daysInMonth(y, m)));
  return { start: d, end: d };
}

/** What is repeated and how: the recurrence piece without its place in the text. */
export interface RecurrenceRule {
  readonly every: Every;
  readonly day?: number;
  readonly following?: boolean;
  readonly weekday?: number;
  readonly atEnd?: boolean;
  readonly schoolYear?: boolean;
}

const everyCache = new Map<string, readonly DateWindow[]>();

/**
 * «раз в четверть», «ежегодно», «до 20 числа каждого месяца», «каждую пятницу», «по итогам
 * полугодия»: every occurrence inside the period. Cached: every row of a table shares the period,
 * and the windows are read-only values.
 */
export function recurrenceWindows(rule: RecurrenceRule, period: Period): readonly DateWindow[] {
  const key = `${rule.every}|${rule.day ?? ""}|${rule.following ? 1 : 0}|${rule.weekday ?? ""}|${rule.atEnd ? 1 : 0}|${rule.schoolYear ? 1 : 0}|${period.start}|${period.end}|${isSchoolPeriod(period) ? "s" : "c"}`;
  const hit = everyCache.get(key);
  if (hit) return hit;
  if (everyCache.size > 1000) everyCache.clear();
  const ws = computeRecurrence(rule, period);
  everyCache.set(key, ws);
  return ws;
}

export function everyWindows(every: Every, period: Period): readonly DateWindow[] {
  return recurrenceWindows({ every }, period);
}

function computeRecurrence(rule: RecurrenceRule, period: Period): DateWindow[] {
  if (rule.every === "day") return [{ start: period.start, end: period.end }];
  if (rule.every === "week" || rule.weekday !== undefined) return weekWindows(period, rule.weekday);
  const spans = spansOf(rule.every, period, rule.schoolYear === true);
  const day = rule.day;
  const ws = spans.map(([fy, fm, ty, tm]): DateWindow => {
    // A day of the month in a monthly rule is in that month (or the next, «следующего за отчётным»);
    // after a longer span it is in the month that follows the span, as reports are due.
    if (day !== undefined) return dayOf(ty, tm, rule.every === "month" && !rule.following ? 0 : 1, day);
    if (rule.atEnd) return monthSpan(ty, tm, ty, tm);
    return monthSpan(fy, fm, ty, tm);
  });
  return clipAll(ws, period);
}

/** A settled piece as a window; a day stays a day, a month is all its days. */
export function pieceWindow(p: WindowPiece): DateWindow {
  const fy = p.from.year as number;
  const ty = p.to.year as number;
  return {
    start: isoDate(fy, p.from.month, p.from.day ?? 1),
    end: isoDate(ty, p.to.month, p.to.day ?? daysInMonth(ty, p.to.month)),
  };
}

/**
 * «Ежегодно: январь, июнь», «Сентябрь-май ежегодно»: the named months in every year of the period.
 * A range that wraps over New Year starts in the year before the period too, so its tail is kept.
 */
export function repeatEachYear(pieces: readonly WindowPiece[], period: Period): DateWindow[] {
  const ws: DateWindow[] = [];
  const first = yearOf(period.start);
  for (let y = first - 1; y <= yearOf(period.end); y++) {
    for (const p of pieces) ws.push(pieceWindow(withYear(p, y, "from")));
  }
  return clipAll(ws, period);
}

export function dedupeWindows(ws: readonly DateWindow[]): DateWindow[] {
  const seen = new Set<string>();
  return sortWindows(ws).filter((w) => {
    const key = `${w.start}/${w.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
