import type { DistrictReport, SchoolReport, SubjectFigures } from "../../report";
import { assessmentShortLabel, periodText } from "../../report";
import { formatDateRu } from "../../util";
import { type Cell, type ConditionalFormat, type Format, type SheetPlan, cellRef, columnLetter, formula, keyRef, link } from "../../workbook";
import { FLAG_FILL, FLAG_FONT, HEADER_FILL, PERCENT_FMT, PP_FMT, REPORT_SHEET_KEYS, SUMMARY, type ReportSheetOptions } from "./options";
import { summaryCharts } from "./summary-charts";

const SUB_HEADERS = ["Участников", "Успеваемость", "Откл., п.п.", "Качество", "Откл., п.п."];

const col = (i: number) => columnLetter(i);
const subjectCol = (k: number, j: number) => SUMMARY.firstSubjectCol + SUMMARY.perSubject * k + j;

/** Deviation as a live formula over the row's and the district's cells, cached with the engine's value. */
function deviation(rateCol: number, row: number, value: number | null): Cell {
  const me = `${col(rateCol)}${row}`;
  const d = `${col(rateCol)}$${SUMMARY.districtRow}`;
  return formula(`IF(OR(${me}="",${d}=""),"",(${me}-${d})*100)`, value ?? "");
}

function subjectCells(s: SubjectFigures | undefined, k: number, row: number): Cell[] {
  if (!s) return ["", "", "", "", ""];
  const rate = (x: number | null): Cell => (x === null ? "" : x);
  return [
    s.participants, rate(s.successRate), deviation(subjectCol(k, 1), row, s.successDeviation),
    rate(s.qualityRate), deviation(subjectCol(k, 3), row, s.qualityDeviation),
  ];
}

function targetsText(s: SchoolReport): string {
  const t = s.targets;
  const total = t.rows.length;
  return total ? `${t.achieved} из ${total}` : "";
}

function sourceLink(s: SchoolReport, opts: ReportSheetOptions): Cell {
  const row = s.subjects.find((x) => x?.sourceRow !== undefined)?.sourceRow;
  return opts.indicatorsSheetKey && row !== undefined ? link(keyRef(opts.indicatorsSheetKey, `A${row}`), "Показатели") : "";
}

function schoolRow(s: SchoolReport, i: number, opts: ReportSheetOptions): Cell[] {
  const row = SUMMARY.firstSchoolRow + i;
  const reasons = s.reasons.map((r) => `${r.assessmentLabel}: ${r.text}`).join("; ");
  const ex = s.execution;
  return [
    i + 1, s.school, reasons,
    ...s.subjects.flatMap((x, k) => subjectCells(x, k, row)),
    targetsText(s), ex?.doneShare ?? "", ex ? ex.overdue : "", sourceLink(s, opts),
  ];
}

function districtRow(r: DistrictReport, opts: ReportSheetOptions): Cell[] {
  const cells = r.assessments.flatMap((a) => {
    const d = a.source.district;
    return [d.participants, d.successRate ?? "", "", d.qualityRate ?? "", ""];
  });
  const t = r.districtTargets;
  const row = r.assessments.find((a) => a.source.district.sourceRow !== undefined)?.source.district.sourceRow;
  const src = opts.indicatorsSheetKey && row !== undefined ? link(keyRef(opts.indicatorsSheetKey, `A${row}`), "Показатели") : "";
  return ["", "Район (в целом)", "", ...cells, t.rows.length ? `${t.achieved} из ${t.rows.length}` : "", r.execution.total.doneShare ?? "", r.execution.total.overdue, src];
}

function titleText(r: DistrictReport): string[] {
  const period = r.period ? `Период программы: ${periodText(r.period)}. ` : "";
  return [`Свод по району: ${r.district}`, `${period}По состоянию на ${formatDateRu(r.asOf)}.`];
}

