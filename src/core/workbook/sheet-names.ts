/** Excel's rules for sheet names: at most 31 characters, none of []:*?/\ , not starting or ending with a quote. */
export const MAX_SHEET_NAME = 31;

export function sanitizeSheetName(name: string): string {
  const cleaned = name.replace(/[[\]:*?/\\]/g, " ").replace(/^'+|'+$/g, "").trim();
  return (cleaned || "Лист").slice(0, MAX_SHEET_NAME);
}

/**
 * A name not taken by any existing sheet (case-insensitive, as Excel compares):
 * «Мероприятия», then «Мероприятия (2)», «Мероприятия (3)»…
 */
export function uniqueSheetName(wanted: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((n) => n.toLocaleLowerCase("ru")));
  const base = sanitizeSheetName(wanted);
  if (!used.has(base.toLocaleLowerCase("ru"))) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!used.has(candidate.toLocaleLowerCase("ru"))) return candidate;
  }
}

/** Prefix of the defined names that mark sheets made by Roadmap Monitor: RoadmapMonitor.<sheet key>. */
export const MARKER_PREFIX = "RoadmapMonitor.";

export function markerName(sheetKey: string): string {
  return MARKER_PREFIX + sheetKey.replace(/[^A-Za-z0-9_.]/g, "_");
}
