/**
 * The invariants every entry point is judged by. "Nothing lost" compares normalised words, so layout
 * cleaning (spaces, NBSP, soft hyphens, HTML remnants, «3. 10» → «3.10», ё/е, case) is not a loss,
 * but a word missing from the output is, and makes its whole cell count as lost.
 */
import { isDeepStrictEqual } from "node:util";
import type { Finding } from "../../src/core/findings";

const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g;

/** Words of a text, normalised; cells without a letter or digit have no words and are not counted. */
export function words(text: string): string[] {
  return text
    .replace(/<\/?[a-zA-Z][^>]*>/g, " ")
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, " ")
    .replace(INVISIBLE, "")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/(\p{L})(\p{N})/gu, "$1 $2")
    .replace(/(\p{N})(\p{L})/gu, "$1 $2")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Every string inside a value (object keys not included), skipping the named keys. */
export function stringsOf(v: unknown, skip: ReadonlySet<string> = new Set(), out: string[] = []): string[] {
  if (typeof v === "string") out.push(v);
  else if (Array.isArray(v)) for (const x of v) stringsOf(x, skip, out);
  else if (v !== null && typeof v === "object") {
    for (const [k, x] of Object.entries(v)) if (!skip.has(k)) stringsOf(x, skip, out);
  }
  return out;
}

export interface LossReport {
  readonly cells: number;
  readonly lost: number;
  /** The first few lost cells with their missing words. */
  readonly examples: string[];
}

/** Input cells whose words do not all appear somewhere in the output texts. */
export function lostCells(inputCells: Iterable<string>, outputTexts: Iterable<string>): LossReport {
  const have = new Set<string>();
  for (const t of outputTexts) for (const w of words(t)) have.add(w);
  let cells = 0;
  let lost = 0;
  const examples: string[] = [];
  for (const cell of inputCells) {
    const ws = words(cell);
    if (ws.length === 0) continue;
    cells++;
    const missing = [...new Set(ws.filter((w) => !have.has(w)))];
    if (missing.length === 0) continue;
    lost++;
    if (examples.length < 3) examples.push(`cell ${JSON.stringify(cell.slice(0, 80))} lost ${JSON.stringify(missing.slice(0, 5))}`);
  }
  return { cells, lost, examples };
}

export function cellsOf(grid: readonly (readonly string[])[]): string[] {
  return grid.flat();
}

/** A finding must say where: a row, an activity or a cell (column). */
export function unplacedFindings(findings: readonly Finding[]): string[] {
  return findings
    .filter((f) => f.row === undefined && f.activityId === undefined && f.column === undefined)
    .map((f) => `finding ${f.code} has no row/activityId/cell: ${JSON.stringify(f.message.slice(0, 100))}`);
}

/** NaN or ±Infinity anywhere in a result would print as «NaN» or null in the user's sheet. */
export function nonFinite(v: unknown, at = "$", out: string[] = []): string[] {
  if (typeof v === "number" && !Number.isFinite(v)) out.push(`${at} = ${v}`);
  else if (Array.isArray(v)) v.forEach((x, i) => nonFinite(x, `${at}[${i}]`, out));
  else if (v instanceof Map) [...v.entries()].forEach(([k, x]) => nonFinite(x, `${at}.get(${String(k)})`, out));
  else if (v !== null && typeof v === "object") for (const [k, x] of Object.entries(v)) nonFinite(x, `${at}.${k}`, out);
  return out;
}

/** Same input twice → deep-equal output; returns a problem description when not. */
export function nondeterminism(a: unknown, b: unknown): string[] {
  return isDeepStrictEqual(a, b) ? [] : ["same input gave different output on a second run"];
}
