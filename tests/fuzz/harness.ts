/**
 * Runs one fuzz property per entry point and records what `npm run fuzz` prints: inputs tried,
 * exceptions, cells lost, time. Counting stops at the first failure (fast-check then shrinks, and
 * shrinking runs are not new inputs). A failure names the seed and the command that replays it.
 */
import fc from "fast-check";
import * as fs from "node:fs";
import * as path from "node:path";

/** Inputs per property: 500 in `npm test`, 10,000 in `npm run fuzz` (set by its setup file). */
export const RUNS = Number(process.env.FUZZ_RUNS ?? 500);
/**
 * Runs for a slow entry point: every entry gets RUNS in the nightly run (`npm run fuzz` sets
 * FUZZ_NIGHTLY), but in `npm test` the slow ones (ExcelJS, .docx, whole roadmaps) take RUNS / divisor.
 */
export function runsFor(divisor: number): number {
  return process.env.FUZZ_NIGHTLY === "1" ? RUNS : Math.max(20, Math.round(RUNS / divisor));
}
/** The nightly figures (what the summary prints) live apart from `npm test`'s, so neither overwrites the other. */
export const ARTIFACTS = path.resolve(__dirname, "../../test-artifacts/fuzz", process.env.FUZZ_NIGHTLY === "1" ? "" : "quick");

/** What one call of an entry point gave, judged by the suite. */
export interface Outcome {
  /** Non-empty input cells checked. */
  readonly cells: number;
  /** Cells with a word missing from the output. */
  readonly lost: number;
  /** Other broken invariants (unplaced findings, NaN…), each described. */
  readonly problems?: readonly string[];
}

export interface EntryStats {
  entry: string;
  tried: number;
  exceptions: number;
  cells: number;
  lost: number;
  problems: number;
  ms: number;
  seeds: number[];
  failures: string[];
}

/** Stable default seed per property so `npm test` is reproducible; FUZZ_SEED overrides, FUZZ_SEED=random draws one. */
export function seedFor(name: string): number {
  const env = process.env.FUZZ_SEED;
  if (env === "random") return (Date.now() ^ (Math.random() * 0x7fffffff)) | 0;
  if (env !== undefined && env !== "") return Number(env);
  let h = 2166136261;
  for (const ch of name) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return h | 0;
}

function file(entry: string): string {
  return path.join(ARTIFACTS, `${entry.replace(/[^\w.-]+/g, "_")}.json`);
}

/** Entries this test file already counted: the first property of a run starts the entry afresh. */
const started = new Set<string>();

function load(entry: string): EntryStats {
  const first = !started.has(entry);
  started.add(entry);
  try {
    if (first) throw new Error("fresh");
    return JSON.parse(fs.readFileSync(file(entry), "utf8")) as EntryStats;
  } catch {
    return { entry, tried: 0, exceptions: 0, cells: 0, lost: 0, problems: 0, ms: 0, seeds: [], failures: [] };
  }
}

function save(s: EntryStats): void {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  fs.writeFileSync(file(s.entry), JSON.stringify(s, null, 1));
}

/** Long strings (1 MB cells) would drown the report: show their head and length. */
export function shortJson(v: unknown, max = 1500): string {
  const s = JSON.stringify(v, (_k, x) => (typeof x === "string" && x.length > 120 ? `${x.slice(0, 80)}…[${x.length} chars]` : x));
  return s === undefined ? String(v) : s.length > max ? s.slice(0, max) + "…" : s;
}

export interface FuzzOptions {
  readonly runs?: number;
  /** Replay command shown on failure (the suite's path). */
  readonly file?: string;
  /** false: leave no figures in the summary (the harness's own tests). */
  readonly record?: boolean;
}

/**
 * fc.assert over `arb`; `run` calls the entry point (twice, for determinism, when the suite wants)
 * and returns the judged outcome. Any exception, lost cell or problem fails the property.
 */
export async function fuzz<T>(entry: string, name: string, arb: fc.Arbitrary<T>, run: (input: T) => Outcome | Promise<Outcome>, opts: FuzzOptions = {}): Promise<void> {
  const stats = load(entry);
  const seed = seedFor(`${entry}/${name}`);
  const runs = opts.runs ?? RUNS;
  // The jest test's own title (a fuzz name is only the property's), so -t replays exactly this test.
  const testName = expect.getState().currentTestName ?? name;
  let failed = false;
  const started = performance.now();
  const property = fc.asyncProperty(arb, async (input) => {
    if (!failed) stats.tried++;
    let out: Outcome;
    try {
      out = await run(input);
    } catch (e) {
      if (!failed) stats.exceptions++;
      failed = true;
      throw e;
    }
    const bad = out.lost > 0 || (out.problems?.length ?? 0) > 0;
    if (!failed) {
      stats.cells += out.cells;
      stats.lost += out.lost;
      stats.problems += out.problems?.length ?? 0;
    }
    if (bad) {
      failed = true;
      throw new Error(`cells lost: ${out.lost}/${out.cells}; ${(out.problems ?? []).slice(0, 5).join("; ")}`);
    }
  });
  try {
    await fc.assert(property, {
      seed,
      numRuns: runs,
      asyncReporter: async (d) => {
        if (!d.failed) return;
        if (opts.record !== false) {
          fs.mkdirSync(ARTIFACTS, { recursive: true });
          fs.writeFileSync(file(entry).replace(/\.json$/, ".counterexample.txt"), shortJson(d.counterexample, 200_000));
        }
        const why = d.errorInstance instanceof Error ? d.errorInstance.message : String(d.errorInstance);
        throw new Error(
          `[fuzz ${entry} / ${name}] failed after ${d.numRuns} runs (shrunk ${d.numShrinks} times).\n` +
            `Replay: FUZZ_SEED=${seed} FUZZ_RUNS=${runs} npx jest ${opts.file ?? "tests/fuzz"} -t ${JSON.stringify(testName)}  (fast-check path ${d.counterexamplePath})\n` +
            `Counterexample: ${shortJson(d.counterexample)}\nError: ${why.slice(0, 1500)}`,
        );
      },
    });
  } catch (e) {
    stats.failures.push(((e as Error).message ?? String(e)).slice(0, 3000));
    throw e;
  } finally {
    stats.ms += performance.now() - started;
    stats.seeds.push(seed);
    if (opts.record !== false) save(stats);
  }
}

/**
 * A module another engineer is still writing: undefined while it does not exist, so its suite is
 * skipped (and the fuzz summary shows the entry as missing) instead of failing the whole run.
 */
export function optionalModule<T>(load: () => T): T | undefined {
  try {
    return load();
  } catch (e) {
    if (/Cannot find module/.test(String((e as Error).message))) return undefined;
    throw e;
  }
}
