/** Runs `--probe NAME …` of this harness in a fresh Node process and returns its JSON answer. */
import { spawnSync } from "node:child_process";
import * as path from "node:path";

export function runProbe<T>(root: string, workload: string, args: readonly string[]): T {
  const res = spawnSync(process.execPath, ["--expose-gc", "--max-old-space-size=8192", path.join(root, "build", "bench.cjs"), "--probe", workload, ...args], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  if (res.status !== 0) throw new Error(`замер памяти ${workload} ${args.join(" ")} не удался: ${(res.stderr || "").split("\n")[0]}`);
  const lines = res.stdout.trim().split("\n");
  return JSON.parse(lines[lines.length - 1]) as T;
}

/** Memory of the current process now, and its peak so far (maxRSS), in bytes. */
export function memoryNow() {
  const u = process.memoryUsage();
  return { rss: u.rss, heapUsed: u.heapUsed, peakRss: process.resourceUsage().maxRSS * 1024 };
}

export const collect = (): void => (globalThis as { gc?: () => void }).gc?.();
