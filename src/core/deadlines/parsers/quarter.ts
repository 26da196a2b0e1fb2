import { NOT_LETTER_BEFORE, ORDINAL_DICTIONARY, YEAR_PATTERN, alternation } from "../constants";
import type { Parser, WindowUnit } from "../pipeline";
import { compile, yearOf } from "./shared";
import { isSchoolPeriod } from "../dates";

const FROM_GROUP = 1;
const TO_GROUP = 2;
const YEAR_GROUP = 3;
const ORD = `(${alternation(Object.keys(ORDINAL_DICTIONARY))})`;
const SUFFIX = "(?:\\s*-?\\s*(?:й|ый|ий|ое|е|я|ая|ом))?";

/** Months of each part: calendar quarters, half-years, school quarters (I Sep–Oct … IV Apr–May). */
const PARTS: Record<"quarter" | "half" | "schoolQuarter" | "schoolHalf", readonly (readonly [number, number])[]> = {
  quarter: [[1, 3], [4, 6], [7, 9], [10, 12]],
  half: [[1, 6], [7, 12]],
  schoolQuarter: [[9, 10], [11, 12], [1, 3], [4, 5]],
  // A school year's halves: I September–December, II January–May.
  schoolHalf: [[9, 12], [1, 5]],
};

function partParser(name: string, unit: "quarter" | "half" | "schoolQuarter", noun: string): Parser {
  return {
    name,
    quick: new RegExp(noun.slice(0, 6)),
    pattern: compile(`${NOT_LETTER_BEFORE}${ORD}(?:\\s*-\\s*${ORD})?${SUFFIX}\\s*${noun}(?:\\s*${YEAR_PATTERN})?`),
    extract(m, ctx) {
      // A yearless half in a school-year plan is a school half; with a calendar year stated it is a calendar one.
      const parts = PARTS[unit === "half" && !m[YEAR_GROUP] && isSchoolPeriod(ctx.period) ? "schoolHalf" : unit];
      const first = parts[ORDINAL_DICTIONARY[m[FROM_GROUP]] - 1];
      const last = parts[ORDINAL_DICTIONARY[m[TO_GROUP] ?? m[FROM_GROUP]] - 1];
      if (!first || !last) return null;
      const year = yearOf(m[YEAR_GROUP]);
      const wrap = last[1] < first[0];
      return {
        type: "window",
        unit: unit as WindowUnit,
        from: { year: year !== null && wrap ? year - 1 : year, month: first[0], day: null },
        to: { year, month: last[1], day: null },
        wrap,
        range: true,
        index: m.index,
        end: m.index + m[0].length,
      };
    },
  };
}

/** «I квартал 2022», «1-й квартал», «II-III квартал 2023 г.» */
export const quarterParser = partParser("QuarterParser", "quarter", "квартал[а-я]*");
/** «1 полугодие 2022», «второе полугодие» */
export const halfYearParser = partParser("HalfYearParser", "half", "полугоди[а-я]*");
/** «I четверть», «3 четверть» — school quarters. */
export const schoolQuarterParser = partParser("SchoolQuarterParser", "schoolQuarter", "четверт[а-я]*");
