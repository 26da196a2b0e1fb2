import { BlockBuilder } from "../../../src/core/results/agg";
import type { Preamble } from "../../../src/core/results/preamble";

const BASE: Preamble = { assessment: "ВПР", subject: "Математика", grade: null, year: "2024", maxScore: null };

describe("BlockBuilder groups", () => {
  it("keeps each group's entities apart when keys alternate", () => {
    const builder = new BlockBuilder("students", "Лист1");
    const other: Preamble = { ...BASE, subject: "Физика" };
    const names = ["МБОУ «СОШ № 1»", "МБОУ \"СОШ №1\"", "МБОУ «СОШ № 2»"];
    for (let i = 0; i < 30; i++) {
      const agg = builder.group(i % 2 ? other : BASE).aggOf(names[i % 3]);
      agg.n5++;
      agg.marksKnown = true;
    }
    const [math, phys] = builder.finish();
    expect(math.schools.map((s) => [s.schoolKey, s.marks?.["5"]])).toEqual([["мбоу сош 1", 10], ["мбоу сош 2", 5]]);
    expect(phys.schools.map((s) => [s.schoolKey, s.marks?.["5"]])).toEqual([["мбоу сош 1", 10], ["мбоу сош 2", 5]]);
  });

  it("tells a fresh entity from a repeated spelling", () => {
    const g = new BlockBuilder("counts", "Лист1").group(BASE);
    expect(g.entity("МБОУ «СОШ № 1»").fresh).toBe(true);
    expect(g.entity("МБОУ \"СОШ №1\"").fresh).toBe(false);
    expect(g.entity("МБОУ «СОШ № 1»").fresh).toBe(false);
  });
});
