import fc from "fast-check";
import { clusterTexts, normalizeText, schoolKeyOf, summarizeExecution, textSimilarity } from "../../../src/core/report";
import { activity, schoolRoadmaps } from "./fixtures";

describe("consolidating school roadmaps", () => {
  const ex = summarizeExecution(schoolRoadmaps, "2024-05-15", 0.6);

  it("recognises the same activity worded differently in 3 schools", () => {
    expect(ex.shared).toHaveLength(1);
    const g = ex.shared[0];
    expect(g.roadmapCount).toBe(3);
    expect(g.members.map((m) => m.roadmap)).toEqual(["ДК СОШ № 1", "ДК СОШ № 2", "ДК СОШ № 3"]);
    expect(g.counts).toMatchObject({ total: 3, done: 2, overdue: 1 });
  });

  it("does not group activities that only share a word", () => {
    const texts = ex.shared[0].members.map((m) => m.text);
    expect(texts).not.toContain("Открытые уроки молодых учителей");
    expect(texts).not.toContain("Курсы повышения квалификации учителей математики");
  });

  it("keeps repeats inside one roadmap out of the shared list", () => {
    const one = { name: "Одна", school: "A", activities: [activity("1", "A", "Педсовет по итогам ВПР", null, []), activity("2", "A", "Педсовет по итогам ВПР.", null, [])] };
    expect(summarizeExecution([one], "2024-01-01", 0.6).shared).toEqual([]);
  });
});

describe("text similarity", () => {
  it.each([
    ["Ёлочный  БАЛ, (школа)!", "елочный бал школа"],
    ["«Круглый стол» — итоги", "круглый стол итоги"],
  ])("normalises %s", (raw, expected) => expect(normalizeText(raw)).toBe(expected));

  it.each([
    ["Проведение диагностики профессиональных дефицитов педагогов", "Диагностика профессиональных дефицитов педагогических работников", true],
    ["Семинар для заместителей директоров по УВР", "семинар для заместителей директора по УВР.", true],
    ["Семинар для заместителей директоров по УВР", "Родительское собрание по итогам года", false],
    ["Анализ результатов ВПР", "Анализ результатов ОГЭ по математике", false],
  ])("%s ~ %s → %s", (a, b, same) => expect(textSimilarity(a, b) >= 0.6).toBe(same));

  it("is symmetric, in 0…1, and 1 for a text with itself", () => {
    fc.assert(fc.property(fc.string(), fc.string(), (a, b) => {
      const s = textSimilarity(a, b);
      expect(s).toBeGreaterThanOrEqual(0);
      expect(s).toBeLessThanOrEqual(1);
      expect(textSimilarity(b, a)).toBe(s);
      expect(textSimilarity(a, a)).toBe(1);
    }));
  });

  it("clusters every index exactly once", () => {
    fc.assert(fc.property(fc.array(fc.string(), { maxLength: 20 }), fc.double({ min: 0.1, max: 1, noNaN: true }), (texts, t) => {
      const flat = clusterTexts(texts, t).flat().sort((x, y) => x - y);
      expect(flat).toEqual(texts.map((_, i) => i));
    }));
  });

  it.each([
    ["МБОУ «СОШ № 1»", "мбоу \"сош №1\""],
    ["(sch640101) МОУ «Лицей»", "моу лицей"],
    ["МОУ СОШ с. Берёзовка", "моу сош с. березовка"],
  ])("school key of %s", (a, b) => expect(schoolKeyOf(a)).toBe(schoolKeyOf(b)));
});
