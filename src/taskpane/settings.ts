import { DEFAULT_SETTINGS, parseSettings, type Settings } from "../core/indicators";
import { USER_ROLES, type UserRole } from "../core/results";
import type { SavedMapping } from "./types";

/** What the pane keeps with the document (Office document settings), loaded when the pane opens. */
export interface PaneSettings {
  readonly district: string;
  readonly periodStart: string;
  readonly periodEnd: string;
  /** "today": the as-of date is today each time the pane opens; "fixed": the date saved below. */
  readonly asOfMode: "today" | "fixed";
  readonly asOf: string;
  readonly thresholds: Settings;
  /** Column mappings of result tables the user made, by header signature (newest first). */
  readonly resultMappings: readonly SavedMapping[];
}

const MAX_MAPPINGS = 20;

/** Saved mappings as stored, whatever an older version or a user left there: invalid entries are dropped. */
function readMappings(v: unknown): SavedMapping[] {
  if (!Array.isArray(v)) return [];
  const out: SavedMapping[] = [];
  for (const m of v.slice(0, MAX_MAPPINGS)) {
    if (!m || typeof m !== "object" || typeof m.signature !== "string" || !Array.isArray(m.columns)) continue;
    const columns = (m.columns as unknown[]).filter(
      (c): c is [string, UserRole] => Array.isArray(c) && typeof c[0] === "string" && typeof c[1] === "string" && c[1] in USER_ROLES,
    ).map(([h, r]) => [h.slice(0, 300), r] as const);
    if (columns.length) out.push({ signature: m.signature.slice(0, 2000), columns });
  }
  return out;
}

/** A new mapping in front; the older one of the same header signature replaced. */
export function withMapping(list: readonly SavedMapping[], m: SavedMapping): SavedMapping[] {
  return [m, ...list.filter((x) => x.signature !== m.signature)].slice(0, MAX_MAPPINGS);
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

export function defaultPaneSettings(today: string): PaneSettings {
  return { district: "", periodStart: "", periodEnd: "", asOfMode: "today", asOf: today, thresholds: DEFAULT_SETTINGS, resultMappings: [] };
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
    resultMappings: readMappings(raw.resultMappings),
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
    ...(s.resultMappings.length ? { resultMappings: s.resultMappings.map((m) => ({ signature: m.signature, columns: m.columns.map((c) => [...c]) })) } : {}),
  };
}
