import type { ExcelHost } from "../../excel/host-types";
import type { TaskpaneJobs } from "../types";
import { createReportJobs } from "./report-jobs";
import { createResultsJobs } from "./results-jobs";
import { createRoadmapJobs } from "./roadmap-jobs";
import { createReturnsJobs, type LoadXlsxReader } from "./returns-jobs";
import { createSession } from "./session";
import { openWorkbook } from "./workbook-store";

/** ExcelJS's reader as a separate chunk: loaded when the user picks the schools' returns, not with the pane. */
const loadXlsxReader: LoadXlsxReader = async () => (await import(/* webpackChunkName: "xlsx-reader" */ "../../xlsx/read")).readXlsx;

/** Every button's job over the host; one session (the roadmaps and results of this pane's life) behind them all. */
export function createPaneJobs(host: ExcelHost, loadReader: LoadXlsxReader = loadXlsxReader): TaskpaneJobs {
  const session = createSession();
  const returns = createReturnsJobs(host, session, loadReader);
  return {
    ...createRoadmapJobs(host, session),
    ...createResultsJobs(host, session),
    ...createReportJobs(host, session, returns),
    openWorkbook: (form) => openWorkbook(host, session, form),
    makeSchoolForms: returns.makeSchoolForms,
    loadReturns: returns.loadReturns,
    knownSchools: returns.knownSchools,
  };
}

export { documentFromPaste, documentFromRange, hasCells, resultsDocumentFromPaste, withActivityTargets, withTargets } from "./sources";
export { readDirectory, readUserEdits, type UserEdits } from "./readback";
export { recognisedOf } from "./results-jobs";
export { createSession, sourcesOf, type PaneSession } from "./session";
export { openWorkbook, rangeFromOriginal } from "./workbook-store";
