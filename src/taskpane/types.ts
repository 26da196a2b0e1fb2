import type { Finding } from "../core/findings";

/**
 * What the pane hands to the jobs and gets back. The jobs (src/taskpane/jobs, over src/core/pipeline and the
 * ExcelHost) do the work; components only collect input, show progress, outcomes and errors.
 */

/** Clipboard content from the paste box: HTML is preferred because it keeps multi-line cells whole. */
export interface PastedContent {
  readonly kind: "html" | "text";
  readonly content: string;
}

/** Form fields as typed by the user: ISO dates («2023-01-01») or "" when empty. */
export interface RoadmapForm {
  readonly pasted: PastedContent | null;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly asOf: string;
}

export interface ResultsForm {
  readonly pasted: PastedContent | null;
  readonly asOf: string;
}

export interface ReportForm {
  readonly asOf: string;
  /** Where Excel supports it (ExcelApi 1.8), build the report as a new workbook. */
  readonly newWorkbook: boolean;
}

/** A finding as the pane shows it; `target` is the cell in Excel to select when the user clicks it. */
export interface PaneFinding extends Finding {
  readonly target?: { readonly sheet: string; readonly address: string };
}

export interface JobOutcome {
  /** One Russian sentence: what was done («Создано 45 мероприятий на листе «Мероприятия»»). */
  readonly summary: string;
  readonly findings?: readonly PaneFinding[];
  /** The programme period the job found, to prefill the fields. */
  readonly period?: { readonly start: string; readonly end: string };
}

/** Progress for anything over half a second; `fraction` undefined = indeterminate. */
export interface JobProgress {
  report(label: string, fraction?: number): void;
  isCancelled(): boolean;
}

export type Job<F> = (form: F, progress: JobProgress) => Promise<JobOutcome>;

/** Every button of the pane is one of these; a job throws only for unexpected failures. */
export interface TaskpaneJobs {
  readonly importRoadmapSelection: Job<RoadmapForm>;
  readonly importRoadmapPasted: Job<RoadmapForm>;
  readonly createRoadmapSheets: Job<RoadmapForm>;
  readonly recheckRoadmap: Job<RoadmapForm>;
  readonly importResults: Job<ResultsForm>;
  readonly computeIndicators: Job<ResultsForm>;
  readonly buildReport: Job<ReportForm>;
}

export type TabId = "roadmap" | "results" | "report";
