import { FakeObject, itemNotFound, parseProps } from "./base";
import { parseRect, rectAddress, usedRect, type Rect } from "./cells";
import { recorder, type FakeContext } from "./context";
import { FakeRange, type SheetRef } from "./range";
import { FakeChartCollection, FakeTable, FakeTableCollection } from "./tables-charts";
import { deleteSheetRefs, FakeOfficeError, findSheet, newSheet, renameSheetRefs, type SheetState } from "./state";

const BAD_NAME = /[[\]:*?/\\]/;

export class FakeWorksheet extends FakeObject implements SheetRef {
  private bound: SheetState | undefined;

  constructor(
    ctx: FakeContext,
    readonly knownName: string,
    private readonly find: () => SheetState | undefined,
    nullable = false,
  ) {
    super(ctx, `worksheet(${knownName})`);
    if (nullable) this.markNullCheck(() => this.tryBind() !== undefined);
  }

  bind(sheet: SheetState): void {
    this.bound = sheet;
  }

  private tryBind(): SheetState | undefined {
    if (!this.bound || !this.ctx.state.sheets.includes(this.bound)) this.bound = this.find();
    return this.bound;
  }

  sheet(): SheetState {
    return this.tryBind() ?? itemNotFound(`worksheet ${this.knownName}`);
  }

  private setProp(prop: string, value: unknown, apply: (s: SheetState) => void): void {
    this.ctx.push({ path: this.label, action: `set ${prop}`, args: value, apply: () => apply(this.sheet()) });
  }

  get name(): string {
    return this.read("name");
  }
  set name(v: string) {
    this.setProp("name", v, (s) => {
      const other = findSheet(this.ctx.state, v);
      if ((other && other !== s) || BAD_NAME.test(v) || v.length > 31 || !v.trim()) {
        throw new FakeOfficeError("InvalidArgument", `Bad or taken sheet name ${v}`);
      }
      const old = s.name;
      s.name = v;
      renameSheetRefs(this.ctx.state, old, v);
    });
  }
  get visibility(): string {
    return this.read("visibility");
  }
  set visibility(v: string) {
    this.setProp("visibility", v, (s) => {
      const visible = this.ctx.state.sheets.filter((x) => x.visibility === "Visible" && x !== s);
      if (v !== "Visible" && visible.length === 0) throw new FakeOfficeError("InvalidOperation", "Last visible sheet");
      s.visibility = v as SheetState["visibility"];
    });
  }
  get position(): number {
    return this.read("position");
  }
  set position(v: number) {
    this.setProp("position", v, (s) => {
      const list = this.ctx.state.sheets;
      list.splice(list.indexOf(s), 1);
      list.splice(Math.max(0, Math.min(v, list.length)), 0, s);
    });
  }
  get id(): string {
    return this.read("id");
  }

  /** Values a collection load() delivered for this item. */
  primeFrom(s: SheetState, position: number, props: unknown): void {
    const all: Record<string, unknown> = { name: s.name, visibility: s.visibility, position, id: s.id };
    for (const p of parseProps(props)) if (p in all) this.data[p] = all[p];
  }
  set tabColor(v: string) {
    this.ctx.requireApi("1.7", "Worksheet.tabColor");
    this.setProp("tabColor", v, (s) => ((s.tabColor = v), s.writes++));
  }

  load(props?: unknown): this {
    this.queueLoad(props, (wanted) => {
      const s = this.tryBind();
      if (!s) return null;
      const all: Record<string, unknown> = {
        name: s.name,
        visibility: s.visibility,
        position: this.ctx.state.sheets.indexOf(s),
        id: s.id,
        tabColor: s.tabColor ?? "",
      };
      return Object.fromEntries(wanted.map((p) => [p, p in all ? all[p] : itemNotFound(`property ${p}`)]));
    });
    return this;
  }

  delete(): void {
    this.setProp("delete", null, (s) => {
      const state = this.ctx.state;
      if (s.visibility === "Visible" && !state.sheets.some((x) => x !== s && x.visibility === "Visible")) {
        throw new FakeOfficeError("InvalidOperation", "A workbook must keep one visible sheet");
      }
      state.sheets.splice(state.sheets.indexOf(s), 1);
      deleteSheetRefs(state, s.name);
    });
  }

