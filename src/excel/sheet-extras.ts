import { PRINT_MARGINS } from "../core/print";
import { headerFooterCode, type ChartPlan, type NormalizedSheetPlan } from "../core/workbook";
import type { MetaScope } from "./sheet-meta";

/** Excel keeps a literal list source of at most 255 characters, comma-separated. */
const LIST_SOURCE_MAX = 255;

export function applyValidations(ws: Excel.Worksheet, sheet: NormalizedSheetPlan, scope: MetaScope): void {
  if (!sheet.dataValidations.length || !scope.features.dataValidation) return;
  for (const v of sheet.dataValidations) {
    const source = v.list.join(",");
    if (v.list.some((item) => item.includes(",")) || source.length > LIST_SOURCE_MAX) {
      scope.warn(`Выпадающий список для ${v.range} не создан: в пунктах есть запятые или список длиннее 255 символов.`);
      continue;
    }
    const dv = ws.getRange(v.range).dataValidation;
    dv.rule = { list: { inCellDropDown: true, source } };
    dv.ignoreBlanks = v.allowBlank;
    if (v.prompt) dv.prompt = { showPrompt: true, title: "", message: v.prompt.slice(0, 255) };
  }
}

/** Literal text with `{{page}}` / `{{pages}}` codes (core/workbook/header-footer.ts). */
const headerText = headerFooterCode;

export function applyPrint(ws: Excel.Worksheet, sheet: NormalizedSheetPlan, scope: MetaScope): void {
  const p = sheet.print;
  if (!p || !scope.features.printLayout) return;
  const layout = ws.pageLayout;
  layout.orientation = p.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.paperSize = "A4";
  if (p.scale !== undefined) layout.zoom = { scale: p.scale };
  else if (p.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  // Points, as the page breaks were computed for (core/print/page.ts).
  layout.leftMargin = PRINT_MARGINS.left * 72;
  layout.rightMargin = PRINT_MARGINS.right * 72;
  layout.topMargin = PRINT_MARGINS.top * 72;
  layout.bottomMargin = PRINT_MARGINS.bottom * 72;
  layout.headerMargin = PRINT_MARGINS.header * 72;
  layout.footerMargin = PRINT_MARGINS.footer * 72;
  if (p.area) layout.setPrintArea(p.area);
  if (p.titleRows) layout.setPrintTitleRows(p.titleRows.replace(/(\d+)/g, "$$$1"));
  if (p.titleColumns) layout.setPrintTitleColumns(p.titleColumns.replace(/([A-Z]+)/g, "$$$1"));
  if (p.header) layout.headersFooters.defaultForAllPages.centerHeader = headerText(p.header);
  if (p.footer) layout.headersFooters.defaultForAllPages.centerFooter = headerText(p.footer);
  // worksheet.horizontalPageBreaks is ExcelApi 1.9, checked again on its own: a host may claim page layout
  // without it.
  if (p.rowBreaks?.length && scope.features.pageBreaks) for (const row of p.rowBreaks) ws.horizontalPageBreaks.add(`A${row}`);
}

/** A chart range is on the same sheet; a sheet prefix, if a builder wrote one, is dropped. */
const local = (ref: string) => ref.slice(ref.lastIndexOf("!") + 1);

export function applyCharts(ws: Excel.Worksheet, sheet: NormalizedSheetPlan, scope: MetaScope): void {
  if (!sheet.charts.length || !scope.features.charts) return;
  for (const plan of sheet.charts) addChart(ws, plan, scope);
}

function addChart(ws: Excel.Worksheet, plan: ChartPlan, scope: MetaScope): void {
  const type = plan.type === "clusteredBar" ? "BarClustered" : "ColumnClustered";
  const [first, ...rest] = plan.series;
  const chart = ws.charts.add(type, ws.getRange(local(first.values)), "Columns");
  chart.title.text = plan.title;
  const at = ws.getRange(plan.at);
  const end = at.getOffsetRange(plan.heightRows ?? 18, plan.widthCols ?? 10);
  chart.setPosition(at, end);
  const categories = ws.getRange(local(plan.categories));
  const s0 = chart.series.getItemAt(0);
  s0.name = first.name;
  s0.setXAxisValues(categories);
  if (first.asLine) s0.chartType = "Line";
  colourSeries(s0, first);
  for (const s of rest) {
    const series = chart.series.add(s.name);
    series.setValues(ws.getRange(local(s.values)));
    series.setXAxisValues(categories);
    if (s.asLine) series.chartType = "Line";
    colourSeries(series, s);
  }
  if (plan.percentAxis) {
    // A share never exceeds 100 %: fixed 0–100 % instead of Excel's automatic 120 %.
    chart.axes.valueAxis.minimum = 0;
    chart.axes.valueAxis.maximum = 1;
    if (scope.features.dataValidation) chart.axes.valueAxis.numberFormat = "0%";
  }
}

function colourSeries(series: Excel.ChartSeries, plan: ChartPlan["series"][number]): void {
  if (!plan.color) return;
  if (plan.asLine) series.format.line.color = plan.color;
  else series.format.fill.setSolidColor(plan.color);
}
