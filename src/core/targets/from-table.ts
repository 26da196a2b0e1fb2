import type { SourceTable } from "../table";
import type { TargetSpec } from "../indicators";
import { makeTargetSpec } from "./spec";

const INDICATOR = /показател|индикатор/i;
const VALUE = /значени|целев|планов|норматив|ориентир/i;
/** Starting or actual figures stand beside the targets: they are no goal. */
const BASE = /базов|фактическ|исходн|отчётн|отчетн/i;
const UNIT = /^ед(\.|иниц)|ед\.\s*изм/i;
const NUMBER = /^№|^n\s*п\/п|^п\/п$/i;
const YEAR = /^(?:на\s+)?((?:19|20)\d\d)(?:\s*(?:г\.?|год))?$|^((?:19|20)\d\d)\s*[-/–]\s*(?:19|20)?\d\d/i;
/** A roadmap's header (activities, deadlines, parties) is no target list even with a «Показатель» column. */
const ROADMAP = /мероприяти|срок|ответствен|исполнител/i;

interface Layout {
  readonly headerRow: number;
  readonly text: number;
  readonly number: number;
  readonly unit: number;
  /** Value columns: one «Целевое значение», or one per year. */
  readonly values: readonly { readonly column: number; readonly year: number | null }[];
}

function yearOf(header: string): number | null {
  const m = YEAR.exec(header.trim());
  return m ? Number(m[1] ?? m[2]) : null;
}

/** A two-row header («Целевое значение» over «2015 год») read as one row of joined texts. */
function headerAt(table: SourceTable, r: number): { header: string[]; rows: number } {
  const top = table.cells[r].map((c) => c.replace(/\s+/g, " ").trim());
  const next = (table.cells[r + 1] ?? []).map((c) => c.replace(/\s+/g, " ").trim());
  const sub = next.some((c) => yearOf(c) !== null) && next.every((c) => c === "" || yearOf(c) !== null || /^[а-яё.\s]{0,12}$/i.test(c));
  if (!sub) return { header: top, rows: 1 };
  const width = Math.max(top.length, next.length);
  return { header: Array.from({ length: width }, (_, i) => [top[i] ?? "", next[i] ?? ""].join(" ").trim()), rows: 2 };
}

function layoutOf(table: SourceTable, requireValues: boolean): Layout | null {
  for (let r = 0; r < Math.min(3, table.cells.length); r++) {
    const { header, rows } = headerAt(table, r);
    if (header.some((h) => ROADMAP.test(h))) return null;
    const text = header.findIndex((h) => INDICATOR.test(h) && !VALUE.test(h));
    if (text < 0) continue;
    const values = header.flatMap((h, column) => {
      if (column === text || BASE.test(h)) return [];
      const year = yearOf(h.replace(/^.*?((?:19|20)\d\d)/, "$1"));
      return year !== null || VALUE.test(h) ? [{ column, year }] : [];
    });
    if (requireValues && !values.length) continue;
    return { headerRow: r + rows - 1, text, number: header.findIndex((h) => NUMBER.test(h)), unit: header.findIndex((h) => UNIT.test(h)), values };
  }
  return null;
}

/** The value column to read: the as-of year's, else the last year before it, else the programme's end. */
function valueColumn(values: Layout["values"], year: number | null): number | null {
  if (!values.length) return null;
  const dated = values.filter((v) => v.year !== null).sort((a, b) => (a.year as number) - (b.year as number));
  if (!dated.length) return values[0].column;
  if (year !== null) {
    const upTo = dated.filter((v) => (v.year as number) <= year);
    if (upTo.length) return upTo[upTo.length - 1].column;
  }
  return dated[dated.length - 1].column;
}

/**
 * Targets from a table whose header names «Показатель» / «Индикатор» with target values or year columns
 * («Показатель | Ед. изм. | 2024 | 2025 | 2026»). With year columns, the as-of year's value is the target.
 * `requireValues` false: a hand-made file may list only the indicators, their goals written in the words.
 */
export function targetsFromTable(table: SourceTable, year: number | null, requireValues = true): TargetSpec[] {
  const layout = layoutOf(table, requireValues);
  if (!layout) return [];
  const column = valueColumn(layout.values, year);
  const out: TargetSpec[] = [];
  for (const row of table.cells.slice(layout.headerRow + 1)) {
    const text = (row[layout.text] ?? "").trim();
    const filled = row.filter((c) => c.trim() !== "").length;
    // One-cell rows are sections («Задача 1. …»); a row without letters is a repeated numbering line.
    if (!/[а-яё]{3}/i.test(text) || filled < 2 && column !== null) continue;
    const id = layout.number >= 0 && /^\d/.test((row[layout.number] ?? "").trim()) ? row[layout.number].trim().replace(/\.$/, "") : String(out.length + 1);
    const value = column !== null ? row[column] ?? "" : undefined;
    out.push(makeTargetSpec(id, text, value, layout.unit >= 0 ? row[layout.unit] ?? "" : ""));
  }
  return out;
}
