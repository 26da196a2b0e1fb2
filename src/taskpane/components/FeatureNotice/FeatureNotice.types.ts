import type { FeatureSupport } from "../../../excel/host-types";

export interface FeatureNoticeProps {
  /** What this Excel supports (requirement sets checked at run time by the host). */
  readonly features: FeatureSupport;
}
