/**
 * Writing workbooks from the CLI, each run in a fresh process (peak memory is the process's maxRSS):
 * `roadmap FILE --out` beside `roadmap FILE --json` of the same input at 1,000 / 10,000 / 100,000
 * activities (writing must not cost more than 3× reading, nor the 100,000 case more than 1.5 GB), and
 * `report --roadmap DIR --out` over 500 school roadmaps (no formula may grow with their number).
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { performance } from "node:perf_hooks";
import { runCli } from "../../src/cli/main";
import { normalizePlan, isFormulaCell } from "../../src/core/workbook";
import { createContext } from "../../src/xlsx/render/context";
import { runReportJob, runRoadmapJob } from "../../src/core/pipeline";
import { readDocumentText } from "../../src/core/table";
import { memoryNow, runProbe } from "../lib/child";
import { formatSize } from "../lib/stats";
import type { Metric, Workload } from "../lib/types";
import { activityUnits, roadmapDocument } from "../data/roadmap-doc";
import { readSeeds, seedTables } from "../data/seeds";
import { schoolRoadmapText } from "../data/school-roadmaps";

interface ProbeAnswer {
  readonly code: number;
  readonly ms: number;
  readonly peakMB: number;
  readonly err: string;
}

const AS_OF = "2025-03-01";
const REPORT_ROADMAPS = 500;

/** One CLI call in this (fresh) process; stdout is counted, not kept. */
async function cliProbe(args: readonly string[]): Promise<ProbeAnswer> {
  let err = "";
  const io = { out: () => undefined, err: (t: string) => void (err += t), today: () => new Date(AS_OF) };
  const t0 = performance.now();
  const code = await runCli([...args], io);
  return { code, ms: performance.now() - t0, peakMB: memoryNow().peakRss / 1048576, err: err.slice(0, 300) };
}

function checked(run: ProbeAnswer, what: string): ProbeAnswer {
  if (run.code !== 0) throw new Error(`${what}: код ${run.code}: ${run.err}`);
  return run;
}

/** The longest formula of the 500-roadmap report's plan, sheet names put in (Excel allows 8,192). */
function longestReportFormula(files: readonly string[]): number {
  const roadmaps = files.map((f) => ({ job: runRoadmapJob({ document: readDocumentText(schoolRoadmapText(Number(/\d+/.exec(f)![0])), f), period: null, asOf: AS_OF }) }));
  const plan = normalizePlan(runReportJob({ district: "Энский муниципальный район", asOf: AS_OF, roadmaps, results: null }).plan);
  const ctx = createContext(plan);
  let longest = 0;
  for (const s of plan.sheets) {
    for (const b of s.blocks) for (const r of b.rows) for (const c of r) if (isFormulaCell(c)) longest = Math.max(longest, ctx.resolve(c.f).length + 1);
  }
  return longest;
}

const workload: Workload = {
  title: "Запись книг: roadmap --out рядом с --json, свод по 500 дорожным картам",
  async probe(args) {
    const [kind, ...rest] = args;
    if (kind === "longest") return { longest: longestReportFormula(rest) };
    return cliProbe(rest);
  },
  async run(opts) {
    const sizes = opts.quick ? [1_000, 5_000] : [1_000, 10_000, 100_000];
    const seeds = readSeeds(opts.root);
    const units = activityUnits(seeds.flatMap((s) => seedTables(s.name, s.text)));
    const dir = mkdtempSync(path.join(tmpdir(), "rm-bench-write-"));
    const metrics: Metric[] = [];
    try {
      let worst = 0;
      for (const n of sizes) {
        opts.log(`roadmap: ${formatSize(n)} мероприятий`);
        const file = path.join(dir, `roadmap-${n}.txt`);
        writeFileSync(file, roadmapDocument(units, n));
        const read = checked(runProbe<ProbeAnswer>(opts.root, "write", ["--", "cli", "roadmap", file, "--as-of", AS_OF, "--json"]), "roadmap --json");
        const write = checked(runProbe<ProbeAnswer>(opts.root, "write", ["--", "cli", "roadmap", file, "--as-of", AS_OF, "--out", path.join(dir, `roadmap-${n}.xlsx`)]), "roadmap --out");
        const ratio = write.ms / read.ms;
        worst = Math.max(worst, ratio);
        metrics.push(
          { name: `write.roadmap.json.${n}`, label: `${formatSize(n)} мероприятий: roadmap --json`, value: read.ms, unit: "ms", note: `1 прогон в своём процессе; пик ${Math.round(read.peakMB)} МБ` },
          { name: `write.roadmap.out.${n}`, label: `  roadmap --out (.xlsx)`, value: write.ms, unit: "ms", note: `1 прогон в своём процессе` },
          { name: `write.roadmap.ratio.${n}`, label: `  --out / --json`, value: ratio, unit: "ratio" },
          { name: `write.roadmap.peakMB.${n}`, label: `  пик памяти --out`, value: write.peakMB, unit: "MB", note: "maxRSS процесса" },
        );
      }
      metrics.push({ name: "write.roadmap.ratio.max", label: "запись / чтение, худший размер", value: worst, unit: "ratio" });

      opts.log(`report: ${REPORT_ROADMAPS} дорожных карт школ`);
      const folder = path.join(dir, "schools");
      mkdirSync(folder);
      const files: string[] = [];
      for (let i = 1; i <= REPORT_ROADMAPS; i++) {
        const f = path.join(folder, `school-${String(i).padStart(3, "0")}.tsv`);
        writeFileSync(f, schoolRoadmapText(i));
        files.push(f);
      }
      const report = checked(runProbe<ProbeAnswer>(opts.root, "write", ["--", "cli", "report", "--roadmap", folder, "--as-of", AS_OF, "--out", path.join(dir, "report-500.xlsx")]), "report --out");
      const { longest } = runProbe<{ longest: number }>(opts.root, "write", ["--", "longest", ...files.map((f) => path.basename(f))]);
      metrics.push(
        { name: "write.report500.ms", label: `свод по ${REPORT_ROADMAPS} дорожным картам школ: report --out`, value: report.ms, unit: "ms", note: `1 прогон в своём процессе; пик ${Math.round(report.peakMB)} МБ` },
        { name: "write.report500.peakMB", label: "  пик памяти", value: report.peakMB, unit: "MB" },
        { name: "write.report500.longestFormula", label: "  самая длинная формула, знаков", value: longest, unit: "count", note: "Excel принимает до 8 192" },
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    return metrics;
  },
};
export default workload;
