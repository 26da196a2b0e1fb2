import { cell } from "./block";
import type { ColumnMap } from "./columns";
import { type Preamble, mergeKeys, normalizeGrade, normalizeSubject } from "./preamble";

/**
 * The assessment of a row: the block's preamble, overridden by the row's own Предмет / Класс / Год /
 * Процедура cells. Cached by the raw cells, since a million rows share a handful of combinations; equal
 * keys are one object («6а», «6б» are both grade 6), so readers can compare keys by identity.
 * A class rather than a closure: one call target for every block keeps the row loop optimised.
 */
export class RowKeys {
  private readonly cols: readonly number[];
  private readonly cache = new Map<string, Preamble>();
  private readonly interned = new Map<string, Preamble>();

  constructor(private readonly preamble: Preamble, private readonly columns: ColumnMap) {
    const { subject, year, assessment, gradeCol, className } = columns;
    this.cols = [subject, year, assessment, gradeCol ?? className].filter((c): c is number => c !== undefined);
  }

  of(row: readonly string[]): Preamble {
    const cols = this.cols;
    if (cols.length === 0) return this.preamble;
    // A single key column (the usual «Класс») needs no joined string per row.
    const raw = cols.length === 1 ? (row[cols[0]] ?? "") : cols.map((c) => row[c] ?? "").join("\u0001");
    let key = this.cache.get(raw);
    if (!key) this.cache.set(raw, (key = this.read(row)));
    return key;
  }

  private read(row: readonly string[]): Preamble {
    const { subject, year, assessment, gradeCol, className } = this.columns;
    const gradeIdx = gradeCol ?? className;
    const y = /\b(20\d\d)\b/.exec(cell(row, year));
    const a = cell(row, assessment).trim().toUpperCase();
    const key = mergeKeys(this.preamble, {
      subject: subject !== undefined ? normalizeSubject(cell(row, subject)) : null,
      year: y ? y[1] : null,
      assessment: a ? a : null,
      grade: gradeIdx !== undefined ? normalizeGrade(cell(row, gradeIdx)) : null,
    });
    const exact = JSON.stringify([key.assessment, key.subject, key.grade, key.year]);
    const known = this.interned.get(exact);
    if (known) return known;
    this.interned.set(exact, key);
    return key;
  }
}
