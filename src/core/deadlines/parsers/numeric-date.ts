import type { Parser } from "../pipeline";
import { isValidDay } from "../dates";
import { compile } from "./shared";

const DAY_GROUP = 1;
const MONTH_GROUP = 2;
const YEAR_GROUP = 3;

/** «04.06.2022», «4.6.22», «04/06/2022», «04.06.2022г.». */
export const numericDateParser: Parser = {
  name: "NumericDateParser",
  quick: /[0-9][./][0-9]/,
  pattern: compile("(?<![0-9.])([0-9]{1,2})[./]([0-9]{1,2})[./]((?:19|20)?[0-9]{2})(?![0-9])(?:\\s*(?:г\\.?|года)(?![а-яё]))?"),
  extract(m) {
    const day = Number(m[DAY_GROUP]);
    const month = Number(m[MONTH_GROUP]);
    const yearText = m[YEAR_GROUP];
    const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
    if (!isValidDay(year, month, day)) return null;
    const point = { year, month, day };
    return { type: "window", unit: "day", from: point, to: point, wrap: false, range: false, index: m.index, end: m.index + m[0].length };
  },
};
