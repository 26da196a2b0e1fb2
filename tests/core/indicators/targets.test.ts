import fc from "fast-check";
import { computeIndicators, DEFAULT_SETTINGS, evaluateTarget, parseTarget } from "../../../src/core/indicators";

describe("parseTarget", () => {
  it.each([
    ["не менее 90 %", { op: ">=", value: 0.9, unit: "percent" }],
    ["не более 5 %", { op: "<=", value: 0.05, unit: "percent" }],
    ["100 %", { op: ">=", value: 1, unit: "percent" }],
    ["не менее 20 семинаров", { op: ">=", value: 20, unit: "count", noun: "семинаров" }],
    ["не менее 20", { op: ">=", value: 20, unit: "count" }],
    ["рост доли обучающихся до 80 %", { op: ">=", value: 0.8, unit: "percent" }],
    ["снижение доли неуспевающих до 5 %", { op: "<=", value: 0.05, unit: "percent" }],
    ["не ниже 75,5%", { op: ">=", value: 0.755, unit: "percent" }],
    ["к 2025 году не выше 10 процентов", { op: "<=", value: 0.1, unit: "percent" }],
    ["менее 3 %", { op: "<", value: 0.03, unit: "percent" }],
    ["Доля ОУ, где система работы выстроена … не менее 90%", { op: ">=", value: 0.9, unit: "percent" }],
  ])("%s", (phrase, expected) => expect(parseTarget(phrase)).toMatchObject(expected));

  it.each(["", "повышение качества образования", "в 2024 году"])("%j has no target", (phrase) => expect(parseTarget(phrase)).toBeNull());

  it("reads back any generated «не менее / не более N %»", () => {
    fc.assert(fc.property(fc.constantFrom(["не менее", ">="], ["не более", "<="], ["не ниже", ">="], ["не выше", "<="]), fc.integer({ min: 0, max: 100 }), ([words, op], n) => {
      expect(parseTarget(`${words} ${n} %`)).toMatchObject({ op, value: n / 100, unit: "percent" });
    }));
  });
});

describe("evaluateTarget", () => {
  const atLeast90 = parseTarget("не менее 90 %");
  const atMost5 = parseTarget("не более 5 %");
  it.each([
    [atLeast90, 0.9, "достигнут"], [atLeast90, 0.8994, "не достигнут"], [atMost5, 0.05, "достигнут"], [atMost5, 0.06, "не достигнут"],
    [atLeast90, null, "нет данных"], [null, 0.5, "нет данных"], [parseTarget("не менее 20 семинаров"), 21, "достигнут"],
  ])("%j with %p → %s", (t, v, status) => expect(evaluateTarget(t, v)).toBe(status));
});

describe("status on the value as shown", () => {
  const atMost5 = parseTarget("не более 5 %");
  // 5,03 % is shown «5,0 %»: the status agrees with what the reader sees; 5,06 % is shown «5,1 %».
  it.each([[0.0503, "достигнут"], [0.0506, "не достигнут"], [0.0549, "не достигнут"]])("%p → %s", (v, status) => expect(evaluateTarget(atMost5, v)).toBe(status));
});

describe("no built-in targets", () => {
  it("computeIndicators without targets evaluates none", () => {
    expect(computeIndicators({ tables: [], findings: [] }, DEFAULT_SETTINGS).targets).toEqual([]);
  });
});
