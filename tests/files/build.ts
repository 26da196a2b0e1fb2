/**
 * Attack inputs, built in the test (none is stored): packages whose parts would inflate to hundreds of
 * megabytes, packages whose directory lies, sheets with a cell at XFD1048576 or a merge over the whole
 * grid, binary files under table names, and real Russian text in every encoding files arrive in.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import * as iconv from "iconv-lite";
import JSZip from "jszip";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A minimal .xlsx (what Excel needs and ExcelJS reads) with one sheet «Лист1» holding `sheetXml`'s body. */
export async function xlsxWith(sheetBody: string, opts: { level?: number } = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
  );
  zip.file("_rels/.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  zip.file("xl/workbook.xml", `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Лист1" sheetId="1" r:id="rId1"/></sheets></workbook>`);
  zip.file("xl/_rels/workbook.xml.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`);
  zip.file("xl/worksheets/sheet1.xml", `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}">${sheetBody}</worksheet>`);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: opts.level ?? 6 } });
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
export const inlineCell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${esc(text)}</t></is></c>`;

/** A roadmap header in row 1 and, far away, one more cell: the used range is the whole grid. */
export function farCellSheet(farText = "Дальняя ячейка"): string {
  return `<sheetData><row r="1">${inlineCell("A1", "№")}${inlineCell("B1", "Мероприятие")}${inlineCell("C1", "Срок")}</row>` +
    `<row r="2">${inlineCell("A2", "1.")}${inlineCell("B2", "Совещание с руководителями школ")}${inlineCell("C2", "март 2025 г.")}</row>` +
    `<row r="1048576">${inlineCell("XFD1048576", farText)}</row></sheetData>`;
}

/** Sheet XML `megabytes` long made of one repeated run: compresses about 1,000 times, as bombs do. */
export function repetitiveSheet(megabytes: number): string {
  const filler = "Бомба ".repeat(Math.ceil((megabytes * 1024 * 1024) / 11));
  return `<sheetData><row r="1">${inlineCell("A1", filler)}</row></sheetData>`;
}

const u32 = (b: Uint8Array, i: number) => (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16)) + b[i + 3] * 0x1000000;
function setU32(b: Uint8Array, i: number, v: number): void {
  b[i] = v & 0xff;
  b[i + 1] = (v >>> 8) & 0xff;
  b[i + 2] = (v >>> 16) & 0xff;
  b[i + 3] = (v >>> 24) & 0xff;
}

/**
 * The same zip with `part`'s uncompressed size rewritten in the central directory and the local header:
 * a huge value is a bomb that tells the truth about its size; a tiny one is a bomb that lies.
 */
export function withDeclaredSize(zip: Uint8Array, part: string, size: number): Uint8Array {
  const out = zip.slice();
  const name = new TextEncoder().encode(part);
  const matches = (at: number) => name.every((b, k) => out[at + k] === b);
  for (let i = 0; i + 46 < out.length; i++) {
    const sig = u32(out, i);
    if (sig === 0x02014b50 && (out[i + 28] | (out[i + 29] << 8)) === name.length && matches(i + 46)) setU32(out, i + 24, size);
    if (sig === 0x04034b50 && (out[i + 26] | (out[i + 27] << 8)) === name.length && matches(i + 30)) setU32(out, i + 22, size);
  }
  return out;
}

/** A Word file with a title and one table per grid (built with JSZip, no docx library). */
export async function docxWith(tables: readonly (readonly string[][])[], title = "План мероприятий («дорожная карта») на 2024-2025 годы"): Promise<Uint8Array> {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const p = (t: string) => `<w:p><w:r><w:t xml:space="preserve">${esc(t)}</w:t></w:r></w:p>`;
  const tbl = (g: readonly string[][]) => `<w:tbl>${g.map((r) => `<w:tr>${r.map((c) => `<w:tc>${p(c)}</w:tc>`).join("")}</w:tr>`).join("")}</w:tbl>${p("")}`;
  const doc = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${p(title)}${tables.map(tbl).join("")}</w:body></w:document>`;
  const zip = new JSZip();
  zip.file("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file("_rels/.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`);
  zip.file("word/document.xml", doc);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** The first bytes of real binary files, enough for any signature check, and a tail of random bytes. */
export function binaryFile(kind: "png" | "pdf" | "jpeg" | "gif" | "gzip" | "xls" | "doc" | "random", seed = 1): Uint8Array {
  let s = seed;
  const random = (n: number) => Uint8Array.from({ length: n }, () => ((s = (s * 1103515245 + 12345) >>> 0) >>> 16) & 0xff);
  const head: Record<string, number[]> = {
    png: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52],
    pdf: [..."%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"].map((c) => c.charCodeAt(0)),
    jpeg: [0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46],
    gif: [..."GIF89a"].map((c) => c.charCodeAt(0)),
    gzip: [0x1f, 0x8b, 8, 0],
    xls: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...[..."Workbook"].flatMap((c) => [c.charCodeAt(0), 0])],
    doc: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...[..."WordDocument"].flatMap((c) => [c.charCodeAt(0), 0])],
    random: [],
  };
  return new Uint8Array([...head[kind], ...random(4096)]);
}

export type FileEncoding = "utf8" | "utf8bom" | "utf16le" | "utf16lebom" | "utf16be" | "utf16bebom" | "win1251" | "koi8-r" | "cp866";

/** Text in one of the encodings Russian files arrive in (iconv-lite, independent of the decoder under test). */
export function encodeText(text: string, enc: FileEncoding): Uint8Array {
  const bom = enc.endsWith("bom");
  const base = enc.replace(/bom$/, "");
  const body = iconv.encode(text, base === "utf8" ? "utf8" : base);
  const mark = !bom ? [] : base === "utf8" ? [0xef, 0xbb, 0xbf] : base === "utf16le" ? [0xff, 0xfe] : [0xfe, 0xff];
  return new Uint8Array([...mark, ...body]);
}

/** The WHATWG name the detector should give for each encoding. */
export const EXPECTED: Record<FileEncoding, string> = {
  utf8: "utf-8",
  utf8bom: "utf-8",
  utf16le: "utf-16le",
  utf16lebom: "utf-16le",
  utf16be: "utf-16be",
  utf16bebom: "utf-16be",
  win1251: "windows-1251",
  "koi8-r": "koi8-r",
  cp866: "ibm866",
};

const SHARED = path.resolve(__dirname, "../../../shared");

/**
 * Real Russian text: the seed roadmaps and the published tables of ../shared (falling back to this
 * repository's own real-world fixtures when the shared folder is not there), as lines with Cyrillic.
 */
export function realRussianLines(): string[] {
  // A fixed corpus (the shared seeds and real tables): the accuracy figures must not move when a test fixture is added.
  const dirs = [path.join(SHARED, "seeds"), path.join(SHARED, "realworld")].filter((d) => existsSync(d));
  const lines: string[] = [];
  for (const d of dirs) {
    for (const f of readdirSync(d)) {
      if (!/\.(txt|tsv|md|html)$/.test(f) || f.endsWith(".source.md")) continue;
      for (const line of readFileSync(path.join(d, f), "utf8").split(/\r?\n/)) if (/[А-яЁё]{3}/.test(line)) lines.push(line.replace(/\u00a0/g, " "));
    }
  }
  return lines;
}

/** Only characters every single-byte Cyrillic encoding has (no «№» in KOI8-R, no «—» in CP866…). */
export function encodableIn(text: string, enc: FileEncoding): string {
  if (!["win1251", "koi8-r", "cp866"].includes(enc)) return text;
  return [...text].map((ch) => (iconv.decode(iconv.encode(ch, enc), enc) === ch ? ch : " ")).join("");
}
