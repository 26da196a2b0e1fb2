export type { DateWindow, Deadline, DeadlineKind, IsoDate, Period } from "./types";
export { parseDeadline, type DeadlineContext } from "./parse-deadline";
export { findPeriodInText, periodFromDeadlines } from "./period";
export { createConfiguration } from "./configuration";
export type { Configuration, Parser, Refiner, Piece } from "./pipeline";
export { isoDate, daysInMonth, monthWindow, yearOf, yearsPeriod } from "./dates";
export { periodKindOf, snapPeriod, type PeriodKind } from "./period-kind";
export { schoolYearsPeriod, isSchoolPeriod } from "./dates";
export { DEFAULT_HOLIDAYS, HolidaySchema, formatHolidays, parseHolidays, holidayWindows, type Holiday, type HolidaySeason } from "./holidays";
