import type { Activity, Roadmap } from "../roadmap/types";
import { findPeriodInText, parseDeadline, periodFromDeadlines } from "../deadlines";
import type { Period } from "../deadlines/types";
import { BUILTIN_DIRECTORY, learnDirectory, splitParties } from "../parties";
import type { DirectoryEntry } from "../parties/types";

export interface InterpretOptions {
  /** From `--period` or the task pane: wins over everything else. */
  readonly period?: Period | null;
  /** The whole order's text, where «на 2023-2025 годы» is written. */
  readonly documentText?: string;
  /** The user's edited «Ответственные» directory; the document's own names are learned on top. */
  readonly directory?: readonly DirectoryEntry[];
}

/** The raw «Ответственные» cell: the assembler's field, else the responsible column of the original row. */
export function responsibleText(r: Roadmap, a: Activity): string {
  const own = (a as Activity & { responsibleRaw?: string }).responsibleRaw;
  if (typeof own === "string") return own;
  const col = r.columns.find((c) => c.role === "responsible");
  return col ? (a.original[col.index] ?? "") : "";
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
    const d = parseDeadline(a.deadline.raw, { period: null, yearHint: hints.get(a.id) ?? null });
    return hints.has(a.id) ? { ...d, yearImplied: false } : d;
  });
  const fromDeadlines = periodFromDeadlines(unframed);
  return fromDeadlines ? { period: fromDeadlines, periodSource: "deadlines" } : { period: null, periodSource: "none" };
}

/** Raw cells → meaning: the period, every deadline (the «2020 год» row as the year hint) and every party. */
export function interpretRoadmap(roadmap: Roadmap, opts: InterpretOptions = {}): { roadmap: Roadmap; directory: DirectoryEntry[] } {
  const hints = yearHints(roadmap);
  const { period, periodSource } = choosePeriod(roadmap, opts, hints);
  const cells = roadmap.activities.map((a) => responsibleText(roadmap, a));
  // The sheet lists only the document's parties: the genre's abbreviations stay known beneath the user's entries.
  const base = opts.directory ? [...opts.directory, ...BUILTIN_DIRECTORY.filter((b) => !opts.directory?.some((u) => u.name === b.name))] : BUILTIN_DIRECTORY;
  const directory = learnDirectory(cells, base);
  const activities = roadmap.activities.map((a, i) => ({
    ...a,
    deadline: parseDeadline(a.deadline.raw, { period, yearHint: hints.get(a.id) ?? null }),
    responsible: splitParties(cells[i], directory),
  }));
  return { roadmap: { ...roadmap, period, periodSource, activities }, directory };
}
