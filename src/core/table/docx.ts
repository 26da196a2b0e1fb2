import mammoth from "mammoth";
import { htmlToText } from "./clean";
import { parseHtmlTables } from "./html";
import type { SourceDocument } from "./types";

type MammothInput = Parameters<typeof mammoth.convertToHtml>[0];

function mammothInput(bytes: Uint8Array): MammothInput {
  // mammoth reads a Buffer in Node and an ArrayBuffer in the browser.
  if (typeof Buffer !== "undefined") return { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
  return { arrayBuffer: bytes.slice().buffer } as MammothInput;
}

/**
 * The order's Word file → every table in it (cells, merged cells, bold section rows) and the document's
 * text for the title and the period. mammoth turns the .docx into HTML; our HTML reader does the rest.
 */
export async function readDocx(bytes: Uint8Array, name?: string): Promise<SourceDocument> {
  const { value: html } = await mammoth.convertToHtml(mammothInput(bytes));
  const tables = parseHtmlTables(html, { kind: "docx", sheet: name });
  return { tables, text: htmlToText(html), ...(name ? { name } : {}) };
}
