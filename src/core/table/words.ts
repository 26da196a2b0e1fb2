import { GENRE_WORDS, WORD_ENDINGS } from "./genre-words";

const WORD = /\p{L}+/gu;
const CYRILLIC = /^[а-яё]+$/i;
const HAS_CYRILLIC = /[а-яё]/i;
const HAS_LATIN = /[a-z]/i;

function key(word: string): string {
  return word.toLowerCase().replace(/ё/g, "е");
}

/**
 * Every word of the texts (lower case, ё as е), plus the genre list and the caller's words (party names).
 * A document word seen only right before a one- or two-letter word («Руководител и») is left out: it is
 * most likely a fragment of a broken word, not evidence that the fragment is a word.
 */
export function buildVocabulary(texts: Iterable<string>, extra: Iterable<string> = []): Set<string> {
  const vocabulary = new Set<string>(GENRE_WORDS);
  const fragmentOnly = new Map<string, boolean>();
  for (const text of texts) {
    const words = [...text.matchAll(WORD)];
    words.forEach((m, i) => {
      const next = words[i + 1];
      const end = (m.index ?? 0) + m[0].length;
      const beforeShort = next !== undefined && next[0].length <= 2 && text.slice(end, next.index) === " ";
      const k = key(m[0]);
      fragmentOnly.set(k, (fragmentOnly.get(k) ?? true) && beforeShort);
    });
  }
  for (const [word, fragment] of fragmentOnly) if (!fragment) vocabulary.add(word);
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

function shouldJoin(left: string, right: string, vocabulary: ReadonlySet<string>, strong: ReadonlySet<string>): boolean {
  if (left.length < 2 || !CYRILLIC.test(left) || !CYRILLIC.test(right)) return false;
  const l = key(left);
  const r = key(right);
  if (vocabulary.has(l) || strong.has(l)) return false;
  const joined = l + r;
  // «практик и методик» must stay: when the tail is a word of its own, only the genre's list may join it.
  if (FUNCTION_WORDS.has(r)) return strong.has(joined);
  return vocabulary.has(joined) || strong.has(joined) || knownForm(joined, vocabulary);
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
  const words = [...text.matchAll(WORD)];
  const joins: WordJoin[] = [];
  let out = "";
  let last = 0;
  for (let i = 0; i + 1 < words.length; i++) {
    const a = words[i];
    const b = words[i + 1];
    const aEnd = (a.index ?? 0) + a[0].length;
    if (text.slice(aEnd, b.index) !== " " || !shouldJoin(a[0], b[0], vocabulary, strong)) continue;
    out += text.slice(last, aEnd);
    last = b.index ?? aEnd;
    joins.push({ from: `${a[0]} ${b[0]}`, to: a[0] + b[0] });
    i++;
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
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    if (!HAS_CYRILLIC.test(word) || !HAS_LATIN.test(word)) continue;
    found.push({ word, index: m.index ?? 0, latin: word.replace(/[^a-z]/gi, "") });
  }
  return found;
}
