/**
 * The consolidated district report at three sizes: building its workbook plan (src/core/report), rendering
 * it to .xlsx, and through Office.js against the recording fake (sync() calls, largest request).
 */
import { buildReport, type ReportInput } from "../../src/core/report";
import { buildReportSheets } from "../../src/core/sheets/report";
import type { WorkbookPlan } from "../../src/core/workbook";
import { collect } from "../lib/child";
import { renderThroughOffice, renderToXlsx } from "../lib/render";
import { formatNumber, formatSize, timeRuns } from "../lib/stats";
import type { Metric, RunOptions, Workload } from "../lib/types";
import { reportInput, type ReportSize } from "../data/report-input";
import { readSeeds, seedTables } from "../data/seeds";

/** The report's workbook plan: the model (src/core/report) laid out as sheets (src/core/sheets/report). */
function planBuilder(): (input: unknown) => WorkbookPlan {
  return (input) => ({ sheets: buildReportSheets(buildReport(input as ReportInput)) });
}

const SIZES: readonly ReportSize[] = [
  { rows: 10_000, activitiesPerRoadmap: 40 },
  { rows: 100_000, activitiesPerRoadmap: 40 },
  { rows: 400_000, activitiesPerRoadmap: 40 },
];

async function sizeMetrics(size: ReportSize, build: (input: unknown) => WorkbookPlan, texts: string[], opts: RunOptions) {
  const input = reportInput(size, texts);
  const label = `${formatSize(input.schools)} школ, ${formatSize(input.activities)} мероприятий`;
  opts.log(label);
  const plan = await timeRuns(opts.runs, () => build(input), collect);
  const xlsx = await renderToXlsx(plan.last, opts.runs);
  const office = await renderThroughOffice(plan.last, opts.runs);
  const key = input.schools;
  return {
    office,
    metrics: [
      { name: `report.plan.${key}`, label: `${label}: план свода`, value: plan.medianMs, unit: "ms", note: `медиана ${opts.runs}` },
      { name: `report.xlsx.${key}`, label: `  .xlsx (ExcelJS)`, value: xlsx.ms, unit: "ms", note: `${Math.round(xlsx.kb)} КБ; медиана ${opts.runs}` },
      { name: `report.excel.ms.${key}`, label: `  Office.js на подделке`, value: office.ms, unit: "ms", note: `медиана ${opts.runs}` },
      { name: `report.excel.syncs.${key}`, label: `  вызовов sync()`, value: office.syncs, unit: "count" },
      { name: `report.excel.requestMB.${key}`, label: `  самый большой запрос`, value: office.maxRequestMB, unit: "MB", note: `всего ${formatNumber(office.totalMB)} МБ` },
    ] satisfies Metric[],
  };
}

const workload: Workload = {
  title: "Свод по району: план, .xlsx, Office.js",
  async run(opts) {
    const build = planBuilder();
    const texts = readSeeds(opts.root).flatMap((s) => seedTables(s.name, s.text)).flatMap((t) => t.activities.map((a) => a[0].split("\t")[1] ?? a[0]));
    const sizes = opts.quick ? SIZES.slice(0, 2) : SIZES;
    const metrics: Metric[] = [];
    let syncs = 0;
    let mb = 0;
    for (const size of sizes) {
      const r = await sizeMetrics(size, build, texts, opts);
      metrics.push(...r.metrics);
      syncs = Math.max(syncs, r.office.syncs);
      mb = Math.max(mb, r.office.maxRequestMB);
    }
    metrics.push({ name: "report.excel.syncs.max", label: "sync() на худшем размере", value: syncs, unit: "count" });
    metrics.push({ name: "report.excel.requestMB.max", label: "самый большой запрос на всех размерах", value: mb, unit: "MB" });
    return metrics;
  },
};
export default workload;
