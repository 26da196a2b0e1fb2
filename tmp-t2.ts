import * as fs from "fs";
import { readDocumentText } from "./src/core/table";
import { assembleRoadmap, listTables } from "./src/core/roadmap";
for (const f of fs.readdirSync("/work/shared/seeds")) {
  const d = readDocumentText(fs.readFileSync("/work/shared/seeds/" + f, "utf8"), f);
  const r = assembleRoadmap(d);
  console.log("==", f, "table", r.table, "acts", r.activities.length, "sections", r.sections.map(s => `${s.title.slice(0,40)}[${s.activityIds.length}]${s.year??""}`));
  console.log(" title:", r.title);
  console.log(" cols:", r.columns.map(c=>c.role).join(","));
  console.log(" list:", listTables(d).map(t=>`${t.index}:${t.looksLikeRoadmap}:${t.activityCount}`).join(" "));
  for (const x of r.findings) console.log("  F", x.code, x.message.slice(0,150));
  if (process.argv[2]===f) for (const a of r.activities) console.log(a.id, JSON.stringify(a.number), a.text.slice(0,60), "|", a.deadline.raw, "|", a.responsibleRaw, "|", a.result.slice(0,40), a.sourceRows);
}
