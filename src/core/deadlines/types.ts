/** ISO date "YYYY-MM-DD". */
export type IsoDate = string;

export interface Period {
  readonly start: IsoDate;
  readonly end: IsoDate;
}

export type DeadlineKind = "date" | "interval" | "recurring" | "ongoing" | "external" | "missing" | "unparsed";

export interface DateWindow {
  readonly start: IsoDate;
  readonly end: IsoDate;
}

/**
 * A deadline read from a «Сроки» cell.
 * @example «Ежегодно: январь, июнь» over 2023–2025 → kind "recurring", 6 occurrences.
 */
export interface Deadline {
  readonly raw: string;
  readonly kind: DeadlineKind;
  /** Whole span inside the period; null when unknown. */
  readonly start: IsoDate | null;
  readonly end: IsoDate | null;
  readonly occurrences: readonly DateWindow[];
  /** True when the year was not in the text but implied (year row, period). */
  readonly yearImplied?: boolean;
  /** «по плану ФИОКО»: who sets the real date. */
  readonly externalRef?: string;
  /** Vague wording («в течение года») that names no checkable date. */
  readonly vague?: boolean;
}
