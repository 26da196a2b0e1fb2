import type JSZip from "jszip";
import type { NormalizedSheetPlan, NormalizedWorkbookPlan } from "../../core/workbook";
import { parseCellRef, parseRangeRef, quoteSheet, rangeRef } from "../../core/workbook";
import type { RenderContext } from "../render/context";
import { EMPTY_RELS, addContentOverride, addRelationship, freeRelId, readText, relsPathOf } from "../package/parts";
import { rangeValues, splitRange } from "./cache";
import { type ChartData, chartXml } from "./chart-xml";
import { type ChartAnchor, drawingXml } from "./drawing-xml";

type ChartPlan = NormalizedSheetPlan["charts"][number];

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CHART_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const DRAWING_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";
/** Elements that come after <drawing> in a worksheet (CT_Worksheet sequence). */
const AFTER_DRAWING = ["<legacyDrawing", "<legacyDrawingHF", "<picture", "<oleObjects", "<controls", "<webPublishItems", "<tableParts", "<extLst", "</worksheet>"];

function freeNumber(zip: JSZip, pattern: (n: number) => string): number {
  for (let n = 1; ; n++) if (!zip.file(pattern(n))) return n;
}

interface Lookup {
  readonly ctx: RenderContext;
  readonly sheetByName: ReadonlyMap<string, NormalizedSheetPlan>;
}

/** A plan range (same sheet, or `{{sheet:KEY}}!…`) → absolute quoted reference and the values it holds. */
function resolveRange(ref: string, ownSheet: string, lookup: Lookup): { ref: string; values: (string | number | null)[] } {
  const { sheet = ownSheet, range } = splitRange(lookup.ctx.resolve(ref));
  const { start, end } = parseRangeRef(range);
  const abs = rangeRef(start.row, start.column, end.row - start.row + 1, end.column - start.column + 1, true);
  return { ref: `${quoteSheet(sheet)}!${abs}`, values: rangeValues(lookup.sheetByName.get(sheet), range) };
}

function chartData(chart: ChartPlan, ownSheet: string, lookup: Lookup): ChartData {
  const categories = resolveRange(chart.categories, ownSheet, lookup);
  return {
    direction: chart.type === "clusteredBar" ? "bar" : "col",
    title: chart.title,
    categoriesRef: categories.ref,
    categories: categories.values,
    percentAxis: chart.percentAxis ?? false,
    series: chart.series.map((s) => ({ name: s.name, asLine: s.asLine ?? false, color: s.color, ...resolveRange(s.values, ownSheet, lookup) })),
  };
}

/** Points the worksheet at its drawing: a relationship plus <drawing r:id> in the right place. */
async function attachDrawing(zip: JSZip, sheetPath: string, drawingPath: string): Promise<void> {
  const relsPath = relsPathOf(sheetPath);
  const rels = (await readText(zip, relsPath)) ?? EMPTY_RELS;
  const id = freeRelId(rels);
  zip.file(relsPath, addRelationship(rels, id, `${REL}/drawing`, `../drawings/${drawingPath.split("/").pop()}`));
  const sheet = (await readText(zip, sheetPath)) ?? "";
  const at = Math.min(...AFTER_DRAWING.map((tag) => sheet.indexOf(tag)).filter((i) => i >= 0));
  zip.file(sheetPath, `${sheet.slice(0, at)}<drawing r:id="${id}"/>${sheet.slice(at)}`);
}

async function addSheetCharts(zip: JSZip, sheet: NormalizedSheetPlan, sheetPath: string, lookup: Lookup): Promise<void> {
  const ownName = lookup.ctx.nameOfKey.get(sheet.key) as string;
  const drawingN = freeNumber(zip, (n) => `xl/drawings/drawing${n}.xml`);
  const drawingPath = `xl/drawings/drawing${drawingN}.xml`;
  let drawingRels = EMPTY_RELS;
  let types = (await readText(zip, "[Content_Types].xml")) ?? "";
  const anchors: ChartAnchor[] = sheet.charts.map((chart, i) => {
    const chartN = freeNumber(zip, (n) => `xl/charts/chart${n}.xml`);
    zip.file(`xl/charts/chart${chartN}.xml`, chartXml(chartData(chart, ownName, lookup)));
    types = addContentOverride(types, `/xl/charts/chart${chartN}.xml`, CHART_TYPE);
    const relId = `rId${i + 1}`;
    drawingRels = addRelationship(drawingRels, relId, `${REL}/chart`, `../charts/chart${chartN}.xml`);
    const at = parseCellRef(chart.at);
    return { row: at.row, column: at.column, widthCols: chart.widthCols, heightRows: chart.heightRows, relId, name: `Диаграмма ${i + 1}` };
  });
  zip.file(drawingPath, drawingXml(anchors));
  zip.file(relsPathOf(drawingPath), drawingRels);
  zip.file("[Content_Types].xml", addContentOverride(types, `/${drawingPath}`, DRAWING_TYPE));
  await attachDrawing(zip, sheetPath, drawingPath);
}

/**
 * ExcelJS writes no charts: add the DrawingML parts (chart, drawing, relationships, content types)
 * for every plan chart to the package it wrote. `parts` maps sheet names to worksheet part paths.
 */
export async function addCharts(zip: JSZip, plan: NormalizedWorkbookPlan, ctx: RenderContext, parts: ReadonlyMap<string, string>): Promise<void> {
  const sheetByName = new Map(plan.sheets.map((s) => [ctx.nameOfKey.get(s.key) as string, s]));
  for (const sheet of plan.sheets) {
    const path = parts.get(ctx.nameOfKey.get(sheet.key) as string);
    if (sheet.charts.length && path) await addSheetCharts(zip, sheet, path, { ctx, sheetByName });
  }
}
