/**
 * Numbers as officials have them: «72,4», «1 234» (space or NBSP thousands), «45 %», «—» for none,
 * numbers stored as text. `null` means "no value" (empty, dash); NaN means "not a number".
 */
const NONE = /^(?:[—–\-−]+|нет|н\/д|x|х)$/i;

/** Plain digits («17», «045») as an integer, or -1: score cells are mostly that, and regexes cost per row. */
function plainDigits(raw: string): number {
  // Up to 15 digits the running sum is exact (below 2^53) and equals Number(raw).
  if (raw.length === 0 || raw.length > 15) return -1;
  let v = 0;
  for (let i = 0; i < raw.length; i++) {
    const d = raw.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

export function parseNumberRu(raw: string | undefined | null): number | null {
  if (raw === undefined || raw === null) return null;
  const plain = plainDigits(raw);
  if (plain >= 0) return plain;
  let t = raw.trim();
  if (t === "" || NONE.test(t)) return null;
  // «1e 400 888» is «1 400 888» with a stray «e», not an exponent: spaces and an exponent never go together.
  const spaced = /[\s\u00a0\u202f]/.test(t);
  t = t.replace(/[\s\u00a0\u202f]+/g, "").replace(/%$/, "").replace(/^["«]|["»]$/g, "");
  if (t === "") return null;
  if (/^[+-]?\d*,\d+$/.test(t) || /^[+-]?\d+,$/.test(t)) t = t.replace(",", ".");
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t) || (spaced && /e/i.test(t))) return NaN;
  const v = Number(t);
  // «1e999» overflows to Infinity: not a figure anyone can count with.
  return Number.isFinite(v) ? v : NaN;
}

/** A percentage cell → fraction 0…1: «72,4» and «72,4 %» → 0.724; a cell already a fraction («0,724») stays. */
export function parsePercentRu(raw: string | undefined | null): number | null {
  const n = parseNumberRu(raw);
  if (n === null || Number.isNaN(n)) return n;
  return n / 100;
}

export type MarkRead = { kind: "mark"; mark: 2 | 3 | 4 | 5 } | { kind: "absent" } | { kind: "empty" } | { kind: "invalid" };

const MARK: MarkRead[] = [
  { kind: "mark", mark: 2 },
  { kind: "mark", mark: 3 },
  { kind: "mark", mark: 4 },
  { kind: "mark", mark: 5 },
];
const ABSENT: MarkRead = { kind: "absent" };
const EMPTY: MarkRead = { kind: "empty" };
const INVALID: MarkRead = { kind: "invalid" };
const ABSENT_WORDS = new Set(["н", "н.", "нея", "неявка", "не явился", "не явилась", "отсутствовал", "отсутствовала", "отс", "отс."]);

/**
 * A mark cell. Fast path first: a million rows are mostly a single digit, so no regex or allocation there.
 * «н» / «неявка» are absent (not participants); anything else outside 2–5 is invalid.
 */
export function readMark(raw: string | undefined): MarkRead {
  if (raw === undefined || raw.length === 0) return EMPTY;
  if (raw.length === 1) {
    const c = raw.charCodeAt(0) - 48;
    if (c >= 2 && c <= 5) return MARK[c - 2];
  }
  const t = raw.trim().replace(/^["«](.*)["»]$/, "$1");
  if (t === "") return EMPTY;
  if (/^[2-5]([.,]0+)?$/.test(t)) return MARK[Number(t[0]) - 2];
  if (ABSENT_WORDS.has(t.toLowerCase())) return ABSENT;
  return INVALID;
}
