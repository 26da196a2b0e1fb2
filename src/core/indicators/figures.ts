import type { MarkCounts, ObjectivityCounts, SchoolCounts } from "../results";

/** Indicators of one school, the district or a reference row. Rates are fractions 0…1; null = no data. */
export interface Figures {
  readonly participants: number;
  readonly marks: MarkCounts | null;
  readonly successRate: number | null;
  readonly qualityRate: number | null;
  readonly sou: number | null;
  readonly meanMark: number | null;
  readonly meanScore: number | null;
  readonly belowThresholdShare: number | null;
  readonly objectivity: { readonly lowered: number; readonly confirmed: number; readonly raised: number } | null;
}

/** The counts indicators are computed from; sums of these give the district (never averaged percentages). */
export interface Totals {
  n2: number; n3: number; n4: number; n5: number;
  marksKnown: boolean;
  participants: number;
  scoreSum: number; scoreCount: number;
  below: number; belowBase: number; belowKnown: boolean;
  lowered: number; confirmed: number; raised: number; objectivityKnown: boolean;
}

export function emptyTotals(): Totals {
  return {
    n2: 0, n3: 0, n4: 0, n5: 0, marksKnown: false, participants: 0, scoreSum: 0, scoreCount: 0,
    below: 0, belowBase: 0, belowKnown: false, lowered: 0, confirmed: 0, raised: 0, objectivityKnown: false,
  };
}

export function addCounts(t: Totals, s: SchoolCounts): Totals {
  if (s.marks) {
    t.n2 += s.marks["2"]; t.n3 += s.marks["3"]; t.n4 += s.marks["4"]; t.n5 += s.marks["5"];
    t.marksKnown = true;
  }
  t.participants += s.participants;
  t.scoreSum += s.scoreSum ?? 0;
  t.scoreCount += s.scoreCount ?? 0;
  if (s.belowThreshold !== undefined) {
    t.below += s.belowThreshold;
    t.belowBase += s.belowThresholdBase ?? s.participants;
    t.belowKnown = true;
  }
  if (s.objectivity) addObjectivity(t, s.objectivity);
  return t;
}

export function addObjectivity(t: Totals, o: ObjectivityCounts): void {
  t.lowered += o.lowered; t.confirmed += o.confirmed; t.raised += o.raised;
  t.objectivityKnown = true;
}

const ratio = (a: number, b: number): number | null => (b > 0 ? a / b : null);

/** Counts → indicators (DOMAIN.md «Indicators»; N = participants with a valid mark). */
export function figuresOf(t: Totals): Figures {
  const n = t.marksKnown ? t.n2 + t.n3 + t.n4 + t.n5 : 0;
  const objTotal = t.lowered + t.confirmed + t.raised;
  return {
    // Each school counts its valid marks, or its scores when it has no marks (SchoolCounts.participants);
    // the district is the sum of those, so a school with scores only is not lost next to schools with marks.
    // Rates stay over marks (N below).
    participants: t.participants,
    marks: t.marksKnown ? { "2": t.n2, "3": t.n3, "4": t.n4, "5": t.n5 } : null,
    successRate: ratio(t.n3 + t.n4 + t.n5, n),
    qualityRate: ratio(t.n4 + t.n5, n),
    sou: ratio(t.n5 + 0.64 * t.n4 + 0.36 * t.n3 + 0.16 * t.n2, n),
    meanMark: ratio(2 * t.n2 + 3 * t.n3 + 4 * t.n4 + 5 * t.n5, n),
    meanScore: ratio(t.scoreSum, t.scoreCount),
    belowThresholdShare: t.belowKnown ? ratio(t.below, t.belowBase) : null,
    objectivity: t.objectivityKnown && objTotal > 0
      ? { lowered: t.lowered / objTotal, confirmed: t.confirmed / objTotal, raised: t.raised / objTotal }
      : null,
  };
}
