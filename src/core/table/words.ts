import { GENRE_WORDS, WORD_ENDINGS } from "./genre-words";
import { wordKey as key } from "./vocabulary";

export { buildStrongVocabulary, buildVocabulary } from "./vocabulary";

const WORD = /\p{L}+/gu;
const HAS_CYRILLIC = /[а-яё]/i;
const HAS_LATIN = /[a-z]/i;

function isCyrillic(c: number): boolean {
  return (c >= 0x410 && c <= 0x44f) || c === 0x401 || c === 0x451;
}

function isLatin(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
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

/** key() of a run of Cyrillic letters: a word already in lower case without «ё» is its own key (most are). */
function cyrillicKey(text: string, start: number, end: number): string {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c <= 0x42f || c === 0x451) return key(text.slice(start, end));
  }
  return text.slice(start, end);
}

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
      prevKey ??= cyrillicKey(text, prevStart, prevEnd);
      if (mayTakeTail(prevKey, vocabulary, strong) && joinsWith(prevKey, (k = cyrillicKey(text, i, end)), vocabulary, strong)) {
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
