import fc from "fast-check";
import { parseDeadline, daysInMonth, isoDate } from "../../../src/core/deadlines";
import { MONTH_DICTIONARY } from "../../../src/core/deadlines/constants";

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const formsOf = (m: number) => Object.keys(MONTH_DICTIONARY).filter((k) => MONTH_DICTIONARY[k] === m);
const month = fc.integer({ min: 1, max: 12 });
const year = fc.integer({ min: 2000, max: 2099 });
const yearSuffix = fc.constantFrom("", " г.", "г.", " г", " года", "год", " год");
const dash = fc.constantFrom("-", " - ", "–", " – ", "—", "- ", " −");
const casing = fc.constantFrom((s: string) => s, (s: string) => s[0].toUpperCase() + s.slice(1), (s: string) => s.toUpperCase());
const monthWord = (m: number) => fc.tuple(fc.constantFrom(...formsOf(m)), casing).map(([w, c]) => c(w));

describe("grammar round trip", () => {
  it("«<месяц> <год>» parses back to that month", () => {
    fc.assert(
      fc.property(month.chain((m) => fc.tuple(fc.constant(m), monthWord(m), year, yearSuffix)), ([m, w, y, suf]) => {
        const d = parseDeadline(`${w} ${y}${suf}`, { period: null });
        expect(d).toMatchObject({ kind: "date", start: isoDate(y, m, 1), end: isoDate(y, m, daysInMonth(y, m)) });
      }),
      { numRuns: RUNS },
    );
  });

  it("«<месяц>-<месяц> <год>» parses back to that range, across New Year too", () => {
    const gen = fc.tuple(month, month).chain(([a, b]) => fc.tuple(fc.constant(a), fc.constant(b), monthWord(a), monthWord(b), year, dash, yearSuffix));
    fc.assert(
      fc.property(gen, ([a, b, wa, wb, y, d, suf]) => {
        fc.pre(a !== b);
        const parsed = parseDeadline(`${wa}${d}${wb} ${y}${suf}`, { period: null });
        const fromYear = a > b ? y - 1 : y;
        expect(parsed).toMatchObject({ kind: "interval", start: isoDate(fromYear, a, 1), end: isoDate(y, b, daysInMonth(y, b)) });
      }),
      { numRuns: RUNS },
    );
  });

  it("a list of dated months gives one occurrence per distinct month", () => {
    const item = month.chain((m) => fc.tuple(fc.constant(m), monthWord(m), year));
    const sep = fc.constantFrom(", ", "; ", "  ", "\n", " и ");
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 5 }), sep, (items, s) => {
        const d = parseDeadline(items.map(([, w, y]) => `${w} ${y}`).join(s), { period: null });
        const distinct = new Set(items.map(([m, , y]) => `${y}-${m}`));
        expect(d.kind).toBe("date");
        expect(d.occurrences.length).toBe(distinct.size);
      }),
      { numRuns: RUNS },
    );
  });

  it("dd.mm.yyyy with «до» is a finish-by date", () => {
    const gen = fc.tuple(year, month).chain(([y, m]) => fc.tuple(fc.constant(y), fc.constant(m), fc.integer({ min: 1, max: daysInMonth(y, m) })));
    fc.assert(
      fc.property(gen, ([y, m, d]) => {
        const raw = `до ${String(d).padStart(2, "0")}.${String(m).padStart(2, "0")}.${y}`;
        expect(parseDeadline(raw, { period: null })).toMatchObject({ kind: "date", start: isoDate(y, m, d), byDate: true });
      }),
      { numRuns: RUNS },
    );
  });
});

describe("junk", () => {
  it("never throws and keeps the raw text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (s) => {
        const d = parseDeadline(s, { period: { start: "2023-01-01", end: "2025-12-31" }, yearHint: 2024 });
        expect(d.raw).toBe(s);
      }),
      { numRuns: RUNS },
    );
  });

  it("text with no words of the grammar is unparsed (or missing when blank)", () => {
    const junk = fc.string({ unit: fc.constantFrom(..."qwxyzQWXYZ фывапролджэ!?#&()[]{}".split("")), minLength: 1, maxLength: 60 });
    fc.assert(
      fc.property(junk, (s) => {
        const d = parseDeadline(s, { period: null });
        expect(["unparsed", "missing"]).toContain(d.kind);
        expect(d.raw).toBe(s);
        expect(d.occurrences).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});
