import { z } from "zod";

/**
 * Thresholds of the risk flags and the dynamics band (DOMAIN.md «Risk flags»). The user edits them in
 * the «Настройки» sheet; what comes back from the sheet is checked here (zod at the boundary).
 */
export const SettingsSchema = z.object({
  /** risk.fail-share: share of «2» (or below the minimum score) at or above this. */
  failShare: z.number().min(0).max(1).default(0.3),
  /** risk.below-district: успеваемость or качество at least this many p.p. below the district. */
  belowDistrictPp: z.number().min(0).max(100).default(15),
  /** objectivity.lowered: понизили at or above this share. */
  loweredShare: z.number().min(0).max(1).default(0.3),
  /** objectivity.raised: повысили at or above this share. */
  raisedShare: z.number().min(0).max(1).default(0.15),
  /** Dynamics: a change beyond ± this many p.p. is «рост» / «снижение». */
  dynamicsBandPp: z.number().min(0).max(100).default(5),
});

export type Settings = z.output<typeof SettingsSchema>;
export type SettingsInput = z.input<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

/** Settings from the sheet or a JSON file: invalid values fall back to defaults, with the problems listed. */
export function parseSettings(input: unknown): { settings: Settings; problems: string[] } {
  const r = SettingsSchema.safeParse(input ?? {});
  if (r.success) return { settings: r.data, problems: [] };
  const bad = new Set(r.error.issues.map((i) => String(i.path[0])));
  const kept = Object.fromEntries(Object.entries((input ?? {}) as Record<string, unknown>).filter(([k]) => !bad.has(k)));
  return { settings: SettingsSchema.parse(kept), problems: [...bad] };
}
