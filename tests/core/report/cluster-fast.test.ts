import fc from "fast-check";
import { clusterTexts, jaccard, textTokens } from "../../../src/core/report";

/** The plain quadratic definition the indexed version must reproduce exactly. */
function naiveCluster(texts: readonly string[], threshold: number): number[][] {
  const tokens = texts.map(textTokens);
  const groups: number[][] = [];
  texts.forEach((_, i) => {
    let best = -1;
    let bestScore = -1;
    groups.forEach((g, gi) => {
      const score = Math.max(...g.map((j) => jaccard(tokens[i], tokens[j])));
      if (score >= threshold && score > bestScore) {
        best = gi;
        bestScore = score;
      }
    });
    if (best >= 0) groups[best].push(i);
    else groups.push([i]);
  });
  return groups;
}

const WORDS = ["проведение", "семинара", "для", "учителей", "математики", "русского", "языка", "анализ", "результатов", "ВПР", "мониторинг", "школ", "2024", "и", ""];
const text = fc.array(fc.constantFrom(...WORDS), { maxLength: 7 }).map((w) => w.join(" "));

describe("clusterTexts (indexed) equals the quadratic definition", () => {
  it("on random activity texts and thresholds", () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 40 }), fc.constantFrom(0, 0.3, 0.5, 0.6, 0.8, 1), (texts, threshold) => {
        expect(clusterTexts(texts, threshold)).toEqual(naiveCluster(texts, threshold));
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
    );
  });
});
