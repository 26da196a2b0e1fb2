import type { TaskSettings } from "../../tasks";
import type { DefinedName, SheetPlan } from "../../workbook";
import { parseCellRef } from "../../workbook";
import { TASK_PERCENT_FMT, TASK_SETTING_NAMES } from "./keys";

const ROWS: readonly (readonly [keyof TaskSettings, string, boolean])[] = [
  ["basicThreshold", "Порог выполнения задания базового уровня", true],
  ["advancedThreshold", "Порог выполнения задания повышенного и высокого уровня", true],
  ["greyZone", "Ширина «серой зоны» ниже порога (формулировка смягчается)", true],
  ["peakRatio", "Пик на границе отметки: во сколько раз больше, чем у каждого соседнего балла", false],
  ["peakMinPupils", "Пик на границе отметки: не меньше участников с этим баллом", false],
  ["smallSample", "Мало участников: меньше — проценты с оговоркой, без выводов о рисках", false],
  ["mediumSample", "Небольшая выборка: меньше — выводы смягчаются", false],
  ["gap2Share", "Доля расхождений отметок на 2 балла и более, при которой школа отмечается", true],
];

/** Next free row below every block of a sheet. */
function nextRow(sheet: SheetPlan): number {
  let last = 0;
  for (const b of sheet.blocks ?? []) last = Math.max(last, parseCellRef(b.at).row + b.rows.length);
  return last + 1;
}

/**
 * The task-analysis settings as a block of named cells appended to «Настройки» (the indicators' sheet stays as
 * it is built): editing a threshold recolours «Задания» at once; the counts take effect on the next run.
 */
export function withTaskSettings(sheet: SheetPlan, s: TaskSettings): { sheet: SheetPlan; names: DefinedName[] } {
  const at = nextRow(sheet) + 1;
  const first = at + 2;
  const names = ROWS.map(([key, label], i): DefinedName => ({
    name: TASK_SETTING_NAMES[key],
    sheetKey: sheet.key,
    ref: `$B$${first + i}`,
    comment: label,
  }));
  return {
    sheet: {
      ...sheet,
      blocks: [
        ...(sheet.blocks ?? []),
        {
          at: `A${at}`,
          rows: [
            ["Анализ заданий ВПР (измените порог — цвета на листе «Задания» пересчитаются)", "", ""],
            ["Параметр", "Значение", ""],
            ...ROWS.map(([key, label]) => [label, s[key], ""]),
          ],
        },
      ],
      formats: [
        ...(sheet.formats ?? []),
        { range: `A${at}`, bold: true },
        { range: `A${first - 1}:B${first - 1}`, bold: true, fill: "#DDEBF7", border: true },
        ...ROWS.flatMap(([, , pct], i) => (pct ? [{ range: `B${first + i}`, numFmt: TASK_PERCENT_FMT }] : [])),
        { range: `B${first}:B${first + ROWS.length - 1}`, fill: "#FFF2CC", border: true },
      ],
    },
    names,
  };
}
