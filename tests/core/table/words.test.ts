import { buildStrongVocabulary, buildVocabulary, findMixedScript, joinBrokenWords } from "../../../src/core/table";

const doc = buildVocabulary(["Семинар для руководителей ОО и педагогов. Руководител и ОО проводят педагогических советов", "практик и методик"]);

describe("joinBrokenWords", () => {
  it.each([
    { text: "Руководител и ОО", expected: "Руководители ОО" },
    { text: "руководител и ОУ, Ресурсный центр", expected: "руководители ОУ, Ресурсный центр" },
    { text: "методисты и кураторы", expected: "методисты и кураторы" },
    { text: "Создание банка практик и методик", expected: "Создание банка практик и методик" },
    { text: "Внесение в показатели и критерии", expected: "Внесение в показатели и критерии" },
    { text: "договор о сотрудничестве", expected: "договор о сотрудничестве" },
    { text: "Совет педагогиче ских работников", expected: "Совет педагогических работников" },
    { text: "педагог и учитель", expected: "педагог и учитель" },
  ])("$text → $expected", ({ text, expected }) => {
    expect(joinBrokenWords(text, doc).text).toBe(expected);
  });

  it("reports what it joined and joins with a party name from the directory", () => {
    expect(joinBrokenWords("Руководител и ОО", doc).joins).toEqual([{ from: "Руководител и", to: "Руководители" }]);
    const strong = buildStrongVocabulary(["Центр «Гармония»"]);
    expect(joinBrokenWords("центр «Гармон ия»", new Set(), strong).text).toBe("центр «Гармония»");
    expect(joinBrokenWords("Куратор ы школ", new Set(), strong).text).toBe("Куратор ы школ");
  });
});

describe("findMixedScript", () => {
  it("finds Latin look-alikes inside Cyrillic words, not Latin words or abbreviations", () => {
    expect(findMixedScript("МОУ СШ п.ст. Нaleyка, SWOT-анализ, выplat, ОГЭ").map((w) => [w.word, w.latin])).toEqual([
      ["Нaleyка", "aley"],
      ["выplat", "plat"],
    ]);
  });
});
