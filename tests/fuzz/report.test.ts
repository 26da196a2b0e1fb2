/**
 * Report building (src/core/report): figures from mutated result sheets (through results and
 * indicators) and random ones (no participants, nulls, 0 % and 100 %), targets, and roadmaps with
 * hostile texts, any status and dates around the as-of date. No exception escapes; no NaN or
 * Infinity in the report; the note never prints «NaN», «undefined», «null» or «[object»; district
 * execution counts add up to the activities given; the same input gives the same report and note.
 */
import type * as Report from "../../src/core/report";
import { fuzz, optionalModule } from "./harness";
import { nondeterminism, nonFinite, stringsOf } from "./invariants";
import { reportInput as input } from "./report-gen";

const report = optionalModule(() => require("../../src/core/report") as typeof Report);
const ENTRY = "report.buildReport";
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
