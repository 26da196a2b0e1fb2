import { decodeEntities } from "./entities";
import { stripInvisibleHtml } from "./html-invisible";

const TAG = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>/g;
const HAS_TAG = /<\/?(?:p|b|i|u|br|strong|em|span|div|ul|ol|li|font|sup|sub|h[1-6]|table|tr|td|th|a)\b[^>]*>/i;
const BLOCK = new Set(["p", "div", "tr", "table", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre"]);
const STRAY_LINE = /^[\s\-–—−_=*·]+$/;

/** NBSP-like spaces become spaces; zero-width characters, BOMs and soft hyphens disappear. */
export function normalizeSpaces(text: string): string {
  return text.replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, " ").replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, "");
}

/** True when a string contains tags an office program leaves behind (`<p>`, `<b>`, `<li>` …). */
export function hasHtml(text: string): boolean {
  return text.includes("<") && HAS_TAG.test(text);
}

/** A line that is only dashes, underscores or dots: «-- -- --» left by a converter. */
export function isStrayLine(line: string): boolean {
  return line.length > 0 && STRAY_LINE.test(line) && !/^\s*$/.test(line);
}

// Equivalent to /[\n\r\t\f\v\u00a0\u00ad\u2000-\u200d\u202f\u205f\u2060\u3000\ufeff]| {2}|^ | $|^[-–—−_=*·\s]+$|^• ?[-–—]/,
// checked by hand below except for these two anchored parts.
const DASHES_ONLY = /^[-–—−_=*·\s]+$/;
const BULLET_DASH = /^• ?[-–—]/;

/** A character that needs tidying anywhere in the text (line breaks, tabs, odd spaces). */
function oddSpace(c: number): boolean {
  if (c < 0xa0) return c >= 9 && c <= 13;
  return c === 0xa0 || c === 0xad || (c >= 0x2000 && c <= 0x200d) || c === 0x202f || c === 0x205f || c === 0x2060 || c === 0x3000 || c === 0xfeff;
}

/** Whether tidyLines has anything to do, by hand: the regex tried its alternatives at every position of every cell. */
function needsTidy(text: string): boolean {
  const n = text.length;
  if (n === 0) return false;
  if (text.charCodeAt(0) === 32 || text.charCodeAt(n - 1) === 32) return true;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 ? text.charCodeAt(i + 1) === 32 : oddSpace(c)) return true;
  }
  // Only the anchored alternatives are left; each fails at the first character that does not fit.
  return DASHES_ONLY.test(text) || BULLET_DASH.test(text);
}

/** Trims every line, collapses inner spaces, drops empty and stray lines; lines stay lines. */
export function tidyLines(text: string): string {
  if (!needsTidy(text)) return text;
  const out: string[] = [];
  for (const line of normalizeSpaces(text).split(/\r\n|\r|\n/)) {
    const tidy = line.replace(/[ \t\f\v]+/g, " ").trim();
    if (tidy === "" || isStrayLine(tidy)) continue;
    out.push(tidy.replace(/^• ?[-–—]\s+/, "• "));
  }
  return out.join("\n");
}

/**
 * HTML (a cell of clipboard HTML, or remnants in pasted text) → plain text: `<br>`, `<p>` and other blocks
 * become line breaks, `<li>` a «• » bullet (numbered lists keep their own numbers), entities are decoded.
 * Raw newlines inside HTML are only whitespace, as in a browser.
 */
export function htmlToText(source: string): string {
  const html = stripInvisibleHtml(source);
  const lists: string[] = [];
  let out = "";
  let last = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    out += html.slice(last, m.index).replace(/[\r\n]+/g, " ");
    last = m.index + m[0].length;
    const name = (m[2] ?? "").toLowerCase();
    const closing = m[1] === "/";
    if (name === "br") out += "\n";
    else if (name === "li" && !closing) out += lists[lists.length - 1] === "ol" ? "\n" : "\n• ";
    else if (name === "td" || name === "th") out += closing ? "\t" : "";
    else if (BLOCK.has(name)) out += "\n";
    if (name === "ul" || name === "ol") {
      if (closing) lists.pop();
      else lists.push(name);
    }
  }
  out += html.slice(last).replace(/[\r\n]+/g, " ");
  return tidyLines(decodeEntities(out));
}

/**
 * A cell as pasted → its plain text: HTML remnants turned into lines and bullets, entities decoded,
 * NBSP and zero-width characters normalised, stray «--» lines removed. Line breaks of plain text are kept.
 */
export function cleanCellText(raw: string): string {
  if (raw === "") return "";
  return hasHtml(raw) ? htmlToText(raw) : tidyLines(decodeEntities(raw));
}

/** Cell text on one line: for numbers, deadlines and header matching. */
export function oneLine(text: string): string {
  return text.includes("\n") ? text.replace(/\s*\n\s*/g, " ").trim() : text.trim();
}
