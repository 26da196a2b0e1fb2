import type { ExcelHost } from "../../../excel/host-types";
import type { TabId, TaskpaneJobs } from "../../types";

export interface AppProps {
  /** Excel behind an interface: Office.js in the add-in, a fake in tests. */
  readonly host: ExcelHost;
  readonly jobs: TaskpaneJobs;
  /** Today as an ISO date; the pane's only clock, read once in index.tsx. */
  readonly today: string;
  /**
   * The tab shown first.
   * @default "roadmap"
   */
  readonly initialTab?: TabId;
}
