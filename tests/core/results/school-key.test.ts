import { classifyEntity, normalizeSchoolName, splitSchoolCode } from "../../../src/core/results";

describe("school names", () => {
  it.each([
    ["МБОУ «СОШ № 1»", 'МБОУ "СОШ №1"'],
    ["МБОУ «СОШ № 1»", "мбоу сош №1"],
    ["МКОУ «Озёрная СОШ»", "МКОУ «Озерная СОШ»"],
    ["(sch640101) МБОУ «СОШ № 1»", "МБОУ «СОШ № 1»"],
    ["Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 3»", "МБОУ СОШ № 3"],
    ["МБОУ  “Гимназия № 2”", "МБОУ «Гимназия №2»"],
  ])("%s ≡ %s", (a, b) => expect(normalizeSchoolName(a)).toBe(normalizeSchoolName(b)));

  it.each([
    ["МБОУ «СОШ № 1»", "МБОУ «СОШ № 11»"],
    ["МБОУ «СОШ № 1»", "МКОУ «ООШ № 1»"],
  ])("%s ≠ %s", (a, b) => expect(normalizeSchoolName(a)).not.toBe(normalizeSchoolName(b)));

  it("splits the ФИС ОКО code", () => {
    expect(splitSchoolCode("(sch640101) МБОУ «СОШ № 1»")).toEqual({ code: "sch640101", name: "МБОУ «СОШ № 1»" });
    expect(splitSchoolCode("МБОУ «СОШ № 1»")).toEqual({ code: null, name: "МБОУ «СОШ № 1»" });
  });

  it.each([
    ["Вся выборка", "reference"], ["Энская обл.", "reference"], ["Пермский край", "reference"], ["Республика Карелия", "reference"],
    ["Энский муниципальный район", "district"], ["Бодайбинский район", "district"], ["Итого", "district"],
    ["МБОУ «СОШ № 1»", "school"], ["(sch640101) Энская гимназия", "school"], ["МКОУ СОШ Энского района", "school"], ["Лицей № 7", "school"],
  ])("%s is a %s row", (name, kind) => expect(classifyEntity(name)).toBe(kind));
});
