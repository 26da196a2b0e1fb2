import { DATE_1904_OFFSET, excelSerialToIso } from "../core/workbook";

/**
 * Reads sized by bytes, not by cell count: a response over Excel's 5 MB limit fails the whole sync. Each
 * chunk's row count follows the bytes the previous chunk really took; a payload error halves it and retries.
 */
export const READ_BUDGET_BYTES = 2_000_000;
/** First guess per cell before anything is measured: a short text with its JSON quoting. */
const FIRST_GUESS_BYTES_PER_CELL = 60;

const PAYLOAD_ERRORS = new Set(["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded"]);

export const isPayloadError = (e: unknown) => PAYLOAD_ERRORS.has(String((e as { code?: unknown } | null)?.code ?? ""));

export interface Rect {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

const encoder = new TextEncoder();

/**
 * `load(range)` queues the load of one block of rows; `take(range)` turns the loaded block into rows.
 * Returns every row of `r`, in order.
 */
export async function readInChunks<T>(
  ctx: Excel.RequestContext,
  ws: Excel.Worksheet,
  r: Rect,
  load: (range: Excel.Range) => void,
  take: (range: Excel.Range) => T[][],
  budget = READ_BUDGET_BYTES,
): Promise<T[][]> {
  const out: T[][] = [];
  let step = Math.max(1, Math.floor(budget / (Math.max(1, r.cols) * FIRST_GUESS_BYTES_PER_CELL)));
  for (let i = 0; i < r.rows;) {
    const n = Math.min(step, r.rows - i);
    const range = ws.getRangeByIndexes(r.row + i, r.col, n, r.cols);
    load(range);
    try {
      await ctx.sync();
    } catch (error) {
      if (!isPayloadError(error) || n === 1) throw error;
      step = Math.max(1, Math.floor(n / 2));
      continue;
    }
    const rows = take(range);
    out.push(...rows);
    i += n;
    const bytes = encoder.encode(JSON.stringify(rows)).length;
    step = Math.max(1, Math.floor((budget * n) / Math.max(1, bytes)));
  }
  return out;
}

/** A number format that shows a date: d, m or y outside quoted text and [..] codes, and no time of day only. */
export function isDateFormat(format: string): boolean {
  const bare = format
    .replace(/"[^"]*"/g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/\\./g, "");
  return /[dy]/i.test(bare) || (/m/i.test(bare) && !/[hs]/i.test(bare) && !/^general$/i.test(bare.trim()));
}

/**
 * A cell as the readers of our sheets expect text: a date (a number under a date format) as «дд.мм.гггг»
 * from its value, whatever the display locale; anything else as its value's text.
 */
export function cellText(value: unknown, format: string, date1904: boolean): string {
  if (typeof value === "number" && Number.isFinite(value) && isDateFormat(format) && value >= 1) {
    const iso = excelSerialToIso(Math.floor(value) + (date1904 ? DATE_1904_OFFSET : 0));
    const [y, m, d] = iso.split("-");
    return `${d}.${m}.${y}`;
  }
  if (typeof value === "boolean") return value ? "ИСТИНА" : "ЛОЖЬ";
  return value === null || value === undefined ? "" : String(value);
}

/**
 * Whether the workbook counts dates from 1904 (Excel for Mac's old default): DATE(1904,1,1) is 0 there and
 * 1462 in the 1900 system. Workbook functions (ExcelApi 1.2) evaluate without writing anything.
 */
export function queueDate1904Probe(ctx: Excel.RequestContext): () => boolean {
  const probe = ctx.workbook.functions.date(1904, 1, 1).load("value");
  return () => {
    try {
      return Number(probe.value) === 0;
    } catch {
      return false;
    }
  };
}
