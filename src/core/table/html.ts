import { htmlToText } from "./clean";
import { boldShare } from "./html-bold";
import { layoutGrid, type RawCell } from "./html-grid";
import { stripInvisibleHtml } from "./html-invisible";
import type { SourceTable, TableOriginKind } from "./types";

const TAG = /<!--[\s\S]*?-->|<(\/?)(table|tr|td|th)\b([^>]*)>/gi;
const MAX_SPAN = 1000;

interface Builder {
  rows: RawCell[][];
  row: RawCell[] | null;
  cell: { attrs: string; parts: string[]; from: number } | null;
  context: string;
  /** Order of the opening tag: tables are returned in document order even when nested. */
  seq: number;
}

function span(attrs: string, name: string): number {
  const m = new RegExp(`${name}\\s*=\\s*["']?(\\d+)`, "i").exec(attrs);
  const n = m ? parseInt(m[1], 10) : 1;
  return Number.isFinite(n) && n >= 1 ? Math.min(n, MAX_SPAN) : n === 0 ? MAX_SPAN : 1;
}

function closeCell(b: Builder, html: string, at: number): void {
  if (!b.cell) return;
  const content = b.cell.parts.join("") + html.slice(b.cell.from, at);
  const share = boldShare(content, /font-weight\s*:\s*(bold|[6-9]00)/i.test(b.cell.attrs));
  (b.row ??= []).push({
    text: htmlToText(content),
    rowSpan: span(b.cell.attrs, "rowspan"),
    colSpan: span(b.cell.attrs, "colspan"),
    bold: share.bold,
    chars: share.total,
  });
  b.cell = null;
}

function closeRow(b: Builder, html: string, at: number): void {
  closeCell(b, html, at);
  if (b.row) b.rows.push(b.row);
  b.row = null;
}

export interface HtmlTableOptions {
  readonly kind?: TableOriginKind;
  readonly sheet?: string;
}

/**
 * Every `<table>` of an HTML text (clipboard HTML, a docx converted by mammoth): cells keep their line
 * breaks, rowspan/colspan become merges, rows whose text is all bold are marked. Tolerant of unclosed tags;
 * a nested table becomes a table of its own; scripts, styles, the head and comments are never text. No DOM is needed, so it runs in Node and in the task pane.
 */
export function parseHtmlTables(source: string, opts: HtmlTableOptions = {}): SourceTable[] {
  const html = stripInvisibleHtml(source);
  const done: { seq: number; table: SourceTable }[] = [];
  const stack: Builder[] = [];
  let seq = 0;
  let outsideFrom = 0;
  const finish = (b: Builder, at: number) => {
    closeRow(b, html, at);
    done.push({ seq: b.seq, table: toTable(b, opts) });
  };
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    const name = m[2]?.toLowerCase();
    if (!name) continue;
    const top = stack[stack.length - 1];
    const closing = m[1] === "/";
    const end = m.index + m[0].length;
    if (name === "table" && !closing) {
      if (top?.cell) top.cell.parts.push(html.slice(top.cell.from, m.index));
      const context = top ? "" : htmlToText(html.slice(outsideFrom, m.index));
      stack.push({ rows: [], row: null, cell: null, context, seq: seq++ });
    } else if (!top) {
      continue;
    } else if (name === "table") {
      finish(top, m.index);
      stack.pop();
      const outer = stack[stack.length - 1];
      if (outer?.cell) outer.cell.from = end;
      if (!outer) outsideFrom = end;
    } else if (name === "tr") {
      closeRow(top, html, m.index);
      if (!closing) top.row = [];
    } else if (closing) {
      closeCell(top, html, m.index);
    } else {
      closeCell(top, html, m.index);
      top.cell = { attrs: m[3] ?? "", parts: [], from: end };
    }
  }
  while (stack.length) finish(stack.pop() as Builder, html.length);
  return done.sort((a, b) => a.seq - b.seq).map((d) => d.table);
}

function toTable(b: Builder, opts: HtmlTableOptions): SourceTable {
  const grid = layoutGrid(b.rows);
  return {
    cells: grid.cells,
    boldRows: grid.boldRows,
    merges: grid.merges,
    origin: { kind: opts.kind ?? "html", sheet: opts.sheet, firstRow: 1, firstColumn: 1 },
    ...(b.context ? { context: b.context } : {}),
  };
}
