/**
 * How much a decoded text looks like Russian: the per-character log-likelihood of its non-ASCII part.
 * The three single-byte Cyrillic encodings (Windows-1251, KOI8-R, CP866) share the ASCII half, so only
 * the characters the upper half decoded to tell them apart: in the right decoding they are Russian letters
 * with Russian frequencies in words of a normal shape («приказ», «Приказ», «ПРИКАЗ»); in a wrong one they
 * are rare letters, capitals inside words («пРХЙЮГ»), box-drawing characters or control characters.
 * Letter frequencies are those of Russian prose (national corpus counts, per mille).
 */

const LETTER_PER_MILLE: Record<string, number> = {
  о: 109.7, е: 84.5, а: 80.1, и: 73.5, н: 67.0, т: 62.6, с: 54.7, р: 47.3, в: 45.4, л: 44.0, к: 34.9,
  м: 32.1, д: 29.8, п: 28.1, у: 26.2, я: 20.1, ы: 19.0, ь: 17.4, г: 17.0, з: 16.5, б: 15.9, ч: 14.4,
  й: 12.1, х: 9.7, ж: 9.4, ш: 7.3, ю: 6.4, ц: 4.8, щ: 3.6, э: 3.2, ф: 2.6, ъ: 0.4, ё: 0.4,
};

const LETTER_LOG = new Map<string, number>(Object.entries(LETTER_PER_MILLE).map(([k, v]) => [k, Math.log(v / 1000)]));

/** Typography an office file holds beside the letters: «», dashes, №, NBSP, quotes, °, §, ±, ellipsis, bullet. */
const TYPOGRAPHY = new Set([..."«»–—№…“”„‘’•°§±·\u00a0"]);
const TYPOGRAPHY_LOG = Math.log(0.004);
/** Cyrillic letters of other languages (Ђ, ѓ, Љ, ў, ї …): possible, but a sign of a wrong code page. */
const FOREIGN_CYRILLIC_LOG = Math.log(0.0002);
/** Box drawing, Latin-1 letters, currency signs and other upper-half leftovers. */
const OTHER_LOG = Math.log(0.00005);
/** C1 controls and U+FFFD: no office text has them. */
const CONTROL_LOG = Math.log(0.000001);

/** Word shapes of Russian text: most words are lowercase, some capitalised, a few in capitals, almost none mixed. */
const SHAPE_LOG = { lower: Math.log(0.75), capital: Math.log(0.17), upper: Math.log(0.07), mixed: Math.log(0.004) };
/** The one-letter words of Russian (prepositions, conjunctions, «я»); any other lone letter is a sign of garbage. */
const ONE_LETTER_WORDS = new Set([..."авикосуяжбАВИКОСУЯЖБ"]);
const ODD_ONE_LETTER_LOG = Math.log(0.01);

const isRussianUpper = (c: number) => (c >= 0x410 && c <= 0x42f) || c === 0x401;
const isRussianLower = (c: number) => (c >= 0x430 && c <= 0x44f) || c === 0x451;
const isRussian = (c: number) => isRussianUpper(c) || isRussianLower(c);

function charLog(ch: string, code: number): number {
  if (isRussian(code)) return LETTER_LOG.get(ch.toLowerCase()) ?? OTHER_LOG;
  if (TYPOGRAPHY.has(ch)) return TYPOGRAPHY_LOG;
  if (code >= 0x400 && code <= 0x4ff) return FOREIGN_CYRILLIC_LOG;
  if ((code >= 0x80 && code <= 0x9f) || code === 0xfffd) return CONTROL_LOG;
  return OTHER_LOG;
}

export interface CyrillicScore {
  /** Summed log-likelihood of the non-ASCII characters and of the shapes of the words holding them. */
  readonly logLikelihood: number;
  /** Non-ASCII characters scored. */
  readonly scored: number;
}

/**
 * Scores the non-ASCII characters of `text` (ASCII decodes alike in every candidate, so it says nothing)
 * and the shape of every word that holds one.
 */
export function scoreCyrillic(text: string): CyrillicScore {
  let log = 0;
  let scored = 0;
  let upper = 0;
  let lower = 0;
  let firstUpper = false;
  let firstLetter = "";
  let inWord = false;
  let wordHasHigh = false;
  const endWord = () => {
    if (inWord && wordHasHigh) {
      log += wordShapeLog(upper, lower, firstUpper);
      if (upper + lower === 1 && !ONE_LETTER_WORDS.has(firstLetter)) log += ODD_ONE_LETTER_LOG;
    }
    inWord = false;
    wordHasHigh = false;
    upper = 0;
    lower = 0;
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const letter = isRussian(code) || (code < 0x80 && /[A-Za-z]/.test(text[i]));
    if (letter) {
      const up = isRussianUpper(code) || (code >= 0x41 && code <= 0x5a);
      if (!inWord) {
        firstUpper = up;
        firstLetter = text[i];
      }
      inWord = true;
      if (up) upper++;
      else lower++;
    } else {
      endWord();
    }
    if (code < 0x80) continue;
    if (letter) wordHasHigh = true;
    log += charLog(text[i], code);
    scored++;
  }
  endWord();
  return { logLikelihood: log, scored };
}

/** A lone letter says nothing by its case («В 2024 году», «в школе»). */
const ONE_LETTER_SHAPE_LOG = Math.log(0.5);

function wordShapeLog(upper: number, lower: number, firstUpper: boolean): number {
  if (upper + lower === 1) return ONE_LETTER_SHAPE_LOG;
  if (upper === 0) return SHAPE_LOG.lower;
  if (lower === 0) return upper === 1 ? SHAPE_LOG.capital : SHAPE_LOG.upper;
  return firstUpper && upper === 1 ? SHAPE_LOG.capital : SHAPE_LOG.mixed;
}
