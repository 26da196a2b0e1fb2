/**
 * The peer for our formulas: LibreOffice headless opening the .xlsx we emit for 100,000 per-student rows
 * and recalculating every formula (a throwaway profile set to recalculate on load, as the tests do),
 * against our engine computing the same indicators in Node. Heavy: once per run, no median.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { runResultsJob } from "../../src/core/pipeline/results-job";
import { renderXlsx } from "../../src/xlsx";
import { convertWithLibreOffice, libreOfficeAvailable } from "../../tests/helpers/libreoffice";
import { collect } from "../lib/child";
import { countFormulas } from "../lib/plan";
import { formatSize, ratio, timeRuns } from "../lib/stats";
import type { Metric, Workload } from "../lib/types";
import { studentCells } from "../data/students";
import { tableOf } from "../data/student-table";

async function timedConvert(file: string, outDir: string): Promise<number> {
  const t0 = performance.now();
  await convertWithLibreOffice(file, "xlsx", outDir, { timeoutMs: 300_000 });
  return performance.now() - t0;
}

const workload: Workload = {
  title: "LibreOffice пересчитывает наши формулы (сверка с движком)",
  async run(opts) {
    if (!libreOfficeAvailable()) throw Object.assign(new Error("нет /usr/bin/soffice"), { code: "MODULE_MISSING" });
    const n = opts.quick ? 10_000 : 100_000;
    const cells = studentCells(n);
    const engine = await timeRuns(opts.runs, () => runResultsJob({ tables: [tableOf(cells)] }), collect);
    const plan = engine.last.plan;
    const formulas = countFormulas(plan.sheets);
    const bytes = await renderXlsx(plan);
    const tiny = await renderXlsx({ sheets: [{ key: "bench.tiny", name: "Лист", blocks: [{ at: "A1", rows: [[1, { f: "A1+1" }]] }] }] });
    const dir = await mkdtemp(path.join(tmpdir(), "rm-bench-lo-"));
    try {
      await writeFile(path.join(dir, "indicators.xlsx"), bytes);
      await writeFile(path.join(dir, "tiny.xlsx"), tiny);
      opts.log("soffice: пустой запуск (время старта)");
      const startup = await timedConvert(path.join(dir, "tiny.xlsx"), path.join(dir, "out"));
      opts.log(`soffice: ${formatSize(formulas)} формул, ${Math.round(bytes.length / 1024)} КБ`);
      const total = await timedConvert(path.join(dir, "indicators.xlsx"), path.join(dir, "out"));
      const recalc = Math.max(0, total - startup);
      return [
        { name: `libreoffice.formulas.${n}`, label: `${formatSize(n)} строк: формул в листах показателей`, value: formulas, unit: "count", note: `xlsx ${Math.round(bytes.length / 1024)} КБ` },
        { name: `libreoffice.total.${n}`, label: `  soffice: открыть, пересчитать, сохранить`, value: total, unit: "ms", note: "1 прогон" },
        { name: "libreoffice.startup", label: `  soffice: то же для пустой книги (запуск)`, value: startup, unit: "ms", note: "1 прогон" },
        { name: `libreoffice.recalc.${n}`, label: `  soffice без запуска`, value: recalc, unit: "ms" },
        { name: `libreoffice.engine.${n}`, label: `  наш движок: строки → показатели → план листов`, value: engine.medianMs, unit: "ms", note: `медиана ${opts.runs}` },
        { name: `libreoffice.vsEngine.${n}`, label: `  LibreOffice (без запуска) / наш движок`, value: ratio(recalc, engine.medianMs), unit: "ratio" },
      ] satisfies Metric[];
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
};
export default workload;
