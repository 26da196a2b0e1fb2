import type { RoadmapJobResult, ResultsJobInput, ResultsJobResult } from "../../core/pipeline";
import type { SourceDocument, SourceTable } from "../../core/table";
import type { RangeRead } from "../../excel/host-types";
import { countRu } from "../../core/findings";
import type { ReportSources, RoadmapForm } from "../types";

/**
 * What the pane remembers between clicks, for this session only: the last analysis of each roadmap (by the key
 * of its «Мероприятия» sheet) and each result import. Sheets written in an earlier session are not re-discovered;
 * the «Свод» step says so.
 */
export interface RoadmapEntry {
  readonly id: string;
  readonly doc: SourceDocument;
  /** The selection it came from (null for a paste). */
  readonly read: RangeRead | null;
  readonly job: RoadmapJobResult;
  /** The fields it was analysed with (period, column roles), for a re-run by «Свод». */
  readonly form: RoadmapForm;
  /** Set once its sheets are written: plan key → sheet name. */
  readonly sheetNames?: Readonly<Record<string, string>>;
}

export interface ResultsEntry {
  readonly id: string;
  readonly label: string;
  readonly tables: readonly SourceTable[];
  readonly job: ResultsJobResult;
  readonly inWorkbook: boolean;
  /** The user's column roles and assessment fields it was read with, for «Рассчитать показатели» and «Свод». */
  readonly read?: ResultsJobInput["read"];
}

export interface PaneSession {
  readonly roadmaps: Map<string, RoadmapEntry>;
  /** Key of the roadmap the «Дорожная карта» step works on. */
  current: string | null;
  readonly results: ResultsEntry[];
}

export function createSession(): PaneSession {
  return { roadmaps: new Map(), current: null, results: [] };
}

const ACTIVITY_FORMS = ["мероприятие", "мероприятия", "мероприятий"] as const;

export function sourcesOf(session: PaneSession): ReportSources {
  return {
    roadmaps: [...session.roadmaps.values()].map((e) => ({
      id: e.id,
      label: `${e.job.roadmap.title || "Дорожная карта"} (${countRu(e.job.roadmap.activities.length, ACTIVITY_FORMS)})`,
      inWorkbook: e.sheetNames !== undefined,
    })),
    results: session.results.map((r) => ({ id: r.id, label: r.label, inWorkbook: r.inWorkbook })),
  };
}
