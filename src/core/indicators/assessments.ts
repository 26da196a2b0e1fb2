import { type Finding, finding } from "../findings";
import { type AssessmentKey, type ResultSet, type ResultTable, type SchoolCounts, keyString } from "../results";
import { type Totals, addCounts, addObjectivity, emptyTotals } from "./figures";

export interface SchoolEntry {
  readonly school: string;
  readonly schoolCode: string | null;
  readonly schoolKey: string;
  readonly totals: Totals;
  /** What each part came from, so a second table for the same school adds what the first lacked. */
  readonly parts: { marks: string | null; objectivity: string | null; scores: string | null };
}

/** One assessment with the figures of every table that carries it (marks, objectivity, scores). */
export interface AssessmentData extends AssessmentKey {
  readonly id: string;
  readonly schools: SchoolEntry[];
  readonly references: { name: string; totals: Totals }[];
}

function dupFinding(t: ResultTable, s: SchoolCounts, part: string, first: string): Finding {
  return finding(
    "results.school-duplicate",
    "info",
    `Лист «${t.source ?? "таблица"}», строка ${s.sourceRows[0] ?? 0}: ${part} школы «${s.school}» уже взяты из листа «${first}»; повтор не учтён`,
    { sheet: t.source, row: s.sourceRows[0], data: { school: s.school } },
  );
}

/** Adds a table's school to its entry: each part (marks, objectivity, scores) from the first table that has it. */
function merge(entry: SchoolEntry, s: SchoolCounts, t: ResultTable, findings: Finding[]): void {
  const source = t.source ?? "таблица";
  // A summary's stated figures count as the school's marks part: they are what the table gives instead.
  const hasMarks = !!s.marks || s.scoreCount !== undefined || (!!s.stated && !s.objectivity);
  if (hasMarks) {
    if (entry.parts.marks === null) {
      addCounts(entry.totals, { ...s, objectivity: null });
      entry.parts.marks = source;
    } else findings.push(dupFinding(t, s, "отметки", entry.parts.marks));
  }
  if (s.objectivity) {
    if (entry.parts.objectivity === null) {
      addObjectivity(entry.totals, s.objectivity);
      entry.parts.objectivity = source;
    } else if (!hasMarks) findings.push(dupFinding(t, s, "данные объективности", entry.parts.objectivity));
  }
}

/** Tables → assessments (one per assessment × subject × grade × year), schools matched by key. */
export function collectAssessments(results: ResultSet): { assessments: AssessmentData[]; findings: Finding[] } {
  const byId = new Map<string, AssessmentData>();
  // Entries by school key per assessment: thousands of schools make a linear search quadratic.
  const entries = new Map<AssessmentData, Map<string, SchoolEntry>>();
  const findings: Finding[] = [];
  for (const t of results.tables) {
    const id = keyString(t);
    let a = byId.get(id);
    if (!a) {
      a = { id, assessment: t.assessment, subject: t.subject, grade: t.grade, year: t.year, schools: [], references: [] };
      byId.set(id, a);
      entries.set(a, new Map());
    }
    const byKey = entries.get(a) as Map<string, SchoolEntry>;
    for (const s of t.schools) {
      let entry = byKey.get(s.schoolKey);
      if (!entry) {
        entry = { school: s.school, schoolCode: s.schoolCode, schoolKey: s.schoolKey, totals: emptyTotals(), parts: { marks: null, objectivity: null, scores: null } };
        a.schools.push(entry);
        byKey.set(s.schoolKey, entry);
      }
      merge(entry, s, t, findings);
    }
    for (const r of t.references) {
      const known = a.references.find((x) => x.name === r.school);
      if (!known) a.references.push({ name: r.school, totals: addCounts(emptyTotals(), r) });
      else if (r.objectivity && !known.totals.objectivityKnown) addObjectivity(known.totals, r.objectivity);
    }
  }
  return { assessments: [...byId.values()], findings };
}
