import { NOT_LETTER_BEFORE, ORDINAL_DICTIONARY, YEAR_PATTERN, alternation } from "../constants";
import type { Parser, WindowUnit } from "../pipeline";
import { compile, yearOf } from "./shared";
import { isSchoolPeriod } from "../dates";

const FROM_GROUP = 1;
const TO_GROUP = 2;
const SCHOOL_FROM_GROUP = 3;
const SCHOOL_TO_GROUP = 4;
const YEAR_GROUP = 5;
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

const SCHOOL_YEAR_AFTER = "(?<![0-9])((?:19|20)[0-9]{2})\\s*[-/]\\s*((?:19|20)?[0-9]{2})(?![0-9])(?:\\s*(?:учебн[а-я]*\\s+год[а-я]*|уч\\.?\\s*(?:г[а-я]*\\.?)?))?";

/** «2024» or «24» after «2023/». */
function secondYear(from: number, text: string): number {
  return text.length === 2 ? Math.floor(from / 100) * 100 + Number(text) : Number(text);
}

function partParser(name: string, unit: "quarter" | "half" | "schoolQuarter", noun: string): Parser {
  return {
    name,
    quick: new RegExp(noun.slice(0, 6)),
    // «I полугодие 2023/2024 учебного года», «II четверть 2023-2024 уч. г.»: a school year after a school part.
    pattern: compile(`${NOT_LETTER_BEFORE}${ORD}(?:\\s*-\\s*${ORD})?${SUFFIX}\\s*${noun}(?:\\s*(?:${unit === "quarter" ? "(?!)()()" : SCHOOL_YEAR_AFTER}|${YEAR_PATTERN}))?`),
    extract(m, ctx) {
      const schoolFrom = yearOf(m[SCHOOL_FROM_GROUP]);
      const schoolTo = m[SCHOOL_TO_GROUP] ? secondYear(schoolFrom ?? 0, m[SCHOOL_TO_GROUP]) : null;
      if (schoolFrom !== null && schoolTo !== schoolFrom + 1) return null;
      // A yearless half in a school-year plan is a school half; with a calendar year stated it is a calendar one.
      const schoolHalf = unit === "half" && (schoolFrom !== null || (!m[YEAR_GROUP] && isSchoolPeriod(ctx.period)));
      const parts = PARTS[schoolHalf ? "schoolHalf" : unit];
      const first = parts[ORDINAL_DICTIONARY[m[FROM_GROUP]] - 1];
      const last = parts[ORDINAL_DICTIONARY[m[TO_GROUP] ?? m[FROM_GROUP]] - 1];
      if (!first || !last) return null;
      if (schoolFrom !== null) {
        const yearFor = (month: number) => (month >= 9 ? schoolFrom : schoolFrom + 1);
        return {
          type: "window",
          unit: unit as WindowUnit,
          from: { year: yearFor(first[0]), month: first[0], day: null },
          to: { year: yearFor(last[1]), month: last[1], day: null },
          wrap: false,
          range: true,
          index: m.index,
          end: m.index + m[0].length,
        };
      }
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
