import { notLoaded, type FakeContext } from "./context";
import { FakeOfficeError } from "./state";

/** "items/name, items/visibility" | ["name"] | { select: "name" } → ["name", "visibility"]. */
export function parseProps(props: unknown): string[] {
  if (props === undefined) return [];
  if (Array.isArray(props)) return props.flatMap(parseProps);
  if (typeof props === "object" && props) return parseProps((props as { select?: unknown }).select);
  return String(props)
    .split(",")
    .map((p) => p.trim().replace(/^items\//, ""))
    .filter(Boolean);
}

/**
 * Loaded values of a proxy: readable only after load() and a successful sync(), as in Office.js.
 * The snapshot is taken when the load op is applied, i.e. in batch order.
 */
export class FakeObject {
  protected data: Record<string, unknown> = {};
  private nullState: boolean | undefined;

  constructor(
    readonly ctx: FakeContext,
    readonly label: string,
  ) {}

  protected queueLoad(props: unknown, snapshot: (props: string[]) => Record<string, unknown> | null): void {
    const wanted = parseProps(props);
    let pending: Record<string, unknown> | null = null;
    let isNull = false;
    this.ctx.push({
      path: this.label,
      action: "load",
      args: wanted,
      apply: () => {
        pending = snapshot(wanted);
        isNull = pending === null;
        this.ctx.addResponse(pending);
      },
    });
    this.ctx.onSynced(() => {
      this.nullState = isNull;
      if (pending) this.data = { ...this.data, ...pending };
    });
  }

  protected markNullCheck(exists: () => boolean): void {
    let found = false;
    this.ctx.push({ path: this.label, action: "resolve", apply: () => (found = exists()) });
    this.ctx.onSynced(() => (this.nullState = !found));
  }

  protected read<T>(prop: string): T {
    if (!(prop in this.data)) notLoaded(prop);
    return this.data[prop] as T;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) notLoaded("isNullObject");
    return this.nullState;
  }

  toJSON(): Record<string, unknown> {
    return this.data;
  }
}

export function itemNotFound(what: string): never {
  throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist: ${what}`);
}
