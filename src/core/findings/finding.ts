/**
 * A finding: an expected problem in the user's data, reported as a value (never thrown).
 * `code` is stable — users filter on it in the «Проверка» sheet; never repurpose one.
 * The Russian `message` names the sheet, row or cell so the user can find the place.
 */
export type Severity = "error" | "warning" | "info";

export interface Finding {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  /** Activity the finding is about (roadmaps). */
  readonly activityId?: string;
  /** 1-based row of the input the finding is about. */
  readonly row?: number;
  /** 1-based column of the input, when known. */
  readonly column?: number;
  /** Sheet (or file) name of the input, when known. */
  readonly sheet?: string;
  /** Extra machine-readable details (school name, value seen…). */
  readonly data?: Readonly<Record<string, string | number | boolean | null>>;
}

export function finding(
  code: string,
  severity: Severity,
  message: string,
  where: Omit<Finding, "code" | "severity" | "message"> = {},
): Finding {
  return { code, severity, message, ...where };
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function compareFindings(a: Finding, b: Finding): number {
  return SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.row ?? 0) - (b.row ?? 0);
}

export const SEVERITY_LABEL_RU: Record<Severity, string> = {
  error: "ошибка",
  warning: "предупреждение",
  info: "сведения",
};
