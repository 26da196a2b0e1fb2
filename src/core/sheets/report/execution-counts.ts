import type { DistrictReport, ExecutionGroup } from "../../report";
import { type Cell, type SheetPlan, EXCEL_MAX_ROWS, formula, keyRef } from "../../workbook";
import { type Match, replayCounts, sourceFormulas } from "./countifs";
import { DEFAULT_ACTIVITY_COLUMNS, HEADER_FILL, REPORT_SHEET_KEYS, type ActivitySource, type ReportSheetOptions } from "./options";

/** The as-of date cell of «Исполнение дорожной карты», absolute, from the hidden sheet. */
const AS_OF_REF = keyRef(REPORT_SHEET_KEYS.execution, "$B$2");
const FIRST_ROW = 2;
const HEADERS = ["Группа", "Дорожная карта", "Запланировано", "Выполнено", "В работе", "Просрочено"];
/** Columns of the four counts on the hidden sheet, in the order of ExecutionCounts. */
export const COUNT_COLUMNS = { total: "C", done: "D", inProgress: "E", overdue: "F" } as const;

/** Where a group's per-roadmap rows sit on the hidden sheet (1-based, inclusive). */
export interface CountRows {
  readonly first: number;
  readonly last: number;
}

export interface ExecutionCountSheet {
  /** The hidden sheet, or null when no group is counted by formulas. */
  readonly sheet: SheetPlan | null;
  /** Rows of a group («section:NAME» / «party:NAME»), when its figures are live formulas. */
  readonly rowsOf: (by: Match["by"], name: string) => CountRows | undefined;
}

const same = (g: ExecutionGroup, c: ReturnType<typeof replayCounts>) =>
  g.total === c.total && g.done === c.done && g.inProgress === c.inProgress && g.overdue === c.overdue;

/**
 * «Расчёт исполнения» (hidden): one row per group and roadmap that has activities of the group, each row
 * COUNTIFS over that one roadmap's «Мероприятия» sheet. «Исполнение дорожной карты» sums a group's rows
 * with a short SUM, so no formula grows with the number of roadmaps (60 schools → 60 roadmaps).
 * A roadmap with no activity of the group gets no row: which activities a group selects depends on the
 * section and responsible texts, not on the statuses the user edits. Groups are counted by formulas only
 * when the formulas count what the engine counts (criterion short enough, «contains» not catching another
 * party), else the execution sheet keeps the engine's values.
 */
export function buildExecutionCounts(r: DistrictReport, opts: ReportSheetOptions): ExecutionCountSheet {
  const sources = opts.activitySources ?? [];
  const cols = opts.activityColumns ?? DEFAULT_ACTIVITY_COLUMNS;
  const placed = new Map<string, CountRows>();
  const rows: Cell[][] = [];
  const none: ExecutionCountSheet = { sheet: null, rowsOf: () => undefined };
  if (!sources.length || sources.length !== r.roadmaps.length) return none;
  const groups: [Match["by"], readonly ExecutionGroup[]][] = [["section", r.execution.bySection], ["party", r.execution.byParty]];
  for (const [by, list] of groups) {
    for (const g of list) {
      const m: Match = { by, text: g.name };
      const perSource = sources.map((s) => ({ s, counts: replayCounts(r, m, [s]) })).filter((x) => x.counts.total > 0);
      const whole = replayCounts(r, m, sources);
      if (!perSource.length || !same(g, whole)) continue;
      const formulas = perSource.map((x) => ({ ...x, f: sourceFormulas(m, x.s, cols, AS_OF_REF) }));
      if (formulas.some((x) => x.f === null)) continue;
      const first = FIRST_ROW + rows.length;
      const last = first + formulas.length - 1;
      // Excel's grid ends at row 1,048,576: the groups that would not fit keep values.
      if (last > EXCEL_MAX_ROWS) continue;
      for (const { s, counts, f } of formulas) {
        if (!f) continue;
        rows.push([g.name, roadmapLabel(r, s), formula(f.total, counts.total), formula(f.done, counts.done), formula(f.inProgress, counts.inProgress), formula(f.overdue, counts.overdue)]);
      }
      placed.set(`${by}:${g.name}`, { first, last });
    }
  }
  if (!rows.length) return none;
  return {
    sheet: {
      key: REPORT_SHEET_KEYS.executionCounts,
      name: "Расчёт исполнения",
      hidden: true,
      columnWidths: [50, 30, 14, 14, 14, 14],
      blocks: [{ at: "A1", rows: [HEADERS] }, { at: `A${FIRST_ROW}`, rows }],
      formats: [{ range: "A1:F1", bold: true, fill: HEADER_FILL }],
      freeze: { rows: 1, columns: 0 },
    },
    rowsOf: (by, name) => placed.get(`${by}:${name}`),
  };
}

function roadmapLabel(r: DistrictReport, s: ActivitySource): string {
  const roadmap = r.roadmaps[s.roadmapIndex];
  return roadmap?.school ?? roadmap?.name ?? `Дорожная карта ${s.roadmapIndex + 1}`;
}

/** The execution sheet's cell for one count: a SUM over the group's rows of the hidden sheet. */
export function sumOfRows(rows: CountRows, column: string): string {
  return `SUM(${keyRef(REPORT_SHEET_KEYS.executionCounts, `$${column}$${rows.first}:$${column}$${rows.last}`)})`;
}
