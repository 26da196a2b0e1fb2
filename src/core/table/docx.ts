import mammoth from "mammoth";
import { DOCX_LIMITS, guardZip } from "../files";
import { htmlToText } from "./clean";
import { parseHtmlTables } from "./html";
import type { SourceDocument } from "./types";

type MammothInput = Parameters<typeof mammoth.convertToHtml>[0];

function mammothInput(bytes: Uint8Array): MammothInput {
  // mammoth reads a Buffer in Node and an ArrayBuffer in the browser.
  if (typeof Buffer !== "undefined") return { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
  return { arrayBuffer: bytes.slice().buffer } as MammothInput;
}

/** Images are never read: mammoth would inline each as base64 in the HTML, and we want the tables only. */
const NO_IMAGES = mammoth.images.imgElement(() => Promise.resolve({ src: "" }));

/**
 * The order's Word file → every table in it (cells, merged cells, bold section rows) and the document's
 * text for the title and the period. mammoth turns the .docx into HTML; our HTML reader does the rest.
 * Refuses (FileRefused) a package whose parts would inflate beyond DOCX_LIMITS, before mammoth inflates it.
 */
export async function readDocx(bytes: Uint8Array, name?: string): Promise<SourceDocument> {
  await guardZip(bytes, DOCX_LIMITS);
  const { value: html } = await mammoth.convertToHtml(mammothInput(bytes), { convertImage: NO_IMAGES });
  const tables = parseHtmlTables(html, { kind: "docx", sheet: name });
  return { tables, text: htmlToText(html), ...(name ? { name } : {}) };
}
