import type { ActivityRef, DistrictReport, ExecutionGroup } from "../../report";
import { formatDateRu } from "../../util";
import { type BlockPlan, type Cell, type ChartPlan, type Format, type SheetPlan, date, formula, keyRef, link } from "../../workbook";
import { type Match, groupFormulas, replayCounts } from "./countifs";
import { DEFAULT_ACTIVITY_COLUMNS, FLAG_FILL, FLAG_FONT, HEADER_FILL, PERCENT_FMT, REPORT_SHEET_KEYS, type ReportSheetOptions } from "./options";

const AS_OF_CELL = "$B$2";
const GROUP_HEADERS = ["Запланировано", "Выполнено", "В работе", "Просрочено", "Срок не наступил", "% выполнения"];

const same = (g: ExecutionGroup, c: Omit<ExecutionGroup, "doneShare" | "name">) =>
  g.total === c.total && g.done === c.done && g.inProgress === c.inProgress && g.overdue === c.overdue;

/** One group row: live COUNTIFS when the sheets are known and the formulas count what the engine counts, else values. */
function groupRow(r: DistrictReport, g: ExecutionGroup, by: Match["by"], row: number, opts: ReportSheetOptions): Cell[] {
  const m: Match = { by, text: g.name };
  const sources = opts.activitySources ?? [];
  const f = groupFormulas(m, sources, opts.activityColumns ?? DEFAULT_ACTIVITY_COLUMNS, AS_OF_CELL);
  const share = formula(`IF(B${row}=0,"",C${row}/B${row})`, g.doneShare ?? "");
  const planned = formula(`B${row}-C${row}-D${row}-E${row}`, g.planned);
  if (f && sources.length === r.roadmaps.length && same(g, replayCounts(r, m, sources))) {
    return [g.name, formula(f.total, g.total), formula(f.done, g.done), formula(f.inProgress, g.inProgress), formula(f.overdue, g.overdue), planned, share];
  }
  return [g.name, g.total, g.done, g.inProgress, g.overdue, planned, share];
}

interface Placed { block: BlockPlan; formats: Format[]; first: number; last: number; next: number }

function groupTable(r: DistrictReport, title: string, first: string, groups: readonly ExecutionGroup[], by: Match["by"], at: number, opts: ReportSheetOptions): Placed {
  const firstRow = at + 2;
  const rows = groups.map((g, i) => groupRow(r, g, by, firstRow + i, opts));
  const last = firstRow + Math.max(rows.length, 1) - 1;
  return {
    block: { at: `A${at}`, rows: [[title], [first, ...GROUP_HEADERS], ...rows] },
    formats: [
      { range: `A${at}`, bold: true, fontSize: 12 },
      { range: `A${at + 1}:G${at + 1}`, bold: true, fill: HEADER_FILL, wrap: true, border: true },
      { range: `A${firstRow}:G${last}`, border: true, vertical: "top" },
      { range: `A${firstRow}:A${last}`, wrap: true },
      { range: `G${firstRow}:G${last}`, numFmt: PERCENT_FMT },
    ],
    first: firstRow, last, next: last + 3,
  };
}

function activityLink(a: ActivityRef, opts: ReportSheetOptions): Cell {
  const src = opts.activitySources?.find((s) => s.roadmapIndex === a.roadmapIndex);
  const cols = opts.activityColumns ?? DEFAULT_ACTIVITY_COLUMNS;
  return src ? link(keyRef(src.sheetKey, `${cols.text}${src.firstRow + a.index}`), a.text) : a.text;
}

