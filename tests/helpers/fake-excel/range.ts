import { FakeObject, itemNotFound } from "./base";
import {
  cellText,
  getCell,
  intersect,
  parseRect,
  readGrid,
  rectAddress,
  usedRect,
  writeCells,
  writeNumberFormat,
  type Rect,
} from "./cells";
import { recorder, type FakeContext } from "./context";
import { FakeOfficeError, quoteIfNeeded, type Recorded, type SheetState } from "./state";

/** What a range needs from its worksheet proxy: the bound sheet, resolved at apply time. */
export interface SheetRef {
  sheet(): SheetState;
  readonly knownName: string;
}

export class FakeRange extends FakeObject {
  private cachedRect: Rect | null | undefined;

  constructor(
    ctx: FakeContext,
    readonly worksheet: SheetRef & object,
    private readonly rectOf: () => Rect | null,
    readonly nullable = false,
  ) {
    super(ctx, `range(${worksheet.knownName})`);
    if (nullable) this.markNullCheck(() => this.rect(true) !== null);
  }

  /** Resolved once, at the first op that needs it, like Office binding a range object. */
  rect(allowNull = false): Rect | null {
    if (this.cachedRect === undefined) this.cachedRect = this.rectOf();
    if (!this.cachedRect && !allowNull) itemNotFound("range");
    return this.cachedRect;
  }

  fakeAddress(): string {
    const r = this.cachedRect ?? this.rectOf();
    return `${quoteIfNeeded(this.worksheet.knownName)}!${r ? rectAddress(r) : "#NULL"}`;
  }

  private write(action: string, value: unknown, fn: (s: SheetState, r: Rect) => void): void {
    this.ctx.push({
      path: this.fakeAddress(),
      action,
      args: value,
      apply: () => {
        const s = this.worksheet.sheet();
        s.writes++;
        fn(s, this.rect() as Rect);
      },
    });
  }

  set formulas(v: unknown) {
    this.write("formulas", v, (s, r) => writeCells(s, r, v));
  }
  set values(v: unknown) {
    this.write("values", v, (s, r) => writeCells(s, r, v));
  }
  set numberFormat(v: unknown) {
    this.write("numberFormat", v, (s, r) => writeNumberFormat(s, r, v));
  }
  set hyperlink(v: unknown) {
    this.write("hyperlink", v, (s, r) => s.formats.push({ target: rectAddress(r), props: { hyperlink: v } }));
  }
  set columnHidden(v: boolean) {
    this.write("columnHidden", v, (s, r) => s.formats.push({ target: rectAddress(r), props: { columnHidden: v } }));
  }
  get values(): unknown[][] {
    return this.read("values");
  }
  get formulas(): unknown[][] {
    return this.read("formulas");
  }
  get numberFormat(): unknown[][] {
    return this.read("numberFormat");
  }
  get text(): string[][] {
    return this.read("text");
  }
  get address(): string {
    return this.read("address");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }

  load(props?: unknown): this {
    this.queueLoad(props, (wanted) => {
      const r = this.rect(this.nullable);
      if (!r) return null;
      const s = this.worksheet.sheet();
      const all: Record<string, () => unknown> = {
        values: () => readGrid(s, r, (c) => (c ? (c.f ? c.v : c.v) : "")),
        formulas: () => readGrid(s, r, (c) => (c ? (c.f ?? c.v) : "")),
        numberFormat: () => readGrid(s, r, (c) => c?.nf ?? "General"),
        text: () => readGrid(s, r, (c) => cellText(c, this.ctx.state.date1904)),
        address: () => `${quoteIfNeeded(s.name)}!${rectAddress(r)}`,
        rowIndex: () => r.row,
        columnIndex: () => r.column,
        rowCount: () => r.rowCount,
        columnCount: () => r.columnCount,
      };
      return Object.fromEntries(wanted.map((p) => [p, all[p] ? all[p]() : itemNotFound(`property ${p}`)]));
    });
    return this;
  }

