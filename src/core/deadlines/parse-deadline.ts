import { createConfiguration } from "./configuration";
import { isSchoolPeriod, isoDate, schoolMonthYear, schoolYearStarts, singleYearOf, spanOf, yearsPeriod } from "./dates";
import { normalizeDeadlineText, runPipeline, unexplainedWords } from "./engine";
import { dedupeWindows, pieceWindow, recurrenceWindows, repeatEachYear } from "./expand";
import { DEFAULT_HOLIDAYS, type Holiday, formatHolidays, holidayWindows } from "./holidays";
import { type ExternalPiece, type HolidaysPiece, type MonthDayPiece, type OngoingPiece, type Piece, type RecurrencePiece, type WindowPiece, hasYear, withYear } from "./pipeline";
import { clipToPeriod } from "./clip";
import type { DateWindow, Deadline, DeadlineKind, Period } from "./types";

export interface DeadlineContext {
  readonly period: Period | null;
  /** Year of the «2020 год» row above the activity. */
  readonly yearHint?: number | null;
  /**
   * School-year plans: the activity comes before any dated one of the school year (the plan opens
   * with it), so a bare «Август» is the August before 1 September, not the one that closes the year.
   */
  readonly openingAugust?: boolean;
  /** School holidays for «в каникулы» (the user's settings); DEFAULT_HOLIDAYS when absent. */
  readonly holidays?: readonly Holiday[];
}

