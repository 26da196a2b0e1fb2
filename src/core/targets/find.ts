import type { SourceDocument } from "../table";
import type { TargetSpec } from "../indicators";
import { targetsFromTable } from "./from-table";
import { targetsFromLines, targetsFromText } from "./from-text";

/**
 * The programme's target indicators in an imported order (pasted text, clipboard HTML, .docx): a table of
 * indicators with values first, else the list under a «Целевые показатели» heading. Empty when the order
 * has none: targets are never borrowed from another programme.
 */
export function findTargets(document: SourceDocument, asOfYear: number | null = null): TargetSpec[] {
  for (const table of document.tables) {
    const found = targetsFromTable(table, asOfYear);
    if (found.length) return found;
  }
  return targetsFromText(document.text);
}

/**
 * A targets file of the user's (`report --targets FILE`): a table with a «Показатель» column, else one target
 * per line.
 */
export function targetsFromFile(document: SourceDocument, asOfYear: number | null = null): TargetSpec[] {
  for (const table of document.tables) {
    const found = targetsFromTable(table, asOfYear, false);
    if (found.length) return found;
  }
  return targetsFromText(document.text).length ? targetsFromText(document.text) : targetsFromLines(document.text);
}
