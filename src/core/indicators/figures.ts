import type { MarkCounts, ObjectivityCounts, SchoolCounts, StatedFigures } from "../results";

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
  /** What the table itself stated for this school (its own «Успеваемость, %», «Средний балл»…), as written. */
  readonly stated?: StatedFigures;
  /** Figures above taken from the stated ones (the table had no counts to compute them from). */
  readonly fromStated?: readonly string[];
}

/** Stated rates weighted by participants (a district from summaries), or one school's own where N is unknown. */
interface StatedSums {
  sum: number; n: number; lone: number | null;
}
const emptySums = (): StatedSums => ({ sum: 0, n: 0, lone: null });

/** The counts indicators are computed from; sums of these give the district (never averaged percentages). */
export interface Totals {
  n2: number; n3: number; n4: number; n5: number;
  marksKnown: boolean;
  participants: number;
  scoreSum: number; scoreCount: number;
  below: number; belowBase: number; belowKnown: boolean;
  lowered: number; confirmed: number; raised: number; objectivityKnown: boolean;
  /** Stated figures used where no marks exist (weighted by participants, like counts). */
  statedSuccess: StatedSums; statedQuality: StatedSums; statedMark: StatedSums;
  stated: StatedFigures | null;
  fromStated: string[];
}

export function emptyTotals(): Totals {
  return {
    n2: 0, n3: 0, n4: 0, n5: 0, marksKnown: false, participants: 0, scoreSum: 0, scoreCount: 0,
    below: 0, belowBase: 0, belowKnown: false, lowered: 0, confirmed: 0, raised: 0, objectivityKnown: false,
    statedSuccess: emptySums(), statedQuality: emptySums(), statedMark: emptySums(), stated: null, fromStated: [],
  };
}

function addStated(sums: StatedSums, value: number | null | undefined, n: number): void {
  if (value === null || value === undefined) return;
  if (n > 0) {
    sums.sum += value * n;
    sums.n += n;
  } else sums.lone = value;
}

/** Another totals' stated sums (a school's into the district): only what is weighted by participants. */
export function addStatedSums(t: Totals, from: Totals): void {
  for (const k of ["statedSuccess", "statedQuality", "statedMark"] as const) {
    t[k].sum += from[k].sum;
    t[k].n += from[k].n;
  }
  for (const f of from.fromStated) if (!t.fromStated.includes(f)) t.fromStated.push(f);
}

const statedValue = (s: StatedSums): number | null => (s.n > 0 ? s.sum / s.n : s.lone);

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
  if (!s.marks) {
    // A summary without counts: its stated rates are all there is, weighted by its participants.
    addStated(t.statedSuccess, s.stated?.successRate, s.participants);
    addStated(t.statedQuality, s.stated?.qualityRate, s.participants);
    addStated(t.statedMark, s.stated?.meanMark, s.participants);
  }
  if (s.stated) t.stated ??= s.stated;
  for (const f of s.fromStated ?? []) if (!t.fromStated.includes(f)) t.fromStated.push(f);
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
  const orStated = (computed: number | null, s: StatedSums) => (t.marksKnown ? computed : statedValue(s));
  return {
    // Each school counts its valid marks, or its scores when it has no marks (SchoolCounts.participants);
    // the district is the sum of those, so a school with scores only is not lost next to schools with marks.
    // Rates stay over marks (N below).
    participants: t.participants,
    marks: t.marksKnown ? { "2": t.n2, "3": t.n3, "4": t.n4, "5": t.n5 } : null,
    successRate: orStated(ratio(t.n3 + t.n4 + t.n5, n), t.statedSuccess),
    qualityRate: orStated(ratio(t.n4 + t.n5, n), t.statedQuality),
    sou: ratio(t.n5 + 0.64 * t.n4 + 0.36 * t.n3 + 0.16 * t.n2, n),
    meanMark: orStated(ratio(2 * t.n2 + 3 * t.n3 + 4 * t.n4 + 5 * t.n5, n), t.statedMark),
    meanScore: ratio(t.scoreSum, t.scoreCount),
    belowThresholdShare: t.belowKnown ? ratio(t.below, t.belowBase) : null,
    objectivity: t.objectivityKnown && objTotal > 0
      ? { lowered: t.lowered / objTotal, confirmed: t.confirmed / objTotal, raised: t.raised / objTotal }
      : null,
    ...(t.stated ? { stated: t.stated } : {}),
    ...(t.fromStated.length ? { fromStated: t.fromStated } : {}),
  };
}
