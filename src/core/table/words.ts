import { GENRE_WORDS, WORD_ENDINGS } from "./genre-words";

const WORD = /\p{L}+/gu;
const HAS_CYRILLIC = /[а-яё]/i;
const HAS_LATIN = /[a-z]/i;

function isCyrillic(c: number): boolean {
  return (c >= 0x410 && c <= 0x44f) || c === 0x401 || c === 0x451;
}

function isLatin(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Lower-cased forms of words seen: a document repeats its words, so this saves most allocations. */
const KEYS = new Map<string, string>();

function key(word: string): string {
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
  for (const [word, fragment] of fragmentOnly) if (!fragment) vocabulary.add(key(word));
  for (const t of extra) for (const m of t.matchAll(WORD)) vocabulary.add(key(m[0]));
  return vocabulary;
}

/** The genre's list plus the caller's words (role and party names): evidence enough to join at «и». */
export function buildStrongVocabulary(extra: Iterable<string> = []): Set<string> {
  const strong = new Set<string>(GENRE_WORDS);
  for (const t of extra) for (const m of t.matchAll(WORD)) strong.add(key(m[0]));
  return strong;
}

/** «руководители» is known when «руководителей» or «руководителям» is: another form of the same stem. */
function knownForm(word: string, vocabulary: ReadonlySet<string>): boolean {
  if (vocabulary.has(word)) return true;
  for (const ending of WORD_ENDINGS) {
    if (!ending || !word.endsWith(ending)) continue;
    const stem = word.slice(0, -ending.length);
    if (stem.length < 5) continue;
    for (const other of WORD_ENDINGS) if (other !== ending && vocabulary.has(stem + other)) return true;
  }
  return false;
}

export interface WordJoin {
  /** As it was: «Руководител и». */
  readonly from: string;
  /** As joined: «Руководители». */
  readonly to: string;
}

export interface JoinResult {
  readonly text: string;
  readonly joins: readonly WordJoin[];
}

/** The genre's own words: strong enough evidence to join even when the tail is a word itself («и»). */
export const GENRE_VOCABULARY: ReadonlySet<string> = new Set(GENRE_WORDS);
const FUNCTION_WORDS = new Set(GENRE_WORDS.slice(0, GENRE_WORDS.indexOf("руководитель")));

/** Only a left part that is not a word may take a tail: most are words, and then the tail is never looked up. */
function mayTakeTail(l: string, vocabulary: ReadonlySet<string>, strong: ReadonlySet<string>): boolean {
  return l.length >= 2 && !vocabulary.has(l) && !strong.has(l);
}

function joinsWith(l: string, r: string, vocabulary: ReadonlySet<string>, strong: ReadonlySet<string>): boolean {
  const joined = l + r;
  // «практик и методик» must stay: when the tail is a word of its own, only the genre's list may join it.
  if (FUNCTION_WORDS.has(r)) return strong.has(joined);
  if (vocabulary.has(joined) || strong.has(joined)) return true;
  // A form of a document word: only for a short tail, the usual shape of a word broken by layout.
  return r.length <= 4 && knownForm(joined, vocabulary);
}

/**
 * Joins words that layout broke apart («Руководител и ОО» → «Руководители ОО»), only where the left part is
 * not a word and the joined form is: a word of the document or a form of one, or — when the tail is a word
 * itself, like «и» — a word of `strong` (the genre's list, role and party names). The caller keeps the original.
 */
export function joinBrokenWords(
  text: string,
  vocabulary: ReadonlySet<string>,
  strong: ReadonlySet<string> = GENRE_VOCABULARY,
): JoinResult {
  if (!text.includes(" ")) return { text, joins: [] };
  const joins: WordJoin[] = [];
  let out = "";
  let last = 0;
  // The previous run: whether it may take a tail (not glued to Latin, not just joined), and its key,
  // looked up only when a word follows it after one space (most runs never need one).
  let prevOk = false;
  let prevKey: string | null = null;
  let prevStart = -1;
  let prevEnd = -2;
  // A hand-made scan over Cyrillic runs: the Unicode-class regex was the hot spot at 100,000 activities.
  for (let i = 0; i < text.length; ) {
    if (!isCyrillic(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < text.length && isCyrillic(text.charCodeAt(end))) end++;
    const ok = !(i > 0 && isLatin(text.charCodeAt(i - 1))) && !(end < text.length && isLatin(text.charCodeAt(end)));
    let k: string | null = null;
    if (ok && prevOk && i === prevEnd + 1 && text.charCodeAt(prevEnd) === 32) {
      prevKey ??= key(text.slice(prevStart, prevEnd));
      if (mayTakeTail(prevKey, vocabulary, strong) && joinsWith(prevKey, (k = key(text.slice(i, end))), vocabulary, strong)) {
        const left = text.slice(prevStart, prevEnd);
        const word = text.slice(i, end);
        out += text.slice(last, prevEnd);
        last = i;
        joins.push({ from: `${left} ${word}`, to: left + word });
        prevOk = false;
        prevEnd = end;
        i = end;
        continue;
      }
    }
    prevOk = ok;
    prevKey = k;
    prevStart = i;
    prevEnd = end;
    i = end;
  }
  return joins.length ? { text: out + text.slice(last), joins } : { text, joins };
}

export interface MixedScriptWord {
  readonly word: string;
  /** Offset of the word in the text. */
  readonly index: number;
  /** The Latin letters found in it. */
  readonly latin: string;
}

/** Words that mix Cyrillic and Latin letters («Нaleyка»): reported, never silently fixed. */
export function findMixedScript(text: string): MixedScriptWord[] {
  const found: MixedScriptWord[] = [];
  if (!HAS_LATIN.test(text) || !HAS_CYRILLIC.test(text)) return found;
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    if (!HAS_CYRILLIC.test(word) || !HAS_LATIN.test(word)) continue;
    found.push({ word, index: m.index ?? 0, latin: word.replace(/[^a-z]/gi, "") });
  }
  return found;
}
