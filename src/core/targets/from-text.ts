import { htmlToText } from "../table";
import type { TargetSpec } from "../indicators";
import { makeTargetSpec } from "./spec";

/** Headings of a programme's target list, as orders write them. */
export const TARGETS_HEADING =
  /(целев[а-яё]*\s+(показател|индикатор)[а-яё]*|основн[а-яё]*\s+показател[а-яё]*\s*\(индикатор[а-яё]*\)|показател[а-яё]*\s+(эффективности|результативности)\s+(реализации\s+)?программ[а-яё]*|ожидаемые\s+(конечные\s+)?результаты\s+реализации\s+программ[а-яё]*)/i;
const ITEM = /^\s*(\d{1,2}(\.\d{1,2})?[.)]|[-–—•·*])\s+\S/;
const LIMIT = 60;

/** Text lines, with HTML (clipboard, mammoth) turned into lines first. */
function linesOf(text: string): string[] {
  const plain = /<(li|p|br|div|tr)\b/i.test(text) ? htmlToText(text) : text;
  return plain.split(/\r?\n/).map((l) => l.replace(/\u00a0/g, " ").trim());
}

/** The items right after a heading: numbered or dashed lines, or unnumbered lines each stating a goal. */
function itemsAfter(lines: readonly string[], start: number): string[] {
  const items: string[] = [];
  for (let i = start; i < lines.length && items.length < LIMIT; i++) {
    const line = lines[i];
    if (line === "") continue;
    if (line.includes("\t")) break; // a table starts: the table reader takes it
    const marked = ITEM.test(line);
    const statesGoal = /\d\s*%|не\s+(менее|более|ниже|выше)\s+\d/i.test(line) && line.length < 400;
    if (marked || (statesGoal && (items.length > 0 || i === start || lines[i - 1] === ""))) items.push(line);
    else if (items.length) break;
    else if (i - start > 3) break;
  }
  return items;
}

/**
 * The programme's own list of targets in an order's text: the items under «Целевые показатели»,
 * «Основные показатели (индикаторы)», «Целевые индикаторы»… Empty when the text has none.
 */
export function targetsFromText(text: string): TargetSpec[] {
  const lines = linesOf(text);
  for (let i = 0; i < lines.length; i++) {
    if (!TARGETS_HEADING.test(lines[i]) || lines[i].length > 200) continue;
    const items = itemsAfter(lines, i + 1);
    // A heading inside a sentence («… достижение целевых показателей программы») lists nothing: look on.
    if (items.length) return items.map((line, k) => makeTargetSpec(String(k + 1), line));
  }
  return [];
}

/** A file of targets typed by hand: one per line (numbering optional), a «Показатель» header line skipped. */
export function targetsFromLines(text: string): TargetSpec[] {
  const lines = linesOf(text).filter((l) => l !== "" && !/^показател[а-яё]*$/i.test(l) && /[а-яё]/i.test(l));
  return lines.slice(0, 200).map((line, k) => makeTargetSpec(String(k + 1), line));
}
