/** Column roles of result tables, recognised by header synonyms in any order. */
export type ColumnRole =
  | "school" | "schoolCode" | "student" | "className" | "participants" | "m2" | "m3" | "m4" | "m5"
  | "mark" | "journal" | "score" | "subject" | "year" | "assessment" | "statedSuccess" | "statedQuality"
  | "gradeCol" | "percentTotal"
  // Per-school aggregates a table states (read as `stated`, used where no counts exist).
  | "meanScore" | "meanMark" | "belowCount" | "belowShare" | "passedCount" | "schoolCount" | "other";

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

/** A mark column's header: «5», «на 5», «Кол-во 5», «"5", %», «% «5»», «5 (чел.)», «отлично». */
function markRule(digit: string, word: string): RegExp {
  return new RegExp(
    `^((на|отметка|оценка|кол-?во|количество|число|доля|получили|%)\\s*)?${digit}(\\s*,?\\s*\\(?(%|кол-?во|чел\\.?|в %)\\)?)?$|^${word}$`,
  );
}

/** Order matters: the first matching rule wins («Отметка по журналу» before «Отметка»). */
const RULES: readonly (readonly [ColumnRole, RegExp])[] = [
  ["journal", /(по\s+журналу|журнальн|^журнал|в\s+журнале|четвертн|годов[а-я]*\s+(отметк|оценк))/],
  ["schoolCount", /^(кол-?во|количество|число)\s+(оо|оу|школ)$/],
  ["belowShare", /(не\s+преодоле|ниже\s+(минимальн|порог)|не\s+сдал|не\s+сдавш|несдавш|не\s+набрал).*(%|дол|удельн|процент)|(дол|удельн[а-я]*\s+вес|процент)[а-я]*.*(не\s+преодоле|не\s+сдал|не\s+сдавш|несдавш|ниже\s+порог)/],
  ["belowCount", /(не\s+преодоле|ниже\s+(минимальн|порог)|не\s+сдал|не\s+сдавш|несдавш|не\s+набрал)/],
  ["statedSuccess", /(успеваемост|справляемост|обученност|(дол|удельн[а-я]*\s+вес|процент)[а-я]*.*(сдавш|сдал|преодолел|справил)|сдали.*%|% сдавш)/],
  ["statedQuality", /(качеств|успешност)/],
  ["meanMark", /(средн[а-я]*|ср\.)\s*(отметк|оценк)/],
  ["meanScore", /(средн[а-я]*|ср\.)\s*(первичн[а-я]*\s+|тестов[а-я]*\s+)?балл/],
  ["passedCount", /^(сдали|сдавших|из них сдали|преодолели( минимальный)? порог|кол-?во сдавших|число сдавших)$/],
  ["schoolCode", /^(код\s+(оо|оу|школы|организации)|логин( оо)?|код ото|код ппэ)$/],
  ["student", /(фио|ф\.и\.о|код\s*\/|код участника|^код$|обучающ[а-яёa-z]*ся$|^участник$|^ученик|номер участника|^фамилия|^код работы|^шифр)/],
  ["className", /^(класс|кл\.?|класс \(литера\)|литера класса|класс, литера)$/],
  ["gradeCol", /^(параллель|класс \(параллель\))$/],
  ["subject", /^(предмет|учебный предмет|наименование предмета|дисциплина)$/],
  ["year", /^(год|учебный год|год проведения)$/],
  ["assessment", /^(процедура|оценочная процедура|экзамен|форма (гиа|экзамена)|вид работы)$/],
  ["m5", markRule("5", "отлично")],
  ["m4", markRule("4", "хорошо")],
  ["m3", markRule("3", "удовлетворительно")],
  ["m2", markRule("2", "неудовлетворительно")],
  ["participants", /(кол-?во\s+уч|количество\s+(участ|уч-ся|обучающ|выпускник|сдававш|писавш)|всего\s+участ|^участников|число\s+(участ|сдававш|выпускник)|^писали|^выполнял|^n$|кол-?во\s+(обучающихся|писавших|сдававших|выпускников)|^сдавал|^сдававших|^всего$|^приняли участие|^участвовал|^(кол-?во|количество|число)( чел\.?| человек)?$|^чел\.?$)/],
  ["percentTotal", /распределение\s+групп\s+баллов/],
  ["score", /^(?!средн).*(балл|^баллы?$)/],
  ["mark", /^((итоговая |годовая )?(отметка|оценка)( за работу| за экзамен| по 5-балльной шкале| по пятибалльной шкале| \(5-балльная\))?|оценка по 5-балльной шкале|отметка по пятибалльной шкале|результат \(отметка\))$/],
  ["school", /^(оо|оу|оо \(школа\)|школа|наименование оо|образовательная организация|общеобразовательная организация|наименование( оо| оу| образовательной организации| общеобразовательной организации| учреждения| школы)?|учреждение|организация|название оо|название образовательной организации|ou|групп[аы] участников|муниципальное образование|мо|ату|образовательное учреждение)$/],
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
    // «ОО | Муниципалитет | Название ОО» (ФИС ОКО): the school's name, not its login, names the school.
    else if (role === "school" && /(назван|наименов)/.test(normalizeHeader(cell)) && !/(назван|наименов)/.test(normalizeHeader(header[map.school as number] ?? ""))) {
      map.school = i;
    }
  });
  preferNamedSchool(header, map);
  return map;
}
