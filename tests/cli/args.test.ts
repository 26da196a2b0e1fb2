import { parseAsOfArg, parseCli, parsePeriodArg, parseTableArg } from "../../src/cli/args";
import { CliUsageError } from "../../src/cli/errors";

describe("CLI arguments", () => {
  it.each([
    ["2023-2025", { start: "2023-01-01", end: "2025-12-31" }],
    ["2022", { start: "2022-01-01", end: "2022-12-31" }],
    ["2020 – 2021", { start: "2020-01-01", end: "2021-12-31" }],
  ])("period %s", (text, expected) => {
    expect(parsePeriodArg(text)).toEqual(expected);
  });
  it.each(["2025-2023", "два года", "20-21"])("rejects period %s as usage error", (text) => {
    expect(() => parsePeriodArg(text)).toThrow(CliUsageError);
  });
  it("defaults as-of to the injected today", () => {
    expect(parseAsOfArg(undefined, () => new Date(2026, 10, 24))).toBe("2026-11-24");
    expect(parseAsOfArg("2025-03-01")).toBe("2025-03-01");
    expect(() => parseAsOfArg("01.03.2025")).toThrow(CliUsageError);
  });
  it("parses table numbers and repeated options", () => {
    expect(parseTableArg("2")).toBe(2);
    expect(() => parseTableArg("вторая")).toThrow(CliUsageError);
    const { values } = parseCli(["report", "--roadmap", "a.tsv", "--roadmap", "b.tsv", "--out", "x.xlsx"]);
    expect(values.roadmap).toEqual(["a.tsv", "b.tsv"]);
  });
  it("turns unknown options into usage errors", () => {
    expect(() => parseCli(["roadmap", "--bogus"])).toThrow(CliUsageError);
  });
});
