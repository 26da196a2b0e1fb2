/**
 * The central directory of a zip file (every .xlsx and .docx is one), read without inflating anything:
 * entry names and the sizes the file declares. Enough to tell a workbook from a Word document by its parts
 * and to refuse a zip bomb before a byte of it is inflated.
 */

export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated; anything else no reader of ours can inflate. */
  readonly method: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  /** Where the entry's local header starts. */
  readonly localOffset: number;
}

export interface ZipDirectory {
  readonly entries: readonly ZipEntry[];
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_COMMENT = 0xffff;

const u16 = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8);
const u32 = (b: Uint8Array, i: number) => (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16)) + b[i + 3] * 0x1000000;
/** 64-bit little-endian as a Number: exact below 2^53, which is beyond any file we could hold anyway. */
const u64 = (b: Uint8Array, i: number) => u32(b, i) + u32(b, i + 4) * 0x100000000;

/** A zip starts with a local file header (or is an empty archive). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6));
}

function findEocd(bytes: Uint8Array): number {
  const last = bytes.length - 22;
  for (let i = last; i >= 0 && i >= last - MAX_COMMENT; i--) {
    if (u32(bytes, i) === EOCD) return i;
  }
  return -1;
}

/** Where the central directory starts and how many entries it has, ZIP64 records included. */
function directoryBounds(bytes: Uint8Array, eocd: number): { offset: number; count: number } | null {
  let count = u16(bytes, eocd + 10);
  let offset = u32(bytes, eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) {
    const locator = eocd - 20;
    if (locator < 0 || u32(bytes, locator) !== ZIP64_LOCATOR) return null;
    const record = u64(bytes, locator + 8);
    if (record + 56 > bytes.length || u32(bytes, record) !== ZIP64_EOCD) return null;
    count = u64(bytes, record + 32);
    offset = u64(bytes, record + 48);
  }
  return offset < bytes.length ? { offset, count } : null;
}

interface EntrySizes {
  uncompressed: number;
  compressed: number;
  offset: number;
}

/** ZIP64 extra field (id 1): the 64-bit values of the 32-bit fields that hold 0xFFFFFFFF, in order. */
function zip64Sizes(bytes: Uint8Array, extra: number, extraLength: number, sizes: EntrySizes): EntrySizes {
  const out = { ...sizes };
  for (let i = extra; i + 4 <= extra + extraLength; ) {
    const id = u16(bytes, i);
    const size = u16(bytes, i + 2);
    if (id === 1) {
      let at = i + 4;
      const end = i + 4 + size;
      for (const key of ["uncompressed", "compressed", "offset"] as const) {
        if (out[key] !== 0xffffffff || at + 8 > end) continue;
        out[key] = u64(bytes, at);
        at += 8;
      }
      break;
    }
    i += 4 + size;
  }
  return out;
}

/** The bytes of an entry's data as stored (compressed), or null when its local header is not where it should be. */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  const at = entry.localOffset;
  if (at + 30 > bytes.length || u32(bytes, at) !== LOCAL) return null;
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  const end = start + entry.compressedSize;
  return end <= bytes.length ? bytes.subarray(start, end) : null;
}

function entryName(bytes: Uint8Array, from: number, length: number, utf8: boolean): string {
  const raw = bytes.subarray(from, from + length);
  // Names in office packages are ASCII; CP437 names of other zips are only shown, never matched.
  return new TextDecoder(utf8 ? "utf-8" : "ibm866").decode(raw);
}

/**
 * The entries a zip declares, or null when there is no readable central directory (not a zip, or cut
 * short). Reads only the directory at the end of the file, so it costs microseconds whatever the sizes say.
 */
export function readZipDirectory(bytes: Uint8Array): ZipDirectory | null {
  const eocd = findEocd(bytes);
  if (eocd < 0) return null;
  const bounds = directoryBounds(bytes, eocd);
  if (!bounds) return null;
  const entries: ZipEntry[] = [];
  let at = bounds.offset;
  for (let k = 0; k < bounds.count; k++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== CENTRAL) return null;
    const flags = u16(bytes, at + 8);
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    if (at + 46 + nameLength + extraLength > bytes.length) return null;
    const declared = { uncompressed: u32(bytes, at + 24), compressed: u32(bytes, at + 20), offset: u32(bytes, at + 42) };
    const sizes = zip64Sizes(bytes, at + 46 + nameLength, extraLength, declared);
    entries.push({
      name: entryName(bytes, at + 46, nameLength, (flags & 0x800) !== 0),
      method: u16(bytes, at + 10),
      compressedSize: sizes.compressed,
      uncompressedSize: sizes.uncompressed,
      localOffset: sizes.offset,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { entries };
}
