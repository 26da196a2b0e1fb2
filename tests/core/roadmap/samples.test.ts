import * as fs from "node:fs";
import * as path from "node:path";
import { assembleRoadmap } from "../../../src/core/roadmap";
import { parseHtmlTables, readDocumentText } from "../../../src/core/table";

const dir = path.resolve(__dirname, "../../../samples/roadmaps");
const read = (f: string) => fs.readFileSync(path.join(dir, f), "utf8");

describe("samples/roadmaps", () => {
  const tsv = assembleRoadmap(readDocumentText(read("ensky-2024-2026.tsv"), "ensky-2024-2026.tsv"));
  const html = assembleRoadmap({ tables: parseHtmlTables(read("ensky-2024-2026.html")), text: "" });

  it("the district roadmap pasted as text and as clipboard HTML gives the same activities", () => {
    expect(tsv.activities).toHaveLength(28);
    expect(tsv.sections.map((s) => s.activityIds.length)).toEqual([7, 10, 7, 4]);
    const flat = (r: typeof tsv) => r.activities.map((a) => [a.id, a.number, a.text.replace(/\s+/g, " "), a.deadline.raw, a.responsibleRaw, a.result]);
    expect(flat(html)).toEqual(flat(tsv));
    expect(tsv.title).toMatch(/на 2024-2026 годы$/);
    expect(tsv.activities.map((a) => a.number)).toEqual(expect.arrayContaining(["1.5.", "2.6.", "2.10", "3.3"]));
    expect(tsv.findings.filter((f) => f.code.startsWith("number."))).toEqual([]);
  });

  it.each(["school-lesnovskaya-oosh.tsv", "school-ozernaya-sosh.tsv"])("%s: statuses kept in extra, title from the line above", (f) => {
    const r = assembleRoadmap(readDocumentText(read(f), f));
    expect(r.title).toMatch(/^Дорожная карта МКОУ/);
    expect(r.activities.every((a) => ["выполнено", "в работе", "запланировано", "перенесено", "не выполнено"].includes(a.extra?.["Статус"] ?? ""))).toBe(true);
    expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });
});
