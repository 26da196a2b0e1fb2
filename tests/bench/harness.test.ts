import { checkTarget, jsonSummary } from "../../bench/lib/report";
import { countFormulas } from "../../bench/lib/plan";
import { formatNumber, growthRatio, median, timeRuns } from "../../bench/lib/stats";
import type { Metric, Target } from "../../bench/lib/types";

describe("median", () => {
  it.each([
    { values: [3, 1, 2], expected: 2 },
    { values: [4, 1, 3, 2], expected: 2.5 },
    { values: [7], expected: 7 },
    { values: [5, 5, 100, 5, 5], expected: 5 },
  ])("median($values) = $expected", ({ values, expected }) => expect(median(values)).toBe(expected));

  it("is NaN for no samples and leaves its input unsorted", () => {
    const v = [3, 1, 2];
    expect(median([])).toBeNaN();
    median(v);
    expect(v).toEqual([3, 1, 2]);
  });
});

describe("timeRuns", () => {
  it("warms up once, then times exactly `runs` calls, preparing each", async () => {
    const calls: number[] = [];
    const prepared: number[] = [];
    const t = await timeRuns(5, (i) => (calls.push(i), i * 10), (i) => prepared.push(i));
    expect(calls).toEqual([-1, 0, 1, 2, 3, 4]);
    expect(prepared).toEqual([-1, 0, 1, 2, 3, 4]);
    expect(t.samplesMs).toHaveLength(5);
    expect(t.last).toBe(40);
  });
});

describe("growthRatio", () => {
  it.each([
    { points: [{ size: 1000, ms: 10 }, { size: 100000, ms: 1000 }], expected: 1 },
    { points: [{ size: 100000, ms: 3000 }, { size: 1000, ms: 10 }], expected: 3 },
    { points: [{ size: 10, ms: 1 }, { size: 20, ms: 8 }, { size: 40, ms: 64 }], expected: 16 },
  ])("time per item, largest over smallest: $expected", ({ points, expected }) => expect(growthRatio(points)).toBeCloseTo(expected));

  it("needs two sizes", () => expect(growthRatio([{ size: 1, ms: 1 }])).toBeNaN());
});

describe("formatNumber", () => {
  it.each([
    { value: 1234567.8, expected: "1\u202f234\u202f568" },
    { value: 42.56, expected: "42,6" },
    { value: 1.234, expected: "1,23" },
    { value: 0.01237, expected: "0,0124" },
    { value: 0, expected: "0" },
    { value: 5, expected: "5" },
    { value: 1000000, expected: "1\u202f000\u202f000" },
    { value: Number.NaN, expected: "—" },
  ])("$value → $expected", ({ value, expected }) => expect(formatNumber(value)).toBe(expected));
});

describe("targets", () => {
  const metric = (name: string, value: number): [string, Metric] => [name, { name, label: name, value, unit: "ms" }];
  const target: Target = { metric: "x", label: "x", op: "<", limit: 50 };

  it.each([
    { value: 49.9, status: "OK" },
    { value: 50, status: "ПРОМАХ" },
    { value: Number.NaN, status: "нет данных" },
  ])("x = $value against < 50: $status", ({ value, status }) => expect(checkTarget(target, new Map([metric("x", value)])).status).toBe(status));

  it("an absent metric has no data, and <= accepts the limit itself", () => {
    expect(checkTarget(target, new Map()).status).toBe("нет данных");
    expect(checkTarget({ ...target, op: "<=" }, new Map([metric("x", 50)])).status).toBe("OK");
  });

  it("the JSON line has machine and metrics {value, unit}, and no NaN (null instead)", () => {
    const line = jsonSummary([], new Map([metric("a.b", 12.5), metric("c", Number.NaN)]));
    const parsed = JSON.parse(line);
    expect(Object.keys(parsed.machine).sort()).toEqual(["cpus", "model", "node", "platform", "totalMemGB"]);
    expect(parsed.metrics["a.b"]).toEqual({ value: 12.5, unit: "ms" });
    expect(parsed.metrics.c.value).toBeNull();
    expect(line).not.toContain("\n");
  });
});

describe("countFormulas", () => {
  it("counts formula cells in blocks and tables, not conditional-format rules", () => {
    const plan = {
      sheets: [
        { blocks: [{ rows: [[1, { f: "A1+1" }], ["x", { f: "SUM(A:A)", v: 3 }]] }], conditionalFormats: [{ range: "A1", f: "A1>0", fill: "red" }] },
        { tables: [{ rows: [[{ f: "B2" }, { d: "2024-01-01" }, { link: "#A1", text: "→" }]] }] },
      ],
    };
    expect(countFormulas(plan)).toBe(3);
  });
});
