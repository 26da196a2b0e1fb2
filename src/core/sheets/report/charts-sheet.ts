import type { DistrictReport } from "../../report";
import { formatDateRu } from "../../util";
import { type BlockPlan, type Cell, type ChartPlan, type Format, type SheetPlan, columnLetter, formula, keyRef } from "../../workbook";
import { HEADER_FILL, PERCENT_FMT, REPORT_SHEET_KEYS, SECTION_FILL, type ReportSheetOptions } from "./options";
import { RESULT_COLS, type ResultBlock } from "./summary-results";
import { summaryResultBlocks } from "./summary-sheet";
import { spanRows } from "./row-span";

const WIDTHS = Array.from({ length: 12 }, () => 13.5);
const DATA_HEADERS = ["Школа", "", "Качество", "Качество (район)", "Успеваемость", "Успеваемость (район)"];

/** «МКОУ «Озёрная СОШ»» → «Озёрная СОШ»: chart labels without the legal form, so they fit under a column. */
export function shortSchoolName(name: string): string {
  const short = name
    .replace(/^\s*(?:[МГ][БКАО]?[ОУ]{0,2}У|МОУ|ЧОУ|НОУ|ОО)\s+/u, "")
    .replace(/^[«"„“]+(.*?)[»"“”]+$/u, "$1")
    .trim();
  return short || name;
}

/** A few charts, not one per assessment: a 2 × 2 grid that fills one landscape page. */
export const MAX_CHARTS = 4;
const CHART_COLS = 6;
const CHART_ROWS = 15;
const FIRST_CHART_ROW = 4;

/**
 * One chart per procedure and subject (ОГЭ математика, ВПР русский язык…): its latest year, and of that
 * year the grade with most participants; only assessments with marks and two schools or more; the
 * largest first when there are more than fit.
 */
export function chartedBlocks(r: DistrictReport, blocks: readonly ResultBlock[]): ResultBlock[] {
  const best = new Map<string, ResultBlock>();
  const src = (b: ResultBlock) => r.assessments[b.assessmentIndex].source;
  const better = (x: ResultBlock, y: ResultBlock) =>
    (src(x).year ?? "") > (src(y).year ?? "") || ((src(x).year ?? "") === (src(y).year ?? "") && src(x).district.participants > src(y).district.participants);
  for (const b of blocks) {
    if (!b.hasMarks || b.schools.length < 2) continue;
    const key = [src(b).assessment, src(b).subject].join("\u0001");
    const seen = best.get(key);
    if (!seen || better(b, seen)) best.set(key, b);
  }
  const chosen = [...best.values()];
  if (chosen.length <= MAX_CHARTS) return chosen;
  const largest = new Set([...chosen].sort((x, y) => src(y).district.participants - src(x).district.participants).slice(0, MAX_CHARTS));
  return chosen.filter((b) => largest.has(b));
}

/** One data block at column `c0` (0 or 6): a school per row; its two rates and the district's, as formulas over «Свод по району». */
function dataBlock(r: DistrictReport, b: ResultBlock, at: number, c0: number) {
  const s = (ref: string) => keyRef(REPORT_SHEET_KEYS.summary, ref);
  const col = (j: number) => columnLetter(c0 + j);
  const d = r.assessments[b.assessmentIndex].source.district;
  const rows: Cell[][] = b.schools.map((school, i) => {
    const src = b.schoolRows[i];
    const f = school.subjects[b.assessmentIndex];
    return [
      shortSchoolName(school.school), "",
      formula(s(`${RESULT_COLS.quality}${src}`), f?.qualityRate ?? ""), formula(s(`$${RESULT_COLS.quality}$${b.districtRow}`), d.qualityRate ?? ""),
      formula(s(`${RESULT_COLS.success}${src}`), f?.successRate ?? ""), formula(s(`$${RESULT_COLS.success}$${b.districtRow}`), d.successRate ?? ""),
    ];
  });
  const header = spanRows([DATA_HEADERS], WIDTHS, at + 1, { bold: true, across: { 0: 1 }, firstCol: c0 });
  const first = header.last + 1;
  const last = first + rows.length - 1;
  return {
    block: { at: `${col(0)}${at}`, rows: [[r.assessments[b.assessmentIndex].label], ...header.rows, ...rows] },
    formats: [
      { range: `${col(0)}${at}`, bold: true },
      { range: `${col(0)}${at + 1}:${col(5)}${header.last}`, bold: true, fill: HEADER_FILL, wrap: true, horizontal: "center", vertical: "center", border: true },
      { range: `${col(0)}${first}:${col(5)}${last}`, border: true },
      { range: `${col(2)}${first}:${col(5)}${last}`, numFmt: PERCENT_FMT },
    ] as Format[],
    merges: [...header.merges, ...rows.map((_, i) => `${col(0)}${first + i}:${col(1)}${first + i}`)],
    heights: header.heights,
    first, last, next: last + 2, rng: (j: number) => `$${col(j)}$${first}:$${col(j)}$${last}`,
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
  const merges: string[] = [];
  const heights: { row: number; height: number }[] = [];
  let pairEnd = at;
  const charts: ChartPlan[] = chosen.map((b, i) => {
    // Two data blocks side by side, like the charts above them.
    const data = dataBlock(r, b, at, i % 2 ? 6 : 0);
    blocks.push(data.block);
    formats.push(...data.formats);
    merges.push(...data.merges);
    heights.push(...data.heights.filter((h) => !heights.some((x) => x.row === h.row && x.height >= h.height)));
    pairEnd = Math.max(pairEnd, data.next);
    if (i % 2) at = pairEnd;
    const rng = data.rng;
    return {
      type: "clusteredColumn", title: r.assessments[b.assessmentIndex].label, categories: rng(0), percentAxis: true,
      series: [
        { name: "Качество знаний", values: rng(2) }, { name: "Успеваемость", values: rng(4) },
        { name: "Качество, район", values: rng(3), asLine: true }, { name: "Успеваемость, район", values: rng(5), asLine: true },
      ],
      at: chartAt(i), widthCols: CHART_COLS, heightRows: CHART_ROWS,
    };
  });
  return {
    key: REPORT_SHEET_KEYS.charts,
    name: "Диаграммы",
    tabColor: "#BF8F00",
    columnWidths: WIDTHS,
    blocks: [
      { at: "A1", rows: [[`Качество знаний и успеваемость по школам: ${r.district}`], [`Столбцы — школы, линии — среднее по району. По состоянию на ${formatDateRu(r.asOf)}.`]] },
      { at: `A${heading}`, rows: [["Данные для диаграмм (формулы по листу «Свод по району»)"]] },
      ...blocks,
    ],
    merges: ["A1:L1", "A2:L2", `A${heading}:L${heading}`, ...merges],
    rowHeights: heights,
    formats: [{ range: "A1", bold: true, fontSize: 14 }, { range: "A2", italic: true }, { range: `A${heading}:L${heading}`, bold: true, fill: SECTION_FILL }, ...formats],
    charts,
    print: { orientation: "landscape", fitToWidth: true, titleRows: "1:2", footer: `${r.district} · диаграммы на ${formatDateRu(r.asOf)} · стр. {{page}} из {{pages}}` },
  };
}
