/**
 * Results → indicators on generated per-student rows, next to its peers on the same rows in the same
 * run: arquero's groupby and a bare pass into typed arrays (the floor). Peak memory is measured in a
 * fresh child process per size, so one size's garbage never counts against the next.
 */
import { computeIndicators, DEFAULT_SETTINGS } from "../../src/core/indicators";
import { readResults } from "../../src/core/results";
import { collect, memoryNow, runProbe } from "../lib/child";
import { growthRatio, MB, ratio, timeRuns, formatSize } from "../lib/stats";
import type { Metric, RunOptions, Workload } from "../lib/types";
import { arqueroFigures } from "../data/arquero-peer";
import { encodeRows, floorPass } from "../data/peers";
import { tableOf } from "../data/student-table";
import { studentCells } from "../data/students";

const FIRST_ROW = 2; // preamble and header


export function ours(cells: string[][]) {
  return computeIndicators(readResults([tableOf(cells)]), DEFAULT_SETTINGS);
}

/** The three must agree before their times are compared: same schools, same participants and quality. */
function agreement(cells: string[][]): string | null {
  const a = ours(cells).assessments[0];
  const floor = floorPass(encodeRows(cells, FIRST_ROW));
  const arq = arqueroFigures(cells, FIRST_ROW);
  const sum = (xs: readonly { participants: number }[]) => xs.reduce((s, x) => s + x.participants, 0);
  const oursN = a ? sum(a.schools) : -1;
  if (!a || a.schools.length !== floor.length || oursN !== sum(floor) || sum(arq) !== sum(floor)) {
    return `расхождение: школ ${a?.schools.length}/${floor.length}/${arq.length}, участников ${oursN}/${sum(floor)}/${sum(arq)}`;
  }
  const q = new Map(floor.map((f) => [f.school, f.qualityRate]));
  const off = a.schools.filter((s) => Math.abs((s.qualityRate ?? -1) - (q.get(s.school) ?? -2)) > 1e-9);
  return off.length ? `расхождение качества у ${off.length} школ` : null;
}

async function sizeMetrics(n: number, opts: RunOptions): Promise<{ metrics: Metric[]; oursMs: number; arqMs: number }> {
  const label = formatSize(n);
  opts.log(`${label} строк: данные`);
  const cells = studentCells(n);
  const mismatch = agreement(cells);
  if (mismatch) opts.log(`ВНИМАНИЕ ${label}: ${mismatch}`);
  const note = `медиана ${opts.runs} после разогрева`;
  const t = await timeRuns(opts.runs, () => ours(cells), collect);
  const arq = await timeRuns(opts.runs, () => arqueroFigures(cells, FIRST_ROW), collect);
  const floor = await timeRuns(opts.runs, () => floorPass(encodeRows(cells, FIRST_ROW)), collect);
  const enc = encodeRows(cells, FIRST_ROW);
  const pass = await timeRuns(opts.runs, () => floorPass(enc), collect);
  return {
    oursMs: t.medianMs,
    arqMs: arq.medianMs,
    metrics: [
      { name: `indicators.ours.${n}`, label: `${label} строк → показатели (readResults + computeIndicators)`, value: t.medianMs, unit: "ms", note: mismatch ?? note },
      { name: `indicators.arquero.${n}`, label: `  arquero groupby, те же показатели`, value: arq.medianMs, unit: "ms", note },
      { name: `indicators.floor.${n}`, label: `  пол: один проход строки → Int32Array/Int8Array → счётчики`, value: floor.medianMs, unit: "ms", note },
      { name: `indicators.typedPass.${n}`, label: `  только проход по готовым типизированным массивам`, value: pass.medianMs, unit: "ms", note },
      { name: `indicators.vsArquero.${n}`, label: `  наше / arquero`, value: ratio(t.medianMs, arq.medianMs), unit: "ratio" },
      { name: `indicators.vsFloor.${n}`, label: `  наше / пол`, value: ratio(t.medianMs, floor.medianMs), unit: "ratio" },
      { name: `indicators.vsTypedPass.${n}`, label: `  наше / проход по типизированным массивам`, value: ratio(t.medianMs, pass.medianMs), unit: "ratio" },
    ],
  };
}

interface ProbeAnswer { dataRssMB: number; peakRssMB: number; heapGrowthMB: number; ms: number }

function memoryMetrics(n: number, opts: RunOptions): Metric[] {
  const out: Metric[] = [];
  for (const who of ["ours", "arquero"] as const) {
    opts.log(`${formatSize(n)} строк: память (${who}, отдельный процесс)`);
    const p = runProbe<ProbeAnswer>(opts.root, "indicators", [who, String(n)]);
    const tag = who === "ours" ? "наше" : "arquero";
    out.push({ name: `indicators.${who}.peakRssMB.${n}`, label: `${formatSize(n)} строк: пиковая RSS процесса (${tag})`, value: p.peakRssMB, unit: "MB", note: `из них данные ${Math.round(p.dataRssMB)} МБ` });
    out.push({ name: `indicators.${who}.extraRssMB.${n}`, label: `  прирост RSS над данными (${tag})`, value: Math.max(0, p.peakRssMB - p.dataRssMB), unit: "MB", note: `рост кучи ${Math.round(p.heapGrowthMB)} МБ` });
  }
  return out;
}

const workload: Workload = {
  title: "Результаты → показатели (поученические строки ВПР)",
  async run(opts) {
    const sizes = opts.quick ? [10_000, 100_000] : [10_000, 100_000, 1_000_000];
    const metrics: Metric[] = [];
    const points: { size: number; ms: number }[] = [];
    let worstVsArquero = 0;
    for (const n of sizes) {
      const r = await sizeMetrics(n, opts);
      metrics.push(...r.metrics);
      points.push({ size: n, ms: r.oursMs });
      worstVsArquero = Math.max(worstVsArquero, ratio(r.oursMs, r.arqMs));
      collect();
    }
    metrics.push({ name: "indicators.growth", label: `рост: мс на строку ${formatSize(sizes[sizes.length - 1])} / ${formatSize(sizes[0])}`, value: growthRatio(points), unit: "ratio", note: "1 — строго линейно" });
    metrics.push({ name: "indicators.vsArquero.max", label: "наше / arquero, худший размер", value: worstVsArquero, unit: "ratio" });
    metrics.push(...memoryMetrics(sizes[sizes.length - 1], opts));
    return metrics;
  },
  async probe([who, size]) {
    const cells = studentCells(Number(size));
    collect();
    const before = memoryNow();
    const t0 = performance.now();
    if (who === "arquero") arqueroFigures(cells, FIRST_ROW);
    else ours(cells);
    const ms = performance.now() - t0;
    const after = memoryNow();
    return { dataRssMB: before.rss / MB, peakRssMB: after.peakRss / MB, heapGrowthMB: (after.heapUsed - before.heapUsed) / MB, ms } satisfies ProbeAnswer;
  },
};
export default workload;