const CONFIG = createConfiguration();
const BLANK = /^[\s\-‐‑‒–—―−.,;:_*«»"'/\\]*$/;

function base(raw: string, kind: DeadlineKind): Deadline {
  return { raw, kind, start: null, end: null, occurrences: [] };
}

/**
 * «Январь-февраль 2020г.», «Ежегодно: январь, июнь», «По плану работы УО» → Deadline.
 * Never throws: what the grammar cannot read is `unparsed` with the raw text kept.
 */
export function parseDeadline(raw: string, ctx: DeadlineContext): Deadline {
  const text = String(raw ?? "");
  // Roadmaps repeat the same few phrases («Ежегодно», «В течение года»): Deadlines are immutable, so share them.
  const key = `${text}\u0000${ctx.period?.start ?? ""}\u0000${ctx.period?.end ?? ""}\u0000${ctx.period?.kind ?? ""}\u0000${ctx.yearHint ?? ""}\u0000${ctx.openingAugust ? 1 : 0}\u0000${ctx.holidays ? formatHolidays(ctx.holidays) : ""}`;
  const cached = MEMO.get(key);
  if (cached) return cached;
  const parsed = parseUncached(text, ctx);
  if (MEMO.size >= MEMO_LIMIT) MEMO.clear();
  MEMO.set(key, parsed);
  return parsed;
}

const MEMO = new Map<string, Deadline>();
const MEMO_LIMIT = 20000;

function parseUncached(text: string, ctx: DeadlineContext): Deadline {
  if (BLANK.test(text)) return base(text, "missing");
  const pctx = { raw: text, text: normalizeDeadlineText(text), period: ctx.period, yearHint: ctx.yearHint ?? null };
  const pieces = runPipeline(CONFIG, pctx);
  const { left, covered } = unexplainedWords(pctx.text, pieces);
  if (!pieces.length || left > Math.max(2, covered)) return base(text, "unparsed");
  const holidays = pieces.find((p): p is HolidaysPiece => p.type === "holidays");
  if (holidays && pieces.every((p) => p.type === "holidays" || p.type === "ongoing")) {
    // «в каникулы» names no month: the holidays of the settings inside the period, each one an occurrence.
    const frame = ctx.period ?? (ctx.yearHint != null ? yearsPeriod(ctx.yearHint, ctx.yearHint) : null);
    const ws = frame ? holidayWindows(frame, ctx.holidays ?? DEFAULT_HOLIDAYS, holidays.seasons) : [];
    return withSpan({ ...base(text, "recurring"), yearImplied: true }, ws);
  }
  return compose(text, pieces, ctx.period, ctx.yearHint ?? null, ctx.openingAugust === true);
}

function compose(raw: string, pieces: readonly Piece[], period: Period | null, hint: number | null, openingAugust = false): Deadline {
  const windows = pieces.filter((p): p is WindowPiece => p.type === "window");
  const recurrence = mergeRecurrences(pieces);
  const ongoing = pieces.find((p): p is OngoingPiece => p.type === "ongoing");
  const external = pieces.find((p): p is ExternalPiece => p.type === "external");
  const extra = {
    ...(external ? { externalRef: external.ref } : {}),
    ...(recurrence ? { every: recurrence.every } : {}),
    ...(windows.some((w) => w.by) ? { byDate: true } : {}),
    ...halfReadingOf(windows, recurrence, period),
  };
  const frame = period ?? (hint !== null ? yearsPeriod(hint, hint) : null);
  if (windows.length && isSchoolPeriod(period) && hint === null) return { ...fromSchoolWindows(raw, windows, recurrence, period, openingAugust), ...extra };
  if (windows.length) return { ...fromWindows(raw, windows, recurrence, period, hint), ...extra };
  if (recurrence) return withSpan({ ...base(raw, "recurring"), ...extra, yearImplied: true }, frame ? recurrenceWindows(recurrence, frame) : []);

  const kind: DeadlineKind = external ? "external" : "ongoing";
  const span = ongoing ? ongoingWindows(ongoing, period, hint) : { windows: [], outside: false };
  const flags = { ...(ongoing ? { vague: true } : {}), ...(span.outside ? { outsidePeriod: true } : {}) };
  return withSpan({ ...base(raw, kind), ...extra, ...flags }, span.windows);
}

/**
 * «ежемесячно до 5 числа», «еженедельно по пятницам», «до 20 числа каждого месяца»: one rule from
 * the pieces that describe it. A day of the month with no unit («до 20 числа») is monthly.
 */
function mergeRecurrences(pieces: readonly Piece[]): RecurrencePiece | undefined {
  const recs = pieces.filter((p): p is RecurrencePiece => p.type === "recurrence");
  const day = pieces.find((p): p is MonthDayPiece => p.type === "monthDay");
  if (!recs.length && !day) return undefined;
  const main = recs.find((r) => r.weekday !== undefined) ?? recs[0];
  const merged: RecurrencePiece = main ?? { type: "recurrence", every: "month", times: null, index: day!.index, end: day!.end };
  return {
    ...merged,
    ...(day && merged.weekday === undefined ? { day: day.day, following: day.following } : {}),
    ...(recs.some((r) => r.atEnd) ? { atEnd: true } : {}),
  };
}

/** A yearless half-year read by calendar (no school-year period to read it by) is worth saying so. */
function halfReadingOf(ws: readonly WindowPiece[], rec: RecurrencePiece | undefined, period: Period | null): Pick<Deadline, "halfReading"> {
  const bareHalf = ws.some((w) => w.unit === "half" && !hasYear(w)) || (rec?.every === "half" && !ws.length);
  if (!bareHalf) return {};
  return { halfReading: isSchoolPeriod(period) ? "school" : "calendar" };
}

/**
 * A school-year plan: each yearless month takes the calendar year its school year gives it
 * (September–December the first, January–August the second), in every school year of the period —
 * «Октябрь» in a plan for 2023/2024–2025/2026 is that October of each school year, since such plans
 * repeat their cycle yearly. A bare «Август» is the closing August unless the plan opens with it.
 */
function fromSchoolWindows(raw: string, ws: readonly WindowPiece[], rec: RecurrencePiece | undefined, period: Period, openingAugust: boolean): Deadline {
  const undated = ws.filter((w) => !hasYear(w));
  const dated = ws.filter((w) => hasYear(w) && !w.inverted);
  const inverted = ws.some((w) => w.inverted);
  const starts = schoolYearStarts(period);
  const august = undated.some((w) => w.from.month === 8);
  const preceding = august && openingAugust;
  const settled: DateWindow[] = [];
  for (const y of starts) {
    for (const w of undated) {
      const year = w.from.month === 8 && preceding ? y : schoolMonthYear(y, w.from.month);
      settled.push(pieceWindow(withYear(w, year, "from", true)));
    }
  }
  // The August before the first 1 September (preparation: «август 2023» or an opening «Август») belongs
  // to a school plan though it lies before the period: it is kept, not flagged.
  const frame = { ...period, start: isoDate(starts[0], 8, 1) };
  const occ = clipToPeriod(dedupeWindows([...settled, ...dated.map(pieceWindow)]), frame);
  const repeated = undated.length > 0 && starts.length > 1;
  const kind: DeadlineKind = rec || repeated ? "recurring" : classify(ws);
  const flags = {
    ...(undated.length ? { yearImplied: true } : {}),
    ...(repeated && !rec ? { every: "year" as const } : {}),
    ...(august ? { augustReading: preceding ? ("preceding" as const) : ("closing" as const) } : {}),
    ...(occ.outside ? { outsidePeriod: true } : {}),
    ...(inverted ? { inverted: true } : {}),
  };
  return withSpan({ ...base(raw, kind), ...flags }, occ.windows);
}

/** «В течение года» under a «2016 год» row: that year, flagged when it falls (partly) outside the period. */
function ongoingWindows(p: OngoingPiece, period: Period | null, hint: number | null): { windows: DateWindow[]; outside: boolean } {
  if (p.scope === "year" && hint !== null) return clipToPeriod([yearsPeriod(hint, hint)], period);
  return { windows: period ? [{ start: period.start, end: period.end }] : [], outside: false };
}

function withSpan(d: Deadline, occurrences: readonly DateWindow[]): Deadline {
  const span = spanOf(occurrences);
  return { ...d, occurrences, start: span?.start ?? null, end: span?.end ?? null };
}

function fromWindows(raw: string, ws: readonly WindowPiece[], rec: RecurrencePiece | undefined, period: Period | null, hint: number | null): Deadline {
  const frame = period ?? (hint !== null ? yearsPeriod(hint, hint) : null);
  const undated = ws.filter((w) => !hasYear(w));
  const dated = ws.filter((w) => hasYear(w) && !w.inverted);
  const inverted = ws.some((w) => w.inverted);
  const kind: DeadlineKind = rec ? "recurring" : classify(ws);
  if (rec && undated.length && frame) {
    // Windows repeated over the frame are inside it; a dated one («ежегодно: май, декабрь 2030») may not be.
    const occ = clipToPeriod(dedupeWindows([...repeatEachYear(undated, frame), ...dated.map(pieceWindow)]), period);
    return withSpan({ ...base(raw, kind), yearImplied: true, ...(occ.outside ? { outsidePeriod: true } : {}) }, occ.windows);
  }
  const impliedYear = hint ?? singleYearOf(period);
  const settled = impliedYear === null ? [] : undated.map((w) => withYear(w, impliedYear, "from", true));
  const clipped = clipToPeriod(dedupeWindows([...dated, ...settled].map(pieceWindow)), period);
  const flags = {
    ...(settled.length ? { yearImplied: true } : {}),
    ...(undated.length && !settled.length && !rec ? { yearMissing: true } : {}),
    ...(clipped.outside ? { outsidePeriod: true } : {}),
    ...(inverted ? { inverted: true } : {}),
  };
  return withSpan({ ...base(raw, kind), ...flags }, clipped.windows);
}

/** One day or month → date; a range, quarter or year → interval; a list keeps «date» only when all its items are. */
function classify(ws: readonly WindowPiece[]): DeadlineKind {
  return ws.every((w) => !w.range && (w.unit === "day" || w.unit === "month")) ? "date" : "interval";
}
