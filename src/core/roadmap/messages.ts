import { pluralRu } from "../findings";

/** Russian messages of the roadmap assembler's findings, kept apart from the logic (see STYLE.md §5). */

function short(text: string, max = 60): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

function where(row: number | undefined, number: string): string {
  const at = row === undefined ? "" : `Строка ${row}`;
  return number ? `${at}${at ? ", " : ""}мероприятие ${number}` : at || "Мероприятие";
}

export const MESSAGES = {
  numberMissing: (row: number | undefined, text: string) =>
    `${where(row, "")}: у мероприятия «${short(text)}» нет номера`,
  numberDuplicate: (row: number | undefined, number: string, section: string) =>
    `${where(row, "")}: номер «${number}» повторяется${section ? ` в разделе «${short(section, 40)}»` : ""}`,
  numberGap: (row: number | undefined, previous: string, number: string) =>
    `${where(row, "")}: после номера «${previous}» идёт «${number}» — пропущен номер`,
  resultMissing: (row: number | undefined, number: string) =>
    `${where(row, number)}: не указан ни результат, ни показатель`,
  mixedScript: (row: number | undefined, number: string, words: readonly string[]) =>
    `${where(row, number)}: латинские буквы внутри русских слов: ${words.map((w) => `«${w}»`).join(", ")}`,
  multipleActivities: (row: number | undefined, number: string) =>
    `${where(row, number)}: в одной строке записано несколько мероприятий; оставлено одним мероприятием, проверьте`,
  wordsJoined: (row: number | undefined, number: string, joins: readonly { from: string; to: string }[]) =>
    `${where(row, number)}: соединены разорванные слова: ${joins.map((j) => `«${j.from}» → «${j.to}»`).join(", ")}`,
  unrecognized: (row: number, text: string) =>
    `Строка ${row}: не похожа ни на мероприятие, ни на раздел («${short(text)}»); текст сохранён в исходных данных`,
  headersDropped: (rows: readonly number[]) =>
    `Повтор шапки таблицы (на каждой странице) пропущен: ${rows.length} ${pluralRu(rows.length, ["строка", "строки", "строк"])} (${rows.join(", ")})`,
  columnNumbers: (rows: readonly number[]) =>
    `Строка с номерами столбцов («1 | 2 | 3 …») — не мероприятие: ${rows.length} ${pluralRu(rows.length, ["строка", "строки", "строк"])} (${rows.join(", ")}); сохранена в исходных данных`,
  responsibleInherited: (row: number | undefined, number: string, groupRow: number | undefined) =>
    `${where(row, number)}: ответственный не указан, взят из строки раздела${groupRow === undefined ? "" : ` (строка ${groupRow})`}`,
  noActivityColumn: () =>
    "В таблице не найден столбец мероприятий: это не похоже на дорожную карту. Выберите другую таблицу или укажите роли столбцов вручную.",
  aboveHeader: (text: string) => `Строки над шапкой таблицы не вошли в мероприятия: «${short(text, 80)}»`,
  emptyTable: () => "Таблица пуста: выделите диапазон с дорожной картой или вставьте её текст.",
  noActivities: () => "В таблице не найдено ни одного мероприятия. Проверьте, что выделена таблица дорожной карты.",
  noHeader: () => "Шапка таблицы не найдена: роли столбцов определены по содержимому, проверьте их.",
  noResultColumn: () => "В таблице нет столбца результата или показателя: результат выполнения мероприятий не задан.",
};
