import { decodeBytes, type DecodedText } from "./encoding";
import { FileRefused } from "./refusal";

/**
 * Characters no office text holds: C0 controls other than tab, line breaks and form feed, C1 controls,
 * and U+FFFD (bytes the encoding could not map). NUL is among them: only UTF-16 explains NUL bytes, and
 * UTF-16 is detected before this check.
 */
function isForeign(c: number): boolean {
  if (c < 0x20) return c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 11;
  return c === 0x7f || (c >= 0x80 && c <= 0x9f) || c === 0xfffd;
}

/** Above this share of foreign characters no encoding explains the bytes: they are binary. */
const MAX_FOREIGN_SHARE = 0.01;
const SAMPLE_CHARS = 1 << 20;

/** Foreign characters in (the first megabyte of) a text, and how many were looked at. */
export function foreignShare(text: string): { foreign: number; length: number } {
  const n = Math.min(text.length, SAMPLE_CHARS);
  let foreign = 0;
  for (let i = 0; i < n; i++) if (isForeign(text.charCodeAt(i))) foreign++;
  return { foreign, length: n };
}

/**
 * The bytes of a text file → its text in the encoding detected; FileRefused («не похож на текст») when the
 * decoded text is full of control characters that no encoding would produce from a real table.
 */
export function decodeFileText(bytes: Uint8Array): DecodedText {
  const decoded = decodeBytes(bytes);
  const { foreign, length } = foreignShare(decoded.text);
  if (foreign > 0 && foreign > MAX_FOREIGN_SHARE * length) {
    const share = Math.round((100 * foreign) / length);
    throw new FileRefused("not-text", `в нём ${share > 0 ? `${share} %` : "много"} управляющих и нулевых символов — это двоичные данные, а не текст в какой-либо кодировке`);
  }
  return decoded;
}
