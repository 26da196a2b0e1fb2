import type { SourceTable, TableOrigin } from "./types";

/**
 * Delimited text → rows of cells. Excel quotes a cell that holds a line break, a tab or a quote
 * («"текст ""в кавычках"""»); Word does not quote at all, so a field is read as quoted only when its
 * closing quote really ends the field. Otherwise the quote is ordinary text.
 */
export function splitDelimited(text: string, delimiter: string): string[][] {
  return splitDelimitedLines(text, delimiter).rows;
}

/** As splitDelimited, with the 0-based line where each row starts (a quoted cell may span lines). */
export function splitDelimitedLines(text: string, delimiter: string): { rows: string[][]; lines: number[] } {
  const rows: string[][] = [];
  const lines: number[] = [0];
  let line = 0;
  let row: string[] = [];
  let i = 0;
  // Position after which no closing quote exists: keeps repeated failed scans linear.
  let noQuoteFrom = Number.POSITIVE_INFINITY;
  const n = text.length;
  // Char codes, not one-letter strings: this loop runs once per character of a whole document.
  const delim = delimiter.length === 1 ? delimiter.charCodeAt(0) : -1;
  while (i <= n) {
    let value: string | null = null;
    if (text[i] === '"' && i < noQuoteFrom) {
      const quoted = readQuoted(text, i, delimiter);
      if (quoted.end === -1) noQuoteFrom = Math.min(noQuoteFrom, i);
      else if (quoted.end > 0) {
        value = quoted.value;
        line += countBreaks(value);
        i = quoted.end;
      }
    }
    if (value === null) {
      let j = i;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c === delim || c === 10 || c === 13) break;
        j++;
      }
      value = text.slice(i, j);
      i = j;
    }
    row.push(value);
    if (i >= n) break;
    if (text[i] === delimiter) i++;
    else {
      i += text[i] === "\r" && text[i + 1] === "\n" ? 2 : 1;
      rows.push(row);
      row = [];
      lines.push(++line);
      if (i >= n) break;
    }
  }
  if (row.length > 0) rows.push(row);
  return { rows, lines: lines.slice(0, rows.length) };
}

function countBreaks(value: string): number {
  let n = 0;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (ch === "\n" || (ch === "\r" && value[i + 1] !== "\n")) n++;
  }
  return n;
}

function readQuoted(text: string, start: number, delimiter: string): { value: string; end: number } {
  let value = "";
  let i = start + 1;
  for (;;) {
    const q = text.indexOf('"', i);
    if (q < 0) return { value: "", end: -1 };
    if (text[q + 1] === '"') {
      value += text.slice(i, q + 1);
      i = q + 2;
      continue;
    }
    const after = text[q + 1];
    if (after === undefined || after === delimiter || after === "\n" || after === "\r") {
      return { value: value + text.slice(i, q), end: q + 1 };
    }
    return { value: "", end: -2 };
  }
}

function dropTrailingEmpty(rows: string[][]): string[][] {
  let end = rows.length;
  while (end > 0 && rows[end - 1].every((c) => c === "")) end--;
  return rows.slice(0, end);
}

/** Tab-separated text as copied from Word or Excel. */
export function parseTsv(text: string, origin?: TableOrigin): SourceTable {
  return {
    cells: dropTrailingEmpty(splitDelimited(text, "\t")),
    origin: origin ?? { kind: "tsv", firstRow: 1, firstColumn: 1 },
  };
}

/** «;» (Russian Excel), «,» or tab: the one that splits the first lines most evenly and most often. */
export function sniffDelimiter(text: string): string {
  const lines = text.split(/\r?\n/, 20).filter((l) => l.trim() !== "");
  let best = ";";
  let bestScore = 0;
  for (const d of [";", "\t", ","]) {
    const counts = lines.map((l) => l.split(d).length - 1);
    const min = counts.length ? Math.min(...counts) : 0;
    const score = min * 1000 + counts.reduce((s, c) => s + c, 0);
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

/** Comma- or semicolon-separated text (the delimiter is sniffed), quoted fields may hold line breaks. */
export function parseCsv(text: string, origin?: TableOrigin): SourceTable {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return {
    cells: dropTrailingEmpty(splitDelimited(body, sniffDelimiter(body))),
    origin: origin ?? { kind: "csv", firstRow: 1, firstColumn: 1 },
  };
}
