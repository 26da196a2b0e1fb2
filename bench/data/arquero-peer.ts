/** The same per-school figures as floorPass, by arquero's filter → groupby → rollup → derive. */
import * as aq from "arquero";
import { markOf, type PeerFigures } from "./peers";
import { COL_JOURNAL, COL_MARK, COL_SCHOOL } from "./students";

/** arquero: columns from the rows, then filter, groupby school, rollup and derive the same figures. */
export function arqueroFigures(cells: readonly (readonly string[])[], first: number): PeerFigures[] {
  const n = cells.length - first;
  const school = new Array<string>(n);
  const mark = new Int8Array(n);
  const journal = new Int8Array(n);
  for (let i = 0; i < n; i++) {
    const row = cells[first + i];
    school[i] = row[COL_SCHOOL];
    mark[i] = markOf(row[COL_MARK]);
    journal[i] = markOf(row[COL_JOURNAL]);
  }
  // Expressions as strings: arquero parses them itself, and a bundler cannot rename `op` inside them.
  const t = aq
    .table({ school, m: mark, j: journal })
    .filter("d => d.m > 0")
    .groupby("school")
    .rollup({
      participants: "() => op.count()",
      n2: "d => op.sum(d.m === 2 ? 1 : 0)",
      n3: "d => op.sum(d.m === 3 ? 1 : 0)",
      n4: "d => op.sum(d.m === 4 ? 1 : 0)",
      n5: "d => op.sum(d.m === 5 ? 1 : 0)",
      lowered: "d => op.sum(d.j > 0 && d.m < d.j ? 1 : 0)",
      raised: "d => op.sum(d.j > 0 && d.m > d.j ? 1 : 0)",
    })
    .derive({
      successRate: "d => (d.n3 + d.n4 + d.n5) / d.participants",
      qualityRate: "d => (d.n4 + d.n5) / d.participants",
      sou: "d => (d.n5 + 0.64 * d.n4 + 0.36 * d.n3 + 0.16 * d.n2) / d.participants",
      meanMark: "d => (2 * d.n2 + 3 * d.n3 + 4 * d.n4 + 5 * d.n5) / d.participants",
    });
  return t.objects() as unknown as PeerFigures[];
}
