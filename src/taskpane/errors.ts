import type { PaneError } from "./components/ErrorArea";

const CYRILLIC = /[А-Яа-яЁё]/;

/** Office.js errors carry a `code` (OfficeExtension.Error); these are the ones a user can do something about. */
const OFFICE_HINTS: Record<string, string> = {
  InvalidSelection: "Выделите на листе прямоугольный диапазон с таблицей и повторите.",
  ItemNotFound: "Лист или ячейка больше не существует (лист переименован или удалён). Повторите действие.",
  InvalidOperationInCellEditMode: "Завершите редактирование ячейки (Enter или Esc) и повторите.",
  RequestPayloadSizeLimitExceeded: "Таблица слишком большая для одного запроса. Разделите её на части.",
  AccessDenied: "Книга защищена или открыта только для чтения. Снимите защиту и повторите.",
  GeneralException: "Excel не смог выполнить запрос. Сохраните книгу и повторите.",
};

const DEFAULT_HINT = "Повторите действие. Если ошибка повторяется, сохраните книгу и перезапустите надстройку.";

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === "string") return error;
  return "";
}

/**
 * Any thrown value → a message for the user. Our own errors are already Russian and are shown as they are;
 * anything else is named as unexpected, with its text kept for a support request.
 */
export function describeError(error: unknown, action: string): PaneError {
  const title = `Не удалось: ${action}`;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === "string" && OFFICE_HINTS[code]) {
    return { title, message: `Excel сообщил об ошибке (${code}).`, hint: OFFICE_HINTS[code] };
  }
  const text = messageOf(error);
  if (CYRILLIC.test(text)) return { title, message: text, hint: DEFAULT_HINT };
  return {
    title,
    message: text ? `Непредвиденная ошибка: ${text}` : "Непредвиденная ошибка.",
    hint: DEFAULT_HINT,
  };
}
