import type { DistrictReport } from "../../report";
import { assessmentShortLabel } from "../../report";
import { type BlockPlan, type Cell, type ChartPlan, type Format, columnLetter, formula } from "../../workbook";
import { HEADER_FILL, PERCENT_FMT, SUMMARY } from "./options";

const col = (i: number) => columnLetter(i);

/**
 * Chart data below the table: per assessment, качество and успеваемость of each school next to the district
 * figure repeated per row (the «district line» series). Every cell is a formula over the table above,
 * so the charts follow edits; columns stay visible because Excel does not plot hidden cells.
 */
export function summaryCharts(r: DistrictReport, lastTableRow: number): { blocks: BlockPlan[]; formats: Format[]; charts: ChartPlan[] } {
  const n = r.schools.length;
  if (!n || !r.assessments.length) return { blocks: [], formats: [], charts: [] };
  const titleRow = lastTableRow + 3;
  const headRow = titleRow + 1;
  const first = headRow + 1;
  const last = headRow + n;
  const header: Cell[] = ["Школа", ...r.assessments.flatMap((a) => {
    const l = assessmentShortLabel(a.source);
    return [`Качество, ${l}`, "Качество района", `Успеваемость, ${l}`, "Успеваемость района"];
  })];
  const rows: Cell[][] = r.schools.map((s, i) => {
    const src = SUMMARY.firstSchoolRow + i;
    return [formula(`B${src}`, s.school), ...r.assessments.flatMap((a, k) => {
      const q = col(SUMMARY.firstSubjectCol + SUMMARY.perSubject * k + 3);
      const u = col(SUMMARY.firstSubjectCol + SUMMARY.perSubject * k + 1);
      const sub = s.subjects[k];
      const d = a.source.district;
      return [
        formula(`${q}${src}`, sub?.qualityRate ?? ""), formula(`${q}$${SUMMARY.districtRow}`, d.qualityRate ?? ""),
        formula(`${u}${src}`, sub?.successRate ?? ""), formula(`${u}$${SUMMARY.districtRow}`, d.successRate ?? ""),
      ];
    })];
  });
  const lastCol = 1 + 4 * r.assessments.length;
  const chartRow = last + 3;
  const charts: ChartPlan[] = r.assessments.flatMap((a, k) => {
    const c = (j: number) => col(2 + 4 * k + j);
    const label = assessmentShortLabel(a.source);
    const chart = (j: number, what: string, i: number): ChartPlan => ({
      type: "clusteredColumn", title: `${what}: ${label}`, categories: `$B$${first}:$B$${last}`, percentAxis: true,
      series: [
        { name: what, values: `$${c(j)}$${first}:$${c(j)}$${last}` },
        { name: "Среднее по району", values: `$${c(j + 1)}$${first}:$${c(j + 1)}$${last}`, asLine: true },
      ],
      at: `B${chartRow + (2 * k + i) * 20}`, widthCols: 2, heightRows: 18,
    });
    return [chart(0, "Качество знаний", 0), chart(2, "Успеваемость", 1)];
  });
  return {
    blocks: [{ at: `B${titleRow}`, rows: [["Данные для диаграмм"], header, ...rows] }],
    formats: [
      { range: `B${titleRow}`, bold: true },
      { range: `B${headRow}:${col(lastCol)}${headRow}`, bold: true, fill: HEADER_FILL, wrap: true },
      { range: `C${first}:${col(lastCol)}${last}`, numFmt: PERCENT_FMT },
    ],
    charts,
  };
}
