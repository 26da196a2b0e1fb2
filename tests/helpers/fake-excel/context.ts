import { FakeOfficeError, type WorkbookState } from "./state";

/** One queued operation, applied to the workbook state at the next sync() like a real batch. */
export interface Op {
  readonly path: string;
  readonly action: string;
  readonly args?: unknown;
  readonly apply: () => void;
}

export interface SyncFailure {
  /** 1-based number of the sync() call that fails, counted over the fake's lifetime. */
  readonly sync: number;
  /** How many queued operations Excel applies before the failure (a real batch stops at the failing one). */
  readonly afterOps?: number;
  /** Office error code thrown (default GeneralException), e.g. InvalidOperationInCellEditMode. */
  readonly code?: string;
}

export interface FakeStats {
  syncCount: number;
  /** UTF-8 JSON size of each sync's request, in order. */
  requestBytes: number[];
  opsPerSync: number[];
  /** Per sync: were calculation / screen updating suspended for it. */
  suspended: { calculation: boolean; screen: boolean }[];
  runCount: number;
  /** Application.calculate calls, by type. */
  calculations: string[];
}

export const emptyStats = (): FakeStats => ({
  syncCount: 0,
  requestBytes: [],
  opsPerSync: [],
  suspended: [],
  runCount: 0,
  calculations: [],
});

const encoder = new TextEncoder();

/** The request a real host would receive: every op with its path, action and arguments as JSON. */
/**
 * What Office.js adds around each action besides its path, name and arguments: the action and object-path
 * records with their ids and types ({"Id":…,"ActionType":…,"ObjectPathId":…} and the path entry). With it a
 * simple op (a merge, a row height) measures about 100 bytes.
 */
const OP_ENVELOPE_BYTES = 40;

function requestSize(ops: readonly Op[]): number {
  let bytes = 2;
  for (const op of ops)
    bytes +=
      encoder.encode(JSON.stringify({ p: op.path, a: op.action, v: op.args ?? null })).length + 1 + OP_ENVELOPE_BYTES;
  return bytes;
}

/** Excel's limits on one request and one response (Excel on the web: 5 MB each). */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** "1.10" > "1.9": requirement sets compare by minor number. */
export function versionAtMost(version: string, max: string): boolean {
  const [a, b] = version.split(".").map(Number);
  const [c, d] = max.split(".").map(Number);
  return a < c || (a === c && (b || 0) <= (d || 0));
}

export class FakeContext {
  private queue: Op[] = [];
  private responseBytes = 0;
  private flags = { calculation: false, screen: false };
  /** Objects whose load() results become readable after the next sync. */
  private loaded: (() => void)[] = [];
  readonly trackedObjects = { add: () => undefined, remove: () => undefined };
  /** The host's requirement-set check (set by createFakeOffice), for APIs that exist only from a version on. */
  supports: (name: string, version?: string) => boolean = () => true;

  constructor(
    readonly state: WorkbookState,
    readonly stats: FakeStats,
    private readonly failures: SyncFailure[],
    /** Highest ExcelApi set this host implements: anything newer fails at sync, as on an older Excel. */
    readonly apiVersion = "1.13",
  ) {}

  /** Queues a check that fails the batch with ApiNotFound when `version` is above the host's. */
  requireApi(version: string, what: string): void {
    if (versionAtMost(version, this.apiVersion)) return;
    this.push({
      path: what,
      action: "api",
      apply: () => {
        throw new FakeOfficeError(
          "ApiNotFound",
          `The API you are trying to use could not be found (${what}, ExcelApi ${version}; this Excel has ${this.apiVersion}).`,
        );
      },
    });
  }

  /** Bytes a load adds to this sync's response (checked against the 5 MB limit). */
  addResponse(data: unknown): void {
    this.responseBytes += encoder.encode(JSON.stringify(data ?? null)).length;
  }

  push(op: Op): void {
    this.queue.push(op);
  }

  onSynced(fn: () => void): void {
    this.loaded.push(fn);
  }

  suspend(kind: "calculation" | "screen"): void {
    this.flags[kind] = true;
  }

  get pendingCount(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    const done = this.loaded;
    this.queue = [];
    this.loaded = [];
    const n = ++this.stats.syncCount;
    this.stats.requestBytes.push(requestSize(ops));
    this.stats.opsPerSync.push(ops.length);
    this.stats.suspended.push({ ...this.flags });
    this.flags = { calculation: false, screen: false };
    const request = this.stats.requestBytes[this.stats.requestBytes.length - 1];
    if (request > PAYLOAD_LIMIT_BYTES) {
      throw new FakeOfficeError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload size has exceeded the limit (${request} bytes).`,
      );
    }
    const failure = this.failures.find((f) => f.sync === n);
    const limit = failure ? Math.min(failure.afterOps ?? 0, ops.length) : ops.length;
    this.responseBytes = 0;
    // A real batch stops at the first failing operation; what ran before it stays done.
    for (let i = 0; i < limit; i++) ops[i].apply();
    if (failure) throw new FakeOfficeError(failure.code ?? "GeneralException", `Injected failure at sync ${n}`);
    if (this.responseBytes > PAYLOAD_LIMIT_BYTES) {
      throw new FakeOfficeError(
        "ResponsePayloadSizeLimitExceeded",
        `The response payload size has exceeded the limit (${this.responseBytes} bytes).`,
      );
    }
    for (const fn of done) fn();
    await Promise.resolve();
  }
}

/**
 * Records any chain of property sets and method calls (range.format.font.bold = true,
 * format.borders.getItem("EdgeTop").style = "Continuous", pageLayout.setPrintTitleRows("$3:$3"))
 * into `sink` at sync time. Arguments that are fake ranges are recorded by their address.
 */
export function recorder(
  ctx: FakeContext,
  label: string,
  sink: () => Record<string, unknown>,
  touch: () => void,
  path = "",
): any {
  const target = function () {
    /* callable so that method calls can be recorded */
  };
  const join = (p: string) => (path ? `${path}.${p}` : p);
  return new Proxy(target, {
    get(_t, prop) {
      if (typeof prop === "symbol" || prop === "then" || prop === "toJSON") return undefined;
      return recorder(ctx, label, sink, touch, join(prop));
    },
    set(_t, prop, value) {
      const key = join(String(prop));
      const v = describe(value);
      ctx.push({ path: `${label}.${key}`, action: "set", args: v, apply: () => (touch(), (sink()[key] = v)) });
      return true;
    },
    apply(_t, _this, args: unknown[]) {
      const v = args.map(describe);
      ctx.push({
        path: `${label}.${path}`,
        action: "call",
        args: v,
        apply: () => (touch(), (sink()[path] = v.length === 1 ? v[0] : v)),
      });
      return recorder(ctx, label, sink, touch, `${path}(${v.map((a) => JSON.stringify(a)).join(",")})`);
    },
  });
}

export function describe(value: unknown): unknown {
  if (value && typeof value === "object" && "fakeAddress" in value)
    return (value as { fakeAddress(): string }).fakeAddress();
  return value;
}

export function notLoaded(prop: string): never {
  throw new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}
