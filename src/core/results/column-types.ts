import { type ColumnRole, normalizeHeader, roleOfHeader } from "./columns";
import { parseNumberRu } from "./numbers";
import { normalizeSubject } from "./preamble";

/**
 * What a column holds, judged from its values: the second signal beside its header. A result table is read
 * when the types of its columns form a known shape, whatever words its header uses.
 */
export interface ColumnProfile {
  readonly filled: number;
  /** Share of filled cells of each kind (0…1). */
  readonly school: number;
  readonly classLabel: number;
  readonly code: number;
  readonly person: number;
  readonly mark: number;
  readonly absent: number;
  readonly number: number;
  readonly integer: number;
  readonly subject: number;
  readonly year: number;
  readonly percentSign: number;
  readonly min: number;
  readonly max: number;
  /** Distinct values / filled cells: 1 when every row differs (schools of a summary, pupils of a list). */
  readonly distinct: number;
}

const SCHOOL_WORDS = /(школ|сош|оош|нош|(?<![а-яёa-z])сш(?![а-яёa-z])|гимназ|лице[йя]|(?<![а-яёa-z])(мбоу|мкоу|маоу|моу|гбоу|гоу|чоу|оу|цо)(?![а-яёa-z])|центр\s+образования|интернат|кадетск|(?:sch|edu)\d{3,}|учреждени)/i;
const CLASS_LABEL = /^(1[01]|[1-9])\s*[-–]?\s*[«"]?[а-яёa-z]["»]?$/i;
const PERSON = /^[А-ЯЁ][а-яё]+(-[А-ЯЁ][а-яё]+)?\s+[А-ЯЁ]([а-яё]+|\.)(\s*[А-ЯЁ]([а-яё]+|\.)?)?$/;
const CODE = /^[A-Za-zА-Яа-я]{0,4}[-_/]?\d{3,}$/;
const ABSENT = /^(н|н\.|нея|неявка|не явился|не явилась|отсутствовал[а]?|отс\.?|осв\.?|освобожден[а]?|болен|б)$/i;
const YEAR = /^(20\d\d)(\s*[-/–]\s*(20)?\d\d)?(\s*(г\.?|год|уч\.?\s*г\.?))?$/i;

/** Up to `limit` non-empty cells of column `col` in rows [start, end). */
export function columnValues(cells: readonly (readonly string[])[], col: number, start: number, end: number, limit = 200): string[] {
  const out: string[] = [];
  for (let r = start; r < end && out.length < limit; r++) {
    const v = (cells[r]?.[col] ?? "").trim();
    if (v !== "") out.push(v);
  }
  return out;
}

export function profileColumn(values: readonly string[]): ColumnProfile {
  let school = 0, classLabel = 0, code = 0, person = 0, mark = 0, absent = 0, number = 0, integer = 0, subject = 0, year = 0, pct = 0;
  let min = Infinity, max = -Infinity;
  for (const v of values) {
    if (SCHOOL_WORDS.test(v)) school++;
    if (CLASS_LABEL.test(v)) classLabel++;
    if (PERSON.test(v)) person++;
    if (ABSENT.test(v)) absent++;
    if (YEAR.test(v)) year++;
    if (/%\s*$/.test(v)) pct++;
    const n = parseNumberRu(v);
    if (n !== null && !Number.isNaN(n)) {
      number++;
      if (Number.isInteger(n)) integer++;
      if (n >= 2 && n <= 5 && Number.isInteger(n)) mark++;
      if (n < min) min = n;
      if (n > max) max = n;
      if (CODE.test(v) && v.length >= 4 && !YEAR.test(v)) code++;
    } else if (CODE.test(v)) code++;
    else if (v.length > 3 && normalizeSubject(v) !== null && KNOWN_SUBJECT.test(v.toLowerCase().replace(/ё/g, "е"))) subject++;
  }
  const f = values.length || 1;
  return {
    filled: values.length,
    school: school / f, classLabel: classLabel / f, code: code / f, person: person / f, mark: mark / f, absent: absent / f,
    number: number / f, integer: integer / f, subject: subject / f, year: year / f, percentSign: pct / f,
    min: number ? min : 0, max: number ? max : 0,
    distinct: new Set(values).size / f,
  };
}

