/** Serialisers for the fuzz suites: a grid as the clipboard, a file or a Word document would carry it. */
import * as iconv from "iconv-lite";
import JSZip from "jszip";
import type { Grid } from "../helpers/mutate";
import { makeStorable } from "./invariants";

/** Excel's clipboard text: tab-separated; a cell with a tab, line break or quote is quoted, quotes doubled. */
export function toTsv(grid: Grid, eol = "\r\n"): string {
  return grid.map((row) => row.map((c) => (/[\t\r\n"]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join("\t")).join(eol);
}

/** RFC 4180 with the given separator (Russian Excel writes «;»). */
export function toCsv(grid: Grid, sep: "," | ";" = ";", eol = "\r\n"): string {
  return grid.map((row) => row.map((c) => (/[,;\r\n"]/.test(c) || c !== c.trim() ? `"${c.replace(/"/g, '""')}"` : c)).join(sep)).join(eol);
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Clipboard HTML as Word or Excel puts it: a <table>, line breaks as <br>, NBSP as &nbsp;, a bold first row. */
export function toHtml(grid: Grid): string {
  const cell = (c: string) => esc(c).replace(/\r?\n/g, "<br>").replace(/\u00A0/g, "&nbsp;");
  const rows = grid.map((row, r) => `<tr>${row.map((c) => `<td>${r === 0 ? `<b>${cell(c)}</b>` : cell(c)}</td>`).join("")}</tr>`);
  return `<html><body><p>Приложение</p><table border="1">${rows.join("\n")}</table></body></html>`;
}

export type Encoding = "utf8" | "utf8bom" | "win1251";

/** Characters Windows-1251 cannot hold become spaces first (the user's file could not contain them). */
export function encodable(text: string, enc: Encoding): string {
  if (enc !== "win1251") return text;
  return [...text].map((ch) => (iconv.decode(iconv.encode(ch, "win1251"), "win1251") === ch ? ch : " ")).join("");
}

export function encode(text: string, enc: Encoding): Uint8Array {
  if (enc === "win1251") return new Uint8Array(iconv.encode(text, "win1251"));
  const utf8 = new TextEncoder().encode(text);
  return enc === "utf8bom" ? new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]) : utf8;
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const xmlText = (s: string) => esc(makeStorable(s));

function paragraph(text: string, bold = false): string {
  const runs = text.split(/\r?\n/).map((line, i) => `${i > 0 ? "<w:r><w:br/></w:r>" : ""}<w:r>${bold ? "<w:rPr><w:b/></w:rPr>" : ""}<w:t xml:space="preserve">${xmlText(line)}</w:t></w:r>`);
  return `<w:p>${runs.join("")}</w:p>`;
}

/** A minimal .docx (JSZip, no docx library): a title paragraph and the grid as a Word table. */
export async function toDocx(grid: Grid, title = "План мероприятий («дорожная карта») на 2023-2025 годы"): Promise<Uint8Array> {
  const width = Math.max(1, ...grid.map((r) => r.length));
  const rows = grid.map((row, r) => `<w:tr>${Array.from({ length: width }, (_, c) => `<w:tc>${paragraph(row[c] ?? "", r === 0)}</w:tc>`).join("")}</w:tr>`);
  const doc = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${paragraph(title, true)}<w:tbl>${rows.join("")}</w:tbl><w:p/></w:body></w:document>`;
  const zip = new JSZip();
  zip.file("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  zip.file("word/document.xml", doc);
  return zip.generateAsync({ type: "uint8array" });
}
