import type { AssessmentFigures, SchoolFiguresInput } from "./input";
import { schoolKeyOf } from "./similarity";

/**
 * One school, one key: the results module's `schoolKey` (it has already merged «Заречная средняя
 * общеобразовательная школа» with «МКОУ «Заречная СОШ»»), else the normalised name. A name from a
 * roadmap title or a target row finds its key through any spelling the results used.
 */
export interface SchoolNames {
  readonly keyOf: (s: Pick<SchoolFiguresInput, "school" | "schoolKey">) => string;
  /** Key of a bare name (roadmap, target): a spelling seen in the results, else its normalised form. */
  readonly keyOfName: (name: string) => string;
  /** The name shown for a key: the spelling used most often (first seen on a tie). */
  readonly nameOf: (key: string, fallback: string) => string;
}

export function schoolNames(assessments: readonly AssessmentFigures[]): SchoolNames {
  const keyOf = (s: Pick<SchoolFiguresInput, "school" | "schoolKey">) => s.schoolKey?.trim() || schoolKeyOf(s.school);
  const alias = new Map<string, string>();
  const counts = new Map<string, Map<string, number>>();
  for (const a of assessments) {
    for (const s of a.schools) {
      const key = keyOf(s);
      if (!alias.has(schoolKeyOf(s.school))) alias.set(schoolKeyOf(s.school), key);
      const byName = counts.get(key) ?? new Map<string, number>();
      byName.set(s.school, (byName.get(s.school) ?? 0) + 1);
      counts.set(key, byName);
    }
  }
  const canonical = new Map<string, string>();
  for (const [key, byName] of counts) {
    let best = "";
    let most = 0;
    for (const [name, n] of byName) if (n > most) [best, most] = [name, n];
    canonical.set(key, best);
  }
  const keyOfName = (name: string) => alias.get(schoolKeyOf(name)) ?? schoolKeyOf(name);
  return { keyOf, keyOfName, nameOf: (key, fallback) => canonical.get(key) ?? fallback };
}

/** The same assessments with every school under its canonical name, so sheets and note name it one way. */
export function withCanonicalNames(assessments: readonly AssessmentFigures[], names: SchoolNames): AssessmentFigures[] {
  return assessments.map((a) => ({
    ...a,
    schools: a.schools.map((s) => ({ ...s, schoolKey: names.keyOf(s), school: names.nameOf(names.keyOf(s), s.school) })),
  }));
}
