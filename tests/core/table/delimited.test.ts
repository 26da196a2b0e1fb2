import { decodeText, parseCsv, parseTsv, sniffDelimiter } from "../../../src/core/table";

describe("decodeText", () => {
  const text = "№\tМероприятие";
  it.each([
    { name: "UTF-8", bytes: new TextEncoder().encode(text) },
    { name: "UTF-8 with BOM", bytes: Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]) },
    { name: "Windows-1251", bytes: Uint8Array.from([0xb9, 0x09, 0xcc, 0xe5, 0xf0, 0xee, 0xef, 0xf0, 0xe8, 0xff, 0xf2, 0xe8, 0xe5]) },
  ])("$name", ({ bytes }) => {
    expect(decodeText(bytes)).toBe(text);
  });
});

describe("parseTsv / parseCsv", () => {
  it("reads Excel's quoted cells with line breaks and tabs, and Word's unquoted quotes", () => {
    const t = parseTsv('1\t"Первая строка\nвторая\tс табом"\tмай\n"Опыт" школы\t«x»\t\n');
    expect(t.cells).toEqual([
      ["1", "Первая строка\nвторая\tс табом", "май"],
      ['"Опыт" школы', "«x»", ""],
    ]);
    expect(t.origin).toEqual({ kind: "tsv", firstRow: 1, firstColumn: 1 });
  });

  it("a lone opening quote is text, and the rest still parses", () => {
    expect(parseTsv('"без конца\tb\nc\td').cells).toEqual([['"без конца', "b"], ["c", "d"]]);
  });

  it.each([
    { text: "a;b;c\n1;2;3", delimiter: ";" },
    { text: "a,b,c\n1,2,3", delimiter: "," },
    { text: 'a;"b, c";d\n1;2;3', delimiter: ";" },
  ])("sniffs «$delimiter»", ({ text, delimiter }) => {
    expect(sniffDelimiter(text)).toBe(delimiter);
  });

  it("CSV with doubled quotes and CRLF", () => {
    expect(parseCsv('№;Мероприятие\r\n1;"Семинар ""Итоги"";\r\nвторая строка"\r\n').cells).toEqual([
      ["№", "Мероприятие"],
      ["1", 'Семинар "Итоги";\r\nвторая строка'],
    ]);
  });
});
