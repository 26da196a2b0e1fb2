import { FakeObject, parseProps } from "./base";
import { intersect, parseRect, rectAddress } from "./cells";
import { describe, recorder, type FakeContext } from "./context";
import type { FakeRange, SheetRef } from "./range";
import { FakeOfficeError, type ChartState, type SheetState, type TableState, type WorkbookState } from "./state";

function tableSheet(state: WorkbookState, t: TableState): SheetState | undefined {
  return state.sheets.find((s) => s.tables.includes(t));
}

export class FakeTable extends FakeObject {
  table: TableState | undefined;

  constructor(ctx: FakeContext, label: string) {
    super(ctx, label);
  }

  private set(prop: keyof TableState, v: unknown, check?: () => void): void {
    this.ctx.push({
      path: this.label,
      action: `set ${prop}`,
      args: v,
      apply: () => {
        if (!this.table) throw new FakeOfficeError("ItemNotFound", "table");
        check?.();
        (this.table as unknown as Record<string, unknown>)[prop] = v;
      },
    });
  }

  set name(v: string) {
    this.set("name", v, () => {
      const all = this.ctx.state.sheets.flatMap((s) => s.tables);
      if (all.some((t) => t !== this.table && t.name.toLowerCase() === v.toLowerCase())) {
        throw new FakeOfficeError("InvalidArgument", `A table named ${v} already exists`);
      }
      if (this.ctx.state.names.some((n) => n.name.toLowerCase() === v.toLowerCase()) || looksLikeReference(v)) {
        throw new FakeOfficeError(
          "InvalidArgument",
          `The table name ${v} clashes with a defined name or a cell reference`,
        );
      }
    });
  }

  delete(): void {
    this.ctx.push({
      path: this.label,
      action: "delete",
      apply: () => {
        const t = this.table ?? this.find?.();
        const s = t && tableSheet(this.ctx.state, t);
        if (!t || !s) throw new FakeOfficeError("ItemNotFound", `table ${this.label}`);
        s.tables.splice(s.tables.indexOf(t), 1);
        // The table's cells go with it.
        const r = parseRect(t.address);
        for (const [row, cells] of s.cells) {
          if (row < r.row || row >= r.row + r.rowCount) continue;
          for (const c of [...cells.keys()]) if (c >= r.column && c < r.column + r.columnCount) cells.delete(c);
        }
        s.writes++;
      },
    });
  }

  /** Set by getItem: the table is found by name when the batch runs. */
  find?: () => TableState | undefined;
  get name(): string {
    return this.read("name");
  }
  set style(v: string) {
    this.set("style", v);
  }
  set showTotals(v: boolean) {
    this.set("showTotals", v);
  }
}

export class FakeTableCollection extends FakeObject {
  items: { name: string; worksheet: { name: string } }[] = [];

  constructor(
    ctx: FakeContext,
    private readonly sheet?: SheetRef,
  ) {
    super(ctx, sheet ? `tables(${sheet.knownName})` : "tables");
  }

  add(address: string | FakeRange, _hasHeaders: boolean): FakeTable {
    const t = new FakeTable(this.ctx, `${this.label}.table`);
    const where = typeof address === "string" ? address : address.fakeAddress();
    this.ctx.push({
      path: this.label,
      action: "add",
      args: where,
      apply: () => {
        const s = (this.sheet as SheetRef).sheet();
        const rect = parseRect(where);
        if (s.tables.some((x) => intersect(parseRect(x.address), rect)))
          throw new FakeOfficeError("InvalidOperation", "Tables overlap");
        // Excel: «A table cannot overlap a range that contains merged cells.»
        if (s.merges.some((m) => intersect(parseRect(m), rect)))
          throw new FakeOfficeError("InvalidOperation", "A table cannot overlap merged cells");
        const n = this.ctx.state.sheets.reduce((k, x) => k + x.tables.length, 0) + 1;
        t.table = { name: `Таблица${n}`, address: rectAddress(rect), style: "TableStyleMedium2", showTotals: false };
        s.tables.push(t.table);
        s.writes++;
      },
    });
    return t;
  }

  getItem(name: string): FakeTable {
    const t = new FakeTable(this.ctx, `${this.label}.table(${name})`);
    t.find = () =>
      this.ctx.state.sheets.flatMap((s) => s.tables).find((x) => x.name.toLowerCase() === name.toLowerCase());
    return t;
  }

  load(props?: unknown): this {
    const wanted = parseProps(props);
    this.queueLoad(props, () => {
      this.items = this.ctx.state.sheets
        .flatMap((s) => (this.sheet && this.sheet.sheet() !== s ? [] : s.tables))
        .map((t) => ({
          name: t.name,
          worksheet: {
            name: wanted.includes("worksheet/name") ? (tableSheet(this.ctx.state, t) as SheetState).name : "",
          },
        }));
      return {};
    });
    return this;
  }
}

/** "A1", "XFD1048576", "R1C1", "R2", "C": Excel refuses these as defined names and table names. */
export function looksLikeReference(name: string): boolean {
  const a1 = /^([A-Za-z]{1,3})(\d{1,7})$/.exec(name);
  if (a1) {
    const col = [...a1[1].toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    const row = Number(a1[2]);
    if (col <= 16384 && row >= 1 && row <= 1048576) return true;
  }
  const rc = /^[Rr](\d*)(?:[Cc](\d*))?$|^[Cc](\d*)$/.exec(name);
  return rc !== null && [rc[1], rc[2], rc[3]].every((n) => !n || Number(n) >= 1);
}

export class FakeChartCollection {
  items: { name: string; delete(): void }[] = [];

  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: SheetRef,
  ) {}

  load(_props?: unknown): this {
    let charts: ChartState[] = [];
    this.ctx.push({
      path: `charts(${this.sheet.knownName})`,
      action: "load",
      apply: () => (charts = [...this.sheet.sheet().charts]),
    });
    this.ctx.onSynced(() => {
      this.items = charts.map((c, i) => ({
        name: `Диаграмма ${i + 1}`,
        delete: () =>
          this.ctx.push({
            path: `chart(${i})`,
            action: "delete",
            apply: () => {
              const list = this.sheet.sheet().charts;
              if (!list.includes(c)) throw new FakeOfficeError("ItemNotFound", "chart");
              list.splice(list.indexOf(c), 1);
            },
          }),
      }));
    });
    return this;
  }

  add(type: string, source: FakeRange, seriesBy?: string): any {
    let chart: ChartState | undefined;
    const label = `charts(${this.sheet.knownName})`;
    this.ctx.push({
      path: label,
      action: "add",
      args: [type, describe(source), seriesBy ?? "Auto"],
      apply: () => {
        const s = this.sheet.sheet();
        chart = { type, source: source.fakeAddress(), props: {}, series: [{ values: source.fakeAddress() }] };
        s.charts.push(chart);
        s.writes++;
      },
    });
    const touch = () => void this.sheet.sheet().writes++;
    const sink = () => (chart as ChartState).props;
    const base = recorder(this.ctx, `${label}.chart`, sink, touch);
    const seriesAt = (index: () => number) =>
      recorder(this.ctx, `${label}.series`, () => (chart as ChartState).series[index()], touch);
    const series = {
      getItemAt: (i: number) => seriesAt(() => i),
      add: (name?: string) => {
        let at = -1;
        this.ctx.push({
          path: `${label}.series`,
          action: "add",
          args: name ?? null,
          apply: () => (at = (chart as ChartState).series.push({ name }) - 1),
        });
        return seriesAt(() => at);
      },
    };
    return new Proxy(base, { get: (t, p) => (p === "series" ? series : t[p as string]) });
  }
}
