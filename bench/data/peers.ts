/**
 * The same per-school figures as the product computes (participants, marks 2–5, успеваемость,
 * качество, СОУ, средняя отметка, objectivity counts) by a bare pass into typed arrays — the floor no
 * general code can beat by much. (arquero's version is in arquero-peer.ts: arquero is ESM-only, and jest
 * tests of this file run without it.)
 */
import { COL_JOURNAL, COL_MARK, COL_SCHOOL } from "./students";

export interface PeerFigures {
  readonly school: string;
  readonly participants: number;
  readonly n2: number;
  readonly n5: number;
  readonly successRate: number;
  readonly qualityRate: number;
  readonly sou: number;
  readonly meanMark: number;
  readonly lowered: number;
  readonly raised: number;
}

/** A mark cell as a number 2…5, 0 for anything else (absent, invalid, empty). */
export function markOf(s: string | undefined): number {
  if (s === undefined || s.length !== 1) return 0;
  const c = s.charCodeAt(0) - 48;
  return c >= 2 && c <= 5 ? c : 0;
}

/** Rows → typed columns: school index (Int32Array), mark and journal mark (Int8Array). */
export function encodeRows(cells: readonly (readonly string[])[], first: number) {
  const n = cells.length - first;
  const school = new Int32Array(n);
  const mark = new Int8Array(n);
  const journal = new Int8Array(n);
  const index = new Map<string, number>();
  const names: string[] = [];
  for (let i = 0; i < n; i++) {
    const row = cells[first + i];
    const name = row[COL_SCHOOL];
    let k = index.get(name);
    if (k === undefined) index.set(name, (k = names.push(name) - 1));
    school[i] = k;
    mark[i] = markOf(row[COL_MARK]);
    journal[i] = markOf(row[COL_JOURNAL]);
  }
  return { school, mark, journal, names };
}

/** One pass over typed arrays into per-school counters, then the figures. */
export function floorPass(enc: ReturnType<typeof encodeRows>): PeerFigures[] {
  const k = enc.names.length;
  const counts = new Int32Array(k * 7); // n2 n3 n4 n5 lowered confirmed raised
  const { school, mark, journal } = enc;
  for (let i = 0; i < school.length; i++) {
    const m = mark[i];
    if (m === 0) continue;
    const base = school[i] * 7;
    counts[base + m - 2]++;
    const j = journal[i];
    if (j !== 0) counts[base + (m < j ? 4 : m > j ? 6 : 5)]++;
  }
  return enc.names.map((name, s) => {
    const b = s * 7;
    const [n2, n3, n4, n5] = [counts[b], counts[b + 1], counts[b + 2], counts[b + 3]];
    const n = n2 + n3 + n4 + n5;
    return { school: name, participants: n, n2, n5, successRate: (n3 + n4 + n5) / n, qualityRate: (n4 + n5) / n, sou: (n5 + 0.64 * n4 + 0.36 * n3 + 0.16 * n2) / n, meanMark: (2 * n2 + 3 * n3 + 4 * n4 + 5 * n5) / n, lowered: counts[b + 4], raised: counts[b + 6] };
  });
}
