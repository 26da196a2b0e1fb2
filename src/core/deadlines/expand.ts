import type { Every } from "./constants";
import { clipWindow, daysInMonth, isoDate, monthSpan, periodYears, sortWindows, yearOf } from "./dates";
import { type WindowPiece, withYear } from "./pipeline";
import type { DateWindow, Period } from "./types";

/** Month spans of one calendar year for each unit; school quarters per DOMAIN: I Sep–Oct, II Nov–Dec, III Jan–Mar, IV Apr–May. */
const SPANS_IN_YEAR: Record<Exclude<Every, "week">, readonly (readonly [number, number])[]> = {
  year: [[1, 12]],
  half: [[1, 6], [7, 12]],
  quarter: [[1, 3], [4, 6], [7, 9], [10, 12]],
  schoolQuarter: [[1, 3], [4, 5], [9, 10], [11, 12]],
  month: [[1, 1], [2, 2], [3, 3], [4, 4], [5, 5], [6, 6], [7, 7], [8, 8], [9, 9], [10, 10], [11, 11], [12, 12]],
};

function clipAll(ws: readonly DateWindow[], period: Period): DateWindow[] {
  const out: DateWindow[] = [];
  for (const w of ws) {
    const c = clipWindow(w, period);
    if (c) out.push(c);
  }
  return sortWindows(out);
}

/** «раз в четверть», «ежегодно», «ежемесячно» with no months named: every such window in the period. */
const everyCache = new Map<string, readonly DateWindow[]>();

/** Cached: every row of a table shares the period, and the windows are read-only values. */
export function everyWindows(every: Every, period: Period): readonly DateWindow[] {
  const key = `${every}|${period.start}|${period.end}`;
  const hit = everyCache.get(key);
  if (hit) return hit;
  if (everyCache.size > 1000) everyCache.clear();
  const ws = computeEveryWindows(every, period);
  everyCache.set(key, ws);
  return ws;
}

function computeEveryWindows(every: Every, period: Period): DateWindow[] {
  if (every === "week") return [{ start: period.start, end: period.end }];
  const ws: DateWindow[] = [];
  for (const y of periodYears(period)) {
    for (const [a, b] of SPANS_IN_YEAR[every]) ws.push(monthSpan(y, a, y, b));
  }
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
