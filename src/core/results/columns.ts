/** Column roles of result tables, recognised by header synonyms in any order. */
export type ColumnRole =
  | "school" | "schoolCode" | "student" | "className" | "participants" | "m2" | "m3" | "m4" | "m5"
  | "mark" | "journal" | "score" | "subject" | "year" | "assessment" | "statedSuccess" | "statedQuality"
  | "gradeCol" | "percentTotal";

export const CONTINGENT_METRICS = {
  teachers: "Педагогов всего",
  teachersTopCategory: "Педагогов с высшей и первой категорией",
  teachersUnder35: "Педагогов до 35 лет",
  teachersTrained: "Педагогов, прошедших КПК",
  vacancies: "Вакансий",
  students: "Обучающихся всего",
  studentsExtraEd: "Обучающихся в доп. образовании",
  studentsAtRisk: "Обучающихся на профилактическом учёте",
  graduates9: "Выпускников 9 классов",
  certificates9: "Получили аттестат (9 кл.)",
  graduates11: "Выпускников 11 классов",
  certificates11: "Получили аттестат (11 кл.)",
} as const;
export type ContingentMetric = keyof typeof CONTINGENT_METRICS;

export function normalizeHeader(raw: string): string {
  return raw.toLowerCase().replace(/ё/g, "е").replace(/[«»"“”']/g, "").replace(/[\s\u00a0]+/g, " ").trim();
}

/** Order matters: the first matching rule wins («Отметка по журналу» before «Отметка»). */
const RULES: readonly (readonly [ColumnRole, RegExp])[] = [
  ["journal", /(по\s+журналу|журнальн|^журнал)/],
  ["statedSuccess", /(успеваемост|справляемост|обученност)/],
  ["statedQuality", /(качеств|успешност)/],
  ["schoolCode", /^(код\s+(оо|оу|школы|организации)|логин( оо)?)$/],
  ["student", /(фио|ф\.и\.о|код\s*\/|код участника|^код$|обучающ[а-яёa-z]*ся$|^участник$|^ученик|номер участника)/],
  ["className", /^(класс|кл\.?)( \(литера\))?$/],
  ["gradeCol", /^(параллель|класс \(параллель\))$/],
  ["subject", /^(предмет|учебный предмет)$/],
  ["year", /^(год|учебный год|год проведения)$/],
  ["assessment", /^(процедура|оценочная процедура|экзамен|форма (гиа|экзамена)|вид работы)$/],
  ["m5", /^(5|на 5|отметка 5|кол-?во 5|количество 5|число 5|5 \(кол-?во\))$/],
  ["m4", /^(4|на 4|отметка 4|кол-?во 4|количество 4|число 4|4 \(кол-?во\))$/],
  ["m3", /^(3|на 3|отметка 3|кол-?во 3|количество 3|число 3|3 \(кол-?во\))$/],
  ["m2", /^(2|на 2|отметка 2|кол-?во 2|количество 2|число 2|2 \(кол-?во\))$/],
  ["participants", /(кол-?во\s+уч|количество\s+участ|всего\s+участ|^участников|число\s+участ|^писали|^выполнял|^n$|кол-?во\s+(обучающихся|писавших))/],
  ["percentTotal", /распределение\s+групп\s+баллов/],
  ["score", /^(?!средн).*(балл|^баллы?$)/],
  ["mark", /^(отметка|оценка|отметка за работу|итоговая отметка|оценка за работу)$/],
  ["school", /^(оо|оу|школа|образовательная организация|наименование( оо| оу| образовательной организации| школы)?|учреждение|организация|название оо|ou)$/],
];

export function roleOfHeader(raw: string): ColumnRole | null {
  const h = normalizeHeader(raw);
  if (!h) return null;
  for (const [role, re] of RULES) if (re.test(h)) return role;
  return null;
}

const CONTINGENT_RULES: readonly (readonly [ContingentMetric, RegExp])[] = [
  ["teachersTopCategory", /(высш[а-яёa-z]*.*перв[а-яёa-z]*|перв[а-яёa-z]*.*высш[а-яёa-z]*)\s+категор/],
  ["teachersUnder35", /(до|моложе)\s+35/],
  ["teachersTrained", /(кпк|повышени[а-яёa-z]+\s+квалификац)/],
  ["teachers", /педагог/],
  ["vacancies", /ваканс/],
  ["studentsExtraEd", /доп[а-яёa-z]*\.?\s*образован/],
  ["studentsAtRisk", /профилактическ/],
  ["certificates9", /аттестат.*\b9\b|\b9\b.*аттестат/],
  ["certificates11", /аттестат.*\b11\b|\b11\b.*аттестат/],
  ["graduates9", /выпускник.*\b9\b/],
  ["graduates11", /выпускник.*\b11\b/],
  ["students", /(обучающихся|учащихся|контингент)/],
];

export function contingentMetricOfHeader(raw: string): ContingentMetric | null {
  const h = normalizeHeader(raw);
  if (!h) return null;
  for (const [metric, re] of CONTINGENT_RULES) if (re.test(h)) return metric;
  return null;
}

export type ColumnMap = Partial<Record<ColumnRole, number>>;

/** ФИС ОКО's per-pupil export: «ОО» holds the login code (edu…/sch…), «Название ОО» the name — the name is the school. */
function preferNamedSchool(header: readonly string[], map: ColumnMap): void {
  if (map.school === undefined || normalizeHeader(header[map.school]) !== "оо") return;
  const named = header.findIndex((h) => /^(название|наименование) оо$/.test(normalizeHeader(h)));
  if (named < 0) return;
  if (map.schoolCode === undefined) map.schoolCode = map.school;
  map.school = named;
}

/** Roles of one header row; the first column with a role keeps it. */
export function mapColumns(header: readonly string[]): ColumnMap {
  const map: ColumnMap = {};
  header.forEach((cell, i) => {
    const role = roleOfHeader(cell);
    if (role && map[role] === undefined) map[role] = i;
  });
  preferNamedSchool(header, map);
  return map;
}
