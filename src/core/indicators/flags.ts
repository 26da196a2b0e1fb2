import type { Figures } from "./figures";
import { pp } from "./dynamics";
import type { Settings } from "./settings";

export type FlagCode = "risk.fail-share" | "risk.below-district" | "objectivity.lowered" | "objectivity.raised" | "risk.decline";

export const FLAG_LABEL_RU: Record<FlagCode, string> = {
  "risk.fail-share": "доля «2» / ниже порога",
  "risk.below-district": "ниже района",
  "objectivity.lowered": "понизили",
  "objectivity.raised": "повысили",
  "risk.decline": "снижение качества 2 года",
};

/** Shares are rounded as the sheet rounds them (9 decimals) before meeting a threshold. */
const r9 = (x: number) => Math.round(x * 1e9) / 1e9;

export interface FlagInput {
  readonly figures: Figures;
  readonly district: Figures;
  /** Quality changes in p.p.: this period against the last, the last against the one before. */
  readonly qualityChange: number | null;
  readonly previousQualityChange: number | null;
}

/** Risk flags with DOMAIN.md's rules; the same rules are written as formulas in «Показатели». */
export function flagsOf(input: FlagInput, s: Settings): FlagCode[] {
  const { figures: f, district: d } = input;
  const out: FlagCode[] = [];
  const fail = f.belowThresholdShare ?? (f.marks && f.participants > 0 ? f.marks["2"] / f.participants : null);
  if (fail !== null && r9(fail) >= s.failShare) out.push("risk.fail-share");
  const below = (x: number | null, y: number | null) => x !== null && y !== null && pp(y, x) >= s.belowDistrictPp;
  if (below(f.successRate, d.successRate) || below(f.qualityRate, d.qualityRate)) out.push("risk.below-district");
  if (f.objectivity && r9(f.objectivity.lowered) >= s.loweredShare) out.push("objectivity.lowered");
  if (f.objectivity && r9(f.objectivity.raised) >= s.raisedShare) out.push("objectivity.raised");
  const band = s.dynamicsBandPp;
  if (input.qualityChange !== null && input.previousQualityChange !== null && input.qualityChange < -band && input.previousQualityChange < -band) {
    out.push("risk.decline");
  }
  return out;
}
