import type { IsoDate, Period } from "../deadlines/types";
import type { ActivityStatus } from "../roadmap/types";

/**
 * The report's own narrow input. Field names mirror DESIGN.md «results --json» so the lead's adapters
 * from `indicators`, `results` and `roadmap` stay one-liners. Rates are fractions 0…1; null = no data.
 */
export interface FiguresInput {
  readonly participants: number;
  readonly marks: Readonly<Record<"2" | "3" | "4" | "5", number>> | null;
  readonly successRate: number | null;
  readonly qualityRate: number | null;
  readonly sou: number | null;
  readonly meanMark: number | null;
  readonly belowThresholdShare: number | null;
  /** Mean test score (ЕГЭ/ОГЭ points), where the source has one. */
  readonly meanScore?: number | null;
  readonly objectivity: { readonly lowered: number; readonly confirmed: number; readonly raised: number } | null;
}

export type TrendWord = "рост" | "снижение" | "стабильно";

/** Change against the previous period, p.p. (indicators' `Change`). */
export interface ChangeInput {
  readonly previousYear: string;
  readonly previous: number | null;
  readonly change: number | null;
  readonly trend: TrendWord | null;
}

export interface DynamicsInput {
  readonly successRate: ChangeInput;
  readonly qualityRate: ChangeInput;
}

/** Flag codes of DOMAIN.md «Risk flags»; unknown codes are kept and shown as they are. */
export type FlagCodeInput = "risk.fail-share" | "risk.below-district" | "objectivity.lowered" | "objectivity.raised" | "risk.decline" | string;

/** @example { school: "МБОУ «СОШ № 1»", participants: 25, successRate: 0.72, flags: ["risk.fail-share"], … } */
export interface SchoolFiguresInput extends FiguresInput {
  readonly school: string;
  readonly schoolKey?: string;
  readonly flags: readonly FlagCodeInput[];
  readonly dynamics?: DynamicsInput | null;
  /** 1-based row of this school on the indicators sheet, for a hyperlink to the figures' source. */
  readonly sourceRow?: number;
}

/** One assessment (subject × grade × year). */
export interface AssessmentFigures {
  readonly id?: string;
  readonly assessment: string | null;
  readonly subject: string | null;
  readonly grade: string | null;
  readonly year: string | null;
  readonly schools: readonly SchoolFiguresInput[];
  readonly district: FiguresInput & { readonly dynamics?: DynamicsInput | null; readonly sourceRow?: number };
  /** «Вся выборка», the region: higher levels for comparison. */
  readonly references: readonly (FiguresInput & { readonly name: string })[];
}

export type TargetStatusInput = "достигнут" | "не достигнут" | "нет данных";

/** @example { text: "Доля выпускников, получивших аттестат", target: "не менее 98 %", value: 0.95, unit: "percent", status: "не достигнут", school: null } */
export interface TargetRow {
  readonly text: string;
  readonly target: string | null;
  readonly value: number | null;
  readonly unit: "percent" | "count" | null;
  readonly status: TargetStatusInput;
  /** null: a district target. */
  readonly school: string | null;
}

/** The fields of `roadmap/types.ts` Activity the report reads; a full Activity fits. */
export interface ReportActivity {
  readonly id: string;
  readonly number?: string;
  readonly section: string;
  readonly text: string;
  readonly deadline: { readonly start: IsoDate | null; readonly end: IsoDate | null };
  readonly responsible: readonly { readonly name: string }[];
  readonly responsibleRaw?: string;
  readonly status?: ActivityStatus;
  readonly doneDate?: string;
}

/** A school's answer about the district roadmap's activities it takes part in (see core/returns). */
export interface SchoolReturnInput {
  readonly school: string;
  readonly received: boolean;
  readonly file: string | null;
  readonly savedAt: string | null;
  readonly activities: readonly (ReportActivity & { readonly evidence?: string; readonly note?: string })[];
  readonly findings: readonly { readonly code: string; readonly severity: string; readonly message: string }[];
}

/** A district's or a school's roadmap. `school` null: the district's own. */
export interface RoadmapInput {
  readonly name: string;
  readonly school: string | null;
  readonly activities: readonly ReportActivity[];
}

export interface ReportSettings {
  readonly failShare: number;
  readonly belowDistrictPp: number;
  readonly loweredShare: number;
  readonly raisedShare: number;
  readonly dynamicsBandPp: number;
  /** Token Jaccard at or above which two activity texts are «the same activity». */
  readonly similarity: number;
}

export const DEFAULT_REPORT_SETTINGS: ReportSettings = {
  failShare: 0.3,
  belowDistrictPp: 15,
  loweredShare: 0.3,
  raisedShare: 0.15,
  dynamicsBandPp: 5,
  similarity: 0.6,
};

export interface ReportInput {
  /** «Энский муниципальный район» */
  readonly district: string;
  readonly period: Period | null;
  readonly asOf: IsoDate;
  readonly assessments: readonly AssessmentFigures[];
  readonly targets: readonly TargetRow[];
  readonly roadmaps: readonly RoadmapInput[];
  /** The schools' returns on the district roadmap; absent when none were collected. */
  readonly schoolReturns?: readonly SchoolReturnInput[];
  readonly settings?: Partial<ReportSettings>;
}
