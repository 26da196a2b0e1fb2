/** ISO date "YYYY-MM-DD". */
export type IsoDate = string;

/**
 * The programme period. `kind: "school"` is one or more school years (1 September – 31 August);
 * absent or "calendar" means whole calendar years. A period of 1 September … 31 August without
 * a kind (a pane setting saved before kinds existed) is read as school years too.
 */
export interface Period {
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly kind?: "calendar" | "school";
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
  /**
   * Months with no year in a programme longer than a year and no year row above
   * («октябрь – ноябрь» in 2023–2025): kind stays date/interval, start/end are null,
   * occurrences are empty, and validation reports `deadline.no-year`.
   */
  readonly yearMissing?: boolean;
  /** A stated date lies (partly) outside the programme period; occurrences keep only the inside part. */
  readonly outsidePeriod?: boolean;
  /** A range whose end is before its start («май – март 2022»). */
  readonly inverted?: boolean;
  /** «до 15 мая 2022»: a finish-by date. */
  readonly byDate?: boolean;
  /** Unit of a recurrence («ежегодно» → "year", «раз в четверть» → "schoolQuarter"). */
  readonly every?: "year" | "schoolQuarter" | "quarter" | "half" | "month" | "week" | "day";
  /**
   * A bare «Август» in a school-year plan: "preceding" = the August before 1 September (preparation,
   * the plan opens with it), "closing" = the August that ends the school year. Validation says which.
   */
  readonly augustReading?: "preceding" | "closing";
  /** A yearless «I полугодие» read as a calendar half (January–June) rather than a school one (September–December). */
  readonly halfReading?: "calendar" | "school";
}
