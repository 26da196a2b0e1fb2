import { readFileSync } from "fs";
import fc from "fast-check";
import { sharedSeed } from "../../helpers/inputs";
import { BODAIBO_TARGET_TEXTS, DEFAULT_TARGETS, evaluateTarget, extractTargets, parseTarget } from "../../../src/core/indicators";

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
    [atLeast90, 0.9, "достигнут"], [atLeast90, 0.8999, "не достигнут"], [atMost5, 0.05, "достигнут"], [atMost5, 0.06, "не достигнут"],
    [atLeast90, null, "нет данных"], [null, 0.5, "нет данных"], [parseTarget("не менее 20 семинаров"), 21, "достигнут"],
  ])("%j with %p → %s", (t, v, status) => expect(evaluateTarget(t, v)).toBe(status));
});

describe("target list of a passport", () => {
  // ../shared beside the checkout (tests/helpers/inputs.ts); a missing seed fails the suite.
  const seed = readFileSync(sharedSeed("bodaibo-2020-2023.txt"), "utf8");
  it("extracts Бодайбо's twelve indicators with their targets", () => {
    const got = extractTargets(seed);
    expect(got.map((t) => t.text)).toEqual(BODAIBO_TARGET_TEXTS);
    expect(got.map((t) => t.target?.raw)).toEqual([
      "не менее 90 %", "не менее 90%", "100%", "не менее 20 семинаров", "80%", "не более 5 %", "100%", "100%", "100%", "100%", "100%", "50%",
    ]);
    expect(got[5]).toMatchObject({ numerator: "exam.below", denominator: "exam.participants" });
  });
  it("the default prefill equals the passport", () => expect(DEFAULT_TARGETS.map((t) => t.text)).toEqual(BODAIBO_TARGET_TEXTS));
  it("plain numbered lines work too", () => {
    const got = extractTargets("Целевые показатели\n1. Доля педагогов с высшей и первой категорией не менее 60 %\n2) Проведено не менее 10 семинаров\nТекст");
    expect(got).toHaveLength(2);
    expect(got[0]).toMatchObject({ numerator: "contingent.teachersTopCategory", denominator: "contingent.teachers", target: { value: 0.6 } });
  });
});
