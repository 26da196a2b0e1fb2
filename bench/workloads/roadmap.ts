/** Roadmap import: document text → tables → Roadmap, at 1,000 / 10,000 / 100,000 activities. */
import { assembleRoadmap } from "../../src/core/roadmap";
import { readDocumentText } from "../../src/core/table";
import { collect } from "../lib/child";
import { formatSize, growthRatio, timeRuns } from "../lib/stats";
import type { Metric, Workload } from "../lib/types";
import { activityUnits, roadmapDocument } from "../data/roadmap-doc";
import { readSeeds, seedTables } from "../data/seeds";

function importRoadmap(text: string) {
  const doc = readDocumentText(text, "bench-roadmap.txt");
  return assembleRoadmap(doc, {});
}

const workload: Workload = {
  title: "Импорт дорожной карты (текст приказа → мероприятия)",
  async run(opts) {
    const sizes = opts.quick ? [1_000, 5_000] : [1_000, 10_000, 100_000];
    const seeds = readSeeds(opts.root);
    const units = activityUnits(seeds.flatMap((s) => seedTables(s.name, s.text)));
    const metrics: Metric[] = [];
    const points: { size: number; ms: number }[] = [];
    for (const n of sizes) {
      opts.log(`${formatSize(n)} мероприятий`);
      const text = roadmapDocument(units, n);
      const t = await timeRuns(opts.runs, () => importRoadmap(text), collect);
      const found = (t.last as { activities?: readonly unknown[] }).activities?.length ?? Number.NaN;
      const note = `медиана ${opts.runs} после разогрева; найдено ${formatSize(found)}, ${Math.round(text.length / 1024)} КБ текста`;
      metrics.push({ name: `roadmap.import.${n}`, label: `${formatSize(n)} мероприятий`, value: t.medianMs, unit: "ms", note });
      points.push({ size: n, ms: t.medianMs });
    }
    const last = sizes[sizes.length - 1];
    metrics.push({ name: "roadmap.growth", label: `рост: мс на мероприятие ${formatSize(last)} / ${formatSize(sizes[0])}`, value: growthRatio(points), unit: "ratio", note: "1 — строго линейно" });
    return metrics;
  },
};
export default workload;
