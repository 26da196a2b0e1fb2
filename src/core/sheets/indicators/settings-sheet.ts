import { FLAG_LABEL_RU, type FlagCode, type Settings } from "../../indicators";
import { DEFAULT_EXAM_THRESHOLDS, type ExamThresholds } from "../../results";
import type { Cell, DefinedName, SheetPlan } from "../../workbook";
import { PERCENT_FMT, RESULT_SHEET_KEYS, SETTING_NAMES } from "./keys";

const ROWS: readonly (readonly [keyof Settings, string, string, boolean])[] = [
  ["failShare", "Доля «2» (ниже порога), при которой школа в зоне риска", "risk.fail-share", true],
  ["belowDistrictPp", "Отставание от района (успеваемость или качество), п.п.", "risk.below-district", false],
  ["loweredShare", "Доля «понизили» (признак завышения отметок в журнале)", "objectivity.lowered", true],
  ["raisedShare", "Доля «повысили» (признак помощи на работе)", "objectivity.raised", true],
  ["dynamicsBandPp", "Коридор «стабильно» для динамики, ± п.п.", "risk.decline", false],
];
const FIRST = 4;

/** «Настройки»: the thresholds as named cells, so the user edits a number and the flags follow. */
export function buildSettingsSheet(settings: Settings, thresholds: ExamThresholds = DEFAULT_EXAM_THRESHOLDS): { sheet: SheetPlan; names: DefinedName[] } {
  // The flag's Russian name, as the «Показатели» columns and the note word it; its code stays in the program.
  const rows: Cell[][] = ROWS.map(([key, label, code]) => [label, settings[key], FLAG_LABEL_RU[code as FlagCode] ?? ""]);
  const exam: Cell[][] = Object.entries(thresholds).flatMap(([assessment, subjects]) =>
    Object.entries(subjects).map(([subject, t]): Cell[] => [assessment, subject, "minScore" in t ? t.minScore : `отметка ${t.minMark}`]),
  );
  const examAt = FIRST + ROWS.length + 3;
  const names = ROWS.map(([key], i): DefinedName => ({
    name: SETTING_NAMES[key], sheetKey: RESULT_SHEET_KEYS.settings, ref: `$B$${FIRST + i}`, comment: ROWS[i][1],
  }));
  const sheet: SheetPlan = {
    key: RESULT_SHEET_KEYS.settings,
    name: "Настройки",
    columnWidths: [58, 16, 24],
    blocks: [
      { at: "A1", rows: [["Пороги флагов риска (измените значение — «Показатели» пересчитаются)"]] },
      { at: "A3", rows: [["Параметр", "Значение", "Флаг"], ...rows] },
      { at: `A${examAt - 1}`, rows: [["Минимальные баллы ЕГЭ (применяются при следующем расчёте надстройкой)", "", ""], ["Экзамен", "Предмет", "Минимум"], ...exam] },
    ],
    formats: [
      { range: "A1", bold: true, fontSize: 13 },
      { range: "A3:C3", bold: true, fill: "#DDEBF7", border: true },
      { range: `A${examAt}:C${examAt}`, bold: true, fill: "#DDEBF7", border: true },
      ...ROWS.flatMap(([, , , percent], i) => (percent ? [{ range: `B${FIRST + i}`, numFmt: PERCENT_FMT }] : [])),
      { range: `B${FIRST}:B${FIRST + ROWS.length - 1}`, fill: "#FFF2CC", border: true },
    ],
  };
  return { sheet, names };
}
