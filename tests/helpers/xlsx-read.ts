/**
 * Test helpers: read a written .xlsx back, both through ExcelJS and straight from the package XML,
 * so assertions see what Excel will see (not just what ExcelJS chooses to report).
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { parseRels, relsPathOf, sheetParts, unescapeXml } from "../../src/xlsx/package";

export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

export async function unzip(bytes: Uint8Array): Promise<JSZip> {
  return JSZip.loadAsync(bytes);
}

export async function partText(bytes: Uint8Array, path: string): Promise<string | undefined> {
  return (await unzip(bytes)).file(path)?.async("string");
}

/** Sheet name → worksheet XML. */
export async function sheetXmls(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await unzip(bytes);
  const out = new Map<string, string>();
  for (const [name, path] of await sheetParts(zip)) out.set(name, (await zip.file(path)?.async("string")) ?? "");
  return out;
}

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name.replace(":", "\\:")}="([^"]*)"`).exec(tag);
  return m ? unescapeXml(m[1]) : undefined;
}

export interface FoundFormula {
  readonly sheet: string;
  readonly ref: string;
  readonly formula: string;
}

/** Every formula in every worksheet, read from the XML (<f> elements), shared formulas included. */
export async function allFormulas(bytes: Uint8Array): Promise<FoundFormula[]> {
  const out: FoundFormula[] = [];
  for (const [sheet, xml] of await sheetXmls(bytes)) {
    for (const m of xml.matchAll(/<c\b([^>]*)>(.*?)<\/c>/gs)) {
      const f = /<f\b[^>]*?(?:\/>|>(.*?)<\/f>)/s.exec(m[2]);
      if (f) out.push({ sheet, ref: attr(m[1], "r") ?? "", formula: unescapeXml(f[1] ?? "") });
    }
  }
  return out;
}

/** Cells that the XML stores as text (shared string or inline string). */
export async function textCells(bytes: Uint8Array, sheet: string): Promise<Set<string>> {
  const xml = (await sheetXmls(bytes)).get(sheet) ?? "";
  const refs = [...xml.matchAll(/<c\b([^>]*)>/g)].filter((m) => /\st="(s|inlineStr)"/.test(m[1]));
  return new Set(refs.map((m) => attr(m[1], "r") ?? ""));
}

export async function definedNames(bytes: Uint8Array): Promise<Record<string, string>> {
  const xml = (await partText(bytes, "xl/workbook.xml")) ?? "";
  const out: Record<string, string> = {};
  for (const m of xml.matchAll(/<definedName\b([^>]*)>(.*?)<\/definedName>/gs)) out[attr(m[1], "name") ?? ""] = unescapeXml(m[2]);
  return out;
}

export interface FoundTable {
  readonly name: string;
  readonly ref: string;
  readonly columns: string[];
  readonly style?: string;
  readonly autoFilter: boolean;
}

export async function tables(bytes: Uint8Array): Promise<FoundTable[]> {
  const zip = await unzip(bytes);
  const paths = Object.keys(zip.files).filter((p) => /^xl\/tables\/table\d+\.xml$/.test(p));
  const out: FoundTable[] = [];
  for (const p of paths) {
    const xml = (await zip.file(p)?.async("string")) ?? "";
    const head = /<table\b[^>]*>/.exec(xml)?.[0] ?? "";
    out.push({
      name: attr(head, "name") ?? "",
      ref: attr(head, "ref") ?? "",
      columns: [...xml.matchAll(/<tableColumn\b[^>]*>/g)].map((m) => attr(m[0], "name") ?? ""),
      style: attr(/<tableStyleInfo\b[^>]*>/.exec(xml)?.[0] ?? "", "name"),
      autoFilter: xml.includes("<autoFilter"),
    });
  }
  return out;
}

export async function dataValidations(bytes: Uint8Array, sheet: string): Promise<{ sqref: string; type?: string; formula: string }[]> {
  const xml = (await sheetXmls(bytes)).get(sheet) ?? "";
  return [...xml.matchAll(/<dataValidation\b([^>]*)>(.*?)<\/dataValidation>/gs)].map((m) => ({
    sqref: attr(m[1], "sqref") ?? "",
    type: attr(m[1], "type"),
    formula: unescapeXml(/<formula1>(.*?)<\/formula1>/s.exec(m[2])?.[1] ?? ""),
  }));
}

export async function conditionalFormats(bytes: Uint8Array, sheet: string): Promise<{ sqref: string; formula: string; priority?: string }[]> {
  const xml = (await sheetXmls(bytes)).get(sheet) ?? "";
  return [...xml.matchAll(/<conditionalFormatting\b([^>]*)>(.*?)<\/conditionalFormatting>/gs)].flatMap((m) =>
    [...m[2].matchAll(/<cfRule\b([^>]*)>(.*?)<\/cfRule>/gs)].map((r) => ({
      sqref: attr(m[1], "sqref") ?? "",
      formula: unescapeXml(/<formula>(.*?)<\/formula>/s.exec(r[2])?.[1] ?? ""),
      priority: attr(r[1], "priority"),
    })),
  );
}

export interface FoundLink {
  readonly sheet: string;
  readonly ref: string;
  readonly location?: string;
  readonly relId?: string;
}

/** Hyperlinks of every sheet, and every relationship of type hyperlink anywhere in the package. */
export async function hyperlinks(bytes: Uint8Array): Promise<{ links: FoundLink[]; externalRels: string[] }> {
  const zip = await unzip(bytes);
  const links: FoundLink[] = [];
  for (const [sheet, path] of await sheetParts(zip)) {
    const xml = (await zip.file(path)?.async("string")) ?? "";
    for (const m of xml.matchAll(/<hyperlink\b[^>]*\/>/g)) {
      links.push({ sheet, ref: attr(m[0], "ref") ?? "", location: attr(m[0], "location"), relId: attr(m[0], "r:id") });
    }
  }
  const externalRels: string[] = [];
  for (const p of Object.keys(zip.files).filter((f) => f.endsWith(".rels"))) {
    const rels = parseRels((await zip.file(p)?.async("string")) ?? "");
    externalRels.push(...rels.filter((r) => /hyperlink|oleObject|externalLink/.test(r.type) || r.xml.includes('TargetMode="External"')).map((r) => r.target));
  }
  return { links, externalRels };
}

export { relsPathOf, parseRels };
