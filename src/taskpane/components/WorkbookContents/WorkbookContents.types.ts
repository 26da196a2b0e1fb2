import type { RoadmapForm, TaskpaneJobs, WorkbookContents } from "../../types";

export interface WorkbookContentsProps {
  readonly jobs: Pick<TaskpaneJobs, "openWorkbook">;
  /** The form the found roadmaps are re-read with (date of control, period). */
  readonly form: RoadmapForm;
  /** Called once the workbook has been read: the other steps then see its roadmaps. */
  readonly onLoaded?: (contents: WorkbookContents) => void;
  readonly selectCell?: (sheet: string, address: string) => Promise<void>;
}
