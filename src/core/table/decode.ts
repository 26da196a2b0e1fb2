import { decodeBytes } from "../files";

/**
 * File bytes → text in the encoding detected among UTF-8, UTF-16 (BOM or not), Windows-1251, KOI8-R and
 * CP866 (see src/core/files/encoding.ts); lone CR line ends (old Mac files) become LF.
 * For the encoding used and the binary check, call decodeFileText of src/core/files.
 */
export function decodeText(bytes: Uint8Array): string {
  return normalizeLineEnds(decodeBytes(bytes).text);
}

const LONE_CR = /\r(?!\n)/;

/** CR not followed by LF → LF: the line numbers of the document reader count LF. CRLF stays as it is. */
export function normalizeLineEnds(text: string): string {
  // Most Windows files have CRLF only: look before copying the whole text.
  return LONE_CR.test(text) ? text.replace(/\r(?!\n)/g, "\n") : text;
}
