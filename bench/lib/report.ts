/** The readable table, the targets with OK/ПРОМАХ, and the one-line JSON of `--json`. */
import * as os from "node:os";
import { formatNumber } from "./stats";
import type { Metric, Target, TargetStatus, WorkloadOutcome } from "./types";

export const TARGETS: readonly Target[] = [
  { metric: "roadmap.import.1000", label: "1 000 мероприятий импортируются быстрее 50 мс", op: "<", limit: 50 },
  { metric: "roadmap.growth", label: "импорт растёт линейно (мс на мероприятие: 100 000 / 1 000 ≤ 2)", op: "<=", limit: 2 },
  { metric: "indicators.ours.1000000", label: "1 000 000 строк результатов → показатели быстрее 2 с", op: "<", limit: 2000 },
  { metric: "indicators.growth", label: "показатели растут линейно (мс на строку: 1 000 000 / 10 000 ≤ 2)", op: "<=", limit: 2 },
  { metric: "indicators.vsFloor.1000000", label: "не дольше 5× пола (один проход: строки → Int32Array/Int8Array → счётчики)", op: "<=", limit: 5 },
  { metric: "indicators.vsArquero.max", label: "быстрее arquero на каждом размере (наше/arquero < 1)", op: "<", limit: 1 },
  { metric: "report.excel.syncs.max", label: "свод через Office.js за ≤ 6 вызовов sync() на каждом размере", op: "<=", limit: 6 },
  { metric: "report.excel.requestMB.max", label: "ни один запрос Office.js не больше 4 МБ", op: "<=", limit: 4 },
  { metric: "returns.collect.100x80", label: "ответы 100 школ × 80 мероприятий собраны в свод быстрее 5 с", op: "<", limit: 5000 },
  { metric: "write.roadmap.ratio.max", label: "roadmap --out не дольше 3× roadmap --json на каждом размере", op: "<=", limit: 3 },
  { metric: "write.roadmap.peakMB.100000", label: "roadmap --out на 100 000 мероприятий укладывается в 1,5 ГБ", op: "<=", limit: 1536 },
  { metric: "write.report500.longestFormula", label: "свод по 500 дорожным картам: ни одна формула не длиннее 8 192 знаков", op: "<=", limit: 8192 },
  { metric: "tasks.ours.1000000", label: "1 000 000 участников × 15 заданий → выполнение заданий по школам быстрее 3 с", op: "<", limit: 3000 },
  { metric: "bundle.gzipKB", label: "JS панели ≤ 500 КБ gzip", op: "<=", limit: 500 },
  { metric: "bundle.firstRenderMs", label: "первая отрисовка панели быстрее 1 с", op: "<", limit: 1000 },
];

export function checkTarget(t: Target, metrics: ReadonlyMap<string, Metric>): { status: TargetStatus; value?: number } {
  const m = metrics.get(t.metric);
  if (!m || !Number.isFinite(m.value)) return { status: "нет данных" };
  const ok = t.op === "<" ? m.value < t.limit : t.op === "<=" ? m.value <= t.limit : m.value >= t.limit;
  return { status: ok ? "OK" : "ПРОМАХ", value: m.value };
}

export function machineInfo() {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    model: cpus[0]?.model ?? "unknown",
    totalMemGB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
  };
}

const UNIT_RU: Record<string, string> = { ms: "мс", MB: "МБ", KB: "КБ", count: "", ratio: "×", bytes: "Б" };

const pad = (s: string, n: number) => (s.length >= n ? s : s + " ".repeat(n - s.length));
const padLeft = (s: string, n: number) => (s.length >= n ? s : " ".repeat(n - s.length) + s);

export function metricLine(m: Metric): string {
  const value = `${formatNumber(m.value)} ${m.suffix ?? UNIT_RU[m.unit] ?? m.unit}`.trimEnd();
  return `  ${pad(m.label, 58)} ${padLeft(value, 14)}${m.note ? `   ${m.note}` : ""}`;
}

export function renderTable(outcomes: readonly WorkloadOutcome[], quick: boolean): string[] {
  const m = machineInfo();
  const lines = [
    `Монитор дорожных карт — замеры${quick ? " (--quick: уменьшенные размеры)" : ""}`,
    `Машина: ${m.cpus} ядра, ${m.model}, ${m.totalMemGB} ГБ, Node ${m.node}, ${m.platform}`,
    "",
  ];
  for (const o of outcomes) {
    const head = `■ ${o.title}`;
    if (o.status !== "ok") {
      lines.push(`${head} — ${o.status.toUpperCase()}${o.detail ? `: ${o.detail}` : ""}`);
    } else {
      lines.push(`${head}  (${formatNumber(o.seconds)} с)`);
    }
    for (const metric of o.metrics) lines.push(metricLine(metric));
    lines.push("");
  }
  return lines;
}

export function renderTargets(metrics: ReadonlyMap<string, Metric>): { lines: string[]; misses: Target[] } {
  const lines = ["Цели:"];
  const misses: Target[] = [];
  for (const t of TARGETS) {
    const { status, value } = checkTarget(t, metrics);
    if (status === "ПРОМАХ") misses.push(t);
    const unit = metrics.get(t.metric)?.unit ?? "";
    const shown = value === undefined ? "" : `${formatNumber(value)} ${UNIT_RU[unit] ?? unit}`.trimEnd();
    lines.push(`  [${pad(status, 10)}] ${pad(t.label, 70)} ${shown}`);
  }
  lines.push(misses.length ? `Промахов: ${misses.length} — ${misses.map((t) => t.metric).join(", ")}` : "Промахов нет.");
  return { lines, misses };
}

/** `{ machine, metrics: { name: { value, unit } }, targets, skipped }`; extra keys are additive. */
export function jsonSummary(outcomes: readonly WorkloadOutcome[], metrics: ReadonlyMap<string, Metric>): string {
  const out: Record<string, { value: number; unit: string }> = {};
  for (const [name, m] of metrics) out[name] = { value: Number.isFinite(m.value) ? m.value : Number.NaN, unit: m.unit };
  const targets = TARGETS.map((t) => ({ metric: t.metric, op: t.op, limit: t.limit, status: checkTarget(t, metrics).status }));
  const skipped = outcomes.filter((o) => o.status !== "ok").map((o) => ({ workload: o.name, status: o.status, detail: o.detail ?? "" }));
  // JSON has no NaN: a figure that could not be measured becomes null.
  return JSON.stringify({ machine: machineInfo(), metrics: out, targets, skipped }, (_k, v) => (typeof v === "number" && !Number.isFinite(v) ? null : v));
}
