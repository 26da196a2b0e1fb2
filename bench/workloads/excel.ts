/**
 * The result workbook (Показатели, Результаты, Целевые показатели, Школы, Настройки) built from
 * 10,000 / 100,000 / 1,000,000 per-student rows, rendered to .xlsx and through Office.js against the
 * recording fake: sync() calls and the largest request at every size.
 */
import { runResultsJob } from "../../src/core/pipeline/results-job";
import { renderThroughOffice, renderToXlsx } from "../lib/render";
import { formatNumber, formatSize } from "../lib/stats";
import type { Metric, Workload } from "../lib/types";
import { tableOf } from "../data/student-table";
import { schoolCount, studentCells } from "../data/students";

const workload: Workload = {
  title: "Книга показателей: .xlsx и Office.js (записывающая подделка)",
  async run(opts) {
    const sizes = opts.quick ? [10_000, 100_000] : [10_000, 100_000, 1_000_000];
    const metrics: Metric[] = [];
    let maxSyncs = 0;
    let maxMB = 0;
    for (const n of sizes) {
      opts.log(`${formatSize(n)} строк`);
      const plan = runResultsJob({ tables: [tableOf(studentCells(n))] }).plan;
      const label = `${formatSize(n)} строк (${formatSize(schoolCount(n))} школ)`;
      const xlsx = await renderToXlsx(plan, opts.runs);
      const office = await renderThroughOffice(plan, opts.runs);
      maxSyncs = Math.max(maxSyncs, office.syncs);
      maxMB = Math.max(maxMB, office.maxRequestMB);
      metrics.push(
        { name: `excel.indicators.xlsxMs.${n}`, label: `${label}: .xlsx (ExcelJS)`, value: xlsx.ms, unit: "ms", note: `${Math.round(xlsx.kb)} КБ; медиана ${opts.runs}` },
        { name: `excel.indicators.officeMs.${n}`, label: `  Office.js на подделке`, value: office.ms, unit: "ms", note: `медиана ${opts.runs}` },
        { name: `excel.indicators.syncs.${n}`, label: `  вызовов sync()`, value: office.syncs, unit: "count" },
        { name: `excel.indicators.requestMB.${n}`, label: `  самый большой запрос`, value: office.maxRequestMB, unit: "MB", note: `всего ${formatNumber(office.totalMB)} МБ` },
      );
    }
    metrics.push({ name: "excel.indicators.syncs.max", label: "sync() на худшем размере", value: maxSyncs, unit: "count" });
    metrics.push({ name: "excel.indicators.requestMB.max", label: "самый большой запрос на всех размерах", value: maxMB, unit: "MB" });
    return metrics;
  },
};
export default workload;
