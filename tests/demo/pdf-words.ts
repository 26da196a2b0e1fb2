/**
 * Reading a PDF's word boxes (pdftotext -bbox) and an .xlsx's print setup back, for the print checks of the
 * demo workbook: overprinted lines, repeated header rows, charts cut by page breaks.
 */
import { execFileSync } from "node:child_process";
import JSZip from "jszip";
import { POPPLER } from "./print";

export interface Word {
  readonly text: string;
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** Every page's words with their boxes, in points from the top left. */
export function pdfWords(pdfPath: string): Word[][] {
  const html = execFileSync(POPPLER.pdftotext, ["-bbox", pdfPath, "-"], { encoding: "utf8", maxBuffer: 1 << 28 });
  return html
    .split(/<page /)
    .slice(1)
    .map((page) =>
      [...page.matchAll(/<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g)].map((m) => ({
        x0: Number(m[1]),
        y0: Number(m[2]),
        x1: Number(m[3]),
        y1: Number(m[4]),
        text: m[5].replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"'),
      })),
    );
}

/**
 * Pairs of words printed over each other: boxes that overlap by more than a point across and by more than
 * a third of the lower one's height. Words of one line never do; a line of a row too low for its wrapped
 * text does, over the next row's.
 */
export function overprints(words: readonly Word[]): [Word, Word][] {
  const out: [Word, Word][] = [];
  const sorted = [...words].sort((a, b) => a.y0 - b.y0);
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i];
    for (let j = i + 1; j < sorted.length && sorted[j].y0 < a.y1; j++) {
      const b = sorted[j];
      const across = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
      const down = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
      if (across > 1 && down > Math.min(a.y1 - a.y0, b.y1 - b.y0) / 3) out.push([a, b]);
    }
  }
  return out;
}

export interface SheetPrintSetup {
  readonly name: string;
  readonly hidden: boolean;
  /** "$4:$4" rows repeated on each page, if any. */
  readonly titleRows: [number, number] | null;
  readonly printArea: string | null;
  /** The sheet holds an Excel table (its header row is what continuation pages need). */
  readonly hasTable: boolean;
  /** 1-based rows after which a page breaks. */
  readonly breaksAfter: number[];
  /** Charts' first and last rows (1-based). */
  readonly charts: { from: number; to: number }[];
}

/** Print setup of each sheet as the .xlsx states it (workbook defined names, rowBreaks, drawing anchors). */
export async function printSetup(xlsx: Uint8Array): Promise<SheetPrintSetup[]> {
  const zip = await JSZip.loadAsync(xlsx);
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const target = (id: string) => new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)!;
  const names = [...workbook.matchAll(/<definedName name="(_xlnm\.[A-Za-z_]+)" localSheetId="(\d+)">([^<]*)<\/definedName>/g)];
  const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? "";
  const sheets = [...workbook.matchAll(/<sheet [^>]*>/g)].map((t) => ["", attr(t[0], "name"), attr(t[0], "state"), attr(t[0], "r:id")]);
  const out: SheetPrintSetup[] = [];
  for (const [index, m] of sheets.entries()) {
    const name = m[1].replace(/&quot;/g, '"').replace(/&amp;/g, "&");
    const t = target(m[3]);
    const file = `xl/${(t[1] ?? t[2]).replace(/^\/?xl\//, "")}`;
    const xml = await zip.file(file)!.async("string");
    const defined = (kind: string) => names.find((n) => n[1] === kind && Number(n[2]) === index)?.[3] ?? null;
    const titles = /\$(\d+):\$(\d+)/.exec(defined("_xlnm.Print_Titles") ?? "");
    const charts: { from: number; to: number }[] = [];
    const drawingId = /<drawing r:id="([^"]+)"/.exec(xml)?.[1];
    if (drawingId) {
      const sheetRels = await zip.file(file.replace(/worksheets\//, "worksheets/_rels/") + ".rels")!.async("string");
      const drawing = new RegExp(`Id="${drawingId}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${drawingId}"`).exec(sheetRels)!;
      const drawingXml = await zip.file(`xl/drawings/${(drawing[1] ?? drawing[2]).split("/").pop()}`)!.async("string");
      for (const a of drawingXml.matchAll(/<xdr:from>.*?<xdr:row>(\d+)<\/xdr:row>.*?<\/xdr:from><xdr:to>.*?<xdr:row>(\d+)<\/xdr:row>/gs)) {
        // "to" is the top of the row under the chart (offset 0): the chart covers rows from + 1 … to (1-based).
        charts.push({ from: Number(a[1]) + 1, to: Number(a[2]) });
      }
    }
    out.push({
      name,
      hidden: m[2] === "hidden" || m[2] === "veryHidden",
      titleRows: titles ? [Number(titles[1]), Number(titles[2])] : null,
      printArea: defined("_xlnm.Print_Area"),
      hasTable: /<tableParts count="[1-9]/.test(xml),
      breaksAfter: [...(/<rowBreaks[^>]*>(.*?)<\/rowBreaks>/s.exec(xml)?.[1] ?? "").matchAll(/<brk id="(\d+)"/g)].map((b) => Number(b[1])),
      charts,
    });
  }
  return out;
}
