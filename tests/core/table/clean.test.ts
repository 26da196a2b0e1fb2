import { cleanCellText, decodeEntities, htmlToText, normalizeSpaces } from "../../../src/core/table";

describe("cleaning pasted cells", () => {
  it.each([
    { raw: "<p>1.10. Оказание помощи</p>", expected: "1.10. Оказание помощи" },
    { raw: "<b>2 этап - реализация программы</b>", expected: "2 этап - реализация программы" },
    { raw: '<ul style="list-style-type: none"> <li>- Федеральный закон</li> <li>- Устав</li></ul>', expected: "• Федеральный закон\n• Устав" },
    { raw: "<ol><li>1. Первое</li><li>2. Второе</li></ol>", expected: "1. Первое\n2. Второе" },
    { raw: "строка<br>вторая<br/>третья", expected: "строка\nвторая\nтретья" },
    { raw: "Школа\u00a0№\u00a01 «Лицей»\u200b", expected: "Школа № 1 «Лицей»" },
    { raw: "пере\u00adнос", expected: "перенос" },
    { raw: "текст\n-- -- --\n", expected: "текст" },
    { raw: "  много    пробелов  \n\n  и строк ", expected: "много пробелов\nи строк" },
    { raw: "&laquo;Итоги&raquo; &mdash; 5&nbsp;%", expected: "«Итоги» — 5 %" },
  ])("$raw → $expected", ({ raw, expected }) => {
    expect(cleanCellText(raw)).toBe(expected);
  });

  it("HTML newlines are only spaces; plain text keeps its line breaks", () => {
    expect(htmlToText("<p>Word wraps\nlong lines</p>")).toBe("Word wraps long lines");
    expect(cleanCellText("first\nsecond")).toBe("first\nsecond");
  });

  it("decodes numeric and leaves unknown entities", () => {
    expect(decodeEntities("&#1058;&#x435;&#1089;&#1090; &unknown; &#0;")).toBe("Тест &unknown; &#0;");
    expect(normalizeSpaces("a\u202fb\ufeff")).toBe("a b");
  });
});
