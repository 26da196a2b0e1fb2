import { RowKeys } from "../../../src/core/results/row-keys";
import type { Preamble } from "../../../src/core/results/preamble";

const BASE: Preamble = { assessment: "ВПР", subject: "Математика", grade: null, year: "2024", maxScore: null };

describe("RowKeys", () => {
  it.each([
    ["6а", "6б", true], ["6а", " 6 ", true], ["6а", "7а", false], ["5", "5 класс", true], ["", "x", true],
  ])("classes %j and %j share a key object: %p", (x, y, same) => {
    const keys = new RowKeys(BASE, { className: 0 });
    const a = keys.of([x]);
    const b = keys.of([y]);
    expect(a === b).toBe(same);
    expect(keys.of([x])).toBe(a);
  });

  it("joins several key columns without mixing them up", () => {
    const keys = new RowKeys(BASE, { subject: 0, year: 1 });
    const k1 = keys.of(["Физика", "2023"]);
    const k2 = keys.of(["2023", "Физика"]);
    expect(k1).toMatchObject({ subject: "Физика", year: "2023", assessment: "ВПР" });
    expect(k2).not.toBe(k1);
    expect(keys.of(["физика ", "2023 г."])).toBe(k1);
  });

  it("is the preamble itself when the row names nothing", () => expect(new RowKeys(BASE, { school: 0 }).of(["СОШ 1"])).toBe(BASE));
});
