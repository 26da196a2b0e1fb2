import type { Finding } from "../core/findings";
import type { Settings } from "../core/indicators";
import type { ColumnChoice, ColumnRole, DeadlinePart } from "../core/roadmap/types";
import type { AssessmentKey, UserColumns, UserRole } from "../core/results";

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
  /** The user's column roles (source column index → role); empty = as detected. */
  readonly columnRoles?: Readonly<Record<number, ColumnChoice>>;
}

export interface ResultsForm {
  readonly pasted: PastedContent | null;
  readonly asOf: string;
  /** Risk thresholds as set in the pane (persisted with the document). */
  readonly settings?: Settings;
  /** Assessment, subject, grade, year the user set beside the recognised table (empty fields: as read). */
  readonly key?: Partial<AssessmentKey>;
  /** The user's column roles for this table (header → role). */
  readonly columns?: UserColumns;
  /** Mappings saved in the workbook for earlier pastes (reused when the same header comes again). */
  readonly mappings?: readonly SavedMapping[];
}

/** A column mapping the user made, kept in the document for the next paste of the same header. */
export interface SavedMapping {
  readonly signature: string;
  readonly columns: UserColumns;
}

/** A column of a result table the pane could not read by itself, with the best guess for its role. */
export interface ResultColumnPreview {
  readonly index: number;
  readonly header: string;
  readonly role: UserRole;
  /** Why the guess (Russian), for the tooltip. */
  readonly reasons: string;
}

export interface ReportForm {
  readonly asOf: string;
  /** Where Excel supports it (ExcelApi 1.8), build the report as a new workbook. */
  readonly newWorkbook: boolean;
  /** «Энский муниципальный район» */
  readonly district?: string;
  readonly periodStart?: string;
  readonly periodEnd?: string;
  /** Ids from `reportSources()`; undefined = everything. */
  readonly roadmapIds?: readonly string[];
  readonly resultIds?: readonly string[];
  readonly settings?: Settings;
  /** Targets the user typed (one per line); empty: those of the imported order, if it lists any. */
  readonly targetsText?: string;
}

/** A roadmap or a result import the report can take, as the «Свод» step lists them. */
export interface ReportSource {
  readonly id: string;
  /** What the user sees: «Дорожная карта … (45 мероприятий)». */
  readonly label: string;
  /** True when its sheets were written into this workbook. */
  readonly inWorkbook: boolean;
}

export interface ReportSources {
  readonly roadmaps: readonly ReportSource[];
  readonly results: readonly ReportSource[];
}

/** A column of the imported roadmap table and the role it was given. */
export interface ColumnPreview {
  readonly index: number;
  readonly header: string;
  readonly role: ColumnRole;
  /** Which part of a deadline written over several columns this column holds. */
  readonly part?: DeadlinePart;
}

/** What the results step recognised in one table. */
export interface RecognisedTable {
  readonly assessment: string;
  readonly subject: string;
  readonly grade: string;
  readonly year: string;
  readonly schools: number;
  readonly references: readonly string[];
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
  /** Roadmap import: the columns as detected (or as the user set them). */
  readonly columns?: readonly ColumnPreview[];
  /** Results import: what each table was recognised as. */
  readonly recognised?: readonly RecognisedTable[];
  /** Results import that read no school: the columns with a guessed role each, for the user to set. */
  readonly resultColumns?: readonly ResultColumnPreview[];
  /** Results import read with the user's mapping: to save in the document. */
  readonly savedMapping?: SavedMapping;
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
  /** Re-analyse the imported table with the user's column roles, without writing. */
  readonly remapRoadmapColumns: Job<RoadmapForm>;
  readonly importResults: Job<ResultsForm>;
  readonly computeIndicators: Job<ResultsForm>;
  readonly buildReport: Job<ReportForm>;
  /** Roadmaps and result imports of this session the report can take. */
  readonly reportSources: () => ReportSources;
  /** One monitoring form per school from an imported roadmap (new workbooks where Excel can open them). */
  readonly makeSchoolForms: Job<SchoolFormsForm>;
  /** «Загрузить ответы школ»: the schools' filled forms, read for the next report. */
  readonly loadReturns: Job<{ readonly files: readonly PickedFile[] }>;
  /** Schools named in this session's result imports (to prefill the forms' school list). */
  readonly knownSchools: () => string[];
  /**
   * On opening: what earlier sessions wrote into this workbook (found by our sheets' markers). Its roadmaps
   * join the session, so «Свод» and «Проверить снова» take them without a new import.
   */
  readonly openWorkbook?: (form: RoadmapForm) => Promise<WorkbookContents>;
}

/** A file the user picked (a File in the browser; plain values in tests). */
export interface PickedFile {
  readonly name: string;
  /** Milliseconds since the epoch, as `File.lastModified`. */
  readonly lastModified: number;
  bytes(): Promise<Uint8Array>;
}

export interface SchoolFormsForm {
  /** Id from `reportSources()`; undefined = the first roadmap. */
  readonly roadmapId?: string;
  readonly schools: readonly string[];
  readonly asOf: string;
}

/** Roadmaps and result sets this workbook holds from earlier sessions (jobs/workbook-store.ts). */
export interface WorkbookContents {
  readonly roadmaps: readonly StoredItem[];
  readonly results: readonly StoredItem[];
  readonly problems: readonly string[];
}

export interface StoredItem {
  readonly id: string;
  readonly label: string;
  /** ISO date the sheets were last written, when their markers say. */
  readonly writtenOn?: string;
  readonly sheet: string;
}

export type TabId = "roadmap" | "results" | "report";
