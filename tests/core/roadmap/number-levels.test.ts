import fc from "fast-check";
import { numberLevels, numberParts } from "../../../src/core/roadmap/numbers";

describe("numberLevels", () => {
  it.each([
    { number: "1.", levels: 1 },
    { number: "2.8.1.", levels: 3 },
    { number: " 3.10 ", levels: 2 },
    { number: "II", levels: 0 },
    { number: "1а", levels: 0 },
    { number: "", levels: 0 },
    { number: "1..2", levels: 0 },
  ])("$number has $levels levels", ({ number, levels }) => {
    expect(numberLevels(number)).toBe(levels);
  });

  it("counts what numberParts would build", () => {
    const chars = fc.constantFrom("1", "2", "0", ".", " ", "I", "а");
    fc.assert(
      fc.property(
        fc.array(chars, { maxLength: 8 }).map((a) => a.join("")),
        (n) => numberLevels(n) === (numberParts(n)?.length ?? 0),
      ),
    );
  });
});
