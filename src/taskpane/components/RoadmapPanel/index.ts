export { RoadmapPanel } from "./RoadmapPanel";
export type { RoadmapPanelProps } from "./RoadmapPanel.types";
