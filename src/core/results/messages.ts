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
  groupRowExtra: (w: Where, value: string) =>
    finding("results.group-row-extra", "warning", `${at(w)}: в строке школы (заголовке группы участников) лишнее значение «${value}» — не учтено`, { ...loc(w), data: { value } }),
  invalidNumber: (w: Where, value: string, column: string): Finding =>
    finding("results.invalid-number", "warning", `${at(w)}: в столбце «${column}» не число («${value}»), строка не учтена`, {
      ...loc(w), data: { value, column },
    }),
  noSchool: (w: Where): Finding =>
    finding("results.no-school", "warning",
      `${at(w)}: есть числа, но не указана школа; строка не учтена ни в школах, ни в итоге по району (сверьте со строкой района)`, loc(w)),
  noParticipants: (w: Where, school: string, value: string, rates: boolean): Finding =>
    finding("results.no-participants", "warning",
      `${at(w)}: у «${school}» ${value.trim() ? `число участников не число («${value.trim()}»)` : "не указано число участников"}: ` +
        `количества отметок не восстановить, показатели школы — нет данных` +
        (rates ? " (успеваемость и качество взяты из процентов таблицы)" : "") + "; в итог по району школа не вошла",
      { ...loc(w), data: { school, value } }),
  participantsFromMarks: (w: Where, school: string, value: string): Finding =>
    finding("results.invalid-number", "warning",
      `${at(w)}: у «${school}» число участников не число («${value}»); участники посчитаны по отметкам`, {
        ...loc(w), data: { value, column: "участники" },
      }),
  missingScore: (w: Where): Finding =>
    finding("results.missing-score", "warning", `${at(w)}: балл не указан, строка не учтена`, { ...loc(w), data: { value: "" } }),
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
  unknownLayout: (sheet: string, row = 1): Finding =>
    finding("results.unknown-layout", "error",
      `Лист «${sheet}»: таблица не похожа ни на один известный вид результатов (ФИС ОКО, количества по школам, списки обучающихся, ЕГЭ/ОГЭ, контингент)`,
      { sheet, row }),
  unreadRows: (w: Where): Finding =>
    finding("results.unknown-layout", "warning",
      `${at(w)}: ниже этой строки таблица не распознана (нет шапки с «ОО», отметками или баллами), строки с числами не учтены`, loc(w)),
  inferred: (w: Where, what: readonly string[]): Finding =>
    finding("results.inferred", "info",
      `${at(w)}: ${what.join("; ")}. Если неверно, укажите вид работы, предмет, класс и год вручную`, { ...loc(w), data: { what: what.join("; ") } }),
  recognized: (w: Where, columns: string): Finding =>
    finding("results.recognized", "info",
      `${at(w)}: шапка необычного вида, столбцы распознаны по подписям и значениям: ${columns}. Проверьте; если неверно, сопоставьте столбцы вручную`,
      { ...loc(w), data: { columns } }),
  byUser: (w: Where, columns: string): Finding =>
    finding("results.mapped", "info", `${at(w)}: столбцы прочитаны по сопоставлению пользователя: ${columns}`, { ...loc(w), data: { columns } }),
  onlyReferences: (w: Where, names: readonly string[]): Finding =>
    finding("results.no-schools", "error",
      `${at(w)}: в таблице нет школ — только строки уровня района или региона (${names.slice(0, 3).map((n) => `«${n}»`).join(", ")}${names.length > 3 ? " …" : ""}); они годятся лишь для сравнения`,
      { ...loc(w), data: { names: names.join("; ") } }),
  schoolMergedByUser: (school: string, alias: string): Finding =>
    finding("results.school-merged", "info", `Школа «${alias}» объединена со школой «${school}» по выбору на листе «Школы»`, { data: { school, alias } }),
  mergeTargetUnknown: (target: string, school: string): Finding =>
    finding("results.school-merge-unknown", "warning",
      `Лист «Школы»: у школы «${school}» в столбце «Объединить с» указано «${target}», но такой школы нет; объединение не сделано`,
      { sheet: "Школы", data: { school, target } }),
  schoolMergedByName: (school: string, alias: string, w?: Where): Finding =>
    finding("results.school-merged", "info",
      `${w ? `${at(w)}: ш` : "Ш"}кола «${alias}» сопоставлена со школой «${school}» по названию; проверьте на листе «Школы»`, {
        ...(w ? loc(w) : {}), data: { school, alias },
      }),
  schoolMerged: (school: string, alias: string, code: string, w?: Where): Finding =>
    finding("results.school-merged", "info",
      `${w ? `${at(w)}: ш` : "Ш"}колы «${alias}» и «${school}» объединены по коду ${code}; проверьте на листе «Школы»`, {
        ...(w ? loc(w) : {}), data: { school, alias, code },
      }),
};