  activate(): void {
    this.setProp("activate", null, (s) => (this.ctx.state.activeSheet = s.name));
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.ctx, this, () => parseRect(address ?? "A1:XFD1048576"));
  }

  getRangeByIndexes(row: number, column: number, rowCount: number, columnCount: number): FakeRange {
    return new FakeRange(this.ctx, this, () => ({ row, column, rowCount, columnCount }));
  }

  getUsedRange(_valuesOnly?: boolean): FakeRange {
    return new FakeRange(
      this.ctx,
      this,
      () => usedRect(this.sheet()) ?? { row: 0, column: 0, rowCount: 1, columnCount: 1 },
    );
  }

  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.ctx, this, () => usedRect(this.sheet()), true);
  }

  get tables(): FakeTableCollection {
    return new FakeTableCollection(this.ctx, this);
  }
  get charts(): FakeChartCollection {
    return new FakeChartCollection(this.ctx, this);
  }
  get pageLayout(): any {
    this.ctx.requireApi("1.9", "Worksheet.pageLayout");
    return recorder(
      this.ctx,
      `${this.label}.pageLayout`,
      () => this.sheet().pageLayout,
      () => void this.sheet().writes++,
    );
  }
  /** Sheet protection: recorded; a protected sheet is the last thing the renderer touches. */
  get protection(): { protect: (options?: unknown, password?: string) => void } {
    return { protect: (options?: unknown) => this.setProp("protection", options ?? {}, (s) => ((s as { protected?: unknown }).protected = options ?? {}, s.writes++)) };
  }
  /** ExcelApi 1.9: a host below it has no such collection, so calling it there fails as in Excel. */
  get horizontalPageBreaks(): { add(range: unknown): void } {
    if (!this.ctx.supports("ExcelApi", "1.9")) throw new FakeOfficeError("ApiNotFound", "worksheet.horizontalPageBreaks needs ExcelApi 1.9");
    return {
      add: (range: unknown) => {
        const at = range instanceof FakeRange ? rectAddress(range.rect() as Rect) : String(range);
        this.setProp("horizontalPageBreaks.add", at, (s) => (s.pageBreaks.push(at), s.writes++));
      },
    };
  }
  get freezePanes(): Record<string, (arg: unknown) => void> {
    this.ctx.requireApi("1.7", "Worksheet.freezePanes");
    // Excel fails freeze and unfreeze on a sheet that is not visible (office-js #1463; GeneralException, #2196).
    const freeze = (how: string) => (arg: unknown) =>
      this.setProp("freeze", arg, (s) => {
        if (s.visibility !== "Visible")
          throw new FakeOfficeError("GeneralException", `freezePanes on the hidden sheet ${s.name}`);
        s.freeze =
          how === "none"
            ? undefined
            : `${how}:${arg instanceof FakeRange ? rectAddress(arg.rect() as Rect) : String(arg)}`;
        s.writes++;
      });
    return {
      freezeRows: freeze("rows"),
      freezeColumns: freeze("columns"),
      freezeAt: freeze("at"),
      unfreeze: freeze("none"),
    };
  }
}

export class FakeWorksheetCollection extends FakeObject {
  items: FakeWorksheet[] = [];

  constructor(ctx: FakeContext) {
    super(ctx, "worksheets");
  }

  add(name?: string): FakeWorksheet {
    const state = this.ctx.state;
    const wanted = name ?? `Лист${state.sheets.length + 1}`;
    const ws = new FakeWorksheet(this.ctx, wanted, () => findSheet(state, wanted));
    this.ctx.push({
      path: "worksheets",
      action: "add",
      args: wanted,
      apply: () => {
        if (findSheet(state, wanted) || BAD_NAME.test(wanted) || wanted.length > 31) {
          throw new FakeOfficeError("ItemAlreadyExists", `Sheet name taken or invalid: ${wanted}`);
        }
        const s = newSheet(state, wanted);
        state.sheets.push(s);
        ws.bind(s);
      },
    });
    return ws;
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, name, () => findSheet(this.ctx.state, name));
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, name, () => findSheet(this.ctx.state, name), true);
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, this.ctx.state.activeSheet, () =>
      findSheet(this.ctx.state, this.ctx.state.activeSheet),
    );
  }

  load(props?: unknown): this {
    let sheets: SheetState[] = [];
    this.queueLoad(props, () => ((sheets = [...this.ctx.state.sheets]), {}));
    const wanted = props;
    this.ctx.onSynced(() => {
      this.items = sheets.map((s) => {
        const ws = new FakeWorksheet(this.ctx, s.name, () => s);
        ws.bind(s);
        ws.primeFrom(s, this.ctx.state.sheets.indexOf(s), wanted);
        return ws;
      });
    });
    return this;
  }
}

export { FakeTable };
