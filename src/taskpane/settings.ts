import { DEFAULT_SETTINGS, parseSettings, type Settings } from "../core/indicators";

/** What the pane keeps with the document (Office document settings), loaded when the pane opens. */
export interface PaneSettings {
  readonly district: string;
  readonly periodStart: string;
  readonly periodEnd: string;
  /** "today": the as-of date is today each time the pane opens; "fixed": the date saved below. */
  readonly asOfMode: "today" | "fixed";
  readonly asOf: string;
  readonly thresholds: Settings;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

export function defaultPaneSettings(today: string): PaneSettings {
  return { district: "", periodStart: "", periodEnd: "", asOfMode: "today", asOf: today, thresholds: DEFAULT_SETTINGS };
}

const text = (v: unknown, max = 300) => (typeof v === "string" ? v.slice(0, max) : "");
const date = (v: unknown) => (typeof v === "string" && ISO.test(v) ? v : "");

/** The stored object, whatever a user or an older version left there → valid settings (bad fields fall back). */
export function readPaneSettings(raw: Record<string, unknown>, today: string): PaneSettings {
  const asOfMode = raw.asOfMode === "fixed" && date(raw.asOf) ? "fixed" : "today";
  return {
    district: text(raw.district),
    periodStart: date(raw.periodStart),
    periodEnd: date(raw.periodEnd),
    asOfMode,
    asOf: asOfMode === "fixed" ? date(raw.asOf) : today,
    thresholds: parseSettings(raw.thresholds ?? {}).settings,
  };
}

/** What goes into the document: the as-of date only when the user chose to fix it. */
export function storedPaneSettings(s: PaneSettings): Record<string, unknown> {
  return {
    district: s.district,
    periodStart: s.periodStart,
    periodEnd: s.periodEnd,
    asOfMode: s.asOfMode,
    ...(s.asOfMode === "fixed" ? { asOf: s.asOf } : {}),
    thresholds: { ...s.thresholds },
  };
}
