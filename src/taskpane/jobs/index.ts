import type { ExcelHost } from "../../excel/host-types";
import type { TaskpaneJobs } from "../types";
import { createReportJobs } from "./report-jobs";
import { createResultsJobs } from "./results-jobs";
import { createRoadmapJobs } from "./roadmap-jobs";
import { createSession } from "./session";
import { openWorkbook } from "./workbook-store";

/** Every button's job over the host; one session (the roadmaps and results of this pane's life) behind them all. */
export function createPaneJobs(host: ExcelHost): TaskpaneJobs {
  const session = createSession();
  return {
    ...createRoadmapJobs(host, session),
    ...createResultsJobs(host, session),
    ...createReportJobs(host, session),
    openWorkbook: (form) => openWorkbook(host, session, form),
  };
}

export { documentFromPaste, documentFromRange, hasCells, resultsDocumentFromPaste, withActivityTargets, withTargets } from "./sources";
export { readDirectory, readUserEdits, type UserEdits } from "./readback";
export { recognisedOf } from "./results-jobs";
export { createSession, sourcesOf, type PaneSession } from "./session";
export { openWorkbook, rangeFromOriginal } from "./workbook-store";
