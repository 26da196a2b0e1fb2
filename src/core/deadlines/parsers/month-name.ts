import { MONTH_PATTERN, YEAR_PATTERN } from "../constants";
import { type Parser, wholeMonth } from "../pipeline";
import { compile, monthOf, yearOf } from "./shared";

const MONTH_GROUP = 1;
const YEAR_GROUP = 2;

/** «Январь 2020 г.», «январь», «Декабрь2021», «в мае 2022 года», «сент.». */
export const monthNameParser: Parser = {
  name: "MonthNameParser",
  pattern: compile(`${MONTH_PATTERN}(?:\\s*${YEAR_PATTERN})?`),
  extract(m) {
    const month = monthOf(m[MONTH_GROUP]);
    if (month === null) return null;
    const year = yearOf(m[YEAR_GROUP]);
    return { type: "window", unit: "month", ...wholeMonth(year, month), wrap: false, range: false, index: m.index, end: m.index + m[0].length };
  },
};
