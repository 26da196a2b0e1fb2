import * as fs from "fs";
import { readDocumentText, parseHtmlTables, parseTsv } from "./src/core/table";
import { assembleRoadmap } from "./src/core/roadmap";
const dir = "tests/fixtures/roadmaps/";
for (const f of fs.readdirSync(dir)) {
  const text = fs.readFileSync(dir + f, "utf8");
  const d = f.endsWith(".html") ? { tables: parseHtmlTables(text), text: "" } : readDocumentText(text, f);
  const r = assembleRoadmap(d);
  console.log("==", f, r.title, "|", r.columns.map(c=>c.role+":"+c.header).join(", "));
  for (const s of r.sections) console.log(" S", s.title, s.activityIds.join(","), s.year ?? "");
  for (const a of r.activities) console.log(" ", a.id, JSON.stringify(a.number), a.text.slice(0,70).replace(/\n/g,"/"), "|", a.deadline.raw, "|", a.responsibleRaw, "|", a.result, a.indicator, a.reportForm, JSON.stringify(a.extra), a.sourceRows);
  for (const x of r.findings) console.log("  F", x.code, x.message.slice(0,150));
}