const KNOWN_SUBJECT = /^(математика|русский язык|физика|химия|информатика|биология|история|обществознание|литература|география|(английский|немецкий|французский|испанский|китайский|иностранный) язык|окружающий мир)/;

/** One role a column may play, with how sure we are and why (said to the user in Russian). */
export interface RoleGuess {
  readonly role: ColumnRole;
  readonly score: number;
  readonly reasons: readonly string[];
}

/** Loose header words: weaker than an exact synonym, stronger than nothing. */
const HEADER_HINTS: readonly (readonly [ColumnRole, RegExp])[] = [
  ["journal", /журнал/],
  ["mark", /(отметк|оценк)/],
  ["meanScore", /средн.*балл/],
  ["score", /балл/],
  ["school", /(школ|(?<![а-я])оо(?![а-я])|(?<![а-я])оу(?![а-я])|организаци|учреждени)/],
  ["className", /класс/],
  ["student", /(фио|фамилия|участник|обучающ|ученик|код)/],
  ["subject", /предмет/],
  ["participants", /(кол-?во|количество|число|чел)/],
];

const pct = (x: number) => `${Math.round(x * 100)} %`;

/** Every role the column could play, best first: header synonym, loose header words and values, each scored. */
export function scoreRoles(header: string, p: ColumnProfile): RoleGuess[] {
  const guesses = new Map<ColumnRole, { score: number; reasons: string[] }>();
  const add = (role: ColumnRole, score: number, reason: string) => {
    const g = guesses.get(role) ?? { score: 0, reasons: [] };
    g.score += score;
    g.reasons.push(reason);
    guesses.set(role, g);
  };
  const h = normalizeHeader(header);
  const exact = roleOfHeader(header);
  if (exact) add(exact, 4, `заголовок «${header.trim()}»`);
  else for (const [role, re] of HEADER_HINTS) if (re.test(h)) {
    add(role, 2, `в заголовке «${header.trim()}» есть слово, похожее на этот столбец`);
    break;
  }
  if (p.filled === 0) return sorted(guesses);
  if (p.school >= 0.5) add("school", 4 * p.school, `названия школ (МБОУ, СОШ, гимназия…) в ${pct(p.school)} строк`);
  if (p.classLabel >= 0.6) add("className", 4, `классы вида «5А», «4 В» в ${pct(p.classLabel)} строк`);
  if (p.subject >= 0.6) add("subject", 4, `названия предметов в ${pct(p.subject)} строк`);
  if (p.year >= 0.8 && p.mark === 0) add("year", 3, "годы");
  const markish = p.mark + p.absent;
  if (markish >= 0.9 && p.mark > 0 && p.integer >= p.mark - 1e-9) {
    add("mark", 3, `отметки 2–5${p.absent > 0 ? " и «н»/«неявка»" : ""} в ${pct(markish)} строк`);
  }
  if (p.number >= 0.9 && p.integer >= 0.95 && p.min >= 0 && p.max <= 100 && !(p.min >= 2 && p.max <= 5)) {
    add("score", 2, p.max > 40 ? `целые баллы от ${p.min} до ${p.max} (похоже на тестовые баллы 0–100)` : `целые баллы от ${p.min} до ${p.max}`);
  }
  if ((p.person >= 0.6 || p.code >= 0.6) && p.distinct >= 0.9) add("student", 3, p.person >= 0.6 ? "фамилии и инициалы" : "коды участников");
  return sorted(guesses);
}

function sorted(m: Map<ColumnRole, { score: number; reasons: string[] }>): RoleGuess[] {
  return [...m.entries()].map(([role, g]) => ({ role, score: g.score, reasons: g.reasons })).sort((a, b) => b.score - a.score);
}
