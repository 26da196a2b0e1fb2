import type { IsoDate, Period } from "../deadlines/types";
import type {
  AssessmentFigures,
  ChangeInput,
  FiguresInput,
  FlagCodeInput,
  ReportSettings,
  RoadmapInput,
  SchoolReturnInput,
  TargetRow,
} from "./input";

/** Execution status of one activity on the as-of date. */
export type ExecutionState = "done" | "inProgress" | "overdue" | "planned";

export interface ExecutionCounts {
  /** All activities (the plan). */
  readonly total: number;
  readonly done: number;
  readonly inProgress: number;
  readonly overdue: number;
  /** Not started, deadline not passed. */
  readonly planned: number;
  /** done / total; null when there is nothing planned. */
  readonly doneShare: number | null;
}

export interface ExecutionGroup extends ExecutionCounts {
  /** Section title or party name as first seen. */
  readonly name: string;
}

/** An activity with where it came from and its state. */
export interface ActivityRef {
  readonly roadmapIndex: number;
  readonly roadmap: string;
  readonly school: string | null;
  /** Position in its roadmap's activity list (0-based): the row on its «Мероприятия» sheet. */
  readonly index: number;
  readonly id: string;
  readonly number: string;
  readonly section: string;
  readonly text: string;
  readonly end: IsoDate | null;
  readonly responsible: readonly string[];
  readonly state: ExecutionState;
}

export interface OverdueByParty {
  readonly party: string;
  readonly activities: readonly ActivityRef[];
}

/** The same activity recognised in several roadmaps. */
export interface ActivityGroup {
  readonly text: string;
  readonly members: readonly ActivityRef[];
  /** Distinct roadmaps (schools) the activity is in. */
  readonly roadmapCount: number;
  readonly counts: ExecutionCounts;
}

/** A school's execution: its own roadmaps and its return on the district roadmap, counted together. */
export interface SchoolExecution extends ExecutionCounts {
  readonly name: string;
  /** Whether the school answered; null when no return was asked of it (only its own roadmap counts). */
  readonly received: boolean | null;
}

/** One activity of the district roadmap across the schools that take part in it. */
export interface ActivityAcrossSchools {
  readonly id: string;
  readonly number: string;
  readonly text: string;
  readonly end: IsoDate | null;
  readonly schools: number;
  readonly done: number;
  readonly overdue: number;
  /** Schools that have not done it (in the order of the school list). */
  readonly notDone: readonly string[];
}

/** The status of every activity of every school: the school × activity matrix. */
export interface ReturnsMatrix {
  readonly activities: readonly { readonly id: string; readonly number: string; readonly text: string; readonly end: IsoDate | null }[];
  readonly schools: readonly {
    readonly school: string;
    readonly received: boolean;
    /** By activity index: the school's state, null where it does not take part. */
    readonly states: readonly (ExecutionState | null)[];
    readonly statuses: readonly (string | null)[];
  }[];
}

export interface ReturnSummary {
  readonly school: string;
  readonly file: string | null;
  readonly received: boolean;
  readonly savedAt: string | null;
  readonly findings: readonly { readonly code: string; readonly severity: string; readonly message: string }[];
}

export interface ExecutionSummary {
  readonly total: ExecutionCounts;
  readonly bySection: readonly ExecutionGroup[];
  readonly byParty: readonly ExecutionGroup[];
  readonly byRoadmap: readonly (ExecutionGroup & { readonly school: string | null })[];
  readonly overdueByParty: readonly OverdueByParty[];
  /** Groups present in at least two roadmaps. */
  readonly shared: readonly ActivityGroup[];
  readonly activities: readonly ActivityRef[];
  /** Per school: school roadmaps and returns; empty when neither exists. */
  readonly bySchool: readonly SchoolExecution[];
  /** The district roadmap's activities across schools (from returns); empty without returns. */
  readonly acrossSchools: readonly ActivityAcrossSchools[];
}

/** A flag with its reason in words: «доля отметок «2» 34,5 % (порог 30 %)». */
export interface FlagReason {
  readonly code: FlagCodeInput;
  readonly assessmentLabel: string;
  readonly text: string;
}

export interface SubjectFigures {
  readonly assessmentIndex: number;
  readonly label: string;
  readonly participants: number;
  readonly successRate: number | null;
  readonly qualityRate: number | null;
  readonly sou: number | null;
  readonly meanMark: number | null;
  /** School minus district, p.p. */
  readonly successDeviation: number | null;
  readonly qualityDeviation: number | null;
  readonly qualityChange: ChangeInput | null;
  readonly flags: readonly FlagCodeInput[];
  readonly sourceRow?: number;
}

export interface TargetSummary {
  readonly achieved: number;
  readonly notAchieved: number;
  readonly noData: number;
  readonly rows: readonly TargetRow[];
}

export interface SchoolReport {
  readonly school: string;
  readonly key: string;
  readonly flagged: boolean;
  /** By assessment index; undefined where the school did not take it. */
  readonly subjects: readonly (SubjectFigures | undefined)[];
  readonly reasons: readonly FlagReason[];
  readonly targets: TargetSummary;
  readonly execution: ExecutionCounts | null;
  /** Indexes (in the report input) of the school's own roadmaps. */
  readonly roadmapIndexes?: readonly number[];
}

export interface ReferenceComparison {
  readonly name: string;
  readonly figures: FiguresInput;
  /** District minus reference, p.p. */
  readonly successDiff: number | null;
  readonly qualityDiff: number | null;
}

export interface AssessmentSummary {
  readonly label: string;
  readonly source: AssessmentFigures;
  readonly schoolCount: number;
  readonly flaggedSchools: number;
  readonly references: readonly ReferenceComparison[];
}

/**
 * Schools by what was found, counted once for the whole report: the summary sheet, the note and the pane all
 * read these, so «Школ с признаками риска» is one figure wherever it is shown.
 */
export interface SchoolFindingCounts {
  /** Schools with any result. */
  readonly withResults: number;
  /** Schools with a sign of low results (risk flags other than objectivity). */
  readonly risk: readonly string[];
  /** Schools with a sign of biased marking (objectivity flags). */
  readonly objectivity: readonly string[];
}

export interface DistrictReport {
  readonly district: string;
  readonly period: Period | null;
  readonly asOf: IsoDate;
  readonly settings: ReportSettings;
  readonly assessments: readonly AssessmentSummary[];
  /** Flagged schools first. */
  readonly schools: readonly SchoolReport[];
  readonly districtTargets: TargetSummary;
  readonly schoolCounts: SchoolFindingCounts;
  readonly execution: ExecutionSummary;
  readonly roadmaps: readonly RoadmapInput[];
  /** One entry per school asked for a return (received or not); empty when no returns were collected. */
  readonly returns: readonly ReturnSummary[];
  readonly returnsMatrix: ReturnsMatrix | null;
  /** Each school's returned activities verbatim (comments, evidence), for the district workbook. */
  readonly schoolReturns: readonly SchoolReturnInput[];
}