function layoutFormats(r: DistrictReport, lastCol: number, lastRow: number): { formats: Format[]; cf: ConditionalFormat[] } {
  const { groupRow, headerRow, districtRow: dRow, firstSchoolRow } = SUMMARY;
  const formats: Format[] = [
    { range: "A1", bold: true, fontSize: 14 }, { range: "A2", italic: true },
    { range: `A${groupRow}:${col(lastCol)}${headerRow}`, bold: true, fill: HEADER_FILL, wrap: true, horizontal: "center", vertical: "center", border: true },
    { range: `A${dRow}:${col(lastCol)}${dRow}`, bold: true, fill: "#F2F2F2", border: true },
    { range: `A${firstSchoolRow}:${col(lastCol)}${lastRow}`, border: true, vertical: "top" },
    { range: `C${dRow}:C${lastRow}`, wrap: true },
  ];
  const cf: ConditionalFormat[] = [];
  const band = r.settings.belowDistrictPp;
  r.assessments.forEach((_, k) => {
    for (const j of [1, 3]) formats.push({ range: `${col(subjectCol(k, j))}${dRow}:${col(subjectCol(k, j))}${lastRow}`, numFmt: PERCENT_FMT });
    for (const j of [2, 4]) {
      const c = col(subjectCol(k, j));
      formats.push({ range: `${c}${dRow}:${c}${lastRow}`, numFmt: PP_FMT });
      cf.push({ range: `${c}${firstSchoolRow}:${c}${lastRow}`, formula: `AND(ISNUMBER(${c}${firstSchoolRow}),${c}${firstSchoolRow}<=-${band})`, fontColor: FLAG_FONT, bold: true, priority: 2 });
    }
  });
  const exCol = col(lastCol - 2);
  const odCol = col(lastCol - 1);
  formats.push({ range: `${exCol}${dRow}:${exCol}${lastRow}`, numFmt: PERCENT_FMT });
  cf.push({ range: `B${firstSchoolRow}:C${lastRow}`, formula: `$C${firstSchoolRow}<>""`, fill: FLAG_FILL, fontColor: FLAG_FONT, priority: 1 });
  cf.push({ range: `${odCol}${firstSchoolRow}:${odCol}${lastRow}`, formula: `AND(ISNUMBER(${odCol}${firstSchoolRow}),${odCol}${firstSchoolRow}>0)`, fill: FLAG_FILL, priority: 3 });
  return { formats, cf };
}

/** «Свод по району»: a row per school (flagged first), the district row above them, charts below. */
export function buildSummarySheet(r: DistrictReport, opts: ReportSheetOptions = {}): SheetPlan {
  const n = r.assessments.length;
  const lastCol = SUMMARY.firstSubjectCol + SUMMARY.perSubject * n + 3;
  const lastRow = SUMMARY.firstSchoolRow + Math.max(r.schools.length, 1) - 1;
  const group: Cell[] = ["", "", "", ...r.assessments.flatMap((a) => [assessmentShortLabel(a.source), "", "", "", ""]), "Дорожная карта", "", "", ""];
  const header: Cell[] = ["№", "Школа", "Признаки риска", ...r.assessments.flatMap(() => SUB_HEADERS), "Целевые показатели (достигнуто)", "Выполнено, %", "Просрочено", "Источник"];
  const merges = r.assessments.map((_, k) => `${col(subjectCol(k, 0))}${SUMMARY.groupRow}:${col(subjectCol(k, 4))}${SUMMARY.groupRow}`);
  const { formats, cf } = layoutFormats(r, lastCol, lastRow);
  const charts = summaryCharts(r, lastRow);
  const [title, subtitle] = titleText(r);
  return {
    key: REPORT_SHEET_KEYS.summary,
    name: "Свод по району",
    tabColor: "#C00000",
    columnWidths: [5, 34, 48, ...r.assessments.flatMap(() => [11, 13, 10, 11, 10]), 14, 12, 11, 12],
    freeze: { rows: SUMMARY.headerRow, columns: 2 },
    blocks: [
      { at: "A1", rows: [[title], [subtitle]] },
      { at: `A${SUMMARY.groupRow}`, rows: [group, header, districtRow(r, opts), ...r.schools.map((s, i) => schoolRow(s, i, opts))] },
      ...charts.blocks,
    ],
    merges: [`A1:${cellRef(0, Math.min(lastCol, 12))}`, `A2:${cellRef(1, Math.min(lastCol, 12))}`, ...merges],
    formats: [...formats, ...charts.formats],
    conditionalFormats: cf,
    charts: charts.charts,
    print: { orientation: "landscape", fitToWidth: true, titleRows: `${SUMMARY.groupRow}:${SUMMARY.headerRow}`, footer: `${r.district} · свод на ${formatDateRu(r.asOf)}` },
  };
}

