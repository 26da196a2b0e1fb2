import { clipWindow } from "./dates";
import type { DateWindow, Period } from "./types";

/**
 * Stated windows are clipped to the period; `outside` says some part fell out.
 * When nothing is inside, the stated windows are kept as written so the user sees the date
 * that is wrong (validation reports `deadline.outside-period`).
 */
export function clipToPeriod(ws: readonly DateWindow[], period: Period | null): { windows: DateWindow[]; outside: boolean } {
  if (!period) return { windows: [...ws], outside: false };
  const inside: DateWindow[] = [];
  let outside = false;
  for (const w of ws) {
    const c = clipWindow(w, period);
    if (!c || c.start !== w.start || c.end !== w.end) outside = true;
    if (c) inside.push(c);
  }
  return { windows: inside.length ? inside : [...ws], outside };
}
