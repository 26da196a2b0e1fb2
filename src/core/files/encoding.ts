import { scoreCyrillic } from "./cyrillic-score";

/**
 * The encodings Russian office text files arrive in: UTF-8 (with or without BOM), «Unicode text» of Excel
 * (UTF-16 LE with BOM) and UTF-16 from other programs (either order, BOM or not), Windows-1251 (Russian
 * Windows' «Текст (разделители — табуляция)»), KOI8-R (old Unix and mail systems) and CP866 (DOS programs,
 * the Windows console). Names are WHATWG labels: TextDecoder knows all of them in Node and in browsers.
 */
export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1251" | "koi8-r" | "ibm866";

export interface DetectedEncoding {
  readonly encoding: TextEncoding;
  /** The byte order mark that said so (then the detection is certain). */
  readonly bom: boolean;
  /** 0…1: how sure the statistics are (1 for a BOM, valid UTF-8 or pure ASCII). */
  readonly confidence: number;
  /** Bytes that are not valid in the encoding chosen (UTF-8 with a few broken sequences). */
  readonly invalidBytes: number;
}

/** How a Russian user knows each encoding (the names Word and Notepad show). */
export const ENCODING_NAME_RU: Record<TextEncoding, string> = {
  "utf-8": "UTF-8",
  "utf-16le": "UTF-16 LE («Юникод»)",
  "utf-16be": "UTF-16 BE («Юникод, обратный порядок байтов»)",
  "windows-1251": "Windows-1251 (кириллица Windows)",
  "koi8-r": "KOI8-R",
  "ibm866": "CP866 (кириллица DOS)",
};

const SINGLE_BYTE: readonly TextEncoding[] = ["windows-1251", "koi8-r", "ibm866"];
/**
 * Prior in nats: Windows-1251 is by far the most common legacy encoding of Russian office files, KOI8-R and
 * CP866 rarer. Only a text whose upper-half characters score within these margins is decided by the prior.
 */
const PRIOR: Record<string, number> = { "windows-1251": 0, "koi8-r": -1, ibm866: -1.5 };

/** Bytes looked at for UTF-16 and single-byte statistics: enough for any decision, bounded for huge files. */
const SAMPLE_BYTES = 256 * 1024;

function bomOf(bytes: Uint8Array): { encoding: TextEncoding; length: number } | null {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", length: 3 };
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", length: 2 };
  return null;
}

/** A UTF-16 code unit a Russian office text is made of: ASCII, Latin-1, Cyrillic, punctuation, №, €. */
function plausibleUnit(u: number): boolean {
  if (u < 0x20) return u === 9 || u === 10 || u === 13;
  return u < 0x7f || (u >= 0xa0 && u <= 0x17f) || (u >= 0x400 && u <= 0x4ff) || (u >= 0x2000 && u <= 0x206f) || u === 0x2116 || u === 0x20ac || u === 0xfeff;
}

/** Share of code units that are plausible text when the bytes are read as UTF-16 in the given order. */
function utf16Plausibility(bytes: Uint8Array, littleEndian: boolean): number {
  const n = Math.min(bytes.length, SAMPLE_BYTES) >> 1;
  if (n === 0) return 0;
  let good = 0;
  for (let i = 0; i < n; i++) {
    const lo = bytes[2 * i + (littleEndian ? 0 : 1)];
    const hi = bytes[2 * i + (littleEndian ? 1 : 0)];
    if (plausibleUnit((hi << 8) | lo)) good++;
  }
  return good / n;
}

/**
 * UTF-16 without a BOM: every other byte is 0x00 (ASCII) or 0x04 (Cyrillic), so read in the right order
 * nearly every code unit is plausible text, and in any 8-bit text nearly none is (pairs of letters land in
 * CJK or Hangul). Needs an even length: an odd one is not UTF-16 as written.
 */
function utf16WithoutBom(bytes: Uint8Array): { encoding: TextEncoding; confidence: number } | null {
  if (bytes.length < 2 || bytes.length % 2 !== 0) return null;
  const le = utf16Plausibility(bytes, true);
  const be = utf16Plausibility(bytes, false);
  const best = le >= be ? le : be;
  if (best < 0.95) return null;
  return { encoding: le >= be ? "utf-16le" : "utf-16be", confidence: best };
}