  private record(
    list: (s: SheetState) => Recorded[],
    init: Record<string, unknown> = {},
  ): () => Record<string, unknown> {
    let rec: Recorded | undefined;
    return () => {
      if (!rec) {
        rec = { target: rectAddress(this.rect() as Rect), props: { ...init } };
        list(this.worksheet.sheet()).push(rec);
      }
      return rec.props;
    };
  }

  private touch = () => void this.worksheet.sheet().writes++;

  get format(): any {
    return recorder(
      this.ctx,
      `${this.fakeAddress()}.format`,
      this.record((s) => s.formats),
      this.touch,
    );
  }
  get dataValidation(): any {
    const rec = recorder(
      this.ctx,
      `${this.fakeAddress()}.dataValidation`,
      this.record((s) => s.dataValidations),
      this.touch,
    );
    const clear = () => {
      this.ctx.requireApi("1.8", "DataValidation.clear");
      this.write("dataValidation.clear", null, (s, r) => {
        const keep = s.dataValidations.filter((d) => !intersect(parseRect(d.target), r));
        s.dataValidations.splice(0, s.dataValidations.length, ...keep);
      });
    };
    this.ctx.requireApi("1.8", "Range.dataValidation");
    return new Proxy(rec, { get: (t, p) => (p === "clear" ? clear : t[p as string]) });
  }
  get conditionalFormats(): { add(type: string): any; clearAll(): void } {
    this.ctx.requireApi("1.6", "Range.conditionalFormats");
    return {
      clearAll: () =>
        this.write("conditionalFormats.clearAll", null, (s, r) => {
          const keep = s.conditionalFormats.filter((d) => !intersect(parseRect(d.target), r));
          s.conditionalFormats.splice(0, s.conditionalFormats.length, ...keep);
        }),
      add: (type: string) => {
        const sink = this.record((s) => s.conditionalFormats, { type });
        this.ctx.push({
          path: `${this.fakeAddress()}.conditionalFormats`,
          action: "add",
          args: type,
          apply: () => void sink(),
        });
        return recorder(this.ctx, `${this.fakeAddress()}.cf`, sink, this.touch);
      },
    };
  }

  merge(across = false): void {
    this.write("merge", across, (s, r) => {
      const hit = mergesNear(s, r).find((m) => intersect(m, r));
      // Excel asks the user to confirm; through the API a merge over a merge is refused.
      if (hit)
        throw new FakeOfficeError(
          "InvalidOperation",
          `Cannot merge ${rectAddress(r)} over the merged area ${rectAddress(hit)}`,
        );
      const table = s.tables.find((t) => intersect(parseRect(t.address), r));
      if (table) throw new FakeOfficeError("InvalidOperation", `Cannot merge cells inside the table ${table.name}`);
      s.merges.push(rectAddress(r));
    });
  }

  /** Every merged area that intersects the range is split (Excel: the whole area, not only the overlap). */
  unmerge(): void {
    this.write("unmerge", null, (s, r) => {
      const keep = s.merges.filter((m) => !intersect(parseRect(m), r));
      s.merges.splice(0, s.merges.length, ...keep);
      mergeIndex.delete(s);
    });
  }

  /** Contents and/or formats of the range go; "All" also drops rules, validation and merges inside it. */
  clear(applyTo: string = "All"): void {
    this.write("clear", applyTo, (s, r) => {
      const inside = (target: string) => {
        const t = parseRect(target);
        const i = intersect(t, r);
        return i !== null && i.rowCount === t.rowCount && i.columnCount === t.columnCount;
      };
      if (applyTo === "All" || applyTo === "Contents") {
        for (const [row, cells] of s.cells) {
          if (row < r.row || row >= r.row + r.rowCount) continue;
          for (const c of [...cells.keys()]) if (c >= r.column && c < r.column + r.columnCount) cells.delete(c);
        }
      }
      if (applyTo === "All" || applyTo === "Formats") {
        for (const list of [s.formats, s.conditionalFormats, s.dataValidations]) {
          const keep = list.filter((f) => !inside(f.target));
          list.splice(0, list.length, ...keep);
        }
        const keep = s.merges.filter((m) => !inside(m));
        s.merges.splice(0, s.merges.length, ...keep);
        mergeIndex.delete(s);
      }
    });
  }
  set rowHidden(v: boolean) {
    this.write("rowHidden", v, (s, r) => s.formats.push({ target: rectAddress(r), props: { rowHidden: v } }));
  }

