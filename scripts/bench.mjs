#!/usr/bin/env node
// Launcher for `npm run bench`: bundles bench/main.ts to build/bench.cjs and each workload
// (bench/workloads/*.ts) to build/bench/NAME.cjs with esbuild — plain Node at run time, no TypeScript
// interpreter. A workload whose module is not written yet fails to bundle; that is recorded in
// build/bench/manifest.json and reported as «нет модуля» instead of breaking the other workloads.
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const outDir = path.join(root, "build", "bench");
// The order the table shows them in; a new file in bench/workloads/ runs after these.
const ORDER = ["roadmap", "deadlines", "indicators", "libreoffice", "excel", "report", "write", "bundle"];

const common = { bundle: true, platform: "node", target: "node20", format: "cjs", packages: "external", logLevel: "silent", absWorkingDir: root };

function workloadNames() {
  const dir = path.join(root, "bench", "workloads");
  const names = readdirSync(dir).filter((f) => f.endsWith(".ts")).map((f) => f.slice(0, -3));
  const rank = (n) => (ORDER.includes(n) ? ORDER.indexOf(n) : ORDER.length);
  return names.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

function firstError(e) {
  const err = e?.errors?.[0];
  if (!err) return String(e?.message ?? e).split("\n")[0];
  const where = err.location ? ` (${err.location.file}:${err.location.line})` : "";
  return `${err.text}${where}`;
}

async function buildAll() {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  await build({ ...common, entryPoints: ["bench/main.ts"], outfile: path.join(root, "build", "bench.cjs"), logLevel: "warning" });
  const workloads = [];
  for (const name of workloadNames()) {
    const file = `${name}.cjs`;
    try {
      await build({ ...common, entryPoints: [`bench/workloads/${name}.ts`], outfile: path.join(outDir, file) });
      workloads.push({ name, file, ok: true });
    } catch (e) {
      workloads.push({ name, file, ok: false, error: firstError(e) });
    }
  }
  writeFileSync(path.join(outDir, "manifest.json"), JSON.stringify({ workloads }, null, 2));
}

const args = process.argv.slice(2);
if (!args.includes("--probe") || !existsSync(path.join(outDir, "manifest.json"))) await buildAll();
// --expose-gc: workloads collect garbage between timed runs and in memory probes.
const res = spawnSync(process.execPath, ["--expose-gc", "--max-old-space-size=8192", path.join(root, "build", "bench.cjs"), ...args], {
  cwd: root,
  stdio: "inherit",
});
process.exitCode = res.status ?? 1;
