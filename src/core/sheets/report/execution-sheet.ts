import type { ActivityRef, DistrictReport, ExecutionGroup } from "../../report";
import { formatDateRu } from "../../util";
import { type BlockPlan, type Cell, type ChartPlan, type Format, type SheetPlan, date, formula, keyRef, link } from "../../workbook";
import type { Match } from "./countifs";
import { COUNT_COLUMNS, type ExecutionCountSheet, buildExecutionCounts, sumOfRows } from "./execution-counts";
import { DEFAULT_ACTIVITY_COLUMNS, FLAG_FILL, FLAG_FONT, HEADER_FILL, PERCENT_FMT, REPORT_SHEET_KEYS, SECTION_FILL, type ReportSheetOptions } from "./options";
import { spanRows } from "./row-span";

/** A wide first column (section, party, activity text) and six figure columns: one landscape page wide at ~90 %. */
const WIDTHS = [58, 15, 12, 12, 12.5, 12.5, 12.5];

const GROUP_HEADERS = ["Запланировано", "Выполнено", "В работе", "Просрочено", "Срок не наступил", "% выполнения"];

/** One group row: sums of the live per-roadmap COUNTIFS of «Расчёт исполнения» where it counts the group, else values. */
function groupRow(g: ExecutionGroup, by: Match["by"], row: number, counts: ExecutionCountSheet): Cell[] {
  const share = formula(`IF(B${row}=0,"",C${row}/B${row})`, g.doneShare ?? "");
  const planned = formula(`B${row}-C${row}-D${row}-E${row}`, g.planned);
  const rows = counts.rowsOf(by, g.name);
  if (rows) {
    const sum = (column: string, v: number) => formula(sumOfRows(rows, column), v);
    return [g.name, sum(COUNT_COLUMNS.total, g.total), sum(COUNT_COLUMNS.done, g.done), sum(COUNT_COLUMNS.inProgress, g.inProgress), sum(COUNT_COLUMNS.overdue, g.overdue), planned, share];
  }
  return [g.name, g.total, g.done, g.inProgress, g.overdue, planned, share];
}

interface Placed { block: BlockPlan; formats: Format[]; merges: string[]; heights: { row: number; height: number }[]; first: number; last: number; next: number }

function groupTable(title: string, first: string, groups: readonly ExecutionGroup[], by: Match["by"], at: number, counts: ExecutionCountSheet): Placed {
  const header = spanRows([[first, ...GROUP_HEADERS]], WIDTHS, at + 1, { bold: true });
  const firstRow = header.last + 1;
  const cellsAt = (rows: readonly number[]) => groups.map((g, i) => groupRow(g, by, rows[i] ?? 0, counts));
  const starts = spanRows(cellsAt([]), WIDTHS, firstRow).starts;
  const body = spanRows(cellsAt(starts), WIDTHS, firstRow);
  const last = Math.max(body.last, firstRow);
  return {
    block: { at: `A${at}`, rows: [[title], ...header.rows, ...body.rows] },
    formats: [
      { range: `A${at}`, bold: true, fontSize: 12 },
      { range: `A${at + 1}:G${firstRow - 1}`, bold: true, fill: HEADER_FILL, wrap: true, border: true, horizontal: "center", vertical: "center" },
      { range: `A${firstRow}:G${last}`, border: true, vertical: "top" },
      { range: `A${firstRow}:A${last}`, wrap: true },
      { range: `G${firstRow}:G${last}`, numFmt: PERCENT_FMT },
    ],
    merges: [...header.merges, ...body.merges],
    heights: [...header.heights, ...body.heights],
    first: firstRow, last, next: last + 3,
  };
}

/** The activity's number as a link to its row (link cells do not wrap in every renderer; the text beside it does). */
function activityLink(a: ActivityRef, opts: ReportSheetOptions): Cell {
  const src = opts.activitySources?.find((s) => s.roadmapIndex === a.roadmapIndex);
  const cols = opts.activityColumns ?? DEFAULT_ACTIVITY_COLUMNS;
  const label = a.number || "перейти";
  return src ? link(keyRef(src.sheetKey, `${cols.text}${src.firstRow + a.index}`), label) : label;
}

/** Overdue activities under a band per responsible party: text (linked to its row), №, deadline, roadmap. */
function overdueTable(r: DistrictReport, at: number, opts: ReportSheetOptions): Placed {
  const header = spanRows([["Мероприятие", "№ (ссылка)", "Срок", "Дорожная карта"]], WIDTHS, at + 1, { bold: true, across: { 3: 3 } });
  const rows: Cell[][] = [];
  const merges = [...header.merges];
  const heights = [...header.heights];
  const formats: Format[] = [];
  let row = header.last + 1;
  for (const g of r.execution.overdueByParty) {
    rows.push([`${g.party} — ${g.activities.length}`]);
    merges.push(`A${row}:G${row}`);
    formats.push({ range: `A${row}:G${row}`, bold: true, fill: SECTION_FILL, border: true });
    const body = spanRows(g.activities.map((a) => [a.text, activityLink(a, opts), a.end ? date(a.end) : "", a.school ?? "Район"]), WIDTHS, row + 1, { across: { 3: 3 } });
    rows.push(...body.rows);
    merges.push(...body.merges);
    heights.push(...body.heights);
    formats.push({ range: `A${row + 1}:G${body.last}`, border: true, wrap: true, vertical: "top" }, { range: `C${row + 1}:C${body.last}`, numFmt: "dd.mm.yyyy", fontColor: FLAG_FONT });
    row = body.last + 1;
  }
  if (!rows.length) rows.push(["Просроченных мероприятий нет"]);
  const last = Math.max(row - 1, header.last + 1);
  return {
    block: { at: `A${at}`, rows: [["Просроченные мероприятия по ответственным"], ...header.rows, ...rows] },
    formats: [
      { range: `A${at}`, bold: true, fontSize: 12 },
      { range: `A${at + 1}:G${header.last}`, bold: true, fill: HEADER_FILL, border: true, horizontal: "center" },
      ...formats,
    ],
    merges, heights, first: header.last + 1, last, next: last + 3,
  };
}

