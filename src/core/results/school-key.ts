/**
 * School names as officials type them: «МБОУ «СОШ № 1»», "МБОУ "СОШ №1"", «(sch640101) МБОУ «СОШ № 1»»,
 * «Средняя общеобразовательная школа №1». One school must become one key.
 */
/** ФИС ОКО codes: schools sch… (before 2022) and edu… (since), municipalities reg99_m001. */
const CODE = /\(?\s*((?:sch|edu)\d{3,}|reg\d+_m\d+)\s*\)?/i;
/** A leading register number: «640101 МБОУ «СОШ № 1»», «0101 - МБОУ …», «12. МБОУ …» is not one (too short). */
const LEADING_NUMBER = /^\s*(\d{4,})\s*[-–—.)]?\s+(?=[^\d\s])/;

/** «(sch640101) МБОУ «СОШ № 1»» → { code: "sch640101", name: "МБОУ «СОШ № 1»" }; «МБОУ «…»(edu990201)» likewise. */
export function splitSchoolCode(raw: string): { code: string | null; name: string } {
  const m = CODE.exec(raw);
  if (!m) {
    const lead = LEADING_NUMBER.exec(raw);
    if (lead) return { code: lead[1], name: raw.slice(lead[0].length).replace(/\s+/g, " ").trim() };
    return { code: null, name: raw.replace(/\s+/g, " ").trim() };
  }
  const name = (raw.slice(0, m.index) + " " + raw.slice(m.index + m[0].length)).replace(/\s+/g, " ").trim();
  return { code: m[1].toLowerCase(), name };
}

/** Whether a code names a municipality (reg99_m001), not a school. */
export const isMunicipalityCode = (code: string | null): boolean => code !== null && /^reg\d+_m\d+$/i.test(code);

/** Long forms shortened so that the full and the abbreviated spellings meet. Longest first. */
const ABBREVIATIONS: readonly (readonly [RegExp, string])[] = [
  [/муниципальное\s+бюджетное\s+общеобразовательное\s+учреждение/g, "мбоу"],
  [/муниципальное\s+казенное\s+общеобразовательное\s+учреждение/g, "мкоу"],
  [/муниципальное\s+автономное\s+общеобразовательное\s+учреждение/g, "маоу"],
  [/муниципальное\s+общеобразовательное\s+учреждение/g, "моу"],
  [/средняя\s+общеобразовательная\s+школа/g, "сош"],
  [/основная\s+общеобразовательная\s+школа/g, "оош"],
  [/начальная\s+общеобразовательная\s+школа/g, "нош"],
  [/средняя\s+школа/g, "сш"],
];

/** The matching key of a school name (without its code). */
export function normalizeSchoolName(name: string): string {
  let t = name.toLowerCase().replace(/ё/g, "е").replace(/\u00a0/g, " ");
  t = t.replace(CODE, " ").replace(LEADING_NUMBER, " ");
  for (const [re, short] of ABBREVIATIONS) t = t.replace(re, short);
  t = t.replace(/[«»"'“”„‘’`]/g, " ");
  t = t.replace(/№\s*/g, " ").replace(/\s*-\s*/g, "-").replace(/\s*\.\s*/g, ".");
  // Settlement prefixes typed with or without the dot or space: «г.Энска», «г. Энска», «г Энска» are one town.
  t = t.replace(/(^|[\s.(])(г|с|п|пос|д|х|ст|рп|пгт|сп)(?:\.|\s)\s*(?=[а-яa-z])/g, "$1$2.");
  // «СОШ № 1», «СОШ №1», «СОШ-1», «СОШ 1»: the number joined to the word before it.
  t = t.replace(/([а-яa-z])[\s-]+(\d)/g, "$1 $2");
  return t.replace(/[\s,;]+/g, " ").trim();
}

export type EntityKind = "school" | "reference" | "district";

const REFERENCE = /^(вся\s+выборка|россия|российская\s+федерация|рф|итого\s+по\s+(рф|россии|региону|области|краю))/i;
const REGION = /(област|обл\.?$|(?<![а-яёa-z0-9])обл(?![а-яёa-z0-9])|(?<![а-яёa-z0-9])край(?![а-яёa-z0-9])|(?<![а-яёa-z0-9])края(?![а-яёa-z0-9])|республик|автономный\s+округ|(?<![а-яёa-z0-9])ао(?![а-яёa-z0-9])|г\.\s*(москва|санкт-петербург|севастополь))/i;
const DISTRICT = /(район|(?<![а-яёa-z0-9])р-н(?![а-яёa-z0-9])|городской\s+округ|(?<![а-яёa-z0-9])го(?![а-яёa-z0-9])|муниципальн[а-яёa-z]*\s+(округ|образован)|(?<![а-яёa-z0-9])мо(?![а-яёa-z0-9])|итого\s+по\s+(району|округу|муниципалитету)|^итого$|^всего$)/i;
const SCHOOL = /(\bsch\d|\(sch|школ|сош|оош|нош|(?<![а-яёa-z0-9])сш(?![а-яёa-z0-9])|(?<![а-яёa-z0-9])оу(?![а-яёa-z0-9])|гимназ|лице|(?<![а-яёa-z0-9])цо(?![а-яёa-z0-9])|центр\s+образования|интернат|кадетск|мбоу|мкоу|маоу|моу|гбоу|гоу)/i;

/**
 * Whether a row name is a school, the district or a higher reference level («Вся выборка», the region).
 * A school word wins: «МКОУ СОШ Энского района» is a school.
 */
export function classifyEntity(name: string, code: string | null = null): EntityKind {
  if (isMunicipalityCode(code)) return "district";
  const t = name.trim();
  if (SCHOOL.test(t)) return "school";
  if (REFERENCE.test(t) || REGION.test(t)) return "reference";
  if (DISTRICT.test(t)) return "district";
  return "school";
}
