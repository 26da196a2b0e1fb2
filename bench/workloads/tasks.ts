/**
 * ВПР per-task analysis on a generated ФИС ОКО per-pupil export: 1 000 000 pupils × 15 tasks in 2 000 schools
 * (group rows, «X», absent pupils, journal marks). Timed: analyseTaskExport over the table as read (mastery per
 * task for every school and the district, histograms, boundaries, gaps). Beside it the floor: the same sums over
 * the scores already in typed arrays, and a pass that first turns the cells into those arrays.
 */
import { analyseTaskExport } from "../../src/core/tasks";
import type { SourceTable } from "../../src/core/table/types";
import { collect } from "../lib/child";
import { formatSize, ratio, timeRuns } from "../lib/stats";
import type { Metric, RunOptions, Workload } from "../lib/types";

const TASKS = 15;
const MAXIMA = [1, 1, 1, 2, 1, 2, 1, 1, 2, 1, 2, 1, 2, 1, 2];
const PER_SCHOOL = 500;
const LEAD = 6; // ОО, Муниципалитет, Название ОО, Код участника, Класс, Вариант
const DIGITS = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];

/** Deterministic pseudo-random numbers (no Math.random: the same export every run). */
function rng(seed: number) {
  let x = seed >>> 0;
  return () => (x = (x * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

export function exportTable(pupils: number): {
  table: SourceTable;
  scores: Uint8Array;
  school: Int32Array;
  schools: number;
} {
  const rand = rng(42);
  const schools = Math.ceil(pupils / PER_SCHOOL);
  const header = [
    "ОО",
    "Муниципалитет",
    "Название ОО",
    "Код участника",
    "Класс",
    "Вариант",
    ...MAXIMA.map((m, i) => `${i + 1} (${m}б)`),
    "Первичный балл",
    "Отметка",
    "Отметка по журналу",
  ];
  const cells: string[][] = [
    ["Индивидуальные результаты участников"],
    [],
    ["ВПР 2024 Математика 5 класс"],
    ["Предмет:", "Математика"],
    ["Уровень сложности задания", "", "", "", "", "", ...MAXIMA.map((_, i) => (i % 5 === 4 ? "П" : "Б"))],
    header,
  ];
  const codes = Array.from({ length: PER_SCHOOL }, (_, i) => String(10001 + i));
  const scores = new Uint8Array(pupils * TASKS);
  const school = new Int32Array(pupils);
  let p = 0;
  for (let s = 0; s < schools && p < pupils; s++) {
    const code = `edu${String(100000 + s)}`;
    const named = `МБОУ «СОШ № ${s + 1}»(${code})`;
    const n = Math.min(PER_SCHOOL, pupils - p);
    cells.push([named, `Кол-во участников: ${n}`]);
    const ability = 0.4 + 0.5 * rand();
    for (let k = 0; k < n; k++, p++) {
      const row: string[] = [code, "Энский муниципальный район", named, codes[k], "5", k % 2 ? "2" : "1"];
      let total = 0;
      for (let t = 0; t < TASKS; t++) {
        let v = 0;
        for (let u = 0; u < MAXIMA[t]; u++) if (rand() < ability) v++;
        scores[p * TASKS + t] = v;
        total += v;
        row.push(v === 0 && rand() < 0.05 ? "X" : DIGITS[v]);
      }
      school[p] = s;
      const mark = total < 6 ? 2 : total < 12 ? 3 : total < 17 ? 4 : 5;
      row.push(
        String(total),
        DIGITS[mark],
        rand() < 0.03 ? "нет отметки" : DIGITS[Math.min(5, Math.max(2, mark + (rand() < 0.2 ? 1 : 0)))],
      );
      cells.push(row);
    }
  }
  return {
    table: { cells, origin: { kind: "tsv", sheet: "МА 5 Индивидуальные результаты", firstRow: 1, firstColumn: 1 } },
    scores,
    school,
    schools,
  };
}

/** The floor: per school and task, Σ scores and counts over typed arrays; mastery = Σ / (max × n). */
export function typedPass(scores: Uint8Array, school: Int32Array, schools: number): Float64Array {
  const sums = new Float64Array(schools * TASKS);
  const counts = new Int32Array(schools);
  for (let p = 0; p < school.length; p++) {
    const s = school[p];
    counts[s]++;
    const base = p * TASKS;
    const out = s * TASKS;
    for (let t = 0; t < TASKS; t++) sums[out + t] += scores[base + t];
  }
  for (let s = 0; s < schools; s++) for (let t = 0; t < TASKS; t++) sums[s * TASKS + t] /= MAXIMA[t] * counts[s];
  return sums;
}

/** Cells → the typed arrays (school by its group row, digits by char code, «X» as 0), then the typed pass. */
function cellsPass(table: SourceTable, schools: number): Float64Array {
  const rows = table.cells;
  const n = rows.length;
  const scores = new Uint8Array(n * TASKS);
  const school = new Int32Array(n);
  let s = -1;
  let p = 0;
  for (let r = 6; r < n; r++) {
    const row = rows[r];
    if (row.length < LEAD + TASKS) {
      s++;
      continue;
    }
    school[p] = s;
    for (let t = 0; t < TASKS; t++) {
      const d = row[LEAD + t].charCodeAt(0) - 48;
      scores[p * TASKS + t] = d >= 0 && d <= 9 ? d : 0;
    }
    p++;
  }
  return typedPass(scores.subarray(0, p * TASKS), school.subarray(0, p), schools);
}

async function sizeMetrics(n: number, opts: RunOptions): Promise<Metric[]> {
  const label = formatSize(n);
  opts.log(`${label} участников × ${TASKS} заданий: данные`);
  const data = exportTable(n);
  const a = analyseTaskExport(data.table);
  const floor = typedPass(data.scores, data.school, data.schools);
  // The two must agree before their times are compared.
  let off = 0;
  a?.schools.forEach((sch, s) => {
    MAXIMA.forEach((_, t) => {
      if (Math.abs((sch.tasks[String(t + 1)] ?? -1) - floor[s * TASKS + t]) > 1e-6) off++;
    });
  });
  const mismatch =
    !a || a.schools.length !== data.schools
      ? `расхождение: школ ${a?.schools.length}/${data.schools}`
      : off
        ? `расхождение в ${off} значениях`
        : null;
  if (mismatch) opts.log(`ВНИМАНИЕ ${label}: ${mismatch}`);
  const note = `медиана ${opts.runs} после разогрева`;
  const ours = await timeRuns(opts.runs, () => analyseTaskExport(data.table), collect);
  const cells = await timeRuns(opts.runs, () => cellsPass(data.table, data.schools), collect);
  const pass = await timeRuns(opts.runs, () => typedPass(data.scores, data.school, data.schools), collect);
  return [
    {
      name: `tasks.ours.${n}`,
      label: `${label} участников × ${TASKS} заданий → выполнение заданий по всем школам`,
      value: ours.medianMs,
      unit: "ms",
      note: mismatch ?? note,
    },
    {
      name: `tasks.cellsFloor.${n}`,
      label: `  пол: ячейки → Uint8Array → суммы по школам`,
      value: cells.medianMs,
      unit: "ms",
      note,
    },
    {
      name: `tasks.typedPass.${n}`,
      label: `  пол: только проход по готовым типизированным массивам`,
      value: pass.medianMs,
      unit: "ms",
      note,
    },
    {
      name: `tasks.vsCellsFloor.${n}`,
      label: `  наше / пол по ячейкам`,
      value: ratio(ours.medianMs, cells.medianMs),
      unit: "ratio",
    },
    {
      name: `tasks.vsTypedPass.${n}`,
      label: `  наше / проход по типизированным массивам`,
      value: ratio(ours.medianMs, pass.medianMs),
      unit: "ratio",
    },
  ];
}

const workload: Workload = {
  title: "Анализ заданий ВПР (поученическая выгрузка ФИС ОКО)",
  async run(opts) {
    const sizes = opts.quick ? [100_000] : [100_000, 1_000_000];
    const out: Metric[] = [];
    for (const n of sizes) out.push(...(await sizeMetrics(n, opts)));
    return out;
  },
};
export default workload;
