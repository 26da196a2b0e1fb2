/**
 * Result-table reading under mutation: the sample result sheets (ФИС ОКО, counts per school, student
 * lists, exams, contingent) with rows shuffled, split, glued, numbers garbled, columns swapped, plus
 * random grids. Nothing may throw; a row that names a school and has figures is either read (some
 * school's sourceRows) or named by a finding; every finding says where; no NaN; deterministic.
 */
import { parseNumberRu, readResults, type ResultSet } from "../../src/core/results";
import type { SourceTable } from "../../src/core/table/types";
import { SAMPLES, SCHOOL, asTable, damagedRowTables, resultTables } from "./result-gen";
import { fuzz } from "./harness";
import { nondeterminism, nonFinite, unplacedFindings } from "./invariants";

const ENTRY = "results.readResults";
/** The one finding about a whole sheet (the error; its warning form names a row): it accounts for all its rows. */
const WHOLE_TABLE = new Set(["results.unknown-layout"]);
/** A figure: a mark, score, count or percentage (participant codes of 5+ digits are not figures). */
const isFigure = (c: string) => /^\s*\d{1,4}([.,]\d+)?\s*%?\s*$/.test(c.replace(/[\s\u00A0]/g, ""));
/** Absent participants are counted (`absent`), not rows of figures. */
const ABSENT = /^\s*(н|неявка)\s*$/i;
/** Rows (sheet, 1-based row) the output accounts for: read into a school/reference or named by a finding. */
function accounted(set: ResultSet): Set<string> {
  const out = new Set<string>();
  for (const t of set.tables) {
    for (const s of [...t.schools, ...t.references, ...(t.statedDistrict ? [t.statedDistrict] : [])]) for (const r of s.sourceRows) out.add(`${t.source ?? ""}#${r}`);
  }
  for (const c of set.contingent ?? []) out.add(`${c.source ?? ""}#${c.sourceRow}`);
  for (const f of set.findings) {
    if (f.row !== undefined) out.add(`${f.sheet ?? ""}#${f.row}`);
    // The error about a whole sheet points at its first row and accounts for all of it.
    if (WHOLE_TABLE.has(f.code) && f.severity === "error") out.add(`${f.sheet ?? ""}#*`);
  }
  return out;
}

/** A header: two or more texts, no figure, no school name. Rows above the first one are preamble. */
const isHeader = (row: readonly string[]) => row.filter((c) => c.trim() !== "").length >= 2 && !row.some(isFigure) && !row.some((c) => SCHOOL.test(c));

/** Rows naming a school and holding a figure, that the output neither read nor mentioned. */
function silentRows(tables: readonly SourceTable[], set: ResultSet): { rows: number; lost: string[] } {
  const seen = accounted(set);
  const rowsSeen = new Set([...seen].map((k) => k.split("#")[1]));
  let rows = 0;
  const lost: string[] = [];
  tables.forEach((t) => {
    const header = t.cells.findIndex(isHeader);
    t.cells.forEach((row, i) => {
      if (header < 0 || i <= header) return;
      if (!row.some((c) => SCHOOL.test(c)) || !row.some(isFigure) || row.some((c) => ABSENT.test(c))) return;
      rows++;
      const r = String(t.origin.firstRow + i);
      // Sources may name the sheet differently; a row number seen anywhere is accepted as accounted for.
      if (!seen.has(`${t.origin.sheet}#${r}`) && !seen.has(`${t.origin.sheet}#*`) && !rowsSeen.has(r)) lost.push(`${t.origin.sheet} row ${r}: ${JSON.stringify(row.join(" | ").slice(0, 100))}`);
    });
  });
  return { rows, lost };
}

describe("fuzz: readResults", () => {
  it("has sample result tables", () => expect(SAMPLES.length).toBeGreaterThan(3));

  it("any mutation: no throw, findings placed, finite, deterministic", async () => {
    await fuzz(ENTRY, "any mutation", resultTables, ({ tables }) => {
      const set = readResults(tables);
      const again = readResults(tables.map((t) => ({ ...t, cells: t.cells.map((r) => [...r]) })));
      const placed = unplacedFindings(set.findings);
      return { cells: 0, lost: 0, problems: [...placed, ...nonFinite(set), ...nondeterminism(set, again)] };
    }, { file: "tests/fuzz/results.test.ts" });
  });

  it("damaged school rows: every row with a figure is read or named by a finding", async () => {
    await fuzz(ENTRY, "no silent row", damagedRowTables, ({ tables }) => {
      const silent = silentRows(tables, readResults(tables));
      return { cells: silent.rows, lost: silent.lost.length, problems: silent.lost.slice(0, 3) };
    }, { file: "tests/fuzz/results.test.ts" });
  });

  it("a ФИС ОКО school row with a blank participant count is read or named by a finding", () => {
    const g = SAMPLES.find((x) => x.name === "vpr-2024-5kl-statistika.tsv")!.grid.map((r) => [...r]);
    const i = g.findIndex((r) => r[0].includes("(sch640101)"));
    g[i][1] = "";
    const tables = [asTable(g, 0)];
    expect(silentRows(tables, readResults(tables)).lost).toEqual([]);
  });

  it.each(["vpr-2024-5kl-statistika.tsv", "vpr-2024-4kl-matematika-po-shkolam.tsv"])("%s: a row with figures but a blank school name is read or named by a finding", (name) => {
    const g = SAMPLES.find((x) => x.name === name)!.grid.map((r) => [...r]);
    const i = g.findIndex((r) => /СОШ № 3/.test(r.join(" ")));
    g[i][g[i].findIndex((x) => /СОШ № 3/.test(x))] = "";
    const set = readResults([asTable(g, 0)]);
    const read = set.tables.some((t) => t.schools.some((s) => s.sourceRows.includes(i + 1)));
    expect(read || set.findings.some((f) => f.row === i + 1)).toBe(true);
  });

  it("ЕГЭ list (no mark column): a row with a blank score is read or named by a finding", () => {
    const g = SAMPLES.find((x) => x.name === "ege-2024.tsv")!.grid.map((r) => [...r]);
    g[2][3] = "";
    const set = readResults([asTable(g, 0)]);
    const read = set.tables.some((t) => t.schools.some((s) => s.sourceRows.includes(3)));
    expect(read || set.findings.some((f) => f.row === 3)).toBe(true);
  });

  it("«1e 400 888» in a count cell is a finding, not Infinity participants", () => {
    expect(parseNumberRu("1e 400 888")).not.toBe(Infinity);
  });
});
