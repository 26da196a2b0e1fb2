import fc from "fast-check";
import { assembleRoadmap } from "../../../src/core/roadmap";
import type { Roadmap } from "../../../src/core/roadmap/types";
import { cleanCellText, type SourceTable } from "../../../src/core/table";
import { seedDocument, wordsOf } from "./seed-helpers";

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);

/** Every word the roadmap carries: fields, originals, section titles, headers, findings' data. */
function outputWords(r: Roadmap): Set<string> {
  const texts: string[] = [r.title, ...r.columns.map((c) => c.header)];
  for (const s of r.sections) texts.push(s.title, s.responsibleRaw ?? "", s.deadlineRaw ?? "", ...Object.values(s.extra ?? {}));
  for (const a of r.activities) {
    texts.push(a.number, a.text, a.deadline.raw, a.responsibleRaw, a.result, a.indicator, a.reportForm, ...a.original, ...Object.values(a.extra ?? {}));
  }
  for (const f of r.findings) texts.push(...Object.values(f.data ?? {}).map(String));
  return new Set(texts.flatMap(wordsOf));
}

function lostWords(table: SourceTable, r: Roadmap): string[] {
  const out = outputWords(r);
  return table.cells.flatMap((row) => row.flatMap((c) => wordsOf(cleanCellText(c)))).filter((w) => !out.has(w));
}

const WORDS = ["Проведение", "семинара", "май", "2024", "год", "этап", "1.", "2.1", "3. 10", "ОО", "Руководител", "и", "Нaleyка", "--", "«школы»", "<b>", "</b>", "<p>"];
const cell = fc.oneof(fc.constant(""), fc.array(fc.constantFrom(...WORDS), { maxLength: 5 }).map((w) => w.join(" ")), fc.string({ maxLength: 12 }));
const header = fc.shuffledSubarray(["№ п/п", "Мероприятия", "Сроки", "Ответственные", "Результат", "Статус"], { minLength: 0 });

function table(rows: string[][]): SourceTable {
  return { cells: rows, origin: { kind: "tsv", firstRow: 1, firstColumn: 1 } };
}

describe("roadmap assembly never throws and loses no word", () => {
  it("random tables, with or without a header", () => {
    fc.assert(
      fc.property(header, fc.array(fc.array(cell, { maxLength: 7 }), { maxLength: 30 }), (head, rows) => {
        const t = table(head.length ? [head, ...rows] : rows);
        const r = assembleRoadmap({ tables: [t], text: "" });
        expect(lostWords(t, r)).toEqual([]);
        expect(new Set(r.activities.map((a) => a.id)).size).toBe(r.activities.length);
      }),
      { numRuns: RUNS },
    );
  });

  const seeds = ["podporozhye-2020-2021.txt", "bodaibo-2020-2023.txt", "kuzovatovo-2022.txt", "regional-resources-2020.txt"].map((f) => {
    const doc = seedDocument(f);
    return doc.tables[assembleRoadmap(doc).table ?? 0];
  });

  type Mutation = { kind: "swap" | "split" | "glue"; at: number; to: number; cut: number };
  const mutation = fc.record({ kind: fc.constantFrom<Mutation["kind"]>("swap", "split", "glue"), at: fc.nat(), to: fc.nat(), cut: fc.nat(6) });

  function mutate(rows: string[][], m: Mutation): string[][] {
    const out = rows.map((r) => [...r]);
    if (out.length < 3) return out;
    const i = 1 + (m.at % (out.length - 1));
    const j = 1 + (m.to % (out.length - 1));
    if (m.kind === "swap") [out[i], out[j]] = [out[j], out[i]];
    else if (m.kind === "split") {
      const row = out[i];
      out.splice(i, 1, row.map((c, k) => (k < m.cut ? c : "")), row.map((c, k) => (k >= m.cut ? c : "")));
    } else if (i + 1 < out.length) {
      const next = out[i + 1];
      out.splice(i, 2, out[i].map((c, k) => [c, next[k] ?? ""].filter(Boolean).join(" ")));
    }
    return out;
  }

  it("seed tables with rows shuffled, split and glued", () => {
    fc.assert(
      fc.property(fc.nat(seeds.length - 1), fc.array(mutation, { minLength: 1, maxLength: 8 }), (s, ms) => {
        const rows = ms.reduce((acc, m) => mutate(acc, m), seeds[s].cells.map((r) => [...r]));
        const t = table(rows);
        const r = assembleRoadmap({ tables: [t], text: "" });
        expect(lostWords(t, r)).toEqual([]);
      }),
      { numRuns: Math.max(20, Math.floor(RUNS / 4)) },
    );
  });

  it("garbage gets a Russian finding, not an exception", () => {
    expect(assembleRoadmap({ tables: [], text: "" }).findings[0].code).toBe("table.empty");
    expect(assembleRoadmap({ tables: [table([[""], ["", ""]])], text: "" }).findings[0].code).toBe("table.empty");
    const prose = assembleRoadmap({ tables: [table([["Рисунок 1. Схема управления"]])], text: "" });
    expect(prose.activities.length + prose.findings.length).toBeGreaterThan(0);
  });
});
