export { ReportPanel } from "./ReportPanel";
export type { ReportPanelProps } from "./ReportPanel.types";
