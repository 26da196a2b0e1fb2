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

/** One school's raw counts for one assessment (what the indicators are computed from). */
export interface SchoolCounts {
  readonly school: string;
  readonly schoolCode: string | null;
  /** Normalised key used to match the same school across tables. */
  readonly schoolKey: string;
  readonly participants: number;
  readonly marks: MarkCounts | null;
  /** Sum of marks (for the mean mark) when per-student data gives it; else from counts. */
  readonly scoreSum?: number;
  readonly scoreCount?: number;
  readonly belowThreshold?: number;
  readonly objectivity?: { readonly lowered: number; readonly confirmed: number; readonly raised: number } | null;
  /** The school's own stated percentages, to be checked against ours. */
  readonly statedSuccessRate?: number | null;
  readonly statedQualityRate?: number | null;
  /** 1-based input rows. */
  readonly sourceRows: readonly number[];
}

export interface AssessmentKey {
  readonly assessment: string | null;
  readonly subject: string | null;
  readonly grade: string | null;
  readonly year: string | null;
}

/** One assessment (subject × grade × year) as read from a result sheet. */
export interface ResultTable extends AssessmentKey {
  readonly layout: "fisoko-marks" | "fisoko-objectivity" | "counts" | "students" | "exam" | "contingent";
  readonly schools: readonly SchoolCounts[];
  /** «Вся выборка», region, district rows, kept apart from schools. */
  readonly references: readonly SchoolCounts[];
  /** A district row stated in the table, to check against the sum of schools. */
  readonly statedDistrict?: SchoolCounts | null;
  readonly maxScore?: number | null;
  readonly source?: string;
}

export interface ResultSet {
  readonly tables: readonly ResultTable[];
  readonly findings: readonly Finding[];
}
