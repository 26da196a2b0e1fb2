import type { AssessmentKey } from "./types";

/** What the lines above a table (or the user's title) say about the assessment. */
export interface Preamble extends AssessmentKey {
  readonly maxScore: number | null;
}

const ASSESSMENTS: readonly (readonly [RegExp, string])[] = [
  [/(всероссийск[а-яёa-z]*\s+проверочн[а-яёa-z]*\s+работ|(?<![а-яёa-z0-9])впр(?![а-яёa-z0-9]))/i, "ВПР"],
  [/((?<![а-яёa-z0-9])огэ(?![а-яёa-z0-9])|гиа-?9|основн[а-яёa-z]+\s+государственн[а-яёa-z]+\s+экзамен)/i, "ОГЭ"],
  [/((?<![а-яёa-z0-9])егэ(?![а-яёa-z0-9])|гиа-?11|един[а-яёa-z]+\s+государственн[а-яёa-z]+\s+экзамен)/i, "ЕГЭ"],
  [/(?<![а-яёa-z0-9])нико(?![а-яёa-z0-9])/i, "НИКО"],
  [/\bpisa\b/i, "PISA"],
];

const SUBJECTS: readonly string[] = [
  "математика профильная", "математика базовая", "математика", "русский язык", "физика", "химия", "информатика",
  "биология", "история", "обществознание", "литература", "география", "английский язык", "немецкий язык",
  "французский язык", "иностранный язык", "окружающий мир",
];

export function normalizeSubject(raw: string): string | null {
  let t = raw.toLowerCase().replace(/ё/g, "е").replace(/\s+/g, " ").trim();
  if (!t) return null;
  t = t.replace(/\(?\s*профильн[а-яёa-z]*(\s+уровень)?\s*\)?/, " профильная").replace(/\(?\s*базов[а-яёa-z]*(\s+уровень)?\s*\)?/, " базовая");
  t = t.replace(/\s+/g, " ").trim();
  const known = SUBJECTS.find((s) => t === s) ?? SUBJECTS.find((s) => t.startsWith(s + " "));
  const out = known ?? t;
  return out.charAt(0).toUpperCase() + out.slice(1);
}

/** A subject's words in any case: «по русскому языку», «по математике (профильный уровень)». */
const SUBJECT_FORMS: readonly (readonly [string, RegExp])[] = SUBJECTS.map((subject) => {
  const stems = subject.split(" ").map((w) => (w.length <= 6 ? w.slice(0, -1) : w.slice(0, -2)) + "[а-я]*");
  return [subject, new RegExp(`(?<![а-я])${stems.join("[\\s(]+")}`)] as const;
});

function findSubject(text: string): string | null {
  const m = /предмет\s*[:\-–]\s*([^\n\t;]+)/i.exec(text);
  if (m) return normalizeSubject(m[1]);
  const low = text.toLowerCase().replace(/ё/g, "е");
  const hit = SUBJECTS.find((s) => low.includes(s)) ?? SUBJECT_FORMS.find(([, re]) => re.test(low))?.[0];
  return hit ? normalizeSubject(hit) : null;
}

/** «5а», «5 класс», «Класс: 5», «(5 класс)» → "5". */
export function normalizeGrade(raw: string): string | null {
  const m = /(\d{1,2})/.exec(raw);
  if (!m) return null;
  const n = Number(m[1]);
  return n >= 1 && n <= 11 ? String(n) : null;
}

function findGrade(text: string): string | null {
  const m = /(\d{1,2})\s*(?:-?\s*(?:й|х|го))?\s*класс|класс[а-яёa-z]*\s*[:\-–]?\s*(\d{1,2})\b/i.exec(text);
  return m ? normalizeGrade(m[1] ?? m[2]) : null;
}

function findYear(text: string): string | null {
  const m = /\b(20[0-4]\d)\b/.exec(text);
  return m ? m[1] : null;
}

/** Reads the assessment, subject, grade, year and maximum score from the lines above a table. */
export function readPreamble(lines: readonly string[]): Preamble {
  const text = lines.join("\n");
  const assessment = ASSESSMENTS.find(([re]) => re.test(text))?.[1] ?? null;
  const max = /максимальн[а-яёa-z]*\s+(?:первичн[а-яёa-z]*\s+)?балл[а-яёa-z]*\s*[:\-–]?\s*(\d+)/i.exec(text);
  return {
    assessment,
    subject: findSubject(text),
    grade: findGrade(text),
    year: findYear(text),
    maxScore: max ? Number(max[1]) : null,
  };
}

/** Fields a row states override the preamble; the preamble fills the rest. */
export function mergeKeys(base: Preamble, over: Partial<AssessmentKey>): Preamble {
  return {
    assessment: over.assessment ?? base.assessment,
    subject: over.subject ?? base.subject,
    grade: over.grade ?? base.grade,
    year: over.year ?? base.year,
    maxScore: base.maxScore,
  };
}
