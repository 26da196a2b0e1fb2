import { splitDelimitedLines } from "./delimited";
import { parseHtmlTables } from "./html";
import { looksLikeHtmlDocument, stripInvisibleHtml } from "./html-invisible";
import type { SourceDocument, SourceTable } from "./types";

type Kind = "tab" | "pipe" | "blank" | "text";

interface Segment {
  readonly html: boolean;
  readonly text: string;
  /** 0-based line of the segment's start in the whole text. */
  readonly line: number;
}

const TABLE_TAG = /<(\/?)table\b[^>]*>/gi;
/** A one-cell row Word sometimes pastes without tabs: «2. Организационный блок», «<b>2020 год</b>». */
const SECTION_LIKE = /^(?:<b>|\*\*)?\s*(?:\d{1,2}\.\s*\S|[IVX]{1,4}\.\s|\d{4}\s*(?:год|г\.?)?\s*(?:<\/b>|\*\*)?$)|этап|раздел|блок|подпрограмм|направлени[ея]\s*(?:№\s*)?\d|задача\s*(?:№\s*)?\d/i;
const PIPE_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;

function countLines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

/** Cuts the text into plain parts and `<table>…</table>` blocks (nesting respected, an unclosed one runs to the end). */
function segments(text: string): Segment[] {
  const out: Segment[] = [];
  let depth = 0;
  let start = 0;
  let line = 0;
  let counted = 0;
  const push = (html: boolean, to: number) => {
    line += countLines(text, counted, start);
    counted = start;
    if (to > start) out.push({ html, text: text.slice(start, to), line });
    start = to;
  };
  TABLE_TAG.lastIndex = 0;
  for (let m = TABLE_TAG.exec(text); m; m = TABLE_TAG.exec(text)) {
    if (m[1] !== "/") {
      if (depth++ === 0) push(false, m.index);
    } else if (depth > 0 && --depth === 0) push(true, m.index + m[0].length);
  }
  push(depth > 0, text.length);
  return out;
}

function kindOf(fields: readonly string[]): Kind {
  if (fields.length > 1) return "tab";
  const t = fields[0]?.trim() ?? "";
  if (t === "") return "blank";
  return t.startsWith("|") && t.indexOf("|", 1) > 0 ? "pipe" : "text";
}

function pipeCells(line: string): string[] {
  if (PIPE_SEPARATOR.test(line)) return [];
  const parts = line.trim().split("|");
  if (parts[0].trim() === "") parts.shift();
  if (parts.length && parts[parts.length - 1].trim() === "") parts.pop();
  return parts.map((p) => p.trim());
}

/** Where a run of table rows ends: blank lines and a section-like line may sit inside it. */
function runEnd(kinds: readonly Kind[], rows: readonly string[][], start: number): number {
  const want = kinds[start];
  let end = start;
  for (let j = start + 1; j < kinds.length; j++) {
    if (kinds[j] === want) end = j;
    else if (kinds[j] === "blank" && want === "tab") continue;
    else if (kinds[j] === "text" && want === "tab" && SECTION_LIKE.test(rows[j][0].trim()) && nextRow(kinds, rows, j) === "tab") continue;
    else break;
  }
  return end;
}

/** The next line that is neither blank nor another one-cell section row («2021 год» over «1. Система …»). */
function nextRow(kinds: readonly Kind[], rows: readonly string[][], from: number): Kind | undefined {
  for (let j = from + 1; j < kinds.length; j++) {
    if (kinds[j] === "blank") continue;
    if (kinds[j] === "text" && SECTION_LIKE.test(rows[j][0].trim())) continue;
    return kinds[j];
  }
  return undefined;
}

interface Collector {
  tables: SourceTable[];
  context: string[];
  name?: string;
}

function takeContext(c: Collector): string | undefined {
  // Raw lines, blank lines kept: the title is the last paragraph before the table.
  const text = c.context.join("\n").trim();
  c.context = [];
  return text || undefined;
}

function scanPlain(seg: Segment, c: Collector): void {
  const { rows, lines } = splitDelimitedLines(seg.text, "\t");
  const kinds = rows.map(kindOf);
  for (let i = 0; i < rows.length; i++) {
    if (kinds[i] !== "tab" && kinds[i] !== "pipe") {
      c.context.push(rows[i].join("\t"));
      continue;
    }
    const end = runEnd(kinds, rows, i);
    const kind = kinds[i];
    const cells = rows.slice(i, end + 1).map((r, k) => (kind === "pipe" && kinds[i + k] === "pipe" ? pipeCells(r[0]) : r));
    const origin = { kind: "text" as const, sheet: c.name, firstRow: seg.line + lines[i] + 1, firstColumn: 1 };
    const context = takeContext(c);
    c.tables.push({ cells: cells.map((r) => (r.length === 1 && r[0].trim() === "" ? [] : r)), origin, ...(context ? { context } : {}) });
    i = end;
  }
}

/**
 * A whole pasted document (an order with its preamble, passport and plan) → every table in it: runs of
 * tab-separated lines (blank lines inside a run are page breaks), `<table>` blocks and markdown pipe tables.
 * Each table keeps the text before it as `context`; a table's row i is line `firstRow + i` of the text.
 */
export function readDocumentText(text: string, name?: string): SourceDocument {
  const raw = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // Clipboard HTML: its head, styles and scripts are neither tables nor the title (line breaks are kept).
  const body = looksLikeHtmlDocument(raw) ? stripInvisibleHtml(raw) : raw;
  const c: Collector = { tables: [], context: [], name };
  for (const seg of segments(body)) {
    if (!seg.html) {
      scanPlain(seg, c);
      continue;
    }
    const context = takeContext(c);
    for (const t of parseHtmlTables(seg.text, { sheet: name })) {
      const origin = { ...t.origin, firstRow: seg.line + 1 };
      c.tables.push({ ...t, origin, ...(context && !t.context ? { context } : {}) });
    }
  }
  return { tables: c.tables, text: body, ...(name ? { name } : {}) };
}
