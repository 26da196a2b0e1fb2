import * as fs from "fs";
import * as path from "path";
import { readDocumentText } from "../../../src/core/table";
import { assembleRoadmap } from "../../../src/core/roadmap";

/**
 * A table never seen before: the № column last, sections numbered with Roman numerals in one cell,
 * numbering restarting in each section, a repeated header and a formula-looking responsible cell.
 */
describe("Roman-numbered sections with the № column last", () => {
  const file = path.resolve(__dirname, "../../fixtures/roadmaps/zarechny-roman-sections.txt");
  const roadmap = assembleRoadmap(readDocumentText(fs.readFileSync(file, "utf8"), "zarechny.txt"));

  it("finds both sections and every activity under its own section", () => {
    expect(roadmap.sections.map((s) => s.title)).toEqual(["I. Организационно-управленческие мероприятия", "II. Методическое сопровождение"]);
    expect(roadmap.sections.map((s) => s.activityIds.length)).toEqual([3, 4]);
    expect(roadmap.activities.map((a) => a.number)).toEqual(["1.", "2.", "3.", "1.", "2.", "3.", "4."]);
  });

  it("does not glue a section heading to the activity above it", () => {
    expect(roadmap.activities[2].text).toBe("Проведение самодиагностики школ");
  });

  it("reads numbering restarting per section as no duplicate", () => {
    expect(roadmap.findings.filter((f) => f.code === "number.duplicate")).toEqual([]);
  });

  it("keeps the formula-looking responsible text as written", () => {
    expect(roadmap.activities[6].responsibleRaw).toBe("=Отдел образования");
  });
});
