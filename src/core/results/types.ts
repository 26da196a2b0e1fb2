import type { Finding } from "../findings";

export type Mark = 2 | 3 | 4 | 5;
export type MarkCounts = Readonly<Record<"2" | "3" | "4" | "5", number>>;

export interface Objectivity {
  readonly lowered: number;
  readonly confirmed: number;
  readonly raised: number;
  /** Participants with both marks. */
  readonly total: number;
}

/** Counts of participants whose assessment mark was below / equal to / above the journal mark. */
export interface ObjectivityCounts {
  readonly lowered: number;
  readonly confirmed: number;
  readonly raised: number;
}

/** One school's raw counts for one assessment (what the indicators are computed from). */
export interface SchoolCounts {
  readonly school: string;
  readonly schoolCode: string | null;
  /** Normalised key used to match the same school across tables. */
  readonly schoolKey: string;
  /** Participants with a valid mark (or a score when the table has no marks). */
  readonly participants: number;
  readonly marks: MarkCounts | null;
  /** Sum of scores (first or test score) and how many participants had one. */
  readonly scoreSum?: number;
  readonly scoreCount?: number;
  /** Participants under the subject's minimum score (exams) — or with mark «2» where no score. */
  readonly belowThreshold?: number;
  /** Participants checked against the threshold (the denominator of the below-threshold share). */
  readonly belowThresholdBase?: number;
  readonly objectivity?: ObjectivityCounts | null;
  /** The school's own stated percentages (fractions 0…1), to be checked against ours. */
  readonly statedSuccessRate?: number | null;
  readonly statedQualityRate?: number | null;
  /** Participants as the table states them (ФИС ОКО «Кол-во уч.»), before any check. */
  readonly statedParticipants?: number | null;
  /**
   * Every figure the table states for the school itself (its own «Успеваемость, %», «Средний балл»,
   * «Удельный вес сдавших»…), kept as written to show beside the computed ones.
   */
  readonly stated?: StatedFigures;
  /** Figures taken from the stated ones because the table has no counts to compute them from. */
  readonly fromStated?: readonly (keyof StatedFigures)[];
  /** Rows marked absent («н», «неявка»): not participants. */
  readonly absent?: number;
  /** 1-based input rows that name this school (in lists: counted or not, e.g. a row with a finding). */
  readonly sourceRows: readonly number[];
}

/** Figures a table states for a school (rates as fractions 0…1). */
export interface StatedFigures {
  readonly participants?: number;
  readonly successRate?: number;
  readonly qualityRate?: number;
  readonly meanScore?: number;
  readonly meanMark?: number;
  readonly belowThreshold?: number;
  readonly belowThresholdShare?: number;
  readonly passed?: number;
}

export interface AssessmentKey {
  readonly assessment: string | null;
  readonly subject: string | null;
  readonly grade: string | null;
  readonly year: string | null;
}

export type ResultLayout = "fisoko-marks" | "fisoko-objectivity" | "counts" | "students" | "exam" | "contingent";

/** One assessment (subject × grade × year) as read from a result sheet. */
export interface ResultTable extends AssessmentKey {
  readonly layout: ResultLayout;
  readonly schools: readonly SchoolCounts[];
  /** «Вся выборка», region, district rows, kept apart from schools. */
  readonly references: readonly SchoolCounts[];
  /** A district row stated in the table, to check against the sum of schools. */
  readonly statedDistrict?: SchoolCounts | null;
  readonly maxScore?: number | null;
  readonly source?: string;
}

/** Contingent and staff figures of one school: numerators and denominators for target indicators. */
export interface ContingentRecord {
  readonly school: string;
  readonly schoolCode: string | null;
  readonly schoolKey: string;
  /** Metric key (see CONTINGENT_METRICS) → value; null where the cell said «—» or was empty. */
  readonly values: Readonly<Record<string, number | null>>;
  readonly sourceRow: number;
  readonly source?: string;
}

/** How two spellings of one school were matched (for the «Школы» directory, where the user confirms). */
export interface SchoolAlias {
  readonly schoolKey: string;
  readonly name: string;
  readonly code: string | null;
  /** The spellings seen for this school. */
  readonly aliases: readonly string[];
  /** Whether the match went beyond the normalised name (by code): the user should confirm. */
  readonly mergedByCode: boolean;
}

export interface ResultSet {
  readonly tables: readonly ResultTable[];
  readonly findings: readonly Finding[];
  readonly contingent?: readonly ContingentRecord[];
  readonly schools?: readonly SchoolAlias[];
}
