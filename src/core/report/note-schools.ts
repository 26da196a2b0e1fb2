import type { SchoolFiguresInput } from "./input";
import type { DistrictReport, SchoolReport } from "./model";
import { FORMS, endSentence, listRu, n, smallBase } from "./note-format";
import type { NoteParagraph } from "./note-types";
import { isObjectivityFlag, pct, pctThreshold, ppAbs, ppThreshold } from "./words";

/** A flagged procedure of a school with the figure that ranks it. */
interface Case { readonly label: string; readonly value: number; readonly text: string }

const worst = (cases: readonly Case[], highest: boolean): Case =>
  cases.reduce((a, b) => ((highest ? b.value > a.value : b.value < a.value) ? b : a));

/** The school's own figures for one assessment (keys are canonical in the report). */
function sourceOf(r: DistrictReport, k: number, school: SchoolReport): SchoolFiguresInput | undefined {
  return r.assessments[k].source.schools.find((x) => (x.schoolKey ?? x.school) === school.key || x.school === school.school);
}

function failShareOf(s: SchoolFiguresInput | undefined, exam: boolean): number | null {
  if (!s) return null;
  if (s.belowThresholdShare !== null && (exam || !s.marks)) return s.belowThresholdShare;
  return s.marks && s.participants > 0 ? s.marks["2"] / s.participants : s.belowThresholdShare;
}

/**
 * A school's risks as a few short lines, one per kind of sign: how many procedures show it and the worst case,
 * instead of every figure of every procedure (those are on «Свод по району» and «Показатели»).
 */
function riskLines(r: DistrictReport, school: SchoolReport): string[] {
  const st = r.settings;
  const fail: Case[] = [];
  const below: Case[] = [];
  const decline: string[] = [];
  school.subjects.forEach((f, k) => {
    if (!f) return;
    const src = sourceOf(r, k, school);
    const exam = /^(огэ|егэ|гиа)/i.test(r.assessments[k].source.assessment ?? "");
    if (f.flags.includes("risk.fail-share")) {
      const v = failShareOf(src, exam);
      if (v !== null) fail.push({ label: f.label, value: v, text: `${f.label}: ${pct(v)}${smallBase(src?.participants ?? 0)}` });
    }
    if (f.flags.includes("risk.below-district")) {
      const s = f.successDeviation ?? 0;
      const q = f.qualityDeviation ?? 0;
      const [word, gap] = s <= q ? ["успеваемость", s] : ["качество", q];
      below.push({ label: f.label, value: gap, text: `${f.label}: ${word} на ${ppAbs(gap)} ниже района` });
    }
    const q = f.qualityChange;
    if (f.flags.includes("risk.decline")) decline.push(q?.change != null ? `${f.label} (на ${ppAbs(q.change)} ниже, чем в ${q.previousYear} г.)` : f.label);
  });
  const lines: string[] = [];
  const many = (count: number) => (count > 1 ? `в ${n(count, FORMS.proceduresLoc)}, больше всего — ` : "");
  if (fail.length) lines.push(`доля «2» (на экзаменах — не преодолевших порог) ${pctThreshold(st.failShare)} и выше: ${many(fail.length)}${worst(fail, true).text}`);
  if (below.length) lines.push(`отставание от района на ${ppThreshold(st.belowDistrictPp)} и более: ${many(below.length)}${worst(below, false).text}`);
  if (decline.length) lines.push(`качество знаний снижается второй период подряд: ${listRu(decline)}`);
  return lines;
}

function riskParagraphs(r: DistrictReport, withResults: readonly SchoolReport[]): NoteParagraph[] {
  const st = r.settings;
  const names = new Set(r.schoolCounts.risk);
  const risky = withResults.filter((s) => names.has(s.school));
  if (!risky.length) {
    return [{
      kind: "text",
      text: endSentence(`Ни в одной из ${n(r.schoolCounts.withResults, FORMS.schoolsGen)} не выявлено признаков риска: доля отметок «2» ниже ${pctThreshold(st.failShare)}, ` +
        `отставание от среднерайонных показателей успеваемости и качества меньше ${ppThreshold(st.belowDistrictPp)}`),
    }];
  }
  const out: NoteParagraph[] = [{
    kind: "text",
    text: `Признаки риска низких образовательных результатов выявлены в ${n(risky.length, FORMS.schoolsLoc)} из ${r.schoolCounts.withResults}:`,
  }];
  for (const s of risky) {
    out.push({ kind: "item", text: `${s.school}:` });
    for (const line of riskLines(r, s)) out.push({ kind: "item", level: 2, text: endSentence(line) });
  }
  return out;
}

/** One objectivity reason per procedure, with the base when it is small. */
function objectivityText(r: DistrictReport, s: SchoolReport): string {
  const parts = s.reasons.filter((x) => isObjectivityFlag(x.code)).map((x) => {
    const k = r.assessments.findIndex((a) => a.label === x.assessmentLabel);
    const src = k >= 0 ? sourceOf(r, k, s) : undefined;
    return `${x.assessmentLabel} — ${x.text}${smallBase(src?.participants ?? 0)}`;
  });
  return endSentence(`${s.school}: ${parts.join("; ")}`);
}

function objectivityParagraphs(r: DistrictReport): NoteParagraph[] {
  const withData = r.assessments.filter((a) => a.source.schools.some((s) => s.objectivity !== null));
  if (!withData.length) return [];
  const biased = new Set(r.schoolCounts.objectivity);
  const flagged = r.schools.filter((s) => biased.has(s.school));
  const out: NoteParagraph[] = [{ kind: "heading", text: "Объективность оценивания" }];
  for (const a of withData) {
    const o = a.source.district.objectivity;
    if (o) out.push({ kind: "text", text: `${a.label}: в целом по району результат работы ниже отметки по журналу у ${pct(o.lowered)} участников, совпадает — у ${pct(o.confirmed)}, выше — у ${pct(o.raised)}.` });
  }
  if (!flagged.length) {
    out.push({ kind: "text", text: `Признаков необъективности не выявлено: ни в одной школе доля понизивших отметку не достигает ${pctThreshold(r.settings.loweredShare)}, а доля повысивших — ${pctThreshold(r.settings.raisedShare)}.` });
    return out;
  }
  out.push({ kind: "text", text: `Признаки необъективности оценивания выявлены в ${n(flagged.length, FORMS.schoolsLoc)}:` });
  for (const s of flagged) out.push({ kind: "item", text: objectivityText(r, s) });
  return out;
}

/** The schools at risk (ends «Результаты оценочных процедур»). */
export function riskSchoolParagraphs(r: DistrictReport): NoteParagraph[] {
  const withResults = r.schools.filter((s) => s.subjects.some((x) => x !== undefined));
  return withResults.length ? riskParagraphs(r, withResults) : [];
}

/** «Объективность оценивания». */
export { objectivityParagraphs };

