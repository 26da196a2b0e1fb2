import { describeError } from "../../src/taskpane/errors";

describe("describeError", () => {
  it.each([
    {
      error: new Error("Таблица пуста: выделите таблицу."),
      message: "Таблица пуста: выделите таблицу.",
      hint: /Повторите/,
    },
    {
      error: { code: "InvalidSelection", message: "x" },
      message: "Excel сообщил об ошибке (InvalidSelection).",
      hint: /прямоугольный диапазон/,
    },
    {
      error: { code: "ItemNotFound" },
      message: "Excel сообщил об ошибке (ItemNotFound).",
      hint: /переименован или удалён/,
    },
    {
      error: new TypeError("Cannot read properties of undefined"),
      message: "Непредвиденная ошибка: Cannot read properties of undefined",
      hint: /перезапустите/,
    },
    { error: undefined, message: "Непредвиденная ошибка.", hint: /Повторите/ },
    { error: "Строка 5: неверная отметка", message: "Строка 5: неверная отметка", hint: /Повторите/ },
  ])("$message", ({ error, message, hint }) => {
    const described = describeError(error, "создать лист");
    expect(described.title).toBe("Не удалось: создать лист");
    expect(described.message).toBe(message);
    expect(described.hint).toMatch(hint);
  });
});
