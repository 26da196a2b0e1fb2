import type { ExcelHost } from "../../../excel/host-types";
import type { RunJob } from "../../hooks";
import type { TaskpaneJobs } from "../../types";

export interface ReportPanelProps {
  readonly jobs: Pick<TaskpaneJobs, "buildReport">;
  readonly run: RunJob;
  readonly busy: boolean;
  readonly selectCell: ExcelHost["selectCell"];
  readonly onSelectError: (error: unknown) => void;
  readonly asOf: string;
  /** Excel can open the report as a new workbook (ExcelApi 1.8); otherwise the option is disabled. */
  readonly canCreateWorkbook: boolean;
}
