import type { ExcelHost } from "../../../excel/host-types";
import type { RunJob } from "../../hooks";
import type { TaskpaneJobs } from "../../types";

export interface RoadmapPanelProps {
  readonly jobs: Pick<
    TaskpaneJobs,
    "importRoadmapSelection" | "importRoadmapPasted" | "createRoadmapSheets" | "recheckRoadmap"
  >;
  readonly run: RunJob;
  /** True while any job runs: every button waits. */
  readonly busy: boolean;
  readonly selectCell: ExcelHost["selectCell"];
  readonly onSelectError: (error: unknown) => void;
  /** The as-of date (ISO), shared with the other tabs. */
  readonly asOf: string;
  readonly onAsOfChange: (asOf: string) => void;
}
