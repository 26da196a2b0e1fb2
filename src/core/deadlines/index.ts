export type { DateWindow, Deadline, DeadlineKind, IsoDate, Period } from "./types";
export { parseDeadline, type DeadlineContext } from "./parse-deadline";
export { findPeriodInText, periodFromDeadlines } from "./period";
export { createConfiguration } from "./configuration";
export type { Configuration, Parser, Refiner, Piece } from "./pipeline";
export { isoDate, daysInMonth, monthWindow, yearOf, yearsPeriod } from "./dates";
