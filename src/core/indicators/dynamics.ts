/** Change against the previous period in percentage points, and its word. */
export type Trend = "рост" | "снижение" | "стабильно";

export interface Change {
  readonly previousYear: string;
  readonly previous: number | null;
  /** p.p.; null when either figure is missing. */
  readonly change: number | null;
  readonly trend: Trend | null;
}

/**
 * Figures are rounded to 6 decimals of a p.p. before comparing, as the sheet's formulas do, so that
 * 15.000000000000002 and 14.999999999999998 fall on the same side of a threshold in both places.
 */
export const pp = (a: number, b: number): number => Math.round((a - b) * 100 * 1e6) / 1e6;

export function trendOf(change: number | null, bandPp: number): Trend | null {
  if (change === null) return null;
  if (change > bandPp) return "рост";
  if (change < -bandPp) return "снижение";
  return "стабильно";
}

export function changeOf(current: number | null, previous: number | null, previousYear: string, bandPp: number): Change {
  const change = current !== null && previous !== null ? pp(current, previous) : null;
  return { previousYear, previous, change, trend: trendOf(change, bandPp) };
}
