/**
 * Per-student result rows (ВПР with journal marks), as a user pastes them: a preamble line, the
 * header, then one row per student with fresh cell strings (as a TSV split gives them). Seeded, so
 * every competitor and every run sees the same rows.
 */
export const STUDENT_HEADER = ["ОО", "Класс", "Код / ФИО", "Отметка", "Отметка по журналу", "Первичный балл"];
export const STUDENT_PREAMBLE = "ВПР 2024. Русский язык, 6 класс. Результаты участников";
/** Columns of the per-student rows the peers read. */
export const COL_SCHOOL = 0;
export const COL_MARK = 3;
export const COL_JOURNAL = 4;

/** Mulberry32: small, fast, deterministic. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KINDS = ["МБОУ «СОШ № %»", "МОУ СШ № %", "МБОУ «Гимназия № %»", "МКОУ «ООШ № %»", "МБОУ «Лицей № %»"];

export function schoolCount(rows: number): number {
  return Math.max(10, Math.min(3000, Math.round(rows / 400)));
}

function pickMark(r: number): string {
  if (r < 0.015) return "н"; // absent: not a participant
  if (r < 0.0152) return "6"; // invalid: a finding, not counted
  if (r < 0.12) return "2";
  if (r < 0.47) return "3";
  if (r < 0.85) return "4";
  return "5";
}

/** All cells of the pasted table: preamble row, header row, `rows` student rows. */
export function studentCells(rows: number, seed = 42): string[][] {
  const rand = rng(seed);
  const schools = Array.from({ length: schoolCount(rows) }, (_, i) => KINDS[i % KINDS.length].replace("%", String(i + 1)));
  const cells: string[][] = [[STUDENT_PREAMBLE], [...STUDENT_HEADER]];
  for (let i = 0; i < rows; i++) {
    const school = schools[Math.floor(rand() * schools.length)];
    const mark = pickMark(rand());
    const m = Number(mark);
    const shift = rand();
    const journal = mark === "н" || !(m >= 2 && m <= 5) ? "" : String(Math.max(2, Math.min(5, m + (shift < 0.25 ? 1 : shift > 0.93 ? -1 : 0))));
    const score = mark === "н" ? "" : String(Math.max(0, Math.min(45, Math.round((Number.isFinite(m) ? m - 1.5 : 2) * 9 + rand() * 8))));
    // Split a joined line so each cell is its own string object, as a pasted TSV gives them.
    cells.push(`${school}\t6${"абв"[i % 3]}\t${100000 + i}\t${mark}\t${journal}\t${score}`.split("\t"));
  }
  return cells;
}
