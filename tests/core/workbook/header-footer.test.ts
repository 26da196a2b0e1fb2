import { headerFooterCode } from "../../../src/core/workbook";

describe("header/footer codes", () => {
  it.each([
    ["Свод · стр. {{page}} из {{pages}}", "Свод · стр. &P из &N"],
    ["Школа «Д&Б»", "Школа «Д&&Б»"],
    ["&P буквально", "&&P буквально"],
    ["", ""],
  ])("%j → %j", (text, code) => {
    expect(headerFooterCode(text)).toBe(code);
  });
});
