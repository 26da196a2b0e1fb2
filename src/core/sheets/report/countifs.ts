import type { DistrictReport, ExecutionCounts, ReportActivity } from "../../report";
import { keyRef } from "../../workbook";
import type { ActivityColumns, ActivitySource } from "./options";

/** What a group row counts: activities whose section equals a text, or whose responsible cell names a party exactly. */
export type Match = { readonly by: "section" | "party"; readonly text: string };

/** Excel rejects COUNTIFS criteria longer than 255 characters. */
const MAX_CRITERION = 255;

const escapeWildcards = (t: string) => t.replace(/[~*?]/g, (c) => `~${c}`);
const quote = (t: string) => `"${t.replace(/"/g, '""')}"`;

/**
 * The criteria texts («=…» so a leading «<» or «=» in the title is not an operator), or null when too long. A party
 * is one of the names joined by «; » in the cell: the whole cell, its first, last or a middle name — never a part of
 * another name («КО» is not in «Руководители ОО»).
 */
export function criteriaOf(m: Match): string[] | null {
  const body = escapeWildcards(m.text);
  const cs = m.by === "section" ? [`=${body}`] : [`=${body}`, `${body}; *`, `*; ${body}`, `*; ${body}; *`];
  return cs.every((c) => c.length <= MAX_CRITERION) ? cs : null;
}

/** The text the «Мероприятия» sheet writes in the responsible column (sheets/roadmap activityRow). */
const responsibleCell = (a: ReportActivity) =>
  a.responsible.length ? a.responsible.map((p) => p.name).join("; ") : a.responsibleRaw ?? "";

const lower = (t: string) => t.toLocaleLowerCase("ru");

/** How COUNTIFS will select rows (case-insensitive equality or «contains»), replayed on the activities. */
function selects(m: Match, a: ReportActivity): boolean {
  return m.by === "section" ? lower(a.section) === lower(m.text) : lower(responsibleCell(a)).split("; ").includes(lower(m.text));
}

/** COUNTIFS's counts for a group, replayed on the data: the formulas are only written when these equal the engine's. */
export function replayCounts(r: DistrictReport, m: Match, sources: readonly ActivitySource[]): Omit<ExecutionCounts, "doneShare"> {
  const acts = sources.flatMap((s) => r.roadmaps[s.roadmapIndex]?.activities ?? []).filter((a) => selects(m, a));
  const before = (a: ReportActivity) => a.deadline.end !== null && a.deadline.end < r.asOf;
  const done = acts.filter((a) => a.status === "выполнено").length;
  const overdue = acts.filter((a) => before(a) && a.status !== "выполнено").length;
  const inProgress = acts.filter((a) => a.status === "в работе" && !before(a)).length;
  return { total: acts.length, done, inProgress, overdue, planned: acts.length - done - overdue - inProgress };
}

export interface GroupFormulas {
  readonly total: string;
  readonly done: string;
  readonly inProgress: string;
  readonly overdue: string;
}

/**
 * COUNTIFS over ONE activities sheet; `asOfRef` is an absolute reference to the as-of date cell.
 * One sheet per formula keeps every formula short whatever the number of roadmaps: a sum over every
 * sheet in one formula passed Excel's 8,192 characters at about 25 roadmaps.
 */
export function sourceFormulas(m: Match, source: ActivitySource, cols: ActivityColumns, asOfRef: string): GroupFormulas | null {
  const crits = criteriaOf(m);
  if (crits === null) return null;
  const rng = (c: string) => keyRef(source.sheetKey, `$${c}$${source.firstRow}:$${c}$1048576`);
  const by = rng(m.by === "section" ? cols.section : cols.responsible);
  // A party's criteria are disjoint (whole cell, first, last, middle name): their counts add up.
  const count = (...conds: string[]) => crits.map((crit) => `COUNTIFS(${[by, quote(crit), ...conds].join(",")})`).join("+");
  const st = rng(cols.status);
  const end = rng(cols.end);
  return {
    total: count(),
    done: count(st, quote("выполнено")),
    overdue: count(end, `"<"&${asOfRef}`, st, quote("<>выполнено")),
    inProgress: `${count(st, quote("в работе"), end, `">="&${asOfRef}`)}+${count(st, quote("в работе"), end, '""')}`,
  };
}
