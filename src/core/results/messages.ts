import { formatNumberRu, formatPercentRu } from "../util";
import { type Finding, finding } from "../findings";

/** Where a finding points: «Лист «ВПР 2024», строка 57». */
export interface Where {
  readonly sheet: string;
  readonly row: number;
}

const at = (w: Where) => `Лист «${w.sheet}», строка ${w.row}`;
const loc = (w: Where) => ({ sheet: w.sheet, row: w.row });

export const resultFindings = {
  invalidMark: (w: Where, value: string, what = "отметка"): Finding =>
    finding("results.invalid-mark", "warning", `${at(w)}: ${what} «${value}» вне диапазона 2–5, строка не учтена`, {
      ...loc(w), data: { value },
    }),
  missingMark: (w: Where): Finding =>
    finding("results.invalid-mark", "warning", `${at(w)}: отметка не указана, строка не учтена`, { ...loc(w), data: { value: "" } }),
  invalidNumber: (w: Where, value: string, column: string): Finding =>
    finding("results.invalid-number", "warning", `${at(w)}: в столбце «${column}» не число («${value}»), строка не учтена`, {
      ...loc(w), data: { value, column },
    }),
  percentSum: (w: Where, school: string, sum: number): Finding =>
    finding("results.percent-sum", "warning",
      `${at(w)}: у «${school}» проценты отметок дают в сумме ${formatNumberRu(sum, 1)} %, а не 100 %`, { ...loc(w), data: { school, sum } }),
  countSum: (w: Where, school: string, sum: number, stated: number, fromPercent: boolean): Finding =>
    finding("results.count-sum", fromPercent ? "info" : "warning",
      `${at(w)}: у «${school}» отметок ${sum}, а участников указано ${stated}` +
        (fromPercent ? " (количества восстановлены из процентов)" : ""), { ...loc(w), data: { school, sum, stated } }),
  duplicate: (w: Where, school: string, firstRow: number): Finding =>
    finding("results.school-duplicate", "warning",
      `${at(w)}: школа «${school}» уже есть в строке ${firstRow}; повтор не учтён`, { ...loc(w), data: { school, firstRow } }),
  districtMismatch: (w: Where, district: string, what: string, stated: number, computed: number): Finding =>
    finding("results.district-mismatch", "warning",
      `${at(w)}: строка «${district}»: ${what} ${formatNumberRu(stated, 0)}, а по школам ${formatNumberRu(computed, 0)}`, {
        ...loc(w), data: { district, what, stated, computed },
      }),
  statedRate: (w: Where, school: string, what: string, stated: number, computed: number): Finding =>
    finding("results.stated-rate-mismatch", "warning",
      `${at(w)}: у «${school}» указано: ${what} ${formatPercentRu(stated)}, а по отметкам ${formatPercentRu(computed)}`, {
        ...loc(w), data: { school, what, stated, computed },
      }),
  unknownLayout: (sheet: string): Finding =>
    finding("results.unknown-layout", "error",
      `Лист «${sheet}»: таблица не похожа ни на один известный вид результатов (ФИС ОКО, количества по школам, списки обучающихся, ЕГЭ/ОГЭ, контингент)`,
      { sheet }),
  unreadRows: (w: Where): Finding =>
    finding("results.unknown-layout", "warning",
      `${at(w)}: ниже этой строки таблица не распознана (нет шапки с «ОО», отметками или баллами), строки с числами не учтены`, loc(w)),
  schoolMergedByName: (school: string, alias: string): Finding =>
    finding("results.school-merged", "info", `Школа «${alias}» сопоставлена со школой «${school}» по названию; проверьте на листе «Школы»`, {
      data: { school, alias },
    }),
  schoolMerged: (school: string, alias: string, code: string): Finding =>
    finding("results.school-merged", "info", `Школы «${alias}» и «${school}» объединены по коду ${code}; проверьте на листе «Школы»`, {
      data: { school, alias, code },
    }),
};
