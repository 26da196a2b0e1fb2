import type { ExcelHost } from "../../../excel/host-types";
import type { Settings } from "../../../core/indicators";
import type { RunJob } from "../../hooks";
import type { TaskpaneJobs } from "../../types";

export interface ReportPanelProps {
  readonly jobs: Pick<TaskpaneJobs, "buildReport" | "reportSources">;
  readonly run: RunJob;
  readonly busy: boolean;
  readonly selectCell: ExcelHost["selectCell"];
  readonly onSelectError: (error: unknown) => void;
  readonly asOf: string;
  /** Excel can open the report as a new workbook (ExcelApi 1.8); otherwise the option is disabled. */
  readonly canCreateWorkbook: boolean;
  /** District name, saved with the document. */
  readonly district: string;
  readonly onDistrictChange: (district: string) => void;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly thresholds: Settings;
  /** «Ответы школ» (forms out, returns in); the section is hidden when absent. */
  readonly returnsJobs?: Pick<TaskpaneJobs, "makeSchoolForms" | "loadReturns" | "knownSchools" | "reportSources">;
}
