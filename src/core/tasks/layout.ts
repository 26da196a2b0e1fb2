import type { SourceTable } from "../table/types";
import type { TaskColumn, TaskLevel } from "./types";

/**
 * Where things are in a per-pupil export with task scores: ФИС ОКО's «Индивидуальные результаты» as downloaded
 * (level row, «1 (1б)» headers, one-cell group rows per school) or the same data pasted without the frills
 * («7К1», «10.1» headers, a separate row of maximum scores).
 */
export interface TaskLayout {
  readonly headerRow: number;
  readonly tasks: readonly TaskColumn[];
  readonly schoolCode: number;
  readonly schoolName: number;
  /** «Муниципалитет»: several values mean a regional export. */
  readonly municipality: number;
  readonly participant: number;
  readonly variant: number;
  readonly primaryScore: number;
  readonly mark: number;
  readonly journalMark: number;
  /** Tasks whose maximum score the export does not give (taken from the largest score seen). */
  readonly maxUnknown: readonly string[];
  /** Rows of the preamble (title, «Предмет:», «Максимальный первичный балл:»), for the assessment key. */
  readonly preamble: readonly string[];
}

const norm = (s: string): string => s.toLowerCase().replace(/ё/g, "е").replace(/\s+/g, " ").trim();

/** «1 (1б)», «9.1 (2б)», «7К1», «10.1», «13» → task and the maximum score its header states. */
const TASK_HEADER =
  /^(?:задание\s*|зад\.\s*|№\s*)?(\d{1,2}(?:[.,]\d{1,2})?(?:\s*[кk]\s*\d{1,2})?)\s*(?:\(\s*(\d{1,2})\s*(?:б(?:алл[а-я]*)?\.?)?\s*\))?$/i;

export function taskHeader(text: string): { task: string; max: number | null } | null {
  const m = TASK_HEADER.exec(text.trim());
  if (!m) return null;
  return { task: m[1].replace(/\s+/g, "").replace(",", ".").replace(/[kк]/gi, "К"), max: m[2] ? Number(m[2]) : null };
}

function level(text: string): TaskLevel | null {
  const t = norm(text);
  if (t === "б" || t.startsWith("баз")) return "Б";
  if (t === "п" || t.startsWith("повыш")) return "П";
  if (t === "в" || t.startsWith("высок")) return "В";
  return null;
}

function findColumn(header: readonly string[], tests: readonly RegExp[], not?: RegExp): number {
  for (const re of tests) {
    const i = header.findIndex((h) => re.test(h) && !(not && not.test(h)));
    if (i >= 0) return i;
  }
  return -1;
}

/** The export's layout, or null when the table is no per-pupil table with at least three task columns. */
export function findTaskLayout(table: SourceTable): TaskLayout | null {
  const rows = table.cells;
  const limit = Math.min(rows.length, 40);
  for (let r = 0; r < limit; r++) {
    const header = rows[r].map(norm);
    const tasks = header.map((h, column) => ({ column, head: taskHeader(h) })).filter((x) => x.head !== null);
    if (tasks.length < 3) continue;
    const mark = findColumn(
      header,
      [/^отметка$/, /^оценка$/, /^(итоговая )?отметка за работу$/, /^отметка по 5-?балльной/, /^отметка/],
      /журнал/,
    );
    const participant = findColumn(header, [/^код участника$/, /код участ/, /^код$/, /^участник/, /^фио/, /^ф\.и\.о/]);
    if (mark < 0 && participant < 0) continue;
    // A row of maximum scores above or below the header («Макс. балл» | 1 | 2 | …), or a level row above it.
    const maxRow = [rows[r - 1], rows[r + 1]].find((row) => row && row.some((c) => /^макс/i.test(c.trim())));
    const levelRow = rows.slice(Math.max(0, r - 3), r).find((row) => row.some((c) => /уровень\s+сложности/i.test(c)));
    const maxUnknown: string[] = [];
    const taskColumns: TaskColumn[] = tasks.map(({ column, head }) => {
      const fromRow = maxRow ? Number((maxRow[column] ?? "").replace(",", ".")) : NaN;
      const max = head!.max ?? (Number.isFinite(fromRow) && fromRow > 0 ? fromRow : null);
      if (max === null) maxUnknown.push(head!.task);
      return { task: head!.task, maxScore: max ?? 0, level: levelRow ? level(levelRow[column] ?? "") : null, column };
    });
    return {
      headerRow: r,
      tasks: taskColumns,
      schoolCode: findColumn(header, [/^оо$/, /^код оо$/, /^логин оо$/]),
      schoolName: findColumn(header, [
        /^название оо$/,
        /^наименование оо$/,
        /^школа$/,
        /^образовательная организация$/,
        /^оо \(название\)$/,
      ]),
      municipality: findColumn(header, [/^муниципалитет/, /^муниципальн/, /^мо$/, /^район$/]),
      participant,
      variant: findColumn(header, [/^вариант/]),
      primaryScore: findColumn(header, [/^первичный балл/, /^сумма баллов/, /^балл$/, /^первичн/]),
      mark,
      journalMark: findColumn(header, [/журнал/]),
      maxUnknown,
      preamble: rows
        .slice(0, r)
        .map((row) => row.filter((c) => c.trim()).join(" "))
        .filter(Boolean),
    };
  }
  return null;
}
