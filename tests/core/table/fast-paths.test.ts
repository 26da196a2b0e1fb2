import fc from "fast-check";
import {
  buildVocabulary,
  GENRE_WORDS,
  isStrayLine,
  normalizeSpaces,
  oneLine,
  tidyLines,
} from "../../../src/core/table";

// The hand-written scans that replaced regexes on the import's hot path must agree with the regexes.
const NEEDS_TIDY =
  /[\n\r\t\f\v\u00a0\u00ad\u2000-\u200d\u202f\u205f\u2060\u3000\ufeff]| {2}|^ | $|^[-–—−_=*·\s]+$|^• ?[-–—]/;
const WORD = /\p{L}+/gu;
const lowerKey = (w: string) => w.toLowerCase().replace(/ё/g, "е");

/** tidyLines as first written: the pattern decided whether there was anything to do. */
function tidyByRegex(text: string): string {
  if (!NEEDS_TIDY.test(text)) return text;
  const out: string[] = [];
  for (const line of normalizeSpaces(text).split(/\r\n|\r|\n/)) {
    const tidy = line.replace(/[ \t\f\v]+/g, " ").trim();
    if (tidy === "" || isStrayLine(tidy)) continue;
    out.push(tidy.replace(/^• ?[-–—]\s+/, "• "));
  }
  return out.join("\n");
}

/** The vocabulary as first written: one regex over the text, every match kept. */
function vocabularyByRegex(texts: string[]): Set<string> {
  const out = new Set<string>(GENRE_WORDS);
  const fragmentOnly = new Map<string, boolean>();
  for (const text of texts) {
    const words = [...text.matchAll(WORD)];
    words.forEach((m, i) => {
      const next = words[i + 1];
      const end = (m.index ?? 0) + m[0].length;
      const beforeShort = next !== undefined && next[0].length <= 2 && text.slice(end, next.index) === " ";
      const k = lowerKey(m[0]);
      fragmentOnly.set(k, (fragmentOnly.get(k) ?? true) && beforeShort);
    });
  }
  for (const [w, fragment] of fragmentOnly) if (!fragment) out.add(w);
  return out;
}

const pieces = [
  "а",
  "Ё",
  "и",
  "ОО",
  "x",
  "Q",
  " ",
  " ",
  "  ",
  "\n",
  "\r\n",
  "\t",
  "-",
  "–",
  "—",
  "•",
  "·",
  "*",
  "_",
  "1",
  ".",
  "\u00a0",
  "\u00ad",
  "\u2003",
  "\u200b",
  "\u2060",
  "\u3000",
  "\ufeff",
  "\u1680",
  "\u2028",
  "\u0301",
  "ß",
  "中",
  "𝐀",
  "\ud835",
  "\udc00",
];
const texts = fc.oneof(
  fc.array(fc.constantFrom(...pieces), { maxLength: 16 }).map((a) => a.join("")),
  fc.string({ unit: "binary", maxLength: 16 }),
);

describe("fast paths agree with the regexes they replaced", () => {
  it.each([
    { text: "", changed: false },
    { text: "Оказание помощи", changed: false },
    { text: " Оказание", changed: true },
    { text: "два  пробела", changed: true },
    { text: "строка\nвторая", changed: false },
    { text: "-- --", changed: true },
    { text: "•- пункт", changed: true },
    { text: "Школа\u00a0№1", changed: true },
  ])("tidyLines($text) changes it: $changed", ({ text, changed }) => {
    expect(tidyLines(text) !== text).toBe(changed);
  });

  it("tidyLines equals the version whose pattern decided when to tidy", () => {
    fc.assert(
      fc.property(texts, (t) => tidyLines(t) === tidyByRegex(t)),
      { numRuns: 2000 },
    );
  });

  it("oneLine equals the regex version", () => {
    fc.assert(fc.property(texts, (t) => oneLine(t) === t.replace(/\s*\n\s*/g, " ").trim()));
  });

  it("buildVocabulary equals the regex version, astral letters and broken surrogates included", () => {
    fc.assert(
      fc.property(fc.array(texts, { maxLength: 3 }), (ts) => {
        const fast = buildVocabulary(ts);
        const slow = vocabularyByRegex(ts);
        return fast.size === slow.size && [...slow].every((w) => fast.has(w));
      }),
      { numRuns: 500 },
    );
  });
});
