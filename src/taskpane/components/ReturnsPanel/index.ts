export { ReturnsPanel } from "./ReturnsPanel";
export type { ReturnsPanelProps } from "./ReturnsPanel.types";
