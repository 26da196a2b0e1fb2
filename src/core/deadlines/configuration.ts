import type { Configuration } from "./pipeline";
import { dayMonthParser } from "./parsers/day-month";
import { numericDateParser } from "./parsers/numeric-date";
import { monthNameParser } from "./parsers/month-name";
import { halfYearParser, quarterParser, schoolQuarterParser } from "./parsers/quarter";
import { schoolYearParser } from "./parsers/school-year";
import { yearSpanParser } from "./parsers/year-span";
import { everyWordParser, timesPerParser } from "./parsers/recurrence";
import { externalParser, ongoingParser } from "./parsers/ongoing";
import { dropOverlapsRefiner } from "./refiners/drop-overlaps";
import { mergeRangesRefiner } from "./refiners/merge-ranges";
import { attachYearsRefiner } from "./refiners/attach-years";
import { byDateRefiner } from "./refiners/by-date";
import { monthDayParser } from "./parsers/month-day";
import { weekdayParser } from "./parsers/weekday";
import { termEndParser } from "./parsers/term-end";
import { holidaysParser } from "./parsers/holidays";

/**
 * Parser order matters only for ties (same span): the more specific form comes first.
 * Refiner order:
 *  1. overlaps first, so «Декабрь2021» is one month, not a month and a year;
 *  2. ranges next, because a range settles its own years from either end («Январь-февраль 2020г.»);
 *  3. years then travel along lists («Май, июнь 2020 г.», «Сентябрь, 2021»);
 *  4. «до …» marks the finish-by dates last, once pieces are final.
 * Implying years from the section row or the period, expanding recurrences and clipping to the
 * period happen after the pipeline (resolve.ts), because they need the whole picture of the cell.
 */
export function createConfiguration(): Configuration {
  return {
    parsers: [
      termEndParser,
      externalParser,
      ongoingParser,
      schoolYearParser,
      numericDateParser,
      dayMonthParser,
      quarterParser,
      halfYearParser,
      schoolQuarterParser,
      timesPerParser,
      everyWordParser,
      weekdayParser,
      holidaysParser,
      monthDayParser,
      monthNameParser,
      yearSpanParser,
    ],
    refiners: [dropOverlapsRefiner, mergeRangesRefiner, attachYearsRefiner, byDateRefiner],
  };
}
