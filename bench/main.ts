/**
 * `npm run bench` — runs every workload bundled by scripts/bench.mjs, prints a readable table and the
 * targets, and with `--json` one JSON object on the last line. A workload whose module does not exist
 * yet (its bundle failed to resolve an import) is reported as «нет модуля», never a crash.
 *
 *   node scripts/bench.mjs [--quick] [--json] [--only NAME[,NAME]] [--runs N]
 */
import { existsSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { parseArgs } from "node:util";
import { jsonSummary, renderTable, renderTargets } from "./lib/report";
import type { Metric, Workload, WorkloadOutcome } from "./lib/types";

interface BuiltWorkload {
  readonly name: string;
  readonly file: string;
  readonly ok: boolean;
  readonly error?: string;
}

// Bundled to build/bench.cjs; the workloads sit next to it in build/bench/.
/** Titles for workloads that could not be bundled (a built workload states its own). */
const TITLES: Record<string, string> = {
  roadmap: "Импорт дорожной карты (текст приказа → мероприятия)",
  deadlines: "Разбор сроков (грамматика сроков)",
  indicators: "Результаты → показатели (поученические строки ВПР)",
  libreoffice: "LibreOffice пересчитывает наши формулы (сверка с движком)",
  excel: "Книга показателей: .xlsx и Office.js (записывающая подделка)",
  report: "Свод по району: план, .xlsx, Office.js",
  write: "Запись книг: roadmap --out рядом с --json, свод по 500 дорожным картам",
  bundle: "Панель задач: размер JS и первая отрисовка",
  returns: "Ответы школ: чтение и свод (формы по школам)",
  tasks: "Анализ заданий ВПР (поученическая выгрузка ФИС ОКО)",
};

const root = path.resolve(__dirname, "..");
const buildDir = path.join(__dirname, "bench");

function manifest(): BuiltWorkload[] {
  const file = path.join(buildDir, "manifest.json");
  if (!existsSync(file)) throw new Error("нет build/bench/manifest.json: запускайте через node scripts/bench.mjs");
  return JSON.parse(readFileSync(file, "utf8")).workloads as BuiltWorkload[];
}

function load(w: BuiltWorkload): Workload {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(path.join(buildDir, w.file)).default as Workload;
}

async function runOne(w: BuiltWorkload, quick: boolean, runs: number): Promise<WorkloadOutcome> {
  if (!w.ok) return { name: w.name, title: TITLES[w.name] ?? w.name, status: "нет модуля", detail: w.error, metrics: [], seconds: 0 };
  const t0 = Date.now();
  const workload = load(w);
  const log = (line: string) => process.stderr.write(`  [${w.name}] ${line}\n`);
  try {
    const metrics = await workload.run({ quick, runs, root, log });
    return { name: w.name, title: workload.title, status: "ok", metrics, seconds: (Date.now() - t0) / 1000 };
  } catch (e) {
    const err = e as Error & { code?: string; cause?: unknown };
    const missing = err.code === "MODULE_MISSING";
    const cause = err.cause instanceof Error ? ` (причина: ${err.cause.message.split("\n")[0]})` : "";
    return { name: w.name, title: workload.title, status: missing ? "нет модуля" : "ошибка", detail: `${err.message.split("\n")[0]}${cause}`, metrics: [], seconds: (Date.now() - t0) / 1000 };
  }
}

async function probe(name: string, args: string[]): Promise<void> {
  const w = manifest().find((x) => x.name === name);
  if (!w?.ok) throw new Error(`нет сборки замера ${name}`);
  const workload = load(w);
  if (!workload.probe) throw new Error(`у замера ${name} нет probe`);
  process.stdout.write(`${JSON.stringify(await workload.probe(args))}\n`);
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: "boolean", default: false },
      quick: { type: "boolean", default: false },
      only: { type: "string" },
      runs: { type: "string" },
      probe: { type: "string" },
    },
  });
  if (values.probe) {
    await probe(values.probe, positionals);
    return 0;
  }
  const runs = Math.max(5, Number(values.runs ?? 5) || 5);
  const only = values.only ? new Set(values.only.split(",").map((s) => s.trim())) : null;
  const all = manifest();
  if (only) {
    const unknown = [...only].filter((n) => !all.some((w) => w.name === n));
    if (unknown.length) {
      process.stderr.write(`Неизвестный замер: ${unknown.join(", ")}. Есть: ${all.map((w) => w.name).join(", ")}\n`);
      return 2;
    }
  }
  const outcomes: WorkloadOutcome[] = [];
  for (const w of all) {
    if (only && !only.has(w.name)) continue;
    process.stderr.write(`▶ ${w.name}\n`);
    outcomes.push(await runOne(w, values.quick ?? false, runs));
  }
  const metrics = new Map<string, Metric>();
  for (const o of outcomes) for (const m of o.metrics) metrics.set(m.name, m);
  const targets = renderTargets(metrics);
  process.stdout.write(`${[...renderTable(outcomes, values.quick ?? false), ...targets.lines].join("\n")}\n`);
  if (values.json) process.stdout.write(`${jsonSummary(outcomes, metrics)}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (e: Error) => {
    process.stderr.write(`Замер не удался: ${e.message}\n`);
    process.exitCode = 1;
  },
);
