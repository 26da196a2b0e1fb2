/**
 * The deadline grammar on 100,000 phrases of roadmap deadline columns. The parser memoises phrases it
 * has seen (roadmaps repeat «Ежегодно» a lot): the stream figure includes those hits, as in real use,
 * and a second figure parses each distinct phrase once with a cold cache.
 */
import { parseDeadline, type Period } from "../../src/core/deadlines";
import { collect } from "../lib/child";
import { formatSize, timeRuns } from "../lib/stats";
import type { Metric, Workload } from "../lib/types";
import { deadlinePhrases } from "../data/phrases";
import { readSeeds, seedDeadlinePhrases, seedTables } from "../data/seeds";

/** A period that differs by a day between runs: the memo is keyed by period, so no run reuses another's. */
const periodOf = (run: number): Period => ({ start: `2017-01-${String(2 + run).padStart(2, "0")}`, end: "2027-12-31" });

function parseAll(phrases: readonly string[], period: Period): number {
  let unparsed = 0;
  for (let i = 0; i < phrases.length; i++) {
    const yearHint = i % 7 === 0 ? 2021 : null; // some rows sit under a «2021 год» row
    if (parseDeadline(phrases[i], { period, yearHint }).kind === "unparsed") unparsed++;
  }
  return unparsed;
}

const workload: Workload = {
  title: "Разбор сроков (грамматика сроков)",
  async run(opts) {
    const n = opts.quick ? 10_000 : 100_000;
    const seeds = readSeeds(opts.root);
    const base = seedDeadlinePhrases(seeds.flatMap((s) => seedTables(s.name, s.text)));
    const phrases = deadlinePhrases(base, n);
    const distinct = [...new Set(phrases)];
    const stream = await timeRuns(opts.runs, (i) => parseAll(phrases, periodOf(i + 1)), collect);
    const cold = await timeRuns(opts.runs, (i) => parseAll(distinct, periodOf(i + 10)), collect);
    const note = `медиана ${opts.runs} после разогрева`;
    return [
      { name: `deadlines.parse.${n}`, label: `${formatSize(n)} фраз (${formatSize(distinct.length)} различных; повторы из кэша парсера)`, value: stream.medianMs, unit: "ms", note },
      { name: "deadlines.distinct", label: `  различных фраз, каждая один раз, холодный кэш`, value: cold.medianMs, unit: "ms", note: `${formatSize(distinct.length)} фраз; ${note}` },
      { name: "deadlines.msPerPhraseCold", label: `  на одну фразу без кэша`, value: cold.medianMs / distinct.length, unit: "ms" },
      { name: "deadlines.unparsedShare", label: `  доля «unparsed» в потоке (доля 0…1)`, value: stream.last / n, unit: "ratio", suffix: "" },
    ];
  },
};
export default workload;
