import { type Every, NOT_LETTER_AFTER, NOT_LETTER_BEFORE, ORDINAL_DICTIONARY, TERM_END_OPENINGS, alternation } from "../constants";
import { isSchoolPeriod } from "../dates";
import type { Parser } from "../pipeline";
import { compile } from "./shared";

const ORD_GROUP = 1;
const TERM_GROUP = 2;
const ORD = `(${alternation(Object.keys(ORDINAL_DICTIONARY))})`;
const SUFFIX = "(?:\\s*-?\\s*(?:й|ой|ей|го|ого|его|ый|ий))?";

/** The noun after «по итогам …» / «в конце …», by its stem. */
const TERMS: readonly (readonly [RegExp, Every])[] = [
  [/^четверт/, "schoolQuarter"],
  [/^триместр/, "schoolQuarter"],
  [/^полугод/, "half"],
  [/^квартал/, "quarter"],
  [/^месяц/, "month"],
  [/^(?:учебн|уч)/, "year"],
  [/^год/, "year"],
];

/** Closing month of each numbered part; halves by the period's kind (school: Sep–Dec, Jan–May). */
const CLOSING: Record<string, readonly number[]> = {
  schoolQuarter: [10, 12, 3, 5],
  quarter: [3, 6, 9, 12],
  halfCalendar: [6, 12],
  halfSchool: [12, 5],
};

/**
 * «по итогам четверти», «по итогам I полугодия», «в конце учебного года», «по окончании года»:
 * the closing month of each such term (or of the one named). The year of a school plan ends in May
 * (lessons end; the analysis and the «педсовет по итогам года» are held then).
 */
export const termEndParser: Parser = {
  name: "TermEndParser",
  quick: /итог|конц|оконч|заверш|результ/,
  pattern: compile(
    `${NOT_LETTER_BEFORE}(?:${alternation(TERM_END_OPENINGS)})\\s+(?:${ORD}${SUFFIX}\\s+)?(четверт[а-я]*|триместр[а-я]*|полугоди[а-я]*|квартал[а-я]*|месяц[а-я]*|учебного\\s+года|уч\\.?\\s*года|года)${NOT_LETTER_AFTER}`,
  ),
  extract(m, ctx) {
    const word = m[TERM_GROUP];
    const every = TERMS.find(([re]) => re.test(word))?.[1];
    if (!every) return null;
    const schoolYear = /^(?:учебн|уч)/.test(word) || (every === "year" && isSchoolPeriod(ctx.period));
    const at = { index: m.index, end: m.index + m[0].length };
    const ordinal = m[ORD_GROUP] ? ORDINAL_DICTIONARY[m[ORD_GROUP]] : null;
    if (ordinal === null || every === "year" || every === "month") {
      return { type: "recurrence", every, times: null, atEnd: true, ...(schoolYear ? { schoolYear } : {}), ...at };
    }
    const key = every === "half" ? (isSchoolPeriod(ctx.period) ? "halfSchool" : "halfCalendar") : every;
    const month = CLOSING[key][ordinal - 1];
    if (month === undefined) return null;
    const point = { year: null, month, day: null };
    return { type: "window", unit: "month", from: point, to: point, wrap: false, range: false, ...at };
  },
};
