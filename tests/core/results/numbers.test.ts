import fc from "fast-check";
import { parseNumberRu, parsePercentRu, readMark } from "../../../src/core/results";

describe("parseNumberRu", () => {
  it.each([
    ["72,4", 72.4], ["1 234", 1234], ["1\u00a0234,5", 1234.5], ["45 %", 45], ["45%", 45], ["—", null], ["-", null], ["", null],
    ["  17 ", 17], ["0,05", 0.05], ["«12»", 12], ["1 400 888", 1400888], ["н/д", null], ["abc", NaN], ["12,3,4", NaN], ["-3", -3],
    ["1e 400 888", NaN], ["1e999", NaN], ["-1e400", NaN], ["1 2e3", NaN],
  ])("%j → %p", (raw, expected) => {
    const v = parseNumberRu(raw);
    if (expected !== null && Number.isNaN(expected)) expect(Number.isNaN(v)).toBe(true);
    else expect(v).toBe(expected);
  });

  it("reads back any number written the Russian way", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), fc.integer({ min: 0, max: 99 }), fc.constantFrom(" ", "\u00a0", ""), (int, frac, sep) => {
        const grouped = String(int).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
        const text = `${grouped},${String(frac).padStart(2, "0")}`;
        expect(parseNumberRu(text)).toBeCloseTo(int + frac / 100, 6);
      }),
    );
  });

  it("never throws on junk, and never gives ±Infinity", () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[\d e+-]{1,12}$/)), (s) => {
      const v = parseNumberRu(s);
      expect(v === null || typeof v === "number").toBe(true);
      expect(v === Infinity || v === -Infinity).toBe(false);
    }));
  });

  it("percent cells become fractions", () => {
    expect(parsePercentRu("72,4 %")).toBeCloseTo(0.724, 9);
    expect(parsePercentRu("—")).toBeNull();
  });
});

describe("readMark", () => {
  it.each([
    ["5", { kind: "mark", mark: 5 }], ["2", { kind: "mark", mark: 2 }], [" 4 ", { kind: "mark", mark: 4 }], ["3,0", { kind: "mark", mark: 3 }],
    ["«4»", { kind: "mark", mark: 4 }], ["н", { kind: "absent" }], ["Н", { kind: "absent" }], ["неявка", { kind: "absent" }],
    ["", { kind: "empty" }], ["6", { kind: "invalid" }], ["1", { kind: "invalid" }], ["0", { kind: "invalid" }], ["4+", { kind: "invalid" }],
    ["зачёт", { kind: "invalid" }],
  ])("%j", (raw, expected) => expect(readMark(raw)).toEqual(expected));
});
