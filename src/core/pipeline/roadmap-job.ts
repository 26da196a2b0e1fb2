import type { SourceDocument } from "../table/types";
import type { Activity, ColumnRole, Roadmap } from "../roadmap/types";
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
  roadmapSheetKeys,
} from "../sheets/roadmap";

export interface RoadmapJobInput {
  readonly document: SourceDocument;
  readonly tableIndex?: number;
  readonly columnRoles?: Record<number, ColumnRole>;
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
  const roadmap: Roadmap = { ...tracked, findings: [...fileFindings, ...limited.findings, ...tracked.findings, ...validation] };
  const keys = roadmapSheetKeys(roadmap.title, roadmap.columns.map((c) => c.header));
  const plan = buildRoadmapPlan(roadmap, directory, keys, { ...input, document }, tables);
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
  return {
    title: roadmap.title,
    sheets: [
      activities.sheet,
      buildFindingsSheet(roadmap, keys),
      buildDirectorySheet(directory, keys, roadmap.activities.length),
      ...(source ? [buildOriginalSheet(source, keys)] : []),
    ],
    names: activities.names,
  };
}
