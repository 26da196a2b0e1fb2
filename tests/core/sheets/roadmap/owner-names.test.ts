import fc from "fast-check";
import { MAX_SHEET_NAME } from "../../../../src/core/workbook";
import { districtOfTitle, ownerOrdinals, sheetNameWithOwner, shortDistrictName, shortSchoolName } from "../../../../src/core/sheets/roadmap";

describe("sheets say whose roadmap they show", () => {
  it.each([
    ["МКОУ «Озёрная СОШ»", "Озёрная СОШ"], ["МБОУ «СОШ № 3»", "СОШ № 3"], ["МОУ СШ п.ст. Налейка", "СШ п.ст. Налейка"],
  ])("%s → %s", (name, short) => expect(shortSchoolName(name)).toBe(short));

  it.each([
    ["Программа поддержки школ Энского муниципального района на 2024-2026 годы", "Энский район"],
    ["Дорожная карта Северного муниципального округа", "Северный округ"],
    ["План мероприятий Кузоватовского района", "Кузоватовский район"],
    ["План мероприятий школы", null],
  ])("%s → %s", (title, owner) => expect(districtOfTitle(title)).toBe(owner));

  it("district names are shortened", () => expect(shortDistrictName("Энский муниципальный район")).toBe("Энский район"));

  it("«Мероприятия — Озёрная СОШ», cut at a word within 31 characters", () => {
    expect(sheetNameWithOwner("Мероприятия", "Озёрная СОШ")).toBe("Мероприятия — Озёрная СОШ");
    expect(sheetNameWithOwner("Исходные данные", "Лесновская ООШ")).toBe("Исходные данные — Лесновская");
    expect(sheetNameWithOwner("Мероприятия", "Озёрная СОШ", 2)).toBe("Мероприятия — Озёрная СОШ 2");
    expect(ownerOrdinals(["А", "Б", "а"])).toEqual([1, 1, 2]);
  });

  it("any owner gives a legal, bounded name without forbidden characters", () => {
    fc.assert(fc.property(fc.string({ maxLength: 80 }), fc.integer({ min: 1, max: 12 }), (owner, n) => {
      for (const base of ["Мероприятия", "Проверка", "Ответственные", "Исходные данные"]) {
        const name = sheetNameWithOwner(base, owner, n);
        expect(name.length).toBeLessThanOrEqual(MAX_SHEET_NAME);
        expect(name).not.toMatch(/[[\]:*?/\\]/);
        expect(name.startsWith(base)).toBe(true);
        expect(name).not.toMatch(/^'|'$/);
      }
    }));
  });
});
