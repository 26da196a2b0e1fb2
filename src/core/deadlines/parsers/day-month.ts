import { MONTH_PATTERN, YEAR_PATTERN } from "../constants";
import type { Parser } from "../pipeline";
import { isValidDay } from "../dates";
import { compile, monthOf, yearOf } from "./shared";

const DAY_GROUP = 1;
const MONTH_GROUP = 2;
const YEAR_GROUP = 3;

/** «20 января 2020 г.», «15 мая», «1 марта 2022». */
export const dayMonthParser: Parser = {
  name: "DayMonthNameParser",
  quick: /[0-9]/,
  pattern: compile(`(?<![0-9])([0-9]{1,2})\\s*${MONTH_PATTERN}(?:\\s*,?\\s*${YEAR_PATTERN})?`),
  extract(m) {
    const day = Number(m[DAY_GROUP]);
    const month = monthOf(m[MONTH_GROUP]);
    const year = yearOf(m[YEAR_GROUP]);
    if (month === null || !isValidDay(year ?? 2000, month, day)) return null;
    const point = { year, month, day };
    return { type: "window", unit: "day", from: point, to: point, wrap: false, range: false, index: m.index, end: m.index + m[0].length };
  },
};
