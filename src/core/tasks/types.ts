import type { Finding } from "../findings";
import type { HistoryOf } from "./history";

/** Difficulty level of a task as ФИС ОКО marks it: Б базовый, П повышенный, В высокий. */
export type TaskLevel = "Б" | "П" | "В";

export interface TaskColumn {
  /** «1», «9.1», «7К1», «10.1» as the header writes it. */
  readonly task: string;
  readonly maxScore: number;
  readonly level: TaskLevel | null;
  /** 0-based column in the table. */
  readonly column: number;
}

/** Editable in «Настройки»: thresholds of task mastery by level, and the boundary-peak rule. */
export interface TaskSettings {
  readonly basicThreshold: number;
  readonly advancedThreshold: number;
  /** Width of the grey zone below a threshold where the wording is hedged («на грани»). */
  readonly greyZone: number;
  /** A boundary score whose count is at least this many times that of each neighbouring score is a peak… */
  readonly peakRatio: number;
  /** …and has at least this many pupils. */
  readonly peakMinPupils: number;
  /** Below this many participants: figures with a caveat, no risk flag from percentages. */
  readonly smallSample: number;
  /** Below this many: a softer wording. */
  readonly mediumSample: number;
  /** Share of pupils whose marks differ by two or more that raises objectivity.gap2. */
  readonly gap2Share: number;
}

export const DEFAULT_TASK_SETTINGS: TaskSettings = {
  basicThreshold: 0.6,
  advancedThreshold: 0.3,
  greyZone: 0.05,
  peakRatio: 2,
  peakMinPupils: 4,
  smallSample: 10,
  mediumSample: 20,
  gap2Share: 0.05,
};

export type TaskFlag = "objectivity.boundary-peak" | "objectivity.gap2" | "tasks.below-threshold";

export interface MarkGaps {
  /** Pupils whose assessment mark is two or more below the journal mark. */
  readonly lowered2: number;
  /** …two or more above. */
  readonly raised2: number;
}

/** Lowest primary score seen with each mark in the export itself (the settings may override). */
export type MarkBoundaries = Partial<Record<"3" | "4" | "5", number>>;

export interface TaskFigures {
  readonly participants: number;
  /** Task → mastery 0…1 (null: nobody had a valid value). */
  readonly tasks: Readonly<Record<string, number | null>>;
  /** Primary score → pupils. */
  readonly scoreHistogram: Readonly<Record<string, number>>;
  readonly markGaps: MarkGaps;
  /** Pupils with both marks: lowered / confirmed / raised (counts). */
  readonly marks: {
    readonly withJournal: number;
    readonly lowered: number;
    readonly confirmed: number;
    readonly raised: number;
  };
  readonly boundaries: MarkBoundaries;
  /** Primary scores at a mark boundary where pupils pile up. */
  readonly peaks: readonly number[];
  /** Tasks below their level's threshold (in the grey zone or under it). */
  readonly problemTasks: readonly string[];
  /** Those of `problemTasks` within the grey zone just below the threshold: hedged wording, no flag by themselves. */
  readonly borderlineTasks: readonly string[];
  readonly flags: readonly TaskFlag[];
  /** «мало участников»: fewer than `smallSample` (no flags from percentages), «немного» below `mediumSample`. */
  readonly sample: "small" | "medium" | "full";
}

export interface SchoolTaskFigures extends TaskFigures {
  readonly school: string;
  readonly schoolCode: string | null;
  /** «Кол-во участников: N» of the school's group row, when the export has one. */
  readonly declared: number | null;
}

export interface TaskAnalysis {
  readonly assessment: string;
  readonly subject: string | null;
  readonly grade: string | null;
  readonly year: string | null;
  readonly maxPrimaryScore: number | null;
  readonly tasks: readonly (Omit<TaskColumn, "column"> & {
    readonly district: number | null;
    readonly region: number | null;
  })[];
  readonly schools: readonly SchoolTaskFigures[];
  readonly district: TaskFigures;
  readonly findings: readonly Finding[];
  /** Distinct «Муниципалитет» values: more than one means a regional export (its totals are the region's). */
  readonly municipalities: number;
  /** Sheet (or file) the export came from. */
  readonly source: string;
  /** The district's figures over the years loaded (set by the results job when there are two or more). */
  readonly history?: HistoryOf | null;
}
