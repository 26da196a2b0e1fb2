/**
 * Report building (src/core/report): figures from mutated result sheets (through results and
 * indicators) and random ones (no participants, nulls, 0 % and 100 %), targets, and roadmaps with
 * hostile texts, any status and dates around the as-of date. No exception escapes; no NaN or
 * Infinity in the report; the note never prints «NaN», «undefined», «null» or «[object»; district
 * execution counts add up to the activities given; the same input gives the same report and note.
 */
import fc from "fast-check";
import { ACTIVITY_STATUSES } from "../../src/core/roadmap/types";
import { DEFAULT_SETTINGS, computeIndicators } from "../../src/core/indicators";
import { readResults } from "../../src/core/results";
import type * as Report from "../../src/core/report";
import { cellText, hostileText } from "../helpers/mutate";
import { fuzz, optionalModule } from "./harness";
import { nondeterminism, nonFinite, stringsOf } from "./invariants";
import { damagedRowTables, resultTables } from "./result-gen";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const report = optionalModule(() => require("../../src/core/report") as typeof Report);
const ENTRY = "report.buildReport";
const userText = fc.oneof(cellText(40), hostileText());
const iso = fc.integer({ min: Date.UTC(2019, 0, 1), max: Date.UTC(2027, 11, 31) }).map((t) => new Date(t).toISOString().slice(0, 10));
const rate = fc.option(fc.oneof(fc.constantFrom(0, 1), fc.double({ min: 0, max: 1, noNaN: true })), { nil: null });

const figures = fc.record({
  participants: fc.nat({ max: 500 }),
  marks: fc.option(fc.record({ "2": fc.nat(99), "3": fc.nat(99), "4": fc.nat(99), "5": fc.nat(99) }), { nil: null }),
  successRate: rate, qualityRate: rate, sou: rate, belowThresholdShare: rate,
  meanMark: fc.option(fc.double({ min: 2, max: 5, noNaN: true }), { nil: null }),
  objectivity: fc.option(fc.record({ lowered: fc.double({ min: 0, max: 1, noNaN: true }), confirmed: fc.double({ min: 0, max: 1, noNaN: true }), raised: fc.double({ min: 0, max: 1, noNaN: true }) }), { nil: null }),
});
const flags = fc.array(fc.constantFrom("risk.fail-share", "risk.below-district", "objectivity.lowered", "objectivity.raised", "risk.decline", "unknown.flag"), { maxLength: 3 });
const randomAssessment = fc.record({
  assessment: fc.option(fc.constantFrom("ВПР", "ОГЭ", "ЕГЭ"), { nil: null }), subject: fc.option(userText, { nil: null }),
  grade: fc.option(fc.constantFrom("4", "5", "9", "11"), { nil: null }), year: fc.option(fc.constantFrom("2022", "2023", "2024"), { nil: null }),
  schools: fc.array(fc.tuple(userText, figures, flags).map(([school, f, fl]) => ({ school, ...f, flags: fl })), { maxLength: 6 }),
  district: figures, references: fc.array(fc.tuple(userText, figures).map(([name, f]) => ({ name, ...f })), { maxLength: 2 }),
});
/** Real figures: mutated result sheets through readResults and computeIndicators. */
const realAssessments = fc.oneof(resultTables, damagedRowTables).map(({ tables }) => computeIndicators(readResults(tables), DEFAULT_SETTINGS).assessments);

const activity = fc.record({
  id: fc.nat(99).map(String), section: userText, text: userText, responsibleRaw: userText,
  deadline: fc.record({ start: fc.option(iso, { nil: null }), end: fc.option(iso, { nil: null }) }),
  responsible: fc.array(userText.map((name) => ({ name })), { maxLength: 3 }),
  status: fc.option(fc.constantFrom(...ACTIVITY_STATUSES), { nil: undefined }),
}, { requiredKeys: ["id", "section", "text", "deadline", "responsible"] });
const roadmaps = fc.array(fc.record({ name: userText, school: fc.option(userText, { nil: null }), activities: fc.array(activity, { maxLength: 12 }) }), { maxLength: 3 });
const target = fc.record({
  text: userText, target: fc.option(userText, { nil: null }), value: fc.option(fc.double({ min: -1, max: 1000, noNaN: true }), { nil: null }),
  unit: fc.constantFrom("percent", "count", null), status: fc.constantFrom("достигнут", "не достигнут", "нет данных"), school: fc.option(userText, { nil: null }),
});

const input = fc.record({
  district: userText,
  period: fc.option(fc.tuple(iso, iso).map(([a, b]) => (a <= b ? { start: a, end: b } : { start: b, end: a })), { nil: null }),
  asOf: iso,
  assessments: fc.oneof(realAssessments, fc.array(randomAssessment, { maxLength: 3 })),
  targets: fc.array(target, { maxLength: 4 }),
  roadmaps,
}) as unknown as fc.Arbitrary<Report.ReportInput>;

const PRINTED_JUNK = /NaN|undefined|Infinity|\bnull\b|\[object/;

/** The note with every text the user gave removed: a school may well be called «NaN». */
function ownWords(note: string, inp: Report.ReportInput): string {
  const given = [...new Set(stringsOf(inp))].filter((x) => x.length >= 3).sort((a, b) => b.length - a.length);
  return given.reduce((acc, x) => acc.split(x).join(" "), note);
}

describe(report ? "fuzz: buildReport" : "fuzz: buildReport (src/core/report missing)", () => {
  (report ? it : it.skip)("random and real figures, hostile roadmaps: no throw, finite, readable note, counts add up, deterministic", async () => {
    const r = report as typeof Report;
    await fuzz(ENTRY, "report and note", input, (inp) => {
      const built = r.buildReport(inp);
      const note = r.noteToText(r.writeAnalyticNote(built));
      const again = r.buildReport(structuredClone(inp));
      const noteAgain = r.noteToText(r.writeAnalyticNote(again));
      const total = inp.roadmaps.reduce((n, m) => n + m.activities.length, 0);
      const problems = [
        ...nonFinite(built),
        ...(PRINTED_JUNK.test(ownWords(note, inp)) ? [`note prints junk: ${JSON.stringify(ownWords(note, inp).match(new RegExp(`.{0,60}(${PRINTED_JUNK.source}).{0,20}`))?.[0])}`] : []),
        ...(built.execution.total.total === total ? [] : [`execution total ${built.execution.total.total} ≠ ${total} activities given`]),
        ...nondeterminism(built, again),
        ...(note === noteAgain ? [] : ["note differs on a second run"]),
      ];
      return { cells: 0, lost: 0, problems };
    }, { file: "tests/fuzz/report.test.ts" });
  });
});
