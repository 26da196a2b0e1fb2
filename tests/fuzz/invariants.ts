/**
 * The invariants every entry point is judged by. "Nothing lost" compares normalised words, so layout
 * cleaning (spaces, NBSP, soft hyphens, HTML remnants, «3. 10» → «3.10», ё/е, case) is not a loss,
 * but a word missing from the output is, and makes its whole cell count as lost.
 */
import { isDeepStrictEqual } from "node:util";
import type { Finding } from "../../src/core/findings";

const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g;

const fold = (t: string) => t.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
/** 1 MB cells come back as the same string: fold each long text once. */
const LONG = new Map<string, string[]>();

/**
 * Words of a text, normalised; cells without a letter or digit have no words and are not counted.
 * `keep` sees each word as written (before case and accent folding) and may leave it out.
 */
export function words(text: string, invisible: "drop" | "space" = "drop", keep?: (raw: string) => boolean): string[] {
  const memo = text.length > 4096 && !keep ? `${invisible}\u0000${text}` : undefined;
  const hit = memo === undefined ? undefined : LONG.get(memo);
  if (hit) return hit;
  const spaced = text
    // HTML remnants, whole or cut in two by a page break («<ul» | «style="…"> <li>»), are layout, not words.
    .replace(/<\/?[a-zA-Z][a-zA-Z0-9]*(?=[\s/>]|$)[^>]*(>|$)|&(#\d+|#x[0-9a-f]+|[a-z]+);|\b[a-z-]+="[^"]*"\s*\/?>?/gi, " ")
    .replace(INVISIBLE, invisible === "drop" ? "" : " ")
    .replace(/(\p{L}\p{M}*)(?=\p{N})|(\p{N})(?=\p{L})/gu, "$1$2 ")
    // A splitter may cut «кураторשלום» where the script changes: both halves are still there.
    .replace(/([\u0400-\u04FF]\p{M}*)(?=(?![\u0400-\u04FF])\p{L})|((?![\u0400-\u04FF])\p{L}\p{M}*)(?=[\u0400-\u04FF])/gu, "$1$2 ");
  const out = keep
    ? spaced.split(/[^\p{L}\p{M}\p{N}]+/u).filter((t) => t !== "" && keep(t)).map(fold).filter(Boolean)
    : fold(spaced).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (memo !== undefined) {
    if (LONG.size > 8) LONG.clear();
    LONG.set(memo, out);
  }
  return out;
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

export interface LossOptions {
  /** Accept a word broken by layout and joined again («руководител и» → «руководители»). */
  readonly joins?: boolean;
  /** Words that need not come back (conjunctions a splitter consumes). */
  readonly ignore?: ReadonlySet<string>;
  /** Only words matching this (as written, before folding) need come back. */
  readonly only?: RegExp;
}

/**
 * Input cells whose words do not all appear somewhere in the output texts. With `joins`, a word broken
 * by layout and joined again («руководител и» → «руководители») counts as kept.
 */
export function lostCells(inputCells: Iterable<string>, outputTexts: Iterable<string>, opts: LossOptions = {}): LossReport {
  const have = new Set<string>();
  for (const t of outputTexts) for (const w of words(t)) have.add(w);
  let cells = 0;
  let lost = 0;
  const examples: string[] = [];
  for (const cell of inputCells) {
    const keep = opts.only ? (t: string) => (opts.only as RegExp).test(t) : undefined;
    const ws = words(cell, "drop", keep);
    if (ws.length === 0) continue;
    cells++;
    const missing = missingWords(ws, have, opts);
    // A zero-width space or soft hyphen may be dropped or read as a break: either reading is no loss.
    if (missing.length === 0 || (/[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/.test(cell) && missingWords(words(cell, "space", keep), have, opts).length === 0)) continue;
    lost++;
    if (examples.length < 3) examples.push(`cell ${JSON.stringify(cell.slice(0, 80))} lost ${JSON.stringify(missing.slice(0, 5))}`);
  }
  return { cells, lost, examples };
}

function missingWords(ws: string[], have: ReadonlySet<string>, opts: LossOptions): string[] {
  const joined = (i: number) => opts.joins === true && (have.has(ws[i] + (ws[i + 1] ?? "")) || have.has((ws[i - 1] ?? "") + ws[i]));
  return [...new Set(ws.filter((w, i) => !have.has(w) && !joined(i) && !opts.ignore?.has(w)))];
}

export function cellsOf(grid: readonly (readonly string[])[]): string[] {
  return grid.flat();
}

/**
 * A finding must say where: a row, an activity or a cell (column). Findings about a whole table
 * (codes in `wholeTable`) may name just its sheet.
 */
export function unplacedFindings(findings: readonly Finding[], wholeTable: ReadonlySet<string> = new Set()): string[] {
  return findings
    .filter((f) => f.row === undefined && f.activityId === undefined && f.column === undefined)
    .filter((f) => !(wholeTable.has(f.code) && f.sheet !== undefined))
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

/** JSON that keeps what JSON drops (undefined, NaN, ±Infinity, Map, Set) and ignores prototypes and realms. */
function canonical(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) => {
    if (x === undefined) return "\u0000undefined";
    if (typeof x === "number" && !Number.isFinite(x)) return `\u0000${x}`;
    if (x instanceof Map) return { "\u0000map": [...x.entries()] };
    if (x instanceof Set) return { "\u0000set": [...x.values()] };
    return x;
  });
}

/**
 * Same input twice → deep-equal output; returns a problem description when not. Compared as
 * canonical JSON: a structuredClone'd input lives in another realm, which isDeepStrictEqual would flag.
 */
export function nondeterminism(a: unknown, b: unknown): string[] {
  return isDeepStrictEqual(a, b) || canonical(a) === canonical(b) ? [] : ["same input gave different output on a second run"];
}

/** Lone surrogates (with the u flag a proper pair is one code point and does not match). */
const LONE_SURROGATE = /[\uD800-\uDFFF]/gu;
// eslint-disable-next-line no-control-regex -- XML cannot hold these characters: finding them is the point
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text an .xlsx (XML) can hold as written. */
export function storable(s: string): boolean {
  return !new RegExp(LONE_SURROGATE.source, "u").test(s) && !new RegExp(XML_FORBIDDEN.source).test(s);
}

/** The same text with what XML cannot hold replaced by spaces. */
export function makeStorable(s: string): string {
  return s.replace(LONE_SURROGATE, " ").replace(XML_FORBIDDEN, " ");
}

/** What a written .xlsx holds of a text: control characters dropped, a lone surrogate as U+FFFD (UTF-8 encoding). */
export function asWritten(s: string): string {
  return s.replace(LONE_SURROGATE, "\uFFFD").replace(XML_FORBIDDEN, "");
}
