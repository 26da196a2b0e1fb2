import { parsePeriodArg } from "../../src/cli/args";
import { CliUsageError } from "../../src/cli/errors";

describe("--period: school years", () => {
  it.each([
    ["2023/2024", { start: "2023-09-01", end: "2024-08-31", kind: "school" }],
    ["2023/2024-2025/2026", { start: "2023-09-01", end: "2026-08-31", kind: "school" }],
    ["2023/2024 – 2025/2026", { start: "2023-09-01", end: "2026-08-31", kind: "school" }],
    ["2023-2024", { start: "2023-01-01", end: "2024-12-31" }],
  ])("%s", (text, expected) => {
    expect(parsePeriodArg(text)).toEqual(expected);
  });

  it.each(["2023/2025", "2025/2026-2023/2024", "2023/24"])("rejects %s with a Russian message", (text) => {
    expect(() => parsePeriodArg(text)).toThrow(CliUsageError);
    expect(() => parsePeriodArg(text)).toThrow(/[а-я]/);
  });
});
