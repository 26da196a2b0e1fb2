/** Generators of report inputs: random and real figures, targets, roadmaps with hostile texts. */
import fc from "fast-check";
import { DEFAULT_SETTINGS, computeIndicators } from "../../src/core/indicators";
import type { ReportInput } from "../../src/core/report";
import { readResults } from "../../src/core/results";
import { ACTIVITY_STATUSES } from "../../src/core/roadmap/types";
import { cellText, hostileText } from "../helpers/mutate";
import { damagedRowTables, resultTables } from "./result-gen";

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

export const reportInput = fc.record({
  district: userText,
  period: fc.option(fc.tuple(iso, iso).map(([a, b]) => (a <= b ? { start: a, end: b } : { start: b, end: a })), { nil: null }),
  asOf: iso,
  assessments: fc.oneof(realAssessments, fc.array(randomAssessment, { maxLength: 3 })),
  targets: fc.array(target, { maxLength: 4 }),
  roadmaps,
}) as unknown as fc.Arbitrary<ReportInput>;

