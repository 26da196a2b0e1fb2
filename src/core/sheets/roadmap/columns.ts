/** Column layout of the «Мероприятия» sheet; headers are what users see and what re-reading matches on. */
export const ACTIVITY_HEADERS = {
  id: "ID",
  number: "№",
  section: "Раздел",
  text: "Мероприятие",
  deadlineRaw: "Сроки (как в документе)",
  start: "Начало",
  end: "Окончание",
  kind: "Вид срока",
  responsible: "Ответственные",
  result: "Ожидаемый результат",
  indicator: "Показатель",
  reportForm: "Форма отчётности",
  status: "Статус",
  doneDate: "Дата выполнения",
  evidence: "Подтверждение",
  note: "Примечание",
  findings: "Замечания",
  sourceRows: "Строки источника",
} as const;

export type ActivityColumnKey = keyof typeof ACTIVITY_HEADERS;
export const ACTIVITY_COLUMN_ORDER = Object.keys(ACTIVITY_HEADERS) as ActivityColumnKey[];

export function activityColumnIndex(key: ActivityColumnKey): number {
  return ACTIVITY_COLUMN_ORDER.indexOf(key);
}

/** Columns the user edits; their values survive a re-import by activity id. */
export const TRACKING_KEYS = ["status", "doneDate", "evidence", "note"] as const;

export const DEADLINE_KIND_RU: Record<string, string> = {
  date: "дата",
  interval: "период",
  recurring: "повторяющийся",
  ongoing: "постоянно",
  external: "внешний график",
  missing: "не указан",
  unparsed: "не распознан",
};

/** The activities table starts here: title in row 1, as-of date in row 2, header in row 4. */
export const ACTIVITIES_HEADER_ROW = 3; // 0-based
export const AS_OF_NAME = "AsOfDate";
