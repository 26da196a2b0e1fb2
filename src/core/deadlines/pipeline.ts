import type { Every, OngoingScope } from "./constants";
import type { HolidaySeason } from "./holidays";
import type { Period } from "./types";

/**
 * Pieces are what parsers find in a deadline cell (chrono's ParsingResult), before years are settled.
 * `index`/`end` are offsets into the normalised text, which has the raw text's length.
 */
export interface Point {
  readonly year: number | null;
  readonly month: number;
  /** null: the whole month (start of it for `from`, end of it for `to`). */
  readonly day: number | null;
}

export type WindowUnit = "day" | "month" | "quarter" | "half" | "year" | "schoolYear" | "schoolQuarter";

interface PieceBase {
  readonly index: number;
  readonly end: number;
}

export interface WindowPiece extends PieceBase {
  readonly type: "window";
  readonly unit: WindowUnit;
  readonly from: Point;
  readonly to: Point;
  /** «сентябрь – май» with no year: the end falls in the next year. */
  readonly wrap: boolean;
  /** Written as a range («январь-февраль», «с … по …»). */
  readonly range: boolean;
  /** «до 15 мая»: a «no later than» date. */
  readonly by?: boolean;
  /** Both ends stated and the end is before the start. */
  readonly inverted?: boolean;
  readonly yearImplied?: boolean;
}

export interface RecurrencePiece extends PieceBase {
  readonly type: "recurrence";
  readonly every: Every;
  readonly times: number | null;
  /** «до 20 числа»: the day of the month each occurrence is due. */
  readonly day?: number;
  /** «… месяца, следующего за отчётным»: the day falls in the month after each span. */
  readonly following?: boolean;
  /** «каждую пятницу»: 1 = Monday … 7 = Sunday. */
  readonly weekday?: number;
  /** «по итогам четверти», «в конце полугодия»: the closing month of each span. */
  readonly atEnd?: boolean;
  /** «в конце учебного года»: a year that ends in May. */
  readonly schoolYear?: boolean;
}

/** «до 20 числа», «к 5-му числу»: a day of the month with no month; it qualifies a recurrence. */
export interface MonthDayPiece extends PieceBase {
  readonly type: "monthDay";
  readonly day: number;
  readonly following: boolean;
}

export interface OngoingPiece extends PieceBase {
  readonly type: "ongoing";
  readonly scope: OngoingScope;
}

export interface ExternalPiece extends PieceBase {
  readonly type: "external";
  readonly ref: string;
}

/** «в каникулы», «в осенние каникулы»: the school holidays of the settings. */
export interface HolidaysPiece extends PieceBase {
  readonly type: "holidays";
  readonly seasons: readonly HolidaySeason[];
}

export type Piece = WindowPiece | RecurrencePiece | OngoingPiece | ExternalPiece | MonthDayPiece | HolidaysPiece;

export interface ParseContext {
  /** Lower-cased, ё → е, every dash → «-», every space-like character → « »; same length as `raw`. */
  readonly text: string;
  readonly raw: string;
  readonly period: Period | null;
  readonly yearHint: number | null;
}

/** One form of words. `extract` returns null when the match is not really this form. */
export interface Parser {
  readonly name: string;
  readonly pattern: RegExp;
  /** Cheap precondition: when it fails the pattern cannot match, so it is not run (100,000 cells a second). */
  readonly quick?: RegExp;
  extract(match: RegExpExecArray, ctx: ParseContext): Piece | null;
}

/** A pass over all pieces; returns new pieces, never mutates. */
export interface Refiner {
  readonly name: string;
  refine(pieces: readonly Piece[], ctx: ParseContext): Piece[];
}

export interface Configuration {
  readonly parsers: readonly Parser[];
  readonly refiners: readonly Refiner[];
}

export function wholeMonth(year: number | null, month: number): { from: Point; to: Point } {
  return { from: { year, month, day: null }, to: { year, month, day: null } };
}

export function hasYear(p: WindowPiece): boolean {
  return p.from.year !== null && p.to.year !== null;
}

/** Gives a yearless window its year; `side` says which end the year was written next to. */
export function withYear(p: WindowPiece, year: number, side: "from" | "to", implied = false): WindowPiece {
  const shift = p.wrap ? 1 : 0;
  const fromYear = side === "from" ? year : year - shift;
  const toYear = side === "from" ? year + shift : year;
  return {
    ...p,
    from: { ...p.from, year: p.from.year ?? fromYear },
    to: { ...p.to, year: p.to.year ?? toYear },
    yearImplied: implied || p.yearImplied,
  };
}
