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

/** COUNTIFS over every activities sheet, summed; `asOfCell` is an absolute same-sheet reference. */
export function groupFormulas(m: Match, sources: readonly ActivitySource[], cols: ActivityColumns, asOfCell: string): GroupFormulas | null {
  const crits = criteriaOf(m);
  if (crits === null || !sources.length) return null;
  const by = m.by === "section" ? cols.section : cols.responsible;
  const sum = (conds: (rng: (c: string) => string) => string[]) =>
    sources.flatMap((s) => {
      const rng = (c: string) => keyRef(s.sheetKey, `$${c}$${s.firstRow}:$${c}$1048576`);
      return crits.map((crit) => `COUNTIFS(${[rng(by), quote(crit), ...conds(rng)].join(",")})`);
    }).join("+");
  const st = (rng: (c: string) => string) => rng(cols.status);
  const end = (rng: (c: string) => string) => rng(cols.end);
  return {
    total: sum(() => []),
    done: sum((rng) => [st(rng), quote("выполнено")]),
    overdue: sum((rng) => [end(rng), `"<"&${asOfCell}`, st(rng), quote("<>выполнено")]),
    inProgress: `${sum((rng) => [st(rng), quote("в работе"), end(rng), `">="&${asOfCell}`])}+${sum((rng) => [st(rng), quote("в работе"), end(rng), '""'])}`,
  };
}
