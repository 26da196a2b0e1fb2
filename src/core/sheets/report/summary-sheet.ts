import type { DistrictReport, SchoolReport } from "../../report";
import { periodText } from "../../report";
import { formatDateRu } from "../../util";
import { type Cell, type ConditionalFormat, type Format, type SheetPlan, formula, keyRef, link } from "../../workbook";
import {
  FLAG_FILL, FLAG_FONT, HEADER_FILL, PERCENT_FMT, REPORT_SHEET_KEYS, SECTION_FILL, SUMMARY, SUMMARY_WIDTHS, ZEBRA_FILL,
  type ReportSheetOptions,
} from "./options";
import { resultBlocks } from "./summary-results";
import { schoolReasonLines } from "./summary-reasons";
import { spanRows } from "./row-span";

const HEADERS = [
  "№", "Школа", "Признаки риска (процедура: причина; п.п. — отклонение от района)", "Процедур с признаками риска", "Целевые показатели: достигнуто",
  "Мероприятий в плане", "Выполнено", "Выполнено, %", "Просрочено", "Результаты", "Дорожная карта",
];

function targetsText(rows: number, achieved: number): string {
  return rows ? `${achieved} из ${rows}` : "";
}

/** Execution figures of a row: planned, done, % done as a formula over them, overdue. */
function executionCells(row: number, ex: SchoolReport["execution"]): Cell[] {
  if (!ex) return ["", "", "", ""];
  return [ex.total, ex.done, formula(`IF(F${row}=0,"",G${row}/F${row})`, ex.doneShare ?? ""), ex.overdue];
}

/** Link to the school's own «Мероприятия» rows (its roadmap), when the workbook has them. */
function roadmapLink(s: SchoolReport, opts: ReportSheetOptions): Cell {
  const src = opts.activitySources?.find((x) => (s.roadmapIndexes ?? []).includes(x.roadmapIndex));
  return src ? link(keyRef(src.sheetKey, `A${src.firstRow}`), "Мероприятия") : "";
}

function schoolRow(r: DistrictReport, s: SchoolReport, i: number, row: number, opts: ReportSheetOptions): Cell[] {
  const flagged = s.subjects.filter((x) => x && x.flags.length > 0).length;
  const srcRow = s.subjects.find((x) => x?.sourceRow !== undefined)?.sourceRow;
  const results = opts.indicatorsSheetKey && srcRow !== undefined ? link(keyRef(opts.indicatorsSheetKey, `A${srcRow}`), "Показатели") : "";
  return [
    i + 1, s.school, schoolReasonLines(r, s), flagged || "", targetsText(s.targets.rows.length, s.targets.achieved),
    ...executionCells(row, s.execution), results, roadmapLink(s, opts),
  ];
}

function districtRow(r: DistrictReport, row: number, opts: ReportSheetOptions): Cell[] {
  const t = r.districtTargets;
  const c = r.schoolCounts;
  const srcRow = r.assessments.find((a) => a.source.district.sourceRow !== undefined)?.source.district.sourceRow;
  const results = opts.indicatorsSheetKey && srcRow !== undefined ? link(keyRef(opts.indicatorsSheetKey, `A${srcRow}`), "Показатели") : "";
  // The same counts the note states (report.schoolCounts): one figure per fact.
  const summary = c.withResults
    ? [`Школ с признаками риска: ${c.risk.length} из ${c.withResults}`, ...(c.objectivity.length ? [`с признаками необъективности: ${c.objectivity.length}`] : [])].join("\n")
    : "";
  return [
    "", "Район (в целом)", summary, "", targetsText(t.rows.length, t.achieved),
    ...executionCells(row, r.execution.total.total ? r.execution.total : null),
    results, r.execution.total.total ? link(keyRef(REPORT_SHEET_KEYS.execution, "A1"), "Исполнение") : "",
  ];
}

function titleText(r: DistrictReport): [string, string] {
  const period = r.period ? `Период программы: ${periodText(r.period)}. ` : "";
  return [`Свод по району: ${r.district}`, `${period}По состоянию на ${formatDateRu(r.asOf)}.`];
}

