import { FileRefused } from "./refusal";
import { looksLikeZip, readZipDirectory, type ZipDirectory } from "./zip-directory";

/**
 * What a file is by its bytes, never by its name: a PNG renamed .tsv is an image, an .xlsx renamed .tsv is
 * a workbook. Text is everything that is not a known container or binary signature; whether it really is
 * text is for the decoder to say (see decodeFileText).
 */
export type ContentKind = "text" | "xlsx" | "docx";

const startsWith = (bytes: Uint8Array, ...sig: number[]) => sig.every((b, i) => bytes[i] === b);
const ascii = (bytes: Uint8Array, at: number, text: string) => [...text].every((ch, i) => bytes[at + i] === ch.charCodeAt(0));

/** Binary signatures (magic numbers) of files that end up in a folder beside the tables. */
const SIGNATURES: readonly { readonly test: (b: Uint8Array) => boolean; readonly what: string }[] = [
  { test: (b) => startsWith(b, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), what: "это изображение PNG" },
  { test: (b) => startsWith(b, 0xff, 0xd8, 0xff), what: "это изображение JPEG" },
  { test: (b) => ascii(b, 0, "GIF87a") || ascii(b, 0, "GIF89a"), what: "это изображение GIF" },
  { test: (b) => ascii(b, 0, "RIFF") && ascii(b, 8, "WEBP"), what: "это изображение WebP" },
  { test: (b) => startsWith(b, 0x49, 0x49, 0x2a, 0x00) || startsWith(b, 0x4d, 0x4d, 0x00, 0x2a), what: "это изображение TIFF" },
  { test: (b) => ascii(b, 0, "BM") && b.length >= 6 && (b[2] | (b[3] << 8) | (b[4] << 16)) + b[5] * 0x1000000 === b.length, what: "это изображение BMP" },
  { test: (b) => ascii(b, 0, "%PDF-"), what: "это документ PDF; скопируйте таблицу из него в Excel или сохраните её как .docx" },
  { test: (b) => startsWith(b, 0x1f, 0x8b), what: "это архив gzip" },
  { test: (b) => ascii(b, 0, "Rar!"), what: "это архив RAR" },
  { test: (b) => startsWith(b, 0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c), what: "это архив 7z" },
  { test: (b) => ascii(b, 0, "MZ") && b.length > 0x40 && ascii(b, b[0x3c] | (b[0x3d] << 8), "PE"), what: "это программа Windows" },
  { test: (b) => startsWith(b, 0x7f, 0x45, 0x4c, 0x46), what: "это программа (ELF)" },
  { test: (b) => ascii(b, 4, "ftyp"), what: "это видео или изображение (MP4/HEIC)" },
];

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** A stream name of an OLE2 compound file, as its directory stores it (UTF-16 LE). */
function hasOleStream(bytes: Uint8Array, name: string): boolean {
  const pattern = [...name].flatMap((ch) => [ch.charCodeAt(0), 0]);
  outer: for (let i = 0; i + pattern.length <= bytes.length; i++) {
    for (let k = 0; k < pattern.length; k++) if (bytes[i + k] !== pattern[k]) continue outer;
    return true;
  }
  return false;
}

/** Excel 97–2003, Word 97–2003 and other OLE2 files: the product reads their successors only. */
function oleRefusal(bytes: Uint8Array): FileRefused {
  if (hasOleStream(bytes, "Workbook") || hasOleStream(bytes, "Book")) {
    return new FileRefused("unsupported", "это книга Excel 97–2003 (.xls); откройте её в Excel и сохраните как «Книга Excel (.xlsx)»");
  }
  if (hasOleStream(bytes, "WordDocument")) {
    return new FileRefused("unsupported", "это документ Word 97–2003 (.doc); откройте его в Word и сохраните как «Документ Word (.docx)»");
  }
  if (hasOleStream(bytes, "EncryptedPackage")) {
    return new FileRefused("unsupported", "файл защищён паролем; снимите пароль в Excel или Word и сохраните файл заново");
  }
  return new FileRefused("not-text", "это составной документ Microsoft Office старого формата, не книга .xlsx и не документ .docx");
}

/** An office package (or other zip) by the parts its directory lists. */
function zipKind(dir: ZipDirectory | null): ContentKind {
  if (!dir) throw new FileRefused("damaged", "это zip-архив (или файл Office), но он повреждён или обрезан");
  const names = new Set(dir.entries.map((e) => e.name));
  const has = (re: RegExp) => dir.entries.some((e) => re.test(e.name));
  if (names.has("xl/workbook.xml") || names.has("xl/workbook.bin")) {
    if (names.has("xl/workbook.bin")) throw new FileRefused("unsupported", "это двоичная книга Excel (.xlsb); сохраните её как «Книга Excel (.xlsx)»");
    return "xlsx";
  }
  if (has(/^word\/[^/]*document[^/]*\.xml$/)) return "docx";
  if (has(/^ppt\//)) throw new FileRefused("not-text", "это презентация PowerPoint; скопируйте таблицу из неё в Excel");
  if (names.has("mimetype") && names.has("content.xml")) {
    throw new FileRefused("unsupported", "это документ OpenDocument (.ods/.odt); сохраните его как .xlsx или .docx");
  }
  if (names.has("EncryptedPackage")) throw new FileRefused("unsupported", "файл защищён паролем; снимите пароль и сохраните файл заново");
  throw new FileRefused("not-text", "это zip-архив, а не книга Excel или документ Word; распакуйте его и укажите файл с таблицей");
}

/**
 * The kind of content, from the bytes alone. Throws FileRefused for what is no table the product reads
 * (images, PDF, archives, programs, .xls/.doc); returns "text" for everything else.
 */
export function sniffContent(bytes: Uint8Array): ContentKind {
  if (looksLikeZip(bytes)) return zipKind(readZipDirectory(bytes));
  if (startsWith(bytes, ...OLE2)) throw oleRefusal(bytes);
  for (const s of SIGNATURES) if (bytes.length >= 4 && s.test(bytes)) throw new FileRefused("not-text", s.what);
  return "text";
}

/** Russian name of a kind, for the finding that says a file was read as what it is, not what it is named. */
export const CONTENT_NAME_RU: Record<ContentKind, string> = {
  text: "текст",
  xlsx: "книга Excel (.xlsx)",
  docx: "документ Word (.docx)",
};
