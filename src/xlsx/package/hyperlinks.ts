import type JSZip from "jszip";
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
  const sheetXml = await readText(zip, sheetPath);
  if (!relsXml || !sheetXml) return;
  const links = parseRels(relsXml).filter((r) => r.type === HYPERLINK_TYPE);
  if (links.length === 0) return;
  const targetOf = new Map(links.map((r) => [r.id, r.target]));
  const start = sheetXml.indexOf("<hyperlinks>");
  const end = sheetXml.indexOf("</hyperlinks>");
  if (start < 0 || end < 0) return;
  const section = sheetXml.slice(start, end).replace(/<hyperlink\b[^>]*\/>/g, (tag) => {
    const ref = /\sref="([^"]*)"/.exec(tag)?.[1] ?? "";
    const id = /\sr:id="([^"]*)"/.exec(tag)?.[1];
    const target = id ? targetOf.get(id) : undefined;
    return target === undefined ? "" : `<hyperlink ref="${ref}" location="${escapeXml(target)}"/>`;
  });
  zip.file(sheetPath, sheetXml.slice(0, start) + section + sheetXml.slice(end));
  // One pass over the rels (not one replace per link: that rewrote the whole part per link, quadratic).
  const dropped = new Set(links.map((r) => r.xml));
  zip.file(relsPath, relsXml.replace(/<Relationship\b[^>]*\/>/g, (tag) => (dropped.has(tag) ? "" : tag)));
}
