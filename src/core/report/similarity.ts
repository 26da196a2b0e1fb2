/**
 * «The same activity, worded slightly differently» in several school roadmaps:
 * lowercase, ё→е, punctuation and spaces folded, short function words dropped, words cut to a stem
 * (Russian endings change with case: «педагогов» / «педагогические»), then token Jaccard.
 */
const STOP = new Set([
  "и", "в", "во", "на", "по", "с", "со", "к", "ко", "о", "об", "от", "до", "для", "из", "за", "при", "а", "или", "не",
  "их", "его", "её", "ее", "том", "числе", "т", "ч", "г", "гг",
]);
const STEM = 5;

export function normalizeText(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Word stems of a text, as a set. */
export function textTokens(text: string): Set<string> {
  const out = new Set<string>();
  for (const word of normalizeText(text).split(" ")) {
    if (!word || STOP.has(word)) continue;
    out.add(/^\d+$/.test(word) ? word : word.slice(0, STEM));
  }
  return out;
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let common = 0;
  for (const x of a) if (b.has(x)) common++;
  return common / (a.size + b.size - common);
}

export function textSimilarity(a: string, b: string): number {
  return jaccard(textTokens(a), textTokens(b));
}

/**
 * Greedy single-linkage clustering: each item joins the group holding its most similar member
 * (at or above the threshold), else starts a new one. Order-stable: groups keep first-seen order.
 */
export function clusterTexts(texts: readonly string[], threshold: number): number[][] {
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

/** School names compared the way officials write them: quotes, «№1» / «№ 1», ё/е, case. */
export function schoolKeyOf(name: string): string {
  return name
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/\(sch\d+\)/g, "")
    .replace(/[«»"'“”„]/g, "")
    .replace(/№\s*/g, "№")
    .replace(/\s+/g, " ")
    .trim();
}
