import type { Finding } from "../findings";
import type { Deadline, Period } from "../deadlines/types";
import type { Party } from "../parties/types";

export type ColumnRole = "number" | "activity" | "deadline" | "responsible" | "result" | "indicator" | "reportForm" | "other";

/**
 * Which part of a deadline written over several columns a "deadline" column holds: the start or the end
 * («Сроки» over «начало | окончание»), one period of a plan-graph («I кв. 2024» with «х» in the cells), or
 * one of several dates («Дата | Дата | Дата», one per session).
 */
export type DeadlinePart = "start" | "end" | "period" | "occurrence";

/** A role the user gives a column by hand: a role, or a part of a deadline written over several columns («deadline:start»). */
export type ColumnChoice = ColumnRole | `deadline:${DeadlinePart}`;

export const DEADLINE_PARTS: readonly DeadlinePart[] = ["start", "end", "period", "occurrence"];

export interface RoadmapColumn {
  readonly index: number;
  /** The header as the band reads top-down («Срок начала реализации»), or «Столбец N» when it has none. */
  readonly header: string;
  readonly role: ColumnRole;
  /** Set on the deadline columns of a deadline written over several columns. */
  readonly part?: DeadlinePart;
}

/** One column's share of a deadline written over several columns. */
export interface DeadlineCell {
  readonly column: number;
  readonly header: string;
  readonly part: DeadlinePart;
  /** The cell as written («01.02.2024», «х», «–», ""). */
  readonly text: string;
}

export interface RoadmapSection {
  /** «1 этап – подготовительный…», «2020 год», «Привлечение ресурсов…» */
  readonly title: string;
  readonly activityIds: readonly string[];
  /** Year given by a «2020 год» row, inherited by bare months below it. */
  readonly year?: number;
  readonly sourceRow?: number;
  /** A group row («Подпрограмма 3 …», «I. Этап подготовки») may carry its own parties and deadline. */
  readonly responsibleRaw?: string;
  readonly deadlineRaw?: string;
  /** Other cells of a group row (result, columns kept as «other»), by header. */
  readonly extra?: Readonly<Record<string, string>>;
}

export type ActivityStatus = "запланировано" | "в работе" | "выполнено" | "не выполнено" | "перенесено";
export const ACTIVITY_STATUSES: readonly ActivityStatus[] = [
  "запланировано",
  "в работе",
  "выполнено",
  "не выполнено",
  "перенесено",
];

export interface Activity {
  /** Unique, stable: section ordinal + "." + position, even when the document's numbering is broken. */
  readonly id: string;
  /** Number as written, cleaned of layout artefacts ("3. 10" → "3.10"); "" when none. */
  readonly number: string;
  readonly section: string;
  readonly text: string;
  readonly deadline: Deadline;
  readonly responsible: readonly Party[];
  /** The cleaned «Ответственные» cell as the table has it («Комитет образования, ИМС руководители ОО»); "" when none. */
  readonly responsibleRaw: string;
  readonly result: string;
  readonly indicator: string;
  readonly reportForm: string;
  /** 1-based input rows this activity was assembled from. */
  readonly sourceRows: readonly number[];
  /** Original text of each input column, exactly as pasted (continuations joined by "\n"). */
  readonly original: readonly string[];
  /**
   * A deadline written over several columns: each column's cell, and `query`, the one text the deadline
   * grammar reads for them («январь 2024 – май 2024», «I квартал 2024; III квартал 2024»). `deadline.raw`
   * keeps what the cells say.
   */
  readonly deadlineCells?: { readonly cells: readonly DeadlineCell[]; readonly query: string };
  /** Text of columns with role "other", by header. */
  readonly extra?: Readonly<Record<string, string>>;
  /** Execution tracking, filled from the user's sheet on re-validation. */
  readonly status?: ActivityStatus;
  readonly doneDate?: string;
  readonly evidence?: string;
  readonly note?: string;
}

export interface Roadmap {
  readonly title: string;
  readonly period: Period | null;
  /** Where the period came from. */
  readonly periodSource: "argument" | "text" | "deadlines" | "none";
  readonly columns: readonly RoadmapColumn[];
  readonly sections: readonly RoadmapSection[];
  readonly activities: readonly Activity[];
  readonly findings: readonly Finding[];
  /** Index of the table in the document it was taken from. */
  readonly table?: number;
  /** Source name (file or sheet). */
  readonly source?: string;
  /**
   * 1-based input row of the table's header (its last row when the header has two), where findings about
   * a whole column («deadline.no-column») point. Optional: older roadmaps and hand-built ones lack it.
   */
  readonly headerRow?: number;
}
