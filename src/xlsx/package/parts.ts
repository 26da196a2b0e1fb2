import type JSZip from "jszip";

/** XML text/attribute escaping for the parts we write by hand. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[ch] as string);
}

export function unescapeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, e: string) => {
    const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
    if (named[e.toLowerCase()]) return named[e.toLowerCase()];
    return String.fromCodePoint(e[1].toLowerCase() === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}

export async function readText(zip: JSZip, path: string): Promise<string | undefined> {
  return zip.file(path)?.async("string");
}

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name.replace(":", "\\:")}="([^"]*)"`).exec(tag);
  return m ? unescapeXml(m[1]) : undefined;
}

export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  /** The element as written, to remove it verbatim. */
  readonly xml: string;
}

export function parseRels(xml: string): Relationship[] {
  return [...xml.matchAll(/<Relationship\b[^>]*\/>/g)].map((m) => ({
    id: attr(m[0], "Id") ?? "",
    type: attr(m[0], "Type") ?? "",
    target: attr(m[0], "Target") ?? "",
    xml: m[0],
  }));
}

export const EMPTY_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

export function relsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf("/");
  return `${partPath.slice(0, slash)}/_rels/${partPath.slice(slash + 1)}.rels`;
}

/** Sheet name → worksheet part path ("xl/worksheets/sheet1.xml"), read from the workbook and its rels. */
export async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = (await readText(zip, "xl/workbook.xml")) ?? "";
  const rels = parseRels((await readText(zip, "xl/_rels/workbook.xml.rels")) ?? "");
  const byId = new Map(rels.map((r) => [r.id, r.target]));
  const out = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*\/>/g)) {
    const target = byId.get(attr(m[0], "r:id") ?? "");
    const name = attr(m[0], "name");
    if (!target || name === undefined) continue;
    out.set(name, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  return out;
}

/** A relationship id not used in the given rels XML. */
export function freeRelId(relsXml: string, prefix = "rIdRm"): string {
  const used = new Set(parseRels(relsXml).map((r) => r.id));
  for (let i = 1; ; i++) if (!used.has(`${prefix}${i}`)) return `${prefix}${i}`;
}

export function addRelationship(relsXml: string, id: string, type: string, target: string): string {
  const rel = `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"/>`;
  return relsXml.replace("</Relationships>", `${rel}</Relationships>`);
}

export function addContentOverride(typesXml: string, partName: string, contentType: string): string {
  if (typesXml.includes(`PartName="${partName}"`)) return typesXml;
  return typesXml.replace("</Types>", `<Override PartName="${partName}" ContentType="${contentType}"/></Types>`);
}
