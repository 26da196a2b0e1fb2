import type { MetricRef, TargetScope, TargetSpec } from "../indicators";

type Sources = Pick<TargetSpec, "numerator" | "denominator" | "scope">;

const NONE: Sources = { numerator: null, denominator: null };

/** «по ВПР», «ОГЭ и ЕГЭ», «по русскому языку и математике»: the assessments a target speaks of. */
export function scopeOf(text: string): TargetScope {
  const t = text.toLowerCase();
  const assessments = [
    /(^|[^а-яё])впр([^а-яё]|$)/.test(t) ? "ВПР" : null,
    /(^|[^а-яё])огэ([^а-яё]|$)|гиа-9/.test(t) ? "ОГЭ" : null,
    /(^|[^а-яё])егэ([^а-яё]|$)|гиа-11/.test(t) ? "ЕГЭ" : null,
  ].filter((x): x is string => x !== null);
  const gia = /(^|[^а-яё])гиа([^а-яё-]|$)/.test(t) && !assessments.length ? ["ОГЭ", "ЕГЭ"] : [];
  const subjects = [/русск/.test(t) ? "русск" : null, /математ/.test(t) ? "математ" : null].filter((x): x is string => x !== null);
  const all = [...assessments, ...gia];
  return { assessments: all.length ? all : null, subjects: subjects.length ? subjects : null };
}

const pair = (numerator: MetricRef | null, denominator: MetricRef | null, scope?: TargetScope): Sources =>
  scope ? { numerator, denominator, scope } : { numerator, denominator };

/** Results-based indicators named by their usual words; the programme's generic «качество образования» is not one. */
function resultSources(t: string, scope: TargetScope): Sources | null {
  const exam = scope.assessments !== null && scope.assessments.every((a) => a === "ОГЭ" || a === "ЕГЭ");
  if (/(ниже\s+миним|не\s+преодол|минимальн[а-яё]*\s+(порог|балл|количеств))/.test(t)) {
    return exam ? pair("exam.below", "exam.participants", scope) : pair("marks.fail", "marks.failBase", scope);
  }
  if (/(неудовлетворительн|отметк[а-яё]*\s*[«"„]?2|[«"„]2[»"“]|двоек|неуспевающ)/.test(t)) return pair("marks.fail", "marks.failBase", scope);
  if (/(объективн|подтверд[а-яё]*\s+(отметк|результат)|соответств[а-яё]*\s+(отметк|результат)[а-яё]*\s+.*журнал)/.test(t)) return pair("objectivity.confirmed", "objectivity.total", scope);
  if (/(качеств[а-яё]*\s+(знаний|обученност|успеваемост)|успешност|на\s*[«"„]?4[»"“]?\s+и\s+[«"„]?5)/.test(t)) return pair("marks.good", "marks.total", scope);
  if (/(успеваемост|справляемост)/.test(t)) return pair("marks.passed", "marks.total", scope);
  return null;
}

/** Contingent and staff data (a «Контингент» table): categories, courses, extra education. */
function contingentSources(t: string): Sources | null {
  if (/педагог|учител/.test(t) && /категори/.test(t)) return pair("contingent.teachersTopCategory", "contingent.teachers");
  if (/педагог|учител/.test(t) && /(кпк|повышени[а-яё]*\s+квалификац|курс[а-яё]*\s+повышени)/.test(t)) return pair("contingent.teachersTrained", "contingent.teachers");
  if (/дополнительн[а-яё]*\s+образован/.test(t) && /(доля|охват)/.test(t) && /обучающ|детей|учащ/.test(t)) return pair("contingent.studentsExtraEd", "contingent.students");
  return null;
}

/**
 * The data behind a target, guessed from its words so the report can compute it; what cannot be guessed
 * stays «нет данных» with the numerator and denominator for the user to type on «Целевые показатели».
 */
export function guessSources(text: string, percent: boolean): Sources {
  const t = text.toLowerCase().replace(/\u00a0/g, " ");
  const scope = scopeOf(t);
  const fromResults = resultSources(t, scope);
  if (fromResults) return fromResults;
  const fromContingent = contingentSources(t);
  if (fromContingent) return fromContingent;
  if (!percent) return NONE;
  if (/педагог|учител/.test(t)) return pair(null, "contingent.teachers");
  if (/(^|[^а-яё])(школ|оу|оо|образовательн[а-яё]*\s+(организац|учрежден))/.test(t)) return pair(null, "schools.count");
  return NONE;
}
