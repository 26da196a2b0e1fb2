/**
 * Runs the real CLI as district scripts do: `node scripts/cli.cjs …` in a child process (no shell),
 * so exit codes, stdout and stderr are exactly what a caller sees.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import * as path from "node:path";

export const ROOT = path.resolve(__dirname, "../..");
export const CLI = path.join(ROOT, "scripts", "cli.cjs");
/** The real orders live next to the checkout (../shared/seeds); SEEDS_DIR overrides. */
export const SEEDS_DIR = process.env.SEEDS_DIR ?? path.resolve(ROOT, "../shared/seeds");
export const seedsAvailable = (): boolean => existsSync(SEEDS_DIR);
export const seed = (name: string): string => path.join(SEEDS_DIR, name);

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export function runCliProcess(args: readonly string[], opts: { cwd?: string; timeoutMs?: number } = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { cwd: opts.cwd ?? ROOT, timeout: opts.timeoutMs ?? 90000, maxBuffer: 64 * 1024 * 1024, encoding: "utf8" },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== "number") return reject(error);
        resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
      },
    );
  });
}

/** One fresh directory per test file, removed afterwards. */
export async function makeTempDir(prefix: string): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** Rebuilds build/cli.cjs once, before the parallel runs of a test file could race on a stale bundle. */
export async function warmUpCli(): Promise<void> {
  const run = await runCliProcess(["--help"]);
  if (run.code !== 0) throw new Error(`CLI does not start: ${run.stderr}`);
}

export const CYRILLIC = /[А-Яа-яЁё]{3,}/;
