import { classifyEntity, type EntityKind } from "../results/school-key";
import type { SourceTable } from "../table/types";
import { taskHeader } from "./layout";

/**
 * ФИС ОКО's aggregate report «Выполнение заданий»: a row per group of participants (Вся выборка, the region, the
 * district, schools), a column per task with the percentage of points gained, a row of maximum scores under the
 * header. It carries no pupils; read beside a per-pupil export it gives the region's mastery per task.
 */
export interface MasteryTable {
  readonly tasks: readonly { readonly task: string; readonly maxScore: number | null }[];
  readonly rows: readonly {
    readonly name: string;
    readonly kind: EntityKind;
    readonly mastery: readonly (number | null)[];
  }[];
}

const norm = (s: string) => s.toLowerCase().replace(/ё/g, "е").replace(/\s+/g, " ").trim();
const NAME_HEADER = /^(групп[аы]? участников|наименование|название|оо|школа|муниципал|ато|мо)/;
const PUPIL_HEADER = /(код участника|^отметка|первичный балл|вариант)/;

const number = (raw: string): number | null => {
  const t = raw.replace(/\s|%/g, "").replace(",", ".");
  if (t === "") return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
};

export function readMasteryTable(table: SourceTable): MasteryTable | null {
  const rows = table.cells;
  for (let r = 0; r < Math.min(rows.length, 40); r++) {
    const header = rows[r].map(norm);
    if (!NAME_HEADER.test(header[0] ?? "") || header.some((h) => PUPIL_HEADER.test(h))) continue;
    const cols = header.map((h, c) => ({ c, head: taskHeader(h) })).filter((x) => x.head !== null);
    if (cols.length < 3) continue;
    const next = rows[r + 1] ?? [];
    // The max-score row: no name, a small whole number under every task.
    const maxRow = (next[0] ?? "").trim() === "" || /^макс/i.test(next[0] ?? "") ? next : null;
    const tasks = cols.map(({ c, head }) => {
      const m = maxRow ? number(maxRow[c] ?? "") : null;
      return { task: head!.task, maxScore: head!.max ?? (m !== null && m > 0 && m <= 20 ? m : null) };
    });
    const out: MasteryTable["rows"][number][] = [];
    for (let i = r + (maxRow ? 2 : 1); i < rows.length; i++) {
      const name = (rows[i][0] ?? "").trim();
      if (!name) continue;
      const values = cols.map(({ c }) => number(rows[i][c] ?? ""));
      if (values.every((v) => v === null)) continue;
      // Percentages as published (63,1); a table of fractions (0,631) when no value exceeds 1.
      const percent = values.some((v) => v !== null && v > 1);
      out.push({
        name,
        kind: classifyEntity(name),
        mastery: values.map((v) => (v === null || v > 100 ? null : Math.round((percent ? v / 100 : v) * 1e6) / 1e6)),
      });
    }
    return out.length ? { tasks, rows: out } : null;
  }
  return null;
}

/** The region's row of a mastery table: a reference row that is no country-wide total («Вся выборка», РФ). */
export function regionRow(t: MasteryTable): readonly (number | null)[] | null {
  const refs = t.rows.filter((x) => x.kind === "reference");
  const region = refs.find((x) => !/^(вся\s+выборка|росси|рф)/i.test(x.name)) ?? null;
  return region?.mastery ?? null;
}