function overdueTable(r: DistrictReport, at: number, opts: ReportSheetOptions): Placed {
  const rows: Cell[][] = r.execution.overdueByParty.flatMap((g) =>
    g.activities.map((a) => [g.party, a.number, activityLink(a, opts), a.end ? date(a.end) : "", a.school ?? a.roadmap]),
  );
  const body = rows.length ? rows : [["Просроченных мероприятий нет"]];
  const last = at + 1 + body.length;
  return {
    block: { at: `A${at}`, rows: [["Просроченные мероприятия по ответственным"], ["Ответственный", "№", "Мероприятие", "Срок", "Дорожная карта"], ...body] },
    formats: [
      { range: `A${at}`, bold: true, fontSize: 12 },
      { range: `A${at + 1}:E${at + 1}`, bold: true, fill: HEADER_FILL, border: true },
      { range: `A${at + 2}:E${last}`, border: true, wrap: true, vertical: "top" },
      { range: `D${at + 2}:D${last}`, numFmt: "dd.mm.yyyy", fontColor: rows.length ? FLAG_FONT : undefined },
    ],
    first: at + 2, last, next: last + 3,
  };
}

function sharedTable(r: DistrictReport, at: number): Placed | null {
  const shared = r.execution.shared;
  if (!shared.length) return null;
  const rows: Cell[][] = shared.map((g) => [g.text, g.roadmapCount, g.counts.done, g.counts.overdue, [...new Set(g.members.map((m) => m.school ?? m.roadmap))].join("; ")]);
  const last = at + 1 + rows.length;
  return {
    block: { at: `A${at}`, rows: [["Одинаковые мероприятия в дорожных картах школ"], ["Мероприятие", "Дорожных карт", "Выполнено", "Просрочено", "Школы"], ...rows] },
    formats: [{ range: `A${at}`, bold: true, fontSize: 12 }, { range: `A${at + 1}:E${at + 1}`, bold: true, fill: HEADER_FILL, border: true }, { range: `A${at + 2}:E${last}`, border: true, wrap: true, vertical: "top" }],
    first: at + 2, last, next: last + 3,
  };
}

function sectionChart(sec: Placed, at: number): ChartPlan {
  const s = (c: string, name: string) => ({ name, values: `$${c}$${sec.first}:$${c}$${sec.last}` });
  return {
    type: "clusteredBar", title: "Исполнение по разделам", categories: `$A$${sec.first}:$A$${sec.last}`,
    series: [s("C", "Выполнено"), s("D", "В работе"), s("E", "Просрочено"), s("F", "Срок не наступил")],
    at: `I${at}`, widthCols: 8, heightRows: 18,
  };
}

/** «Исполнение дорожной карты»: per section and per party, the overdue list, shared activities, a chart by section. */
export function buildExecutionSheet(r: DistrictReport, opts: ReportSheetOptions = {}): SheetPlan {
  const sec = groupTable(r, "По разделам", "Раздел", r.execution.bySection, "section", 4, opts);
  const party = groupTable(r, "По ответственным", "Ответственный", r.execution.byParty, "party", sec.next, opts);
  const overdue = overdueTable(r, party.next, opts);
  const shared = sharedTable(r, overdue.next);
  const parts = [sec, party, overdue, ...(shared ? [shared] : [])];
  const overdueCf = [sec, party].map((p) => ({ range: `E${p.first}:E${p.last}`, formula: `AND(ISNUMBER(E${p.first}),E${p.first}>0)`, fill: FLAG_FILL, fontColor: FLAG_FONT, priority: 1 }));
  return {
    key: REPORT_SHEET_KEYS.execution,
    name: "Исполнение дорожной карты",
    tabColor: "#2F5597",
    columnWidths: [50, 14, 12, 12, 13, 14, 13],
    blocks: [{ at: "A1", rows: [[`Исполнение дорожной карты: ${r.district}`], ["Дата контроля:", date(r.asOf)]] }, ...parts.map((p) => p.block)],
    formats: [{ range: "A1", bold: true, fontSize: 14 }, { range: "B2", numFmt: "dd.mm.yyyy", bold: true, fill: "#FFF2CC" }, ...parts.flatMap((p) => p.formats)],
    conditionalFormats: overdueCf,
    charts: r.execution.bySection.length ? [sectionChart(sec, 4)] : [],
    print: { orientation: "landscape", fitToWidth: true, footer: `Исполнение на ${formatDateRu(r.asOf)}` },
  };
}
