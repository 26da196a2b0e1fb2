export { FeatureNotice } from "./FeatureNotice";
export type { FeatureNoticeProps } from "./FeatureNotice.types";
