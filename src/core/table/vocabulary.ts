import { GENRE_WORDS } from "./genre-words";

/**
 * The words a document uses, as keys (lower case, ё as е): the evidence for joining words broken by layout.
 * Kept apart from the joining itself (words.ts); both run over every word of a pasted order.
 */

const WORD = /\p{L}+/gu;

/** Lower-cased forms of words seen: a document repeats its words, so this saves most allocations. */
const KEYS = new Map<string, string>();

export function wordKey(word: string): string {
  const cached = KEYS.get(word);
  if (cached !== undefined) return cached;
  const lower = word.toLowerCase();
  const k = lower.includes("ё") ? lower.replace(/ё/g, "е") : lower;
  if (KEYS.size > 100_000) KEYS.clear();
  KEYS.set(word, k);
  return k;
}

/** Which BMP code units are letters (\p{L}), learnt on first sight: 0 unknown, 1 letter, 2 not. */
const LETTER = new Uint8Array(0x10000);
const ONE_LETTER = /^\p{L}$/u;

function isLetterAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  if (c >= 0x410 && c <= 0x44f) return 1;
  if (c >= 0xd800 && c <= 0xdbff) {
    const cp = text.codePointAt(i) ?? c;
    return cp > 0xffff && ONE_LETTER.test(String.fromCodePoint(cp)) ? 2 : 0;
  }
  if (LETTER[c] === 0) LETTER[c] = ONE_LETTER.test(String.fromCharCode(c)) ? 1 : 2;
  return LETTER[c] === 1 ? 1 : 0;
}

/** End of the run of letters (\p{L}+) starting at `from`; `from` when none starts there. */
function letterRunEnd(text: string, from: number): number {
  let i = from;
  for (let step = isLetterAt(text, i); step > 0 && i < text.length; step = isLetterAt(text, i)) i += step;
  return i;
}

/**
 * Notes every run of letters (\p{L}+) of the text: false once it is seen anywhere but right before a one-
 * or two-letter word. Keyed by the word as written: a document repeats its words, and a key is a word
 * when any of its written forms is.
 */
function noteWords(text: string, fragmentOnly: Map<string, boolean>): void {
  let start = -1;
  let end = -1;
  for (let i = 0; i < text.length; ) {
    const runEnd = letterRunEnd(text, i);
    if (runEnd === i) {
      i++;
      continue;
    }
    if (start >= 0) noteWord(fragmentOnly, text.slice(start, end), i === end + 1 && runEnd - i <= 2 && text.charCodeAt(end) === 32);
    start = i;
    end = runEnd;
    i = runEnd;
  }
  if (start >= 0) noteWord(fragmentOnly, text.slice(start, end), false);
}

function noteWord(fragmentOnly: Map<string, boolean>, word: string, beforeShort: boolean): void {
  if (fragmentOnly.get(word) === false) return;
  fragmentOnly.set(word, beforeShort);
}

/**
 * Every word of the texts (lower case, ё as е), plus the genre list and the caller's words (party names).
 * A document word seen only right before a one- or two-letter word («Руководител и») is left out: it is
 * most likely a fragment of a broken word, not evidence that the fragment is a word.
 */
export function buildVocabulary(texts: Iterable<string>, extra: Iterable<string> = []): Set<string> {
  const vocabulary = new Set<string>(GENRE_WORDS);
  const fragmentOnly = new Map<string, boolean>();
  for (const text of texts) noteWords(text, fragmentOnly);
  for (const [word, fragment] of fragmentOnly) if (!fragment) vocabulary.add(wordKey(word));
  for (const t of extra) for (const m of t.matchAll(WORD)) vocabulary.add(wordKey(m[0]));
  return vocabulary;
}

/** The genre's list plus the caller's words (role and party names): evidence enough to join at «и». */
export function buildStrongVocabulary(extra: Iterable<string> = []): Set<string> {
  const strong = new Set<string>(GENRE_WORDS);
  for (const t of extra) for (const m of t.matchAll(WORD)) strong.add(wordKey(m[0]));
  return strong;
}
