import { escapeXml } from "../package/parts";

export interface ChartSeriesData {
  readonly name: string;
  /** Absolute reference with the quoted sheet: 'Свод'!$C$5:$C$20. */
  readonly ref: string;
  readonly values: readonly (string | number | null)[];
  readonly asLine: boolean;
  /** "#RRGGBB"; the theme's colour when absent. */
  readonly color?: string;
}

export interface ChartData {
  readonly direction: "col" | "bar";
  readonly title: string;
  readonly categoriesRef: string;
  readonly categories: readonly (string | number | null)[];
  readonly series: readonly ChartSeriesData[];
  readonly percentAxis: boolean;
}

const NS =
  'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const CAT_AX = 500010;
const VAL_AX = 500020;
const LINE_COLOURS = ["C00000", "7030A0", "00B050"];

function strCache(ref: string, values: readonly (string | number | null)[]): string {
  const pts = values.map((v, i) => (v === null ? "" : `<c:pt idx="${i}"><c:v>${escapeXml(String(v))}</c:v></c:pt>`)).join("");
  return `<c:strRef><c:f>${escapeXml(ref)}</c:f><c:strCache><c:ptCount val="${values.length}"/>${pts}</c:strCache></c:strRef>`;
}

function numCache(ref: string, values: readonly (string | number | null)[]): string {
  const pts = values
    .map((v, i) => (typeof v === "number" && Number.isFinite(v) ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : ""))
    .join("");
  return `<c:numRef><c:f>${escapeXml(ref)}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache></c:numRef>`;
}

function seriesXml(s: ChartSeriesData, index: number, chart: ChartData, line: boolean, lineIndex = 0): string {
  const head = `<c:idx val="${index}"/><c:order val="${index}"/><c:tx><c:v>${escapeXml(s.name)}</c:v></c:tx>`;
  const data = `<c:cat>${strCache(chart.categoriesRef, chart.categories)}</c:cat><c:val>${numCache(s.ref, s.values)}</c:val>`;
  const own = s.color?.slice(1).toUpperCase();
  if (!line) {
    const fill = own ? `<c:spPr><a:solidFill><a:srgbClr val="${own}"/></a:solidFill></c:spPr>` : "";
    return `<c:ser>${head}${fill}<c:invertIfNegative val="0"/>${data}</c:ser>`;
  }
  const colour = own ?? LINE_COLOURS[lineIndex % LINE_COLOURS.length];
  const spPr = `<c:spPr><a:ln w="28575" cap="rnd"><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill><a:prstDash val="dash"/></a:ln></c:spPr>`;
  return `<c:ser>${head}${spPr}<c:marker><c:symbol val="none"/></c:marker>${data}<c:smooth val="0"/></c:ser>`;
}

function axesXml(chart: ChartData): string {
  const [catPos, valPos] = chart.direction === "col" ? ["b", "l"] : ["l", "b"];
  const fmt = chart.percentAxis ? "0%" : "General";
  const common = '<c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>';
  // A share never exceeds 100 %: without a fixed maximum the axis is drawn to 120 %.
  const valScaling = chart.percentAxis ? '<c:scaling><c:orientation val="minMax"/><c:max val="1"/><c:min val="0"/></c:scaling><c:delete val="0"/>' : common;
  const ticks = '<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>';
  const cat = `<c:catAx><c:axId val="${CAT_AX}"/>${common}<c:axPos val="${catPos}"/><c:numFmt formatCode="General" sourceLinked="0"/>${ticks}<c:crossAx val="${VAL_AX}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  const val = `<c:valAx><c:axId val="${VAL_AX}"/>${valScaling}<c:axPos val="${valPos}"/><c:majorGridlines/><c:numFmt formatCode="${fmt}" sourceLinked="0"/>${ticks}<c:crossAx val="${CAT_AX}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`;
  return cat + val;
}

function titleXml(title: string): string {
  const run = `<a:r><a:rPr lang="ru-RU" sz="1200" b="1"/><a:t>${escapeXml(title)}</a:t></a:r>`;
  return `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr>${run}</a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>`;
}

/**
 * A clustered column/bar chart; series marked asLine (the district average) become a line chart on the
 * same axes. A horizontal bar chart cannot share its axes with a line, so there they stay bars.
 */
export function chartXml(chart: ChartData): string {
  const canLine = chart.direction === "col";
  const bars = chart.series.map((s, i) => ({ s, i })).filter(({ s }) => !(canLine && s.asLine));
  const lines = canLine ? chart.series.map((s, i) => ({ s, i })).filter(({ s }) => s.asLine) : [];
  const axIds = `<c:axId val="${CAT_AX}"/><c:axId val="${VAL_AX}"/>`;
  const barXml = bars.length
    ? `<c:barChart><c:barDir val="${chart.direction}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${bars.map(({ s, i }) => seriesXml(s, i, chart, false)).join("")}<c:gapWidth val="80"/>${axIds}</c:barChart>`
    : "";
  const lineXml = lines.length
    ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${lines.map(({ s, i }, n) => seriesXml(s, i, chart, true, n)).join("")}<c:marker val="1"/>${axIds}</c:lineChart>`
    : "";
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace ${NS}><c:roundedCorners val="0"/><c:chart>${titleXml(chart.title)}` +
    `<c:plotArea><c:layout/>${barXml}${lineXml}${axesXml(chart)}</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}
