import type { MergedArea, SourceTable } from "./types";

export interface RangeOptions {
  readonly sheet?: string;
  /** 1-based row / column of values[0][0]. */
  readonly firstRow: number;
  readonly firstColumn: number;
  readonly merges?: readonly MergedArea[];
  readonly boldRows?: readonly boolean[];
}

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}

/** A number as an official would read it: no float noise («0.30000000000000004» → «0.3»). */
function numberText(n: number): string {
  if (!Number.isFinite(n)) return "";
  return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(12)));
}

/** Dates as dd.mm.yyyy; a date read from a file is midnight UTC, so UTC fields give the calendar day. */
function dateText(d: Date): string {
  if (Number.isNaN(d.getTime())) return "";
  return `${pad2(d.getUTCDate())}.${pad2(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}`;
}

/** Any cell value (Office.js `values`, ExcelJS rich text, formula results) → its text. */
export function valueText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return numberText(value);
  if (typeof value === "boolean") return value ? "ИСТИНА" : "ЛОЖЬ";
  if (value instanceof Date) return dateText(value);
  if (typeof value === "object") {
    const o = value as Record<string, unknown>;
    if (Array.isArray(o.richText)) return o.richText.map((p) => valueText((p as { text?: unknown }).text)).join("");
    if ("text" in o) return valueText(o.text);
    if ("result" in o) return valueText(o.result);
    if ("error" in o) return valueText(o.error);
  }
  return String(value);
}

/** The selected range of an Excel sheet → a source table (values as texts, merged areas kept). */
export function fromRangeValues(values: readonly (readonly unknown[])[], opts: RangeOptions): SourceTable {
  const width = values.reduce((w, row) => Math.max(w, row?.length ?? 0), 0);
  const cells = values.map((row) => {
    const out: string[] = [];
    for (let c = 0; c < width; c++) out.push(valueText(row?.[c]));
    return out;
  });
  return {
    cells,
    origin: { kind: "range", sheet: opts.sheet, firstRow: opts.firstRow, firstColumn: opts.firstColumn },
    ...(opts.merges ? { merges: opts.merges } : {}),
    ...(opts.boldRows ? { boldRows: opts.boldRows } : {}),
  };
}
