import type JSZip from "jszip";

/**
 * Edits of a worksheet part as bytes. A sheet of 100,000 rows is a part of some 100 MB: read as a string
 * and rewritten it took several copies of that size (1.6 GB peak for `roadmap --out` at 100,000 activities).
 * The edits we make touch only the end of the part (hyperlinks, tableParts), so only that is decoded.
 */
const encoder = new TextEncoder();
const decoder = new TextDecoder();

export async function readBytes(zip: JSZip, path: string): Promise<Uint8Array | undefined> {
  return zip.file(path)?.async("uint8array");
}

function matchesAt(hay: Uint8Array, needle: Uint8Array, at: number): boolean {
  for (let j = 0; j < needle.length; j++) if (hay[at + j] !== needle[j]) return false;
  return true;
}

/** First index of an ASCII text in the bytes at or after `from`, or -1. */
export function indexOfText(hay: Uint8Array, text: string, from = 0): number {
  const needle = encoder.encode(text);
  const first = needle[0];
  for (let i = hay.indexOf(first, from); i >= 0 && i <= hay.length - needle.length; i = hay.indexOf(first, i + 1)) {
    if (matchesAt(hay, needle, i)) return i;
  }
  return -1;
}

/** Last index of an ASCII text in the bytes, or -1. */
export function lastIndexOfText(hay: Uint8Array, text: string): number {
  const needle = encoder.encode(text);
  if (hay.length < needle.length) return -1;
  const first = needle[0];
  for (let i = hay.lastIndexOf(first, hay.length - needle.length); i >= 0; i = i > 0 ? hay.lastIndexOf(first, i - 1) : -1) {
    if (matchesAt(hay, needle, i)) return i;
  }
  return -1;
}

export const decodeBytes = (bytes: Uint8Array): string => decoder.decode(bytes);

/** bytes[0, start) + text + bytes[end, …) as one new array. */
export function spliceText(bytes: Uint8Array, start: number, end: number, text: string): Uint8Array {
  const middle = encoder.encode(text);
  const out = new Uint8Array(start + middle.length + (bytes.length - end));
  out.set(bytes.subarray(0, start), 0);
  out.set(middle, start);
  out.set(bytes.subarray(end), start + middle.length);
  return out;
}
