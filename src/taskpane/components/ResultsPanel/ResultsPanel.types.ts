import type { ExcelHost } from "../../../excel/host-types";
import type { Settings } from "../../../core/indicators";
import type { RunJob } from "../../hooks";
import type { SavedMapping, TaskpaneJobs } from "../../types";

export interface ResultsPanelProps {
  readonly jobs: Pick<TaskpaneJobs, "importResults" | "computeIndicators">;
  readonly run: RunJob;
  readonly busy: boolean;
  readonly selectCell: ExcelHost["selectCell"];
  readonly onSelectError: (error: unknown) => void;
  readonly asOf: string;
  /** Risk thresholds, saved with the document. */
  readonly thresholds: Settings;
  readonly onThresholdsChange: (value: Settings) => void;
  /** Column mappings saved in the document, reused for the same header. */
  readonly mappings: readonly SavedMapping[];
  readonly onMappingSaved: (m: SavedMapping) => void;
}
