import * as fs from "fs";
import { readDocumentText } from "./src/core/table";
import { assembleRoadmap } from "./src/core/roadmap";
const doc = readDocumentText(fs.readFileSync("/work/shared/seeds/bodaibo-2020-2023.txt", "utf8"));
const t = doc.tables[4];
for (const n of [1000, 10000, 100000]) {
  const rows = [t.cells[0]];
  while (rows.length < n * 1.6) rows.push(...t.cells.slice(1));
  const table = { ...t, cells: rows };
  const d = { tables: [table], text: doc.text };
  assembleRoadmap(d);
  const times: number[] = [];
  let acts = 0;
  for (let i = 0; i < 5; i++) { const s = performance.now(); acts = assembleRoadmap(d, { tableIndex: 0 }).activities.length; times.push(performance.now() - s); }
  times.sort((a, b) => a - b);
  console.log(n, "acts", acts, "median ms", times[2].toFixed(1));
}
