import type { DistrictReport } from "../../report";
import { formatDateRu } from "../../util";
import { type BlockPlan, type Cell, type ChartPlan, type Format, type SheetPlan, formula, keyRef } from "../../workbook";
import { HEADER_FILL, PERCENT_FMT, REPORT_SHEET_KEYS, SECTION_FILL, type ReportSheetOptions } from "./options";
import { RESULT_COLS, type ResultBlock } from "./summary-results";
import { summaryResultBlocks } from "./summary-sheet";

/** A few charts, not one per assessment: a page holds four, two pages are enough for a briefing. */
export const MAX_CHARTS = 8;
const CHART_COLS = 6;
const CHART_ROWS = 17;
const FIRST_CHART_ROW = 4;

/** The latest year of each ВПР/ОГЭ series (assessment × subject × grade) with marks and two schools or more. */
export function chartedBlocks(r: DistrictReport, blocks: readonly ResultBlock[]): ResultBlock[] {
  const latest = new Map<string, ResultBlock>();
  for (const b of blocks) {
    if (!b.hasMarks || b.schools.length < 2) continue;
    const a = r.assessments[b.assessmentIndex].source;
    const series = [a.assessment, a.subject, a.grade].join("\u0001");
    const seen = latest.get(series);
    if (!seen || (r.assessments[seen.assessmentIndex].source.year ?? "") < (a.year ?? "")) latest.set(series, b);
  }
  return [...latest.values()].slice(0, MAX_CHARTS);
}

/** One data block: a school per row; its two rates and the district's, as formulas over «Свод по району». */
function dataBlock(r: DistrictReport, b: ResultBlock, at: number) {
  const s = (ref: string) => keyRef(REPORT_SHEET_KEYS.summary, ref);
  const d = r.assessments[b.assessmentIndex].source.district;
  const rows: Cell[][] = b.schools.map((school, i) => {
    const src = b.schoolRows[i];
    const f = school.subjects[b.assessmentIndex];
    return [
      formula(s(`B${src}`), school.school), "", "",
      formula(s(`${RESULT_COLS.quality}${src}`), f?.qualityRate ?? ""), formula(s(`$${RESULT_COLS.quality}$${b.districtRow}`), d.qualityRate ?? ""),
      formula(s(`${RESULT_COLS.success}${src}`), f?.successRate ?? ""), formula(s(`$${RESULT_COLS.success}$${b.districtRow}`), d.successRate ?? ""),
    ];
  });
  const first = at + 2;
  const last = first + rows.length - 1;
  return {
    block: { at: `A${at}`, rows: [[r.assessments[b.assessmentIndex].label], ["Школа", "", "", "Качество", "Качество района", "Успеваемость", "Успеваемость района"], ...rows] },
    formats: [{ range: `A${at}`, bold: true }, { range: `A${at + 1}:G${at + 1}`, bold: true, fill: HEADER_FILL, wrap: true }, { range: `D${first}:G${last}`, numFmt: PERCENT_FMT }] as Format[],
    first, last, next: last + 2,
  };
}

function chartAt(i: number): string {
  const row = FIRST_CHART_ROW + Math.floor(i / 2) * (CHART_ROWS + 1);
  return `${i % 2 ? "G" : "A"}${row}`;
}

/**
 * «Диаграммы»: качество and успеваемость by school against the district line for the main assessments,
 * two charts a row; their data below the grid, as formulas over the summary (a chart reads its own sheet).
 */
export function buildChartsSheet(r: DistrictReport, opts: ReportSheetOptions = {}): SheetPlan | null {
  const chosen = chartedBlocks(r, summaryResultBlocks(r, opts));
  if (!chosen.length) return null;
  let at = FIRST_CHART_ROW + Math.ceil(chosen.length / 2) * (CHART_ROWS + 1) + 1;
  const heading = at;
  at += 2;
  const blocks: BlockPlan[] = [];
  const formats: Format[] = [];
  const charts: ChartPlan[] = chosen.map((b, i) => {
    const data = dataBlock(r, b, at);
    blocks.push(data.block);
    formats.push(...data.formats);
    at = data.next;
    const rng = (c: string) => `$${c}$${data.first}:$${c}$${data.last}`;
    return {
      type: "clusteredColumn", title: r.assessments[b.assessmentIndex].label, categories: rng("A"), percentAxis: true,
      series: [
        { name: "Качество знаний", values: rng("D") }, { name: "Успеваемость", values: rng("F") },
        { name: "Качество, район", values: rng("E"), asLine: true }, { name: "Успеваемость, район", values: rng("G"), asLine: true },
      ],
      at: chartAt(i), widthCols: CHART_COLS, heightRows: CHART_ROWS,
    };
  });
  return {
    key: REPORT_SHEET_KEYS.charts,
    name: "Диаграммы",
    tabColor: "#BF8F00",
    columnWidths: Array.from({ length: 12 }, () => 11),
    blocks: [
      { at: "A1", rows: [[`Качество знаний и успеваемость по школам: ${r.district}`], [`Столбцы — школы, линии — среднее по району. По состоянию на ${formatDateRu(r.asOf)}.`]] },
      { at: `A${heading}`, rows: [["Данные для диаграмм (формулы по листу «Свод по району»)"]] },
      ...blocks,
    ],
    merges: ["A1:L1", "A2:L2"],
    formats: [{ range: "A1", bold: true, fontSize: 14 }, { range: "A2", italic: true }, { range: `A${heading}:L${heading}`, bold: true, fill: SECTION_FILL }, ...formats],
    charts,
    print: { orientation: "landscape", fitToWidth: true, footer: `${r.district} · диаграммы на ${formatDateRu(r.asOf)}` },
  };
}
