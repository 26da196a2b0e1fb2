/** Seeded synthetic per-student data for tests and the bench: no Math.random, so runs repeat. */
export function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296);
}

export interface StudentRow {
  readonly school: string;
  readonly mark: string;
  readonly journal: string;
  readonly score: string;
}

const MARKS = ["2", "3", "4", "5"];

/** Rows of «ОО | Класс | Код | Отметка | Отметка по журналу | Первичный балл» with absences and junk. */
export function studentRows(n: number, schools: number, seed = 1, junkShare = 0.01): string[][] {
  const rnd = lcg(seed);
  const names = Array.from({ length: schools }, (_, i) => `МБОУ «СОШ № ${i + 1}»`);
  const rows: string[][] = [];
  for (let i = 0; i < n; i++) {
    const x = rnd();
    const mark = x < junkShare ? "6" : x < 0.04 ? "н" : MARKS[Math.floor(rnd() * 4)];
    const journal = MARKS[Math.floor(rnd() * 4)];
    rows.push([names[Math.floor(rnd() * schools)], "5а", String(i + 1), mark, journal, String(Math.floor(rnd() * 21))]);
  }
  return rows;
}
