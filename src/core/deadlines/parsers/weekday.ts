import { NOT_LETTER_AFTER, NOT_LETTER_BEFORE, WEEKDAY_DICTIONARY, alternation } from "../constants";
import type { Parser } from "../pipeline";
import { compile } from "./shared";

const DAY_GROUP = 1;

/** «каждую пятницу», «по пятницам», «еженедельно по понедельникам»: that day of every week. */
export const weekdayParser: Parser = {
  name: "WeekdayParser",
  quick: /кажд|по\s/,
  pattern: compile(`${NOT_LETTER_BEFORE}(?:кажд[а-я]*|по)\\s+(${alternation(Object.keys(WEEKDAY_DICTIONARY))})${NOT_LETTER_AFTER}`),
  extract(m) {
    const weekday = WEEKDAY_DICTIONARY[m[DAY_GROUP]];
    return weekday ? { type: "recurrence", every: "week", times: null, weekday, index: m.index, end: m.index + m[0].length } : null;
  },
};
