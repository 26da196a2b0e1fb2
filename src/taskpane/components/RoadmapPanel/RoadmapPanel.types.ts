import type { ExcelHost } from "../../../excel/host-types";
import type { RunJob } from "../../hooks";
import type { TaskpaneJobs } from "../../types";

export interface RoadmapPanelProps {
  readonly jobs: Pick<
    TaskpaneJobs,
    "importRoadmapSelection" | "importRoadmapPasted" | "createRoadmapSheets" | "recheckRoadmap" | "remapRoadmapColumns"
  >;
  readonly run: RunJob;
  /** True while any job runs: every button waits. */
  readonly busy: boolean;
  readonly selectCell: ExcelHost["selectCell"];
  readonly onSelectError: (error: unknown) => void;
  /** The as-of date (ISO), shared with the other tabs. */
  readonly asOf: string;
  readonly onAsOfChange: (asOf: string) => void;
  /** The as-of date is saved with the document instead of being today's date. */
  readonly asOfFixed: boolean;
  readonly onAsOfFixedChange: (fixed: boolean) => void;
  /** The programme period (ISO or ""), saved with the document. */
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly onPeriodChange: (start: string, end: string) => void;
}
