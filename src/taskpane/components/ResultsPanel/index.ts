export { ResultsPanel } from "./ResultsPanel";
export type { ResultsPanelProps } from "./ResultsPanel.types";
