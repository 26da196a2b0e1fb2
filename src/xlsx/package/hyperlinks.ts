import type JSZip from "jszip";
import { decodeBytes, indexOfText, lastIndexOfText, readBytes, spliceText } from "./bytes";
import { escapeXml, parseRels, readText, relsPathOf } from "./parts";

const HYPERLINK_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";

/**
 * ExcelJS gives every hyperlink an external relationship, even a link to a cell of this workbook.
 * Our links are only internal, so each becomes `<hyperlink ref location>` with no relationship at all:
 * the package then holds no outside address Excel could follow.
 */
export async function internaliseHyperlinks(zip: JSZip, sheetPath: string): Promise<void> {
  const relsPath = relsPathOf(sheetPath);
  const relsXml = await readText(zip, relsPath);
  if (!relsXml) return;
  const links = parseRels(relsXml).filter((r) => r.type === HYPERLINK_TYPE);
  // Only sheets with links pay for reading their (possibly very large) part.
  if (links.length === 0) return;
  const sheet = await readBytes(zip, sheetPath);
  if (!sheet) return;
  const targetOf = new Map(links.map((r) => [r.id, r.target]));
  // The hyperlinks come after the cells: only that section is decoded and rewritten.
  const start = lastIndexOfText(sheet, "<hyperlinks>");
  const end = start < 0 ? -1 : indexOfText(sheet, "</hyperlinks>", start);
  if (start < 0 || end < 0) return;
  const section = decodeBytes(sheet.subarray(start, end)).replace(/<hyperlink\b[^>]*\/>/g, (tag) => {
    const ref = /\sref="([^"]*)"/.exec(tag)?.[1] ?? "";
    const id = /\sr:id="([^"]*)"/.exec(tag)?.[1];
    const target = id ? targetOf.get(id) : undefined;
    return target === undefined ? "" : `<hyperlink ref="${ref}" location="${escapeXml(target)}"/>`;
  });
  zip.file(sheetPath, spliceText(sheet, start, end, section));
  // One pass over the rels (not one replace per link: that rewrote the whole part per link, quadratic).
  const dropped = new Set(links.map((r) => r.xml));
  zip.file(relsPath, relsXml.replace(/<Relationship\b[^>]*\/>/g, (tag) => (dropped.has(tag) ? "" : tag)));
}
