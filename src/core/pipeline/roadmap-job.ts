import type { SourceDocument } from "../table/types";
import type { Activity, ColumnChoice, Roadmap } from "../roadmap/types";
import { layoutPlanForPrint } from "../print";
import type { IsoDate, Period } from "../deadlines/types";
import type { DirectoryEntry } from "../parties/types";
import { assembleRoadmap, listTables, pickSurveyed, type TableSummary } from "../roadmap";
import { interpretRoadmap, validateRoadmap } from "../validation";
import type { WorkbookPlan } from "../workbook";
import { limitRoadmapDocument } from "./limits";
import { tablesLeftOut } from "../roadmap/left-out";
import { trackingFromDocument } from "./document-status";
import {
  type ActivityTracking,
  type SheetKeys,
  buildActivitiesSheet,
  buildDirectorySheet,
  buildFindingsSheet,
  buildOriginalSheet,
  districtOfTitle,
  roadmapSheetKeys,
  shortSchoolName,
  withOwnerNames,
} from "../sheets/roadmap";
import type { Holiday } from "../deadlines/holidays";
import { schoolOfRoadmap } from "./report-adapters";

export interface RoadmapJobInput {
  readonly document: SourceDocument;
  readonly tableIndex?: number;
  readonly columnRoles?: Record<number, ColumnChoice>;
  /** From `--period` or the task pane; else read from the text, else from the deadlines. */
  readonly period?: Period | null;
  readonly asOf: IsoDate;
  /** The user's edited «Ответственные» directory, when re-validating. */
  readonly directory?: readonly DirectoryEntry[];
  readonly directoryConfirmed?: boolean;
  /** The user's statuses, dates and notes read back from «Мероприятия», by activity id. */
  readonly tracking?: ReadonlyMap<string, ActivityTracking>;
  readonly maxParties?: number;
  /** Rows of one roadmap table; defaults to LIMITS.roadmapRows. */
  readonly maxRows?: number;
  /** School holidays for «в каникулы» from the settings; defaults when absent. */
  readonly holidays?: readonly Holiday[];
  /**
   * The title the roadmap's sheets were made under, for a roadmap restored from its workbook (whose saved
   * source table lacks the text above it): the title names the sheet keys, so the same sheets are updated.
   */
  readonly title?: string;
  /** The keys of those sheets, found by their markers (see `title`). */
  readonly sheetKeys?: SheetKeys;
}

export interface RoadmapJobResult {
  readonly roadmap: Roadmap;
  readonly directory: readonly DirectoryEntry[];
  readonly tables: readonly TableSummary[];
  readonly keys: SheetKeys;
  readonly plan: WorkbookPlan;
}

function mergeTracking(fromDocument?: ActivityTracking, fromUser?: ActivityTracking): ActivityTracking | undefined {
  if (!fromDocument) return fromUser;
  if (!fromUser) return fromDocument;
  return { ...fromUser, status: fromUser.status ?? fromDocument.status };
}

/** The user's edits win over what the document says: they are the execution record. */
function applyTracking(activity: Activity, t: ActivityTracking | undefined): Activity {
  if (!t) return activity;
  const deadline =
    t.start || t.end
      ? { ...activity.deadline, start: t.start ?? activity.deadline.start, end: t.end ?? activity.deadline.end }
      : activity.deadline;
  return { ...activity, deadline, status: t.status ?? activity.status, doneDate: t.doneDate, evidence: t.evidence, note: t.note };
}

/** Pasted table → structured, interpreted and validated roadmap + the sheets that show it. */
export function runRoadmapJob(input: RoadmapJobInput): RoadmapJobResult {
  const limited = limitRoadmapDocument(input.document, input.maxRows);
  const document = limited.value;
  const tables = listTables(document);
  // The survey above already found the roadmap table: assemble only that one.
  const picked = input.tableIndex ?? pickSurveyed(tables);
  const assembled = assembleRoadmap(document, { tableIndex: picked >= 0 ? picked : undefined, columnRoles: input.columnRoles });
  const { roadmap: interpreted, directory } = interpretRoadmap(assembled, {
    period: input.period ?? null,
    documentText: document.text,
    directory: input.directory ? [...input.directory] : undefined,
    ...(input.holidays ? { holidays: input.holidays } : {}),
  });
  const fromDocument = trackingFromDocument(interpreted.activities);
  const tracked: Roadmap = {
    ...interpreted,
    activities: interpreted.activities.map((a) => applyTracking(a, mergeTracking(fromDocument.get(a.id), input.tracking?.get(a.id)))),
  };
  const validation = validateRoadmap(tracked, {
    asOf: input.asOf,
    directory: [...directory],
    directoryConfirmed: input.directoryConfirmed,
    maxParties: input.maxParties,
  });
  // A table the user picked needs no word about the others; one picked for them does.
  const leftOut = input.tableIndex === undefined ? tablesLeftOut(tables, picked, document.tables) : null;
  const fileFindings = [...(input.document.findings ?? []), ...(leftOut ? [leftOut] : [])];
  const title = input.title?.trim() ? input.title.trim() : tracked.title;
  const roadmap: Roadmap = { ...tracked, title, findings: [...fileFindings, ...limited.findings, ...tracked.findings, ...validation] };
  const keys = input.sheetKeys ?? roadmapSheetKeys(roadmap.title, roadmap.columns.map((c) => c.header));
  const plan = layoutPlanForPrint(buildRoadmapPlan(roadmap, directory, keys, { ...input, document }, tables));
  return { roadmap, directory, tables, keys, plan };
}

function buildRoadmapPlan(
  roadmap: Roadmap,
  directory: readonly DirectoryEntry[],
  keys: SheetKeys,
  input: RoadmapJobInput,
  tables: readonly TableSummary[],
): WorkbookPlan {
  const activities = buildActivitiesSheet(roadmap, keys, input.asOf);
  const tableIndex = roadmap.table ?? tables.find((t) => t.looksLikeRoadmap)?.index ?? 0;
  const source = input.document.tables[tableIndex];
  const sheets = [
    activities.sheet,
    buildFindingsSheet(roadmap, keys),
    buildDirectorySheet(directory, keys, roadmap.activities.length, new Set(roadmap.activities.flatMap((a) => a.responsible.map((p) => p.name)))),
    ...(source ? [buildOriginalSheet(source, keys)] : []),
  ];
  // Whose roadmap it is, from its title: a second school's sheets are «Мероприятия — Озёрная СОШ», not «Мероприятия (2)».
  const school = schoolOfRoadmap(roadmap);
  const owner = school ? shortSchoolName(school) : districtOfTitle(roadmap.title);
  return { title: roadmap.title, sheets: owner ? withOwnerNames(sheets, owner) : sheets, names: activities.names };
}
