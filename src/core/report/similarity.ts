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
 *
 * Linear in practice: items with the same stems (the same activity copied into many school
 * roadmaps) join the first one's group at once (similarity 1), and the rest are compared only with
 * earlier distinct texts that share a stem (sharing none, their similarity is 0, under any threshold > 0).
 */
export function clusterTexts(texts: readonly string[], threshold: number): number[][] {
  const groups: number[][] = [];
  const groupOfKey = new Map<string, number>();
  const reps: { tokens: Set<string>; group: number }[] = [];
  const repsWithToken = new Map<string, number[]>();
  texts.forEach((text, i) => {
    const tokens = textTokens(text);
    const key = [...tokens].sort().join(" ");
    const same = threshold <= 1 ? groupOfKey.get(key) : undefined;
    if (same !== undefined) {
      groups[same].push(i);
      return;
    }
    const group = bestGroup(tokens, threshold, reps, candidatesOf(tokens, threshold, reps.length, repsWithToken));
    const g = group ?? groups.push([]) - 1;
    groups[g].push(i);
    groupOfKey.set(key, g);
    for (const t of tokens) (repsWithToken.get(t) ?? repsWithToken.set(t, []).get(t)!).push(reps.length);
    reps.push({ tokens, group: g });
  });
  return groups;
}

/** Earlier distinct texts worth comparing, in first-seen order. */
function candidatesOf(tokens: Set<string>, threshold: number, repCount: number, repsWithToken: Map<string, number[]>): number[] {
  if (threshold <= 0 || tokens.size === 0) return Array.from({ length: repCount }, (_, r) => r);
  const seen = new Set<number>();
  for (const t of tokens) for (const r of repsWithToken.get(t) ?? []) seen.add(r);
  return [...seen].sort((a, b) => a - b);
}

function bestGroup(tokens: Set<string>, threshold: number, reps: readonly { tokens: Set<string>; group: number }[], candidates: readonly number[]): number | undefined {
  const scoreOfGroup = new Map<number, number>();
  for (const r of candidates) {
    const score = jaccard(tokens, reps[r].tokens);
    if (score > (scoreOfGroup.get(reps[r].group) ?? -1)) scoreOfGroup.set(reps[r].group, score);
  }
  let best: number | undefined;
  let bestScore = -1;
  // Lowest group index wins a tie, as in a scan of the groups in order.
  for (const [g, score] of [...scoreOfGroup].sort((a, b) => a[0] - b[0])) {
    if (score >= threshold && score > bestScore) {
      best = g;
      bestScore = score;
    }
  }
  return best;
}

/** School names compared the way officials write them: quotes, «№1» / «№ 1», ё/е, case. */
export function schoolKeyOf(name: string): string {
  const cached = SCHOOL_KEYS.get(name);
  if (cached !== undefined) return cached;
  const key = name
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/\(sch\d+\)/g, "")
    .replace(/[«»"'“”„]/g, "")
    .replace(/№\s*/g, "№")
    .replace(/\s+/g, " ")
    .trim();
  if (SCHOOL_KEYS.size > 50_000) SCHOOL_KEYS.clear();
  SCHOOL_KEYS.set(name, key);
  return key;
}

const SCHOOL_KEYS = new Map<string, string>();