interface Utf8Census {
  /** Well-formed multi-byte sequences. */
  readonly sequences: number;
  /** Bytes that start or continue no well-formed sequence. */
  readonly invalid: number;
  readonly ascii: boolean;
}

/** Counts well-formed multi-byte UTF-8 sequences and stray bytes (overlongs and surrogates count as stray). */
function utf8Census(bytes: Uint8Array): Utf8Census {
  let sequences = 0;
  let invalid = 0;
  let ascii = true;
  const n = bytes.length;
  for (let i = 0; i < n; ) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    ascii = false;
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    let ok = need > 0 && i + need < n;
    for (let k = 1; ok && k <= need; k++) ok = i + k < n && (bytes[i + k] & 0xc0) === 0x80;
    if (ok && need === 2) {
      const b1 = bytes[i + 1];
      if ((b === 0xe0 && b1 < 0xa0) || (b === 0xed && b1 >= 0xa0)) ok = false;
    }
    if (ok && need === 3) {
      const b1 = bytes[i + 1];
      if ((b === 0xf0 && b1 < 0x90) || (b === 0xf4 && b1 >= 0x90)) ok = false;
    }
    if (ok) {
      sequences++;
      i += need + 1;
    } else {
      invalid++;
      i++;
    }
  }
  return { sequences, invalid, ascii };
}

function decodeSample(bytes: Uint8Array, encoding: TextEncoding): string {
  return new TextDecoder(encoding).decode(bytes.length > SAMPLE_BYTES ? bytes.subarray(0, SAMPLE_BYTES) : bytes);
}

/** Windows-1251, KOI8-R or CP866: the decoding whose upper-half characters look most like Russian. */
function bestSingleByte(bytes: Uint8Array): { encoding: TextEncoding; confidence: number } {
  const scores = SINGLE_BYTE.map((encoding) => ({ encoding, score: scoreCyrillic(decodeSample(bytes, encoding)).logLikelihood + PRIOR[encoding] }));
  scores.sort((a, b) => b.score - a.score);
  // Softmax of the best against the rest: how much more likely the winner is.
  const total = scores.reduce((s, x) => s + Math.exp(x.score - scores[0].score), 0);
  return { encoding: scores[0].encoding, confidence: 1 / total };
}

/**
 * Bytes of a text file → the encoding it was written in. A BOM decides; then UTF-16 without a BOM (its
 * zero and 0x04 bytes); then UTF-8 when the bytes are well-formed UTF-8 (or nearly: a few broken sequences
 * among many good ones are damage, not another encoding); else the single-byte Cyrillic encoding whose
 * decoding reads most like Russian (see scoreCyrillic, measured against chardet in tests/files).
 */
export function detectEncoding(bytes: Uint8Array): DetectedEncoding {
  const bom = bomOf(bytes);
  if (bom) return { encoding: bom.encoding, bom: true, confidence: 1, invalidBytes: 0 };
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { ...utf16, bom: false, invalidBytes: 0 };
  const census = utf8Census(bytes);
  if (census.ascii || census.invalid === 0) return { encoding: "utf-8", bom: false, confidence: 1, invalidBytes: 0 };
  // Real Cyrillic single-byte text is almost never well-formed UTF-8 for more than a pair of letters.
  if (census.sequences >= 8 * census.invalid) {
    return { encoding: "utf-8", bom: false, confidence: census.sequences / (census.sequences + census.invalid), invalidBytes: census.invalid };
  }
  return { ...bestSingleByte(bytes), bom: false, invalidBytes: 0 };
}

export interface DecodedText {
  readonly text: string;
  readonly detected: DetectedEncoding;
}

/** Bytes → text in the detected encoding, without its BOM. */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  const detected = detectEncoding(bytes);
  const body = detected.bom ? bytes.subarray(detected.encoding === "utf-8" ? 3 : 2) : bytes;
  return { text: new TextDecoder(detected.encoding).decode(body), detected };
}
