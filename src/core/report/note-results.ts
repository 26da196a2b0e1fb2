import { formatNumberRu } from "../util";
import type { ChangeInput, FiguresInput } from "./input";
import type { AssessmentSummary, DistrictReport } from "./model";
import { FORMS, cap, comparePp, listRu, n, trendVerb } from "./note-format";
import type { NoteParagraph } from "./note-types";
import { pct, ppAbs } from "./words";

const text = (t: string): NoteParagraph => ({ kind: "text", text: t });

function resultsSentence(a: AssessmentSummary): string {
  const d = a.source.district;
  const parts: string[] = [];
  if (d.successRate !== null) parts.push(`успеваемость ${pct(d.successRate)}`);
  if (d.qualityRate !== null) parts.push(`качество знаний ${pct(d.qualityRate)}`);
  if (d.meanMark !== null) parts.push(`средняя отметка ${formatNumberRu(d.meanMark, 2)}`);
  if (d.belowThresholdShare !== null && d.successRate === null) parts.push(`доля ниже минимального порога ${pct(d.belowThresholdShare)}`);
  const head = `${a.label}: ${n(d.participants, FORMS.participants)} из ${n(a.schoolCount, FORMS.schoolsGen)}`;
  return parts.length ? `${head}; в среднем по району ${listRu(parts)}.` : `${head}.`;
}

function referenceSentence(a: AssessmentSummary): string | null {
  const clauses = a.references.flatMap((r) => {
    const out: string[] = [];
    if (r.successDiff !== null && r.figures.successRate !== null) {
      out.push(`успеваемость ${comparePp(r.successDiff)} (${pct(r.figures.successRate)})`);
    }
    if (r.qualityDiff !== null && r.figures.qualityRate !== null) {
      out.push(`качество ${comparePp(r.qualityDiff)} (${pct(r.figures.qualityRate)})`);
    }
    return out.length ? [`в сравнении с показателем «${r.name}» ${out.join(", ")}`] : [];
  });
  return clauses.length ? `${cap(clauses.join("; "))}.` : null;
}

function changeClause(word: string, feminine: boolean, c: ChangeInput | undefined, now: number | null): string | null {
  if (!c || c.change === null || c.trend === null || c.previous === null || now === null) return null;
  if (c.trend === "стабильно") return `${word} ${trendVerb(c.trend, feminine)} (${pct(c.previous)} → ${pct(now)})`;
  return `${word} ${trendVerb(c.trend, feminine)} на ${ppAbs(c.change)} (с ${pct(c.previous)} до ${pct(now)})`;
}

function dynamicsSentence(a: AssessmentSummary): string | null {
  const d: FiguresInput & { dynamics?: { successRate: ChangeInput; qualityRate: ChangeInput } | null } = a.source.district;
  const dyn = d.dynamics;
  if (!dyn) return null;
  const clauses = [
    changeClause("успеваемость", true, dyn.successRate, d.successRate),
    changeClause("качество знаний", false, dyn.qualityRate, d.qualityRate),
  ].filter((c): c is string => c !== null);
  if (!clauses.length) return null;
  const year = dyn.qualityRate.previousYear || dyn.successRate.previousYear;
  return `По сравнению с ${year} г. ${listRu(clauses)}.`;
}

function schoolDeclineSentence(a: AssessmentSummary): string | null {
  const falling = a.source.schools.filter((s) => s.dynamics?.qualityRate.trend === "снижение");
  if (!falling.length) return null;
  const names = falling.map((s) => `${s.school} (на ${ppAbs(s.dynamics?.qualityRate.change ?? 0)})`);
  return `Качество знаний снизилось в ${n(falling.length, FORMS.schoolsLoc)}: ${listRu(names)}.`;
}

/** «Результаты оценочных процедур»: participation, the district against reference rows, dynamics (the schools at risk follow). */
export function resultsParagraphs(r: DistrictReport): NoteParagraph[] {
  if (!r.assessments.length) return [];
  const out: NoteParagraph[] = [{ kind: "heading", text: "Результаты оценочных процедур" }];
  for (const a of r.assessments) {
    out.push(text(resultsSentence(a)));
    for (const s of [referenceSentence(a), dynamicsSentence(a), schoolDeclineSentence(a)]) if (s) out.push(text(s));
  }
  return out;
}
