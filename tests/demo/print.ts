/**
 * Print checks for the demo workbook: reduce a workbook to one visible sheet (so LibreOffice prints
 * only it, charts and all), and read page sizes and word heights back from the PDF.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import JSZip from "jszip";

/** The same package with every other sheet hidden; nothing else changes, so charts and print setup stay. */
export async function onlySheetVisible(xlsx: Uint8Array, sheetName: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(xlsx);
  const xml = await zip.file("xl/workbook.xml")!.async("string");
  let found = false;
  const escaped = sheetName.replace(/&/g, "&amp;").replace(/"/g, "&quot;");
  const patched = xml.replace(/<sheet\b[^>]*\/>/g, (tag) => {
    const visible = tag.includes(`name="${escaped}"`);
    found ||= visible;
    const withoutState = tag.replace(/\sstate="[^"]*"/, "");
    return visible ? withoutState : withoutState.replace(/\/>$/, ' state="hidden"/>');
  });
  if (!found) throw new Error(`no sheet «${sheetName}» in the workbook`);
  // LibreOffice prints a hidden sheet that has a print range: drop the other sheets' print ranges.
  const keep = [...xml.matchAll(/<sheet\b[^>]*\/>/g)].findIndex((m) => m[0].includes(`name="${escaped}"`));
  const withoutAreas = patched.replace(/<definedName name="_xlnm\.Print_Area" localSheetId="(\d+)">[^<]*<\/definedName>/g, (tag, id: string) => (Number(id) === keep ? tag : ""));
  zip.file("xl/workbook.xml", withoutAreas);
  return zip.generateAsync({ type: "uint8array" });
}

export const POPPLER = { pdfinfo: "/usr/bin/pdfinfo", pdftotext: "/usr/bin/pdftotext" };
export const popplerAvailable = (): boolean => existsSync(POPPLER.pdfinfo) && existsSync(POPPLER.pdftotext);

export interface PageSize {
  readonly width: number;
  readonly height: number;
}

/** Sizes of every page, in points, from the page objects' /MediaBox (the /Pages root's box is not a page). */
export async function pdfPageSizes(pdfPath: string): Promise<PageSize[]> {
  const text = (await readFile(pdfPath)).toString("latin1");
  const sizes: PageSize[] = [];
  for (const obj of text.split(/\bendobj\b/)) {
    if (!/\/Type\s*\/Page(?!s)/.test(obj)) continue;
    const box = /\/MediaBox\s*\[\s*([\d.-]+)\s+([\d.-]+)\s+([\d.-]+)\s+([\d.-]+)\s*\]/.exec(obj);
    if (box) sizes.push({ width: Number(box[3]) - Number(box[1]), height: Number(box[4]) - Number(box[2]) });
  }
  return sizes;
}

export const isA4Landscape = (p: PageSize): boolean => Math.abs(p.width - 842) < 2 && Math.abs(p.height - 595) < 2;

/** Words of one page with their heights (≈ the printed font size in points), via pdftotext -bbox. */
export function pageWords(pdfPath: string, page: number): { text: string; height: number }[] {
  const html = execFileSync(POPPLER.pdftotext, ["-f", String(page), "-l", String(page), "-bbox", pdfPath, "-"], { encoding: "utf8" });
  return [...html.matchAll(/<word [^>]*yMin="([\d.]+)"[^>]*yMax="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map((m) => ({
    text: m[3],
    height: Number(m[2]) - Number(m[1]),
  }));
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : 0;
}
