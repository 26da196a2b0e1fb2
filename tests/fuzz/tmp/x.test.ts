import { assembleRoadmap } from "../../../src/core/roadmap";
import { bigCell, seedGrids } from "../../helpers/mutate";
import { documentOf } from "../roadmap.test";
it("t", () => {
  const g = seedGrids()[0].map((r) => [...r]);
  for (const size of [1, 4, 16, 64]) {
    const h = g.map((r) => [...r]);
    h[3][1] = bigCell(h[3][1]).slice(0, size * 16384);
    const t = performance.now();
    assembleRoadmap(documentOf(h, ""), {});
    console.log(size * 16, "KB", Math.round(performance.now() - t), "ms");
  }
});
