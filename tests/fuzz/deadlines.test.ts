/**
 * Deadline grammar under mutation: real «Сроки» cells of the seeds with characters inserted, cut,
 * re-cased, glued, prefixed with formula signs; plus random and binary text. (The grammar's own
 * round-trip properties are in tests/core/deadlines/property.test.ts.)
 */
import fc from "fast-check";
import { parseDeadline, type Deadline, type Period } from "../../src/core/deadlines";
import { mutatedText, seedCells } from "../helpers/mutate";
import { fuzz } from "./harness";
import { nondeterminism } from "./invariants";

const ENTRY = "deadlines.parseDeadline";
const DATEISH = /(20\d\d|январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр|ежегодн|течение|квартал|постоянн|^до\s|срок)/i;
const SEEDS = seedCells((c) => c.length < 200 && DATEISH.test(c));
const KINDS = new Set(["date", "interval", "recurring", "ongoing", "external", "missing", "unparsed"]);
const ISO = /^\d{4}-\d{2}-\d{2}$/;

const period: fc.Arbitrary<Period | null> = fc.oneof(
  fc.constant(null),
  fc.tuple(fc.integer({ min: 2015, max: 2030 }), fc.integer({ min: 0, max: 4 })).map(([y, n]) => ({ start: `${y}-01-01`, end: `${y + n}-12-31` })),
);
const yearHint = fc.option(fc.integer({ min: 2015, max: 2030 }), { nil: undefined });
/** A «2020 год» row inside or outside the programme period (outside: windows flagged `outsidePeriod`). */
const context = period.chain((p) =>
  fc.tuple(fc.constant(p), p ? fc.oneof(fc.option(fc.integer({ min: Number(p.start.slice(0, 4)), max: Number(p.end.slice(0, 4)) }), { nil: undefined }), yearHint) : yearHint),
);

function validIso(s: string): boolean {
  if (!ISO.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** Shape rules any Deadline must keep, whatever the text. */
function shapeProblems(d: Deadline, p: Period | null): string[] {
  const out: string[] = [];
  if (!KINDS.has(d.kind)) out.push(`unknown kind ${d.kind}`);
  for (const x of [d.start, d.end]) if (x !== null && !validIso(x)) out.push(`bad date ${x}`);
  if (d.start && d.end && d.start > d.end) out.push(`start ${d.start} after end ${d.end}`);
  for (const w of d.occurrences) {
    if (!validIso(w.start) || !validIso(w.end) || w.start > w.end) out.push(`bad window ${w.start}…${w.end}`);
    // A date wholly outside the period keeps its windows, flagged `outsidePeriod` (validation reports it).
    if (p && !d.outsidePeriod && (w.start < p.start || w.end > p.end)) out.push(`window ${w.start}…${w.end} outside period ${p.start}…${p.end}`);
    if (d.start && d.end && (w.start < d.start || w.end > d.end)) out.push(`window ${w.start}…${w.end} outside span ${d.start}…${d.end}`);
  }
  if ((d.kind === "unparsed" || d.kind === "missing") && d.occurrences.length > 0) out.push(`${d.kind} with occurrences`);
  return out;
}

describe("fuzz: parseDeadline", () => {
  it("has seed cells to mutate", () => expect(SEEDS.length).toBeGreaterThan(20));

  it("mutated seed phrases: no throw, raw kept, well-formed windows, deterministic", async () => {
    await fuzz(ENTRY, "mutated phrases", fc.tuple(mutatedText(SEEDS), context), ([raw, [p, y]]) => {
      const d = parseDeadline(raw, { period: p, yearHint: y });
      // A fresh copy of the text defeats the memo, so the second parse really runs again.
      const again = parseDeadline((" " + raw).slice(1), { period: p ? { ...p } : null, yearHint: y });
      return { cells: raw.trim() ? 1 : 0, lost: d.raw === raw ? 0 : 1, problems: [...shapeProblems(d, p), ...nondeterminism(d, again)] };
    }, { file: "tests/fuzz/deadlines.test.ts" });
  });

  // Was a known issue: a year row outside the period gave windows outside it with no `outsidePeriod` flag.
  it("a year row outside the period is flagged outsidePeriod", () => {
    const d = parseDeadline("В течение года", { period: { start: "2015-01-01", end: "2015-12-31" }, yearHint: 2016 });
    expect(shapeProblems(d, { start: "2015-01-01", end: "2015-12-31" })).toEqual([]);
  });
});
