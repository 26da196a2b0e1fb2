/** One measured figure, as it appears in `--json` under `metrics`. */
export type Unit = "ms" | "MB" | "KB" | "count" | "ratio" | "bytes";

export interface Metric {
  readonly name: string;
  /** Readable label for the table (Russian). */
  readonly label: string;
  readonly value: number;
  readonly unit: Unit;
  /** How it was measured, e.g. "медиана 5 из 6" or "1 прогон". */
  readonly note?: string;
  /** Unit shown in the table instead of the JSON unit's («%» for a share kept as a ratio). */
  readonly suffix?: string;
}

/** A promise we make, checked against a metric of this run. */
export interface Target {
  readonly metric: string;
  readonly label: string;
  readonly op: "<" | "<=" | ">=";
  readonly limit: number;
}

export type TargetStatus = "OK" | "ПРОМАХ" | "нет данных";

export interface RunOptions {
  readonly quick: boolean;
  /** Timed runs per figure (after one warm-up). */
  readonly runs: number;
  readonly root: string;
  readonly log: (line: string) => void;
}

/** What a workload module (bench/workloads/*.ts, bundled on its own) exports. */
export interface Workload {
  readonly title: string;
  run(opts: RunOptions): Promise<Metric[]>;
  /** Work done in a fresh child process (peak memory); prints nothing itself, returns a JSON-able value. */
  probe?(args: readonly string[]): Promise<unknown>;
}

export interface WorkloadOutcome {
  readonly name: string;
  readonly title: string;
  readonly status: "ok" | "нет модуля" | "ошибка";
  readonly detail?: string;
  readonly metrics: readonly Metric[];
  readonly seconds: number;
}
