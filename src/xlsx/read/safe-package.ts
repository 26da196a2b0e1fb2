import JSZip from "jszip";
import { guardZip, XLSX_LIMITS, type ChunkWatcher } from "../../core/files";

/**
 * ExcelJS materialises every cell of a merged area and of a data validation's range while it loads a
 * sheet: `<mergeCell ref="A1:XFD1048576"/>` (17 billion cells) in a 2 KB file hangs it for ever. We read
 * neither validations nor huge merges, so a sheet that has such ranges is handed over without them.
 * A merged area keeps its text in its top-left cell, so dropping the merge loses nothing.
 */
const MAX_MERGE_CELLS = 100_000;
/** Data validations: we never read them; any range wider than this is removed with the rest. */
const MAX_VALIDATION_CELLS = 100_000;

const SHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/;
const RANGE = /^\$?([A-Z]{1,3})\$?(\d{1,7})(?::\$?([A-Z]{1,3})\$?(\d{1,7}))?$/;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Cells in «A1:C3» (1 for «A1»); Infinity for what is not a range. */
export function rangeCells(ref: string): number {
  const m = RANGE.exec(ref.trim());
  if (!m) return Number.POSITIVE_INFINITY;
  const [, c1, r1, c2 = c1, r2 = r1] = m;
  return (Math.abs(columnNumber(c2) - columnNumber(c1)) + 1) * (Math.abs(Number(r2) - Number(r1)) + 1);
}

const MERGE_REF = /<mergeCell\b[^>]*?\bref="([^"]*)"/g;
const SQREF = /<dataValidation\b[^>]*?\bsqref="([^"]*)"/g;
/** Long enough to hold any tag these patterns look at, carried from one chunk to the next. */
const CARRY = 4096;

/** Watches a sheet's XML as the guard inflates it: does it hold a range ExcelJS would expand? */
function rangeWatcher(flag: () => void): ChunkWatcher {
  const decoder = new TextDecoder("utf-8");
  let tail = "";
  return (chunk) => {
    const text = tail + decoder.decode(chunk, { stream: true });
    MERGE_REF.lastIndex = 0;
    for (let m = MERGE_REF.exec(text); m; m = MERGE_REF.exec(text)) if (rangeCells(m[1]) > MAX_MERGE_CELLS) flag();
    SQREF.lastIndex = 0;
    for (let m = SQREF.exec(text); m; m = SQREF.exec(text)) {
      if (m[1].split(/\s+/).reduce((sum, r) => sum + rangeCells(r), 0) > MAX_VALIDATION_CELLS) flag();
    }
    tail = text.slice(-CARRY);
  };
}

/** The sheet XML without data validations and without merged areas too big to be real. */
export function withoutHugeRanges(xml: string): string {
  return xml
    .replace(/<dataValidations\b[\s\S]*?<\/dataValidations>|<dataValidations\b[^>]*\/>/g, "")
    .replace(/<mergeCell\b[^>]*?\bref="([^"]*)"[^>]*\/>/g, (tag, ref: string) => (rangeCells(ref) > MAX_MERGE_CELLS ? "" : tag));
}

/**
 * The bytes of an .xlsx made safe for ExcelJS: refused (FileRefused) when its parts would inflate beyond
 * XLSX_LIMITS, and rewritten without huge ranges when a sheet has them. Costs one streamed inflation of
 * the package (nothing kept); the rewrite happens only for such sheets.
 */
export async function safeXlsxBytes(bytes: Uint8Array): Promise<Uint8Array> {
  const flagged = new Set<string>();
  await guardZip(bytes, XLSX_LIMITS, (part) => (SHEET_PART.test(part) ? rangeWatcher(() => flagged.add(part)) : undefined));
  if (flagged.size === 0) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  for (const part of flagged) {
    const file = zip.file(part);
    if (file) zip.file(part, withoutHugeRanges(await file.async("string")));
  }
  // Stored, not deflated: the package only goes to ExcelJS, and storing costs no time.
  return zip.generateAsync({ type: "uint8array", compression: "STORE" });
}
