/**
 * What kind of problem a finding is, in a few Russian words: the name users read and filter on («Проверка»,
 * the «Замечания» column, the pane's groups). Codes stay in JSON and in hidden columns only.
 */
export const FINDING_KIND_RU: Readonly<Record<string, string>> = {
  "deadline.overdue": "Срок истёк",
  "deadline.missing": "Срок не указан",
  "deadline.unparsed": "Срок не распознан",
  "deadline.vague": "Срок без даты",
  "deadline.external": "Срок по внешнему графику",
  "deadline.outside-period": "Срок вне периода программы",
  "deadline.inverted": "Окончание раньше начала",
  "deadline.no-year": "Срок без года",
  "deadline.no-column": "Нет столбца сроков",
  "responsible.missing": "Нет ответственного",
  "responsible.unknown": "Ответственный не в справочнике",
  "responsible.person": "Ответственный — физическое лицо",
  "responsible.too-many": "Слишком много ответственных",
  "responsible.no-column": "Нет столбца ответственных",
  "number.missing": "Нет номера",
  "number.duplicate": "Номер повторяется",
  "number.gap": "Пропуск в нумерации",
  "result.missing": "Нет результата",
  "result.no-column": "Нет столбца результатов",
  "text.mixed-script": "Латиница в русском слове",
  "text.words-joined": "Склеенные слова",
  "row.unrecognized": "Строка не распознана",
  "row.multiple-activities": "Несколько мероприятий в строке",
  "row.header-repeated": "Повтор шапки таблицы",
  "row.above-header": "Строка над шапкой",
  "table.empty": "Пустая таблица",
  "table.not-roadmap": "Не дорожная карта",
  "table.no-header": "Нет шапки",
  "table.no-activities": "Нет мероприятий",
  "limit.roadmap-rows": "Слишком много строк",
  "limit.result-rows": "Слишком много строк",
  "results.unknown-layout": "Таблица не распознана",
  "results.school-merged": "Школы объединены",
  "results.school-duplicate": "Школа повторяется",
  "results.invalid-number": "Неверное число",
  "results.invalid-mark": "Неверная отметка",
  "results.stated-rate-mismatch": "Расхождение с данными школы",
  "results.percent-sum": "Проценты не дают 100",
  "results.count-sum": "Количества не сходятся",
  "results.district-mismatch": "Расхождение с итогом района",
  "results.no-school": "Нет школы",
  "results.no-participants": "Нет участников",
  "results.missing-score": "Нет балла",
};

/** «Срок истёк» for "deadline.overdue"; an unknown code reads by its family, never as itself. */
export function findingKindRu(code: string): string {
  const known = FINDING_KIND_RU[code];
  if (known) return known;
  const family = code.split(".")[0];
  return { deadline: "Срок", responsible: "Ответственные", number: "Нумерация", results: "Результаты", row: "Строка", table: "Таблица", text: "Текст" }[family] ?? "Замечание";
}
