import { joinBrokenWords, oneLine, type WordJoin } from "../table";
import type { ColumnLayout } from "./columns";
import { composeDeadline } from "./deadline-cells";
import type { RowView } from "./rows";
import type { Activity } from "./types";

/** Words of the document, and the stronger list (genre, roles, parties) that may join at «и». */
export interface Vocabulary {
  readonly words: ReadonlySet<string>;
  readonly strong: ReadonlySet<string>;
}

/** An activity while its rows are being collected (the row itself and its continuation rows). */
export interface Draft {
  readonly id: string;
  readonly section: string;
  number: string;
  readonly cells: string[];
  readonly original: string[];
  readonly rows: number[];
  /** Several activities were written in one row. */
  multiple: boolean;
  /** Source row of the group row whose parties this activity took (its own cell was empty). */
  inheritedFrom?: number;
}

export function startDraft(id: string, section: string, view: RowView, row: number, fill: readonly string[]): Draft {
  return {
    id,
    section,
    number: view.number,
    cells: view.cells.map((t, c) => t || fill[c] || ""),
    original: [...view.raw],
    rows: [row],
    multiple: false,
  };
}

/** Joins a text broken at a page break: «школы-» + «участницы» keeps the hyphen and no space. */
export function joinText(before: string, after: string): string {
  if (before === "") return after;
  if (after === "") return before;
  if (/\p{L}-$/u.test(before) && /^\p{Ll}/u.test(after)) return before + after;
  return `${before} ${after}`;
}

/** A continuation row: cell by cell into the activity above, in order; originals joined by a line break. */
export function continueDraft(d: Draft, view: RowView, row: number): void {
  view.cells.forEach((t, c) => {
    d.cells[c] = joinText(d.cells[c] ?? "", t);
  });
  view.raw.forEach((t, c) => {
    if (t === "") return;
    d.original[c] = d.original[c] ? `${d.original[c]}\n${t}` : t;
  });
  if (d.number === "" && view.number !== "") d.number = view.number;
  d.rows.push(row);
}

export interface Finished {
  readonly activity: Activity;
  readonly joins: readonly WordJoin[];
}

/** The activity's fields from its cells; broken words are joined (the original keeps them). */
export function finishDraft(d: Draft, layout: ColumnLayout, vocabulary: Vocabulary, width: number): Finished {
  const joins: WordJoin[] = [];
  const field = (role: keyof ColumnLayout["byRole"], single = false): string => {
    const c = layout.byRole[role];
    if (c === undefined) return "";
    const text = single ? oneLine(d.cells[c] ?? "") : d.cells[c] ?? "";
    const joined = joinBrokenWords(text, vocabulary.words, vocabulary.strong);
    joins.push(...joined.joins);
    return joined.text;
  };
  const extra: Record<string, string> = {};
  for (const col of layout.columns) if (col.role === "other" && d.cells[col.index]) extra[uniqueKey(extra, col.header)] = d.cells[col.index];
  // A mark may be what cleaning drops («*» is markdown emphasis to it): the grid reads the cell as pasted then.
  const composed = composeDeadline(layout.deadlineParts.length ? d.cells.map((t, c) => t || (d.original[c] ?? "").trim()) : d.cells, layout);
  const raw = layout.deadlineParts.length ? composed.raw : field("deadline", true);
  const original: string[] = [];
  for (let c = 0; c < Math.max(width, d.original.length); c++) original.push(d.original[c] ?? "");
  const activity: Activity = {
    id: d.id,
    number: d.number,
    section: d.section,
    text: field("activity"),
    deadline: { raw, kind: raw ? "unparsed" : "missing", start: null, end: null, occurrences: [] },
    responsible: [],
    responsibleRaw: field("responsible", true),
    result: field("result"),
    indicator: field("indicator"),
    reportForm: field("reportForm"),
    sourceRows: d.rows,
    original,
    ...(composed.cells ? { deadlineCells: composed.cells } : {}),
    ...(Object.keys(extra).length ? { extra } : {}),
  };
  return { activity, joins };
}

/** Two columns with one header («Примечание», «Примечание») each keep their text: the second is «Примечание (2)». */
export function uniqueKey(map: Readonly<Record<string, unknown>>, header: string): string {
  let key = header;
  for (let n = 2; key in map; n++) key = `${header} (${n})`;
  return key;
}
