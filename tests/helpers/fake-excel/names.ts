import { FakeObject, parseProps } from "./base";
import { rectAddress } from "./cells";
import type { FakeContext } from "./context";
import type { FakeRange } from "./range";
import { FakeOfficeError, normalizeQuotes, quoteIfNeeded, type NameState } from "./state";
import { looksLikeReference } from "./tables-charts";

function absolute(address: string): string {
  return address.replace(/([A-Z]{1,3})(\d+)/g, "$$$1$$$2");
}

export class FakeNamedItem extends FakeObject {
  constructor(
    ctx: FakeContext,
    readonly name: string,
    private readonly find: () => NameState | undefined,
    nullable: boolean,
  ) {
    super(ctx, `name(${name})`);
    if (nullable) this.markNullCheck(() => this.find() !== undefined);
  }

  get formula(): string {
    return this.read("formula");
  }
  get comment(): string { return this.read("comment"); }
  set comment(v: string) {
    this.ctx.requireApi("1.4", "NamedItem.comment");
    this.ctx.push({
      path: this.label, action: "set comment", args: v,
      apply: () => {
        const n = this.find();
        if (!n) throw new FakeOfficeError("ItemNotFound", this.name);
        n.comment = v;
      },
    });
  }
  /** ExcelApi 1.7: the name now refers elsewhere; cells that use it follow without a #NAME? moment. */
  set formula(v: string) {
    this.ctx.requireApi("1.7", "NamedItem.formula");
    this.ctx.push({
      path: this.label,
      action: "set formula",
      args: v,
      apply: () => {
        const n = this.find();
        if (!n) throw new FakeOfficeError("ItemNotFound", this.name);
        n.formula = normalizeQuotes(v.startsWith("=") ? v : `=${v}`);
      },
    });
  }
  get type(): string {
    return this.read("type");
  }

  load(props?: unknown): this {
    this.queueLoad(props, () => {
      const n = this.find();
      return n
        ? {
            name: n.name,
            formula: n.formula,
            type: n.formula.includes("#REF!") ? "Error" : "Range",
            visible: n.visible,
          }
        : null;
    });
    return this;
  }

  delete(): void {
    this.ctx.push({
      path: this.label,
      action: "delete",
      apply: () => {
        const n = this.find();
        if (!n) throw new FakeOfficeError("ItemNotFound", this.name);
        this.ctx.state.names.splice(this.ctx.state.names.indexOf(n), 1);
      },
    });
  }
}

export class FakeNamedItemCollection extends FakeObject {
  items: { name: string; formula: string; comment: string; type: string }[] = [];

  constructor(ctx: FakeContext) {
    super(ctx, "names");
  }

  private find(name: string): NameState | undefined {
    return this.ctx.state.names.find((n) => n.name.toLowerCase() === name.toLowerCase());
  }

  add(name: string, reference: FakeRange | string, comment?: string): FakeNamedItem {
    this.ctx.push({
      path: "names",
      action: "add",
      args: [name, typeof reference === "string" ? reference : reference.fakeAddress(), comment ?? ""],
      apply: () => {
        const tables = this.ctx.state.sheets.flatMap((s) => s.tables);
        if (
          this.find(name) ||
          !/^[A-Za-z_\\\u0400-\u04FF][A-Za-z0-9_.\u0400-\u04FF]*$/.test(name) ||
          looksLikeReference(name) ||
          tables.some((t) => t.name.toLowerCase() === name.toLowerCase())
        ) {
          throw new FakeOfficeError("InvalidArgument", `Name taken or invalid: ${name}`);
        }
        const formula =
          typeof reference === "string"
            ? normalizeQuotes(reference.startsWith("=") ? reference : `=${reference}`)
            : `=${quoteIfNeeded(reference.worksheet.sheet().name)}!${absolute(rectAddress(reference.rect() as never))}`;
        this.ctx.state.names.push({ name, formula, comment: comment ?? "", visible: true });
      },
    });
    return new FakeNamedItem(this.ctx, name, () => this.find(name), false);
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.ctx, name, () => this.find(name), true);
  }

  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.ctx, name, () => this.find(name), false);
  }

  load(props?: unknown): this {
    parseProps(props);
    this.queueLoad(props, () => {
      this.pendingItems = this.ctx.state.names.map((n) => ({
        name: n.name,
        formula: n.formula,
        comment: n.comment,
        type: n.formula.includes("#REF!") ? "Error" : "Range",
      }));
      return {};
    });
    this.ctx.onSynced(() => (this.items = this.pendingItems));
    return this;
  }

  private pendingItems: { name: string; formula: string; comment: string; type: string }[] = [];
}
