/**
 * Target phrases of programme passports: «не менее 90 %» → ≥ 0.9, «не более 5 %» → ≤ 0.05, «100 %» → ≥ 1,
 * «не менее 20 семинаров» → count ≥ 20, «рост … до 80 %» → ≥ 0.8, «снижение … до 5 %» → ≤ 0.05.
 */
export type TargetOp = ">=" | "<=" | ">" | "<" | "=";

export interface Target {
  readonly op: TargetOp;
  /** Fraction for percents (0.9), plain number for counts (20). */
  readonly value: number;
  readonly unit: "percent" | "count";
  /** The noun after a count («семинаров»), when written. */
  readonly noun?: string;
  /** The words the target was read from («не менее 90 %»). */
  readonly raw: string;
}

export type TargetStatus = "достигнут" | "не достигнут" | "нет данных";

/** Comparator words, longest first; each maps to an operator. */
const OPS: readonly (readonly [string, TargetOp])[] = [
  ["не менее чем", ">="], ["не менее", ">="], ["не ниже", ">="], ["не меньше", ">="], ["как минимум", ">="], ["минимум", ">="],
  ["не более чем", "<="], ["не более", "<="], ["не выше", "<="], ["не больше", "<="], ["максимум", "<="],
  ["более", ">"], ["свыше", ">"], ["больше", ">"], ["выше", ">"], ["менее", "<"], ["меньше", "<"], ["ниже", "<"],
  ["≥", ">="], [">=", ">="], ["≤", "<="], ["<=", "<="], ["до", ">="],
];
const OP_PATTERN = OPS.map(([w]) => w.replace(/[.*+?^${}()|[\]\\<>=]/g, "\\$&").replace(/ /g, "\\s+")).join("|");
const NUMBER = String.raw`(\d+(?:[.,]\d+)?)`;
const L = "(?<![а-яёa-z])";
const TARGET_RE = new RegExp(`(?:${L}(${OP_PATTERN})\\s*)?${NUMBER}\\s*(%|процент[а-яё]*)?\\s*([а-яё]+)?`, "gi");
const DOWNWARD = /(снижен|сниз|уменьш|сокращ)[а-яё]*[^%\d]*$/i;
const YEAR = /^(19|20)\d\d$/;

function opOf(word: string | undefined, before: string): TargetOp | null {
  if (!word) return null;
  const w = word.toLowerCase().replace(/\s+/g, " ");
  if (w === "до") return DOWNWARD.test(before) ? "<=" : ">=";
  return OPS.find(([x]) => x === w)?.[1] ?? null;
}

/** The target inside a phrase or a whole indicator sentence; null when there is none. */
export function parseTarget(phrase: string): Target | null {
  const text = phrase.replace(/\u00a0/g, " ");
  let fallback: Target | null = null;
  for (const m of text.matchAll(TARGET_RE)) {
    const [, opWord, num, percent, noun] = m;
    if (!percent && YEAR.test(num)) continue;
    const n = Number(num.replace(",", "."));
    const op = opOf(opWord, text.slice(0, m.index));
    const unit = percent ? "percent" : "count";
    const target: Target = { raw: m[0].trim().replace(/\s+[а-яё]+$/i, percent ? "" : "$&"), op: op ?? ">=", value: unit === "percent" ? Math.round(n * 1e6) / 1e8 : n, unit, ...(unit === "count" && noun ? { noun: noun.toLowerCase() } : {}) };
    if (op) return target;
    if (percent && !fallback) fallback = target;
  }
  return fallback;
}

const EPS = 1e-9;

/**
 * The value as the report shows it: a percentage with one decimal (5,03 % → 5,0 %), a count as is.
 * Status is decided on this shown value, so a reader never sees «5,0 %» marked «не достигнут» against
 * «не более 5 %»; the «Целевые показатели» sheet's formula rounds the same way (ROUND(value, 3)).
 */
export function roundAsShown(t: Pick<Target, "unit">, value: number): number {
  return t.unit === "percent" ? Math.round(value * 1000) / 1000 : value;
}

export function meetsTarget(t: Target, raw: number): boolean {
  const value = roundAsShown(t, raw);
  switch (t.op) {
    case ">=": return value >= t.value - EPS;
    case "<=": return value <= t.value + EPS;
    case ">": return value > t.value + EPS;
    case "<": return value < t.value - EPS;
    case "=": return Math.abs(value - t.value) <= EPS;
  }
}

export function evaluateTarget(t: Target | null, value: number | null): TargetStatus {
  if (!t || value === null || !Number.isFinite(value)) return "нет данных";
  return meetsTarget(t, value) ? "достигнут" : "не достигнут";
}

/** «не менее», «не более»…: the words of an operator, for a target the document gave as a bare number. */
export function opWordsRu(op: TargetOp): string {
  return { ">=": "не менее", "<=": "не более", ">": "более", "<": "менее", "=": "" }[op];
}
