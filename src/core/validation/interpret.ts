import type { Activity, Roadmap } from "../roadmap/types";
import { findPeriodInText, parseDeadline, periodFromDeadlines } from "../deadlines";
import type { Deadline, Period } from "../deadlines/types";
import type { Holiday } from "../deadlines/holidays";
import { BUILTIN_DIRECTORY, learnDirectory, splitParties } from "../parties";
import type { DirectoryEntry } from "../parties/types";

export interface InterpretOptions {
  /** From `--period` or the task pane: wins over everything else. */
  readonly period?: Period | null;
  /** The whole order's text, where «на 2023-2025 годы» is written. */
  readonly documentText?: string;
  /** The user's edited «Ответственные» directory; the document's own names are learned on top. */
  readonly directory?: readonly DirectoryEntry[];
  /** School holidays for «в каникулы» (settings); the defaults of deadlines/holidays.ts when absent. */
  readonly holidays?: readonly Holiday[];
}

/** The raw «Ответственные» cell: the assembler's field, else the responsible column of the original row. */
export function responsibleText(r: Roadmap, a: Activity): string {
  const own = (a as Activity & { responsibleRaw?: string }).responsibleRaw;
  if (typeof own === "string") return own;
  const col = r.columns.find((c) => c.role === "responsible");
  return col ? (a.original[col.index] ?? "") : "";
}

/** A deadline written over several columns is read from the text composed of its cells; its raw stays as the cells say. */
function readDeadline(a: Activity, ctx: Parameters<typeof parseDeadline>[1]) {
  const query = a.deadlineCells?.query;
  if (query === undefined) return parseDeadline(a.deadline.raw, ctx);
  return { ...parseDeadline(query, ctx), raw: a.deadline.raw };
}

function yearHints(r: Roadmap): Map<string, number> {
  const hints = new Map<string, number>();
  for (const s of r.sections) if (s.year !== undefined) for (const id of s.activityIds) hints.set(id, s.year);
  return hints;
}

function choosePeriod(r: Roadmap, opts: InterpretOptions, hints: Map<string, number>): Pick<Roadmap, "period" | "periodSource"> {
  if (opts.period) return { period: opts.period, periodSource: "argument" };
  if (r.period && r.periodSource === "argument") return { period: r.period, periodSource: "argument" };
  const fromText = findPeriodInText(opts.documentText ?? r.title);
  if (fromText) return { period: fromText, periodSource: "text" };
  // A «2020 год» row states the year in the document as surely as «Январь 2020 г.» does.
  const unframed = r.activities.map((a) => {
    const d = readDeadline(a, { period: null, yearHint: hints.get(a.id) ?? null });
    return hints.has(a.id) ? { ...d, yearImplied: false } : d;
  });
  const fromDeadlines = periodFromDeadlines(unframed);
  return fromDeadlines ? { period: fromDeadlines, periodSource: "deadlines" } : { period: null, periodSource: "none" };
}

/**
 * Deadlines in document order. In a school-year plan a bare «Август» before any other dated
 * activity opens the plan (preparation before 1 September): it is the preceding August; later
 * on it is the August that closes the school year.
 */
function parseInOrder(activities: readonly Activity[], period: Period | null, hints: Map<string, number>, holidays?: readonly Holiday[]): Deadline[] {
  let opened = false;
  return activities.map((a) => {
    const d = readDeadline(a, { period, yearHint: hints.get(a.id) ?? null, openingAugust: !opened, ...(holidays ? { holidays } : {}) });
    // Any dated activity (a month repeated over several school years is «recurring») ends the opening.
    if ((d.kind === "date" || d.kind === "interval" || d.kind === "recurring") && d.occurrences.length && d.augustReading !== "preceding") opened = true;
    return d;
  });
}

/** Raw cells → meaning: the period, every deadline (the «2020 год» row as the year hint) and every party. */
export function interpretRoadmap(roadmap: Roadmap, opts: InterpretOptions = {}): { roadmap: Roadmap; directory: DirectoryEntry[] } {
  const hints = yearHints(roadmap);
  const { period, periodSource } = choosePeriod(roadmap, opts, hints);
  const cells = roadmap.activities.map((a) => responsibleText(roadmap, a));
  // The sheet lists only the document's parties: the genre's abbreviations stay known beneath the user's entries.
  const base = opts.directory ? [...opts.directory, ...BUILTIN_DIRECTORY.filter((b) => !opts.directory?.some((u) => u.name === b.name))] : BUILTIN_DIRECTORY;
  const directory = learnDirectory(cells, base);
  const deadlines = parseInOrder(roadmap.activities, period, hints, opts.holidays);
  const activities = roadmap.activities.map((a, i) => ({
    ...a,
    deadline: deadlines[i],
    responsible: splitParties(cells[i], directory),
  }));
  return { roadmap: { ...roadmap, period, periodSource, activities }, directory };
}