function sharedTable(r: DistrictReport, at: number): Placed | null {
  const shared = r.execution.shared;
  if (!shared.length) return null;
  const header = spanRows([["Мероприятие", "Дорожных карт", "Выполнено", "Просрочено", "Школы"]], WIDTHS, at + 1, { bold: true, across: { 4: 2 } });
  const rows: Cell[][] = shared.map((g) => [g.text, g.roadmapCount, g.counts.done, g.counts.overdue, [...new Set(g.members.map((m) => m.school ?? "Район"))].join("; ")]);
  const body = spanRows(rows, WIDTHS, header.last + 1, { across: { 4: 2 } });
  return {
    block: { at: `A${at}`, rows: [["Одинаковые мероприятия в дорожных картах школ"], ...header.rows, ...body.rows] },
    formats: [
      { range: `A${at}`, bold: true, fontSize: 12 },
      { range: `A${at + 1}:G${header.last}`, bold: true, fill: HEADER_FILL, border: true, wrap: true, horizontal: "center", vertical: "center" },
      { range: `A${header.last + 1}:G${body.last}`, border: true, wrap: true, vertical: "top" },
    ],
    merges: [...header.merges, ...body.merges], heights: [...header.heights, ...body.heights], first: header.last + 1, last: body.last, next: body.last + 3,
  };
}

function sectionChart(sec: Placed, at: number): ChartPlan {
  const s = (c: string, name: string) => ({ name, values: `$${c}$${sec.first}:$${c}$${sec.last}` });
  return {
    type: "clusteredBar", title: "Исполнение по разделам", categories: `$A$${sec.first}:$A$${sec.last}`,
    series: [s("C", "Выполнено"), s("D", "В работе"), s("E", "Просрочено"), s("F", "Срок не наступил")],
    at: `A${at}`, widthCols: 4, heightRows: 20,
  };
}

/** «Исполнение дорожной карты»: per section and per party, the overdue list, shared activities, a chart by section. */
export function buildExecutionSheet(r: DistrictReport, opts: ReportSheetOptions = {}): SheetPlan {
  return buildExecutionSheets(r, opts).execution;
}

/** The execution sheet and, when its figures are formulas, the hidden per-roadmap counts it sums. */
export function buildExecutionSheets(r: DistrictReport, opts: ReportSheetOptions = {}): { execution: SheetPlan; counts: SheetPlan | null } {
  const counts = buildExecutionCounts(r, opts);
  return { execution: executionSheet(r, opts, counts), counts: counts.sheet };
}

function executionSheet(r: DistrictReport, opts: ReportSheetOptions, counts: ExecutionCountSheet): SheetPlan {
  const sec = groupTable("По разделам", "Раздел", r.execution.bySection, "section", 4, counts);
  const party = groupTable("По ответственным", "Ответственный", r.execution.byParty, "party", sec.next, counts);
  const overdue = overdueTable(r, party.next, opts);
  const shared = sharedTable(r, overdue.next);
  const parts = [sec, party, overdue, ...(shared ? [shared] : [])];
  const chartAt = parts[parts.length - 1].next;
  const overdueCf = [sec, party].map((p) => ({ range: `E${p.first}:E${p.last}`, formula: `AND(ISNUMBER(E${p.first}),E${p.first}>0)`, fill: FLAG_FILL, fontColor: FLAG_FONT, priority: 1 }));
  return {
    key: REPORT_SHEET_KEYS.execution,
    name: "Исполнение дорожной карты",
    tabColor: "#2F5597",
    columnWidths: WIDTHS,
    blocks: [{ at: "A1", rows: [[`Исполнение дорожной карты: ${r.district}`], ["Дата контроля:", date(r.asOf)]] }, ...parts.map((p) => p.block)],
    merges: ["A1:G1", ...parts.flatMap((p) => p.merges)],
    rowHeights: parts.flatMap((p) => p.heights),
    formats: [{ range: "A1", bold: true, fontSize: 14 }, { range: "B2", numFmt: "dd.mm.yyyy", bold: true, fill: "#FFF2CC", horizontal: "center" }, { range: "A2", horizontal: "right" }, ...parts.flatMap((p) => p.formats)],
    conditionalFormats: overdueCf,
    charts: r.execution.bySection.length ? [sectionChart(sec, chartAt)] : [],
    print: { orientation: "landscape", fitToWidth: true, titleRows: "1:2", footer: `${r.district} · исполнение на ${formatDateRu(r.asOf)} · стр. {{page}} из {{pages}}` },
  };
}
