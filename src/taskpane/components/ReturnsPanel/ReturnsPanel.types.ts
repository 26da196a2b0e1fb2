import type { ExcelHost } from "../../../excel/host-types";
import type { RunJob } from "../../hooks";
import type { PaneFinding, TaskpaneJobs } from "../../types";

export interface ReturnsPanelProps {
  readonly jobs: Pick<TaskpaneJobs, "makeSchoolForms" | "loadReturns" | "knownSchools" | "reportSources">;
  readonly run: RunJob;
  readonly busy: boolean;
  readonly asOf: string;
  readonly selectCell: ExcelHost["selectCell"];
  readonly onSelectError: (error: unknown) => void;
  /** Findings of the last load, shown under the buttons. */
  readonly onFindings?: (findings: readonly PaneFinding[]) => void;
}