  select(): void {
    this.ctx.push({
      path: this.fakeAddress(),
      action: "select",
      apply: () => {
        const s = this.worksheet.sheet();
        this.ctx.state.selection = { sheet: s.name, address: rectAddress(this.rect() as Rect) };
        this.ctx.state.activeSheet = s.name;
      },
    });
  }

  getOffsetRange(rows: number, columns: number): FakeRange {
    return new FakeRange(this.ctx, this.worksheet, () => {
      const r = this.rect() as Rect;
      return { ...r, row: r.row + rows, column: r.column + columns };
    });
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.ctx.requireApi("1.13", "Range.getMergedAreasOrNullObject");
    return new FakeRangeAreas(this.ctx, this);
  }

  getIntersectionOrNullObject(other: FakeRange): FakeRange {
    return new FakeRange(
      this.ctx,
      this.worksheet,
      () => {
        const a = this.rect(true),
          b = other.rect(true);
        return a && b ? intersect(a, b) : null;
      },
      true,
    );
  }
}

/** Merged areas by the rows they cover, kept up to date as merges are added (a report has tens of thousands). */
const mergeIndex = new WeakMap<SheetState, { count: number; list: string[]; byRow: Map<number, Rect[]> }>();

function mergesNear(s: SheetState, r: Rect): Rect[] {
  let idx = mergeIndex.get(s);
  if (!idx || idx.list !== s.merges || idx.count > s.merges.length) {
    idx = { count: 0, list: s.merges, byRow: new Map() };
    mergeIndex.set(s, idx);
  }
  for (; idx.count < s.merges.length; idx.count++) {
    const m = parseRect(s.merges[idx.count]);
    for (let row = m.row; row < m.row + Math.min(m.rowCount, 2048); row++) {
      const at = idx.byRow.get(row);
      if (at) at.push(m);
      else idx.byRow.set(row, [m]);
    }
  }
  // Removals (unmerge, clear) rebuild the index on the next call: they replace the list's contents.
  const out: Rect[] = [];
  for (let row = r.row; row < r.row + Math.min(r.rowCount, 2048); row++)
    for (const m of idx.byRow.get(row) ?? []) out.push(m);
  return out;
}

export function usedRangeOf(sheet: SheetRef): () => Rect | null {
  return () => usedRect(sheet.sheet());
}

export class FakeRangeAreas extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly range: FakeRange,
  ) {
    super(ctx, "rangeAreas");
    this.markNullCheck(() => this.areas().length > 0);
  }

  private areas(): string[] {
    const r = this.range.rect(true);
    if (!r) return [];
    const s = this.range.worksheet.sheet();
    // As Excel reports them: only the merged areas whose top-left cell lies in the range (a merge that
    // starts above or left of it is not listed, though it covers cells of the range).
    const inRange = (m: Rect) =>
      m.row >= r.row && m.row < r.row + r.rowCount && m.column >= r.column && m.column < r.column + r.columnCount;
    return s.merges.filter((m) => inRange(parseRect(m))).map((m) => `${quoteIfNeeded(s.name)}!${m}`);
  }

  get address(): string {
    return this.read("address");
  }
  get areaCount(): number {
    return this.read("areaCount");
  }

  load(props?: unknown): this {
    this.queueLoad(props, () => {
      const a = this.areas();
      return a.length ? { address: a.join(","), areaCount: a.length } : null;
    });
    return this;
  }
}

export { getCell };
