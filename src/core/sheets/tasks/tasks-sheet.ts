import type { TaskAnalysis, TaskFigures } from "../../tasks";
import { analysisLabel, problemTasksText, sampleCaveat } from "../../tasks/words";
import {
  type BlockPlan,
  type Cell,
  type ConditionalFormat,
  type Format,
  type SheetPlan,
  columnLetter,
} from "../../workbook";
import { AMBER_FILL, HEADER_FILL, RED_FILL, TASK_PERCENT_FMT, TASK_SETTING_NAMES, TASK_SHEET_KEYS } from "./keys";

const N = TASK_SETTING_NAMES;
const NAME_WIDTH = 40;
const PROBLEM_WIDTH = 48;
const CAVEAT_WIDTH = 36;

/**
 * «Задания»: per assessment a task × school matrix (schools, then the district and the region), mastery as
 * percentages, the level and the maximum score in the header band. Colours come from conditional formats over the
 * named thresholds on «Настройки»: red below the threshold less the grey zone, amber within the grey zone.
 */
export function buildTasksSheet(analyses: readonly TaskAnalysis[]): SheetPlan {
  const blocks: BlockPlan[] = [];
  const formats: Format[] = [];
  const conditionalFormats: ConditionalFormat[] = [];
  const merges: string[] = [];
  const rowHeights: { row: number; height: number }[] = [];
  let row = 1;
  blocks.push({
    at: "A1",
    rows: [
      ["Выполнение заданий: доля набранных баллов от максимума (красным — ниже порога, жёлтым — «на грани»)"],
      ["Пороги по уровням сложности — на листе «Настройки»; проблемные задания перечислены справа."],
    ],
  });
  formats.push({ range: "A1", bold: true, fontSize: 13 }, { range: "A2", italic: true });
  row = 4;
  // Words stay in the same two columns for every assessment: after the widest task list of the sheet.
  const widest = Math.max(0, ...analyses.map((a) => a.tasks.length));
  for (const a of analyses) {
    const n = a.tasks.length;
    const pad: Cell[] = Array.from({ length: widest - n }, () => "");
    const col = (j: number) => columnLetter(2 + j);
    const lastTask = col(n - 1);
    const problemCol = col(widest);
    const caveatCol = col(widest + 1);
    const head = row + 1;
    const levelRow = head + 1;
    const maxRow = head + 2;
    const figureRow = (
      label: string,
      participants: Cell,
      f: TaskFigures | null,
      values: readonly (number | null)[],
    ): Cell[] => [
      label,
      participants,
      ...values.map((v) => (v === null ? "" : v)),
      ...pad,
      f ? problemTasksText(a, f) || "нет" : "",
      f ? sampleCaveat(f) : "",
    ];
    const rows: Cell[][] = [
      [analysisLabel(a)],
      ["Школа", "Участников", ...a.tasks.map((t) => `№ ${t.task}`), ...pad, "Проблемные задания", "Оговорка"],
      ["Уровень сложности", "", ...a.tasks.map((t) => t.level ?? ""), ...pad, "", ""],
      ["Максимальный балл", "", ...a.tasks.map((t) => t.maxScore), ...pad, "", ""],
      ...a.schools.map((s) =>
        figureRow(
          s.school,
          s.participants,
          s,
          a.tasks.map((t) => s.tasks[t.task] ?? null),
        ),
      ),
      figureRow(
        "Район (все школы)",
        a.district.participants,
        a.district,
        a.tasks.map((t) => t.district),
      ),
    ];
    const hasRegion = a.tasks.some((t) => t.region !== null);
    if (hasRegion)
      rows.push(
        figureRow(
          "Регион",
          "",
          null,
          a.tasks.map((t) => t.region),
        ),
      );
    blocks.push({ at: `A${row}`, rows });
    // Wrapped words in the last two columns: LibreOffice does not grow such rows itself, so their heights are stated.
    rows.forEach((cells, i) => {
      // Characters per line of a column `w` wide, as LibreOffice prints: about w, fewer in the bold total rows.
      const perWidth = i >= 4 + a.schools.length ? 0.85 : 1.0;
      const lines = Math.max(
        ...[
          [cells[widest + 2], PROBLEM_WIDTH],
          [cells[widest + 3], CAVEAT_WIDTH],
          [cells[0], NAME_WIDTH],
        ].map(([c, w]) => Math.ceil(String(c ?? "").length / ((w as number) * perWidth))),
        1,
      );
      if (i >= 4 && lines > 1) rowHeights.push({ row: row + i, height: Math.min(409, 15 * lines) });
    });
    const first = maxRow + 1;
    const districtRow = first + a.schools.length;
    const last = districtRow + (hasRegion ? 1 : 0);
    const cell = `C${first}`;
    // The threshold of the cell's column, from the level row of this block: «П»/«В» advanced, else basic.
    const threshold = `IF(OR(C$${levelRow}="П",C$${levelRow}="В"),${N.advancedThreshold},${N.basicThreshold})`;
    conditionalFormats.push(
      {
        range: `C${first}:${lastTask}${last}`,
        formula: `AND(ISNUMBER(${cell}),ROUND(${cell},6)<ROUND(${threshold}-${N.greyZone},6))`,
        fill: RED_FILL,
        priority: 1,
        stopIfTrue: true,
      },
      {
        range: `C${first}:${lastTask}${last}`,
        formula: `AND(ISNUMBER(${cell}),ROUND(${cell},6)<ROUND(${threshold},6))`,
        fill: AMBER_FILL,
        priority: 2,
      },
    );
    formats.push(
      { range: `A${row}`, bold: true, fontSize: 12 },
      {
        range: `A${head}:${caveatCol}${maxRow}`,
        bold: true,
        fill: HEADER_FILL,
        border: true,
        horizontal: "center",
        wrap: true,
      },
      { range: `A${first}:${caveatCol}${last}`, border: true },
      { range: `C${first}:${lastTask}${last}`, numFmt: TASK_PERCENT_FMT, horizontal: "center" },
      { range: `${problemCol}${first}:${caveatCol}${last}`, wrap: true },
      { range: `A${districtRow}:${caveatCol}${last}`, bold: true },
    );
    row = last + 3;
  }
  if (analyses.length === 0) blocks.push({ at: "A4", rows: [["Нет выгрузок с баллами за задания."]] });
  return {
    key: TASK_SHEET_KEYS.matrix,
    name: "Задания",
    columnWidths: [NAME_WIDTH, 16, ...Array.from({ length: widest }, () => 8), PROBLEM_WIDTH, CAVEAT_WIDTH],
    rowHeights,
    freeze: { rows: 0, columns: 2 },
    blocks,
    formats,
    conditionalFormats,
    merges,
    print: { orientation: "landscape", fitToWidth: true },
  };
}