function partOneFormats(d: number, first: number, last: number): { formats: Format[]; cf: ConditionalFormat[] } {
  const { headingRow, headerRow } = SUMMARY;
  const formats: Format[] = [
    { range: "A1", bold: true, fontSize: 14 }, { range: "A2", italic: true },
    { range: `A${headingRow}:K${headingRow}`, bold: true, fontSize: 12, fill: SECTION_FILL },
    { range: `A${headerRow}:K${d - 1}`, bold: true, fontSize: 10, fill: HEADER_FILL, wrap: true, horizontal: "center", vertical: "center", border: true },
    { range: `A${d}:K${d}`, bold: true, fill: ZEBRA_FILL },
    { range: `A${d}:K${last}`, border: true, vertical: "top" },
    { range: `B${d}:C${last}`, wrap: true },
    { range: `D${d}:I${last}`, horizontal: "center" },
    { range: `A${d}:A${last}`, horizontal: "center" },
    { range: `H${d}:H${last}`, numFmt: PERCENT_FMT },
  ];
  const cf: ConditionalFormat[] = [
    { range: `B${first}:C${last}`, formula: `$C${first}<>""`, fill: FLAG_FILL, fontColor: FLAG_FONT, priority: 1 },
    { range: `I${first}:I${last}`, formula: `AND(ISNUMBER(I${first}),I${first}>0)`, fill: FLAG_FILL, fontColor: FLAG_FONT, bold: true, priority: 3 },
  ];
  return { formats, cf };
}

/**
 * «Свод по району», what the head of the authority reads: part 1 — a row per school (flagged first) with
 * its risk reasons, targets and roadmap execution; part 2 — a compact block per assessment (district,
 * reference rows, schools with deviations). One 11-column grid, so A4 landscape prints at a readable scale.
 */
export function buildSummarySheet(r: DistrictReport, opts: ReportSheetOptions = {}): SheetPlan {
  const one = partOne(r, opts);
  const fm = partOneFormats(one.districtRow, one.firstSchoolRow, one.last);
  const partTwoAt = one.last + 3;
  const two = resultBlocks(r, partTwoAt + 1, opts);
  const [title, subtitle] = titleText(r);
  const heading2: Cell[][] = r.assessments.length ? [["2. Результаты оценочных процедур по школам (отклонение — от среднего по району)"]] : [];
  return {
    key: REPORT_SHEET_KEYS.summary,
    name: "Свод по району",
    tabColor: "#C00000",
    columnWidths: SUMMARY_WIDTHS,
    freeze: { rows: 2, columns: 0 },
    blocks: [
      { at: "A1", rows: [[title], [subtitle]] },
      { at: `A${SUMMARY.headingRow}`, rows: [["1. Школы: признаки риска, целевые показатели, исполнение дорожной карты"]] },
      { at: `A${SUMMARY.headerRow}`, rows: one.rows },
      ...(heading2.length ? [{ at: `A${partTwoAt}`, rows: heading2 }] : []),
      ...two.blocks,
    ],
    merges: ["A1:K1", "A2:K2", `A${SUMMARY.headingRow}:K${SUMMARY.headingRow}`, ...one.merges, ...(heading2.length ? [`A${partTwoAt}:K${partTwoAt}`] : []), ...two.merges],
    rowHeights: [...one.heights, ...two.heights],
    formats: [...fm.formats, ...(heading2.length ? [{ range: `A${partTwoAt}:K${partTwoAt}`, bold: true, fontSize: 12, fill: SECTION_FILL }] : []), ...two.formats],
    conditionalFormats: [...fm.cf, ...two.cf],
    print: { orientation: "landscape", fitToWidth: true, titleRows: "1:2", footer: `${r.district} · свод на ${formatDateRu(r.asOf)} · стр. {{page}} из {{pages}}` },
  };
}

/** Part 1 laid out from the header row: header, district, schools (each spanning the rows its text needs). */
function partOne(r: DistrictReport, opts: ReportSheetOptions) {
  const header = spanRows([HEADERS], SUMMARY_WIDTHS, SUMMARY.headerRow, { bold: true });
  const d = header.last + 1;
  const cellsAt = (rows: readonly number[]) => [districtRow(r, d, opts), ...r.schools.map((s, i) => schoolRow(r, s, i, rows[i] ?? 0, opts))];
  const starts = spanRows(cellsAt([]), SUMMARY_WIDTHS, d).starts.slice(1);
  const body = spanRows(cellsAt(starts), SUMMARY_WIDTHS, d);
  return {
    rows: [...header.rows, ...body.rows], merges: [...header.merges, ...body.merges], heights: [...header.heights, ...body.heights],
    districtRow: d, firstSchoolRow: starts[0] ?? d + 1, last: Math.max(body.last, d + 1),
  };
}

/** Where part 2's blocks sit (the charts sheet reads them). */
export function summaryResultBlocks(r: DistrictReport, opts: ReportSheetOptions = {}) {
  return resultBlocks(r, partOne(r, opts).last + 4, opts).results;
}
