/**
 * The digit fast paths of parseNumberRu / readMark must answer exactly as the regex paths did: the
 * reference functions below are the previous implementations, frozen, and serve as the oracle (with the
 * two later rules: no exponent in a spaced number, no ±Infinity).
 */
import fc from "fast-check";
import { parseNumberRu, readMark } from "../../../src/core/results";

function referenceNumber(raw: string | undefined | null): number | null {
  if (raw === undefined || raw === null) return null;
  let t = raw.trim();
  if (t === "" || /^(?:[—–\-−]+|нет|н\/д|x|х)$/i.test(t)) return null;
  const spaced = /[\s\u00a0\u202f]/.test(t);
  t = t.replace(/[\s\u00a0\u202f]+/g, "").replace(/%$/, "").replace(/^["«]|["»]$/g, "");
  if (t === "") return null;
  if (/^[+-]?\d*,\d+$/.test(t) || /^[+-]?\d+,$/.test(t)) t = t.replace(",", ".");
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) return NaN;
  if (spaced && /e/i.test(t)) return NaN;
  return Number.isFinite(Number(t)) ? Number(t) : NaN;
}

const ABSENT = new Set(["н", "н.", "нея", "неявка", "не явился", "не явилась", "отсутствовал", "отсутствовала", "отс", "отс."]);
function referenceMark(raw: string | undefined): string {
  if (raw === undefined) return "empty";
  const t = raw.trim().replace(/^["«](.*)["»]$/, "$1");
  if (t === "") return "empty";
  if (/^[2-5]([.,]0+)?$/.test(t)) return `mark${t[0]}`;
  if (ABSENT.has(t.toLowerCase())) return "absent";
  return "invalid";
}
const kindOf = (raw: string | undefined) => {
  const m = readMark(raw);
  return m.kind === "mark" ? `mark${m.mark}` : m.kind;
};
const same = (a: number | null, b: number | null) => (a === null ? b === null : b !== null && Object.is(a, b));

const CASES = [
  "0", "7", "17", "045", "007", "1234567890", "12345678901234567890", "9".repeat(400), "00", "-0", "+5", "-3", "1e3", "1E3",
  "", " ", "  17 ", "17\u00a0", "\u202f5", "72,4", "1 234", "1\u00a0234,5", "45 %", "45%", "%", "—", "-", "--", "нет", "Х", "x",
  "н/д", "«12»", "\"12\"", "12»", ",5", "5,", ".5", "5.", "1.2.3", "12,3,4", "abc", "١٢", "１２", "12a", "a12", "0x1F", "Infinity",
  "NaN", "1_000", "٣", "²", "3/4", "12 345 678",
];
const MARK_CASES = ["", " ", "2", "3", "4", "5", "1", "6", "0", "9", "a", "н", "Н", " н ", "н.", "«4»", "\"5\"", "3,0", "4.00", "4+", "45", "22", "неявка", "²", "５"];

describe("parseNumberRu fast path", () => {
  it.each(CASES)("%j answers as the regex path", (raw) => expect(same(parseNumberRu(raw), referenceNumber(raw))).toBe(true));

  it("agrees on digit strings, signs, separators and junk", () => {
    const chars = fc.constantFrom("0", "1", "5", "9", " ", ",", ".", "-", "+", "%", "e", "\u00a0", "«", "»", "н", "—", "x");
    fc.assert(
      fc.property(fc.oneof(fc.stringMatching(/^\d{0,20}$/), fc.array(chars, { maxLength: 10 }).map((a) => a.join("")), fc.string()), (raw) => {
        expect(same(parseNumberRu(raw), referenceNumber(raw))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("readMark fast path", () => {
  it.each(MARK_CASES)("%j answers as the regex path", (raw) => expect(kindOf(raw)).toBe(referenceMark(raw)));

  it("agrees on random short cells", () => {
    const chars = fc.constantFrom("2", "3", "5", "6", " ", ",", "0", "н", "Н", ".", "«", "»", "е");
    fc.assert(fc.property(fc.oneof(fc.array(chars, { maxLength: 4 }).map((a) => a.join("")), fc.string({ maxLength: 3 })), (raw) => {
      expect(kindOf(raw)).toBe(referenceMark(raw));
    }), { numRuns: 2000 });
  });
});
