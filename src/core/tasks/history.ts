import { changeOf, type Change } from "../indicators/dynamics";
import type { AssessmentIndicators, IndicatorReport } from "../indicators";
import type { Figures } from "../indicators/figures";

/** Up to five years of one figure, oldest first, and the change of the latest against the year before. */
export interface FigureHistory {
  readonly values: readonly (number | null)[];
  readonly change: Change | null;
  /** Latest against the earliest year of the window. */
  readonly overall: Change | null;
}

export interface HistoryOf {
  readonly years: readonly string[];
  /** Share of «2» among participants. */
  readonly failShare: FigureHistory;
  readonly qualityRate: FigureHistory;
  /** Share of pupils whose ВПР mark confirmed the journal mark. */
  readonly objectivity: FigureHistory;
}

export const MAX_HISTORY_YEARS = 5;

const failShare = (f: Figures): number | null => (f.marks && f.participants > 0 ? f.marks["2"] / f.participants : null);

function historyOf(years: readonly string[], figures: readonly (Figures | null)[], bandPp: number): HistoryOf {
  const series = (get: (f: Figures) => number | null): FigureHistory => {
    const values = figures.map((f) => (f ? get(f) : null));
    const n = values.length;
    return {
      values,
      change: n >= 2 ? changeOf(values[n - 1], values[n - 2], years[n - 2], bandPp) : null,
      overall: n >= 3 ? changeOf(values[n - 1], values[0], years[0], bandPp) : null,
    };
  };
  return {
    years,
    failShare: series(failShare),
    qualityRate: series((f) => f.qualityRate),
    objectivity: series((f) => f.objectivity?.confirmed ?? null),
  };
}

const seriesKey = (a: AssessmentIndicators) =>
  [a.assessment, a.subject, a.grade].map((x) => (x ?? "").toLowerCase()).join("|");

/**
 * For an assessment loaded for several years (up to five, the latest last): share of «2», качество and the share
 * confirmed by the journal, per school and for the district, with «рост / снижение» against the dynamics band.
 * Null when only one year is loaded.
 */
export function assessmentHistory(
  report: IndicatorReport,
  a: AssessmentIndicators,
  bandPp: number,
): { district: HistoryOf; schools: ReadonlyMap<string, HistoryOf> } | null {
  if (a.year === null) return null;
  const key = seriesKey(a);
  const series = report.assessments
    .filter((b) => b.year !== null && b.year <= (a.year as string) && seriesKey(b) === key)
    .sort((x, y) => ((x.year as string) < (y.year as string) ? -1 : 1))
    .slice(-MAX_HISTORY_YEARS);
  if (series.length < 2) return null;
  const years = series.map((b) => b.year as string);
  const schools = new Map<string, HistoryOf>();
  const byKey = series.map((b) => new Map(b.schools.map((x) => [x.schoolKey, x] as const)));
  for (const s of a.schools) {
    const figures = byKey.map((m) => m.get(s.schoolKey) ?? null);
    schools.set(s.schoolKey, historyOf(years, figures, bandPp));
  }
  return {
    district: historyOf(
      years,
      series.map((b) => b.district),
      bandPp,
    ),
    schools,
  };
}
