import type { SchoolTaskFigures, TaskAnalysis, TaskFigures } from "../../tasks";
import { analysisLabel, sampleCaveat } from "../../tasks/words";
import type { BlockPlan, Cell, ChartPlan, Format, SheetPlan } from "../../workbook";
import { HEADER_FILL, TASK_SHEET_KEYS } from "./keys";

/** Charts beyond this many are left out (the figures stay); a district has dozens of schools, Excel slows past this. */
export const MAX_SCORE_CHARTS = 120;
const CHART_ROWS = 15;

/** «12 → «4»» on the category of a mark's lowest score, the score alone elsewhere. */
export function scoreLabel(score: string, f: TaskFigures): string {
  const marks = (Object.entries(f.boundaries) as [string, number | undefined][])
    .filter(([, b]) => b !== undefined && String(b) === score)
    .map(([m]) => `«${m}»`);
  return marks.length ? `${score} → ${marks.join(", ")}` : score;
}

function summary(f: TaskFigures): Cell[][] {
  const b = f.boundaries;
  const gaps = f.markGaps.lowered2 + f.markGaps.raised2;
  return [
    ["Граница", "Баллов"],
    ["«3» от", b["3"] ?? "—"],
    ["«4» от", b["4"] ?? "—"],
    ["«5» от", b["5"] ?? "—"],
    ["Пик на границе", f.peaks.length ? `да: ${f.peaks.join(", ")}` : f.sample === "small" ? "не оценивается" : "нет"],
    ["Отметка ниже журнальной на 2+", f.markGaps.lowered2],
    ["Отметка выше журнальной на 2+", f.markGaps.raised2],
    ["Доля расхождений на 2+", f.marks.withJournal ? gaps / f.marks.withJournal : "—"],
  ];
}

/**
 * «Распределение баллов»: per assessment, the district and each school — pupils per primary score as a column
 * chart whose category labels mark the boundaries («7 → «4»»), and beside it the boundaries, the peak and the
 * pupils whose ВПР and journal marks differ by two or more.
 */
export function buildScoresSheet(analyses: readonly TaskAnalysis[]): SheetPlan {
  const blocks: BlockPlan[] = [
    {
      at: "A1",
      rows: [["Распределение первичных баллов (границы отметок — по самой выгрузке: наименьший балл с этой отметкой)"]],
    },
  ];
  const formats: Format[] = [{ range: "A1", bold: true, fontSize: 13 }];
  const charts: ChartPlan[] = [];
  let row = 3;
  let left = 0;
  for (const a of analyses) {
    blocks.push({ at: `A${row}`, rows: [[analysisLabel(a)]] });
    formats.push({ range: `A${row}`, bold: true, fontSize: 12 });
    row += 2;
    const entries: [string, TaskFigures | SchoolTaskFigures][] = [
      ["Район (все школы)", a.district],
      ...a.schools.map((s) => [s.school, s] as [string, SchoolTaskFigures]),
    ];
    for (const [name, f] of entries) {
      const hist = Object.entries(f.scoreHistogram);
      const caveat = sampleCaveat(f);
      blocks.push({ at: `A${row}`, rows: [[`${name} — ${f.participants} уч.${caveat ? `; ${caveat}` : ""}`]] });
      formats.push({ range: `A${row}`, bold: true });
      const head = row + 1;
      const first = head + 1;
      const last = first + hist.length - 1;
      blocks.push({
        at: `A${head}`,
        rows: [["Балл", "Участников"], ...hist.map(([score, pupils]): Cell[] => [scoreLabel(score, f), pupils])],
      });
      blocks.push({ at: `L${head}`, rows: summary(f) });
      formats.push(
        { range: `A${head}:B${head}`, bold: true, fill: HEADER_FILL, border: true },
        { range: `A${first}:B${last}`, border: true },
        { range: `L${head}:M${head}`, bold: true, fill: HEADER_FILL, border: true },
        { range: `L${head + 1}:M${head + 7}`, border: true },
        { range: `M${head + 7}`, numFmt: "0.0%" },
      );
      if (f.peaks.length) formats.push({ range: `M${head + 4}`, fill: "#F8CBAD", bold: true });
      if (charts.length < MAX_SCORE_CHARTS && f.participants > 0) {
        charts.push({
          type: "clusteredColumn",
          title: `${name}: участников по первичному баллу`,
          categories: `$A$${first}:$A$${last}`,
          series: [{ name: "Участников", values: `$B$${first}:$B$${last}` }],
          at: `D${head}`,
          widthCols: 7,
          heightRows: CHART_ROWS,
        });
      } else if (f.participants > 0) left++;
      row = Math.max(last, head + CHART_ROWS) + 3;
    }
  }
  if (left)
    blocks.push({
      at: `A${row}`,
      rows: [[`Диаграммы не построены ещё для ${left} школ (слишком много для одного листа); данные приведены выше.`]],
    });
  if (analyses.length === 0) blocks.push({ at: "A3", rows: [["Нет выгрузок с первичными баллами участников."]] });
  return {
    key: TASK_SHEET_KEYS.distribution,
    name: "Распределение баллов",
    columnWidths: [16, 12, 2, 10, 10, 10, 10, 10, 10, 10, 2, 32, 14],
    blocks,
    formats,
    charts,
    print: { orientation: "landscape", fitToWidth: true },
  };
}
