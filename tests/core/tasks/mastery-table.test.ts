import { readFileSync } from "node:fs";
import * as path from "node:path";
import { runResultsJob } from "../../../src/core/pipeline";
import { readMasteryTable, regionRow } from "../../../src/core/tasks";
import { parseTsv } from "../../../src/core/table";
import { table } from "./export-fixture";

// Real published table (Томаринский ГО, Сахалинская обл., ВПР 2021 математика 5 кл., «Выполнение заданий»);
// see tests/fixtures/realworld/tomari-vpr-2021-matematika-5-vypolnenie-zadaniy.source.md.
const file = path.join(__dirname, "../../fixtures/realworld/tomari-vpr-2021-matematika-5-vypolnenie-zadaniy.tsv");
const tomari = parseTsv(readFileSync(file, "utf8"), { kind: "tsv", sheet: "Томари", firstRow: 1, firstColumn: 1 });
const TASKS = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11.1", "11.2", "12.1", "12.2", "13", "14"];
const MAX = [1, 1, 1, 1, 1, 2, 1, 1, 2, 2, 1, 1, 1, 1, 1, 2];

describe("«Выполнение заданий» (real, Томари 2021)", () => {
  const m = readMasteryTable(tomari)!;
  it("reads 16 tasks with the max-score row (sum 20) and the region row as percentages", () => {
    expect(m.tasks.map((t) => t.task)).toEqual(TASKS);
    expect(m.tasks.map((t) => t.maxScore)).toEqual(MAX);
    expect(MAX.reduce((a, b) => a + b, 0)).toBe(20);
    expect(m.rows).toHaveLength(1);
    expect(m.rows[0]).toMatchObject({ name: "Сахалинская область", kind: "reference" });
    const region = regionRow(m)!;
    expect(region[0]).toBeCloseTo(0.631, 6);
    expect(region[10]).toBeCloseTo(0.8884, 6);
    expect(region[15]).toBeCloseTo(0.0838, 6);
  });

  it("gives the region column of a per-pupil export with the same tasks", () => {
    const header = [
      "ОО",
      "Название ОО",
      "Код участника",
      "Вариант",
      ...TASKS.map((t, i) => `${t} (${MAX[i]}б)`),
      "Первичный балл",
      "Отметка",
      "Отметка по журналу",
    ];
    const pupil = (code: string, scores: number[], mark: string) => {
      const sum = scores.reduce((a, b) => a + b, 0);
      return ["sch650101", "МБОУ «СОШ № 1»(sch650101)", code, "1", ...scores.map(String), String(sum), mark, mark];
    };
    const rows = [
      ["ВПР 2021 Математика 5 класс"],
      header,
      pupil("10001", [1, 1, 1, 0, 1, 2, 1, 0, 1, 1, 1, 1, 1, 0, 0, 0], "4"),
      pupil("10002", [1, 0, 1, 0, 1, 1, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0], "3"),
    ];
    const job = runResultsJob({ tables: [table(rows, "МА 5 Индивидуальные результаты"), tomari] });
    const a = job.tasks[0];
    expect(a.tasks.map((t) => t.region)).toEqual(regionRow(readMasteryTable(tomari)!));
    // Task 6 (2 points): 2 + 1 of 2 × 2 → 75 %.
    expect(a.district.tasks["6"]).toBeCloseTo(0.75, 6);
  });

  it("is no mastery table: a per-pupil export", () => {
    expect(
      readMasteryTable(
        table([
          ["ОО", "Код участника", "1", "2", "3", "Отметка"],
          ["МБОУ", "1", "1", "0", "1", "3"],
        ]),
      ),
    ).toBeNull();
  });
});
