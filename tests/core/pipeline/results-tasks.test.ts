/* eslint-disable @typescript-eslint/no-explicit-any -- the JSON output is read loosely here, as a consumer would */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { runResultsJob } from "../../../src/core/pipeline";
import { matchSchools } from "../../../src/core/pipeline/results-tasks";
import { taskParagraphs } from "../../../src/core/report/note-tasks";
import { parseTsv } from "../../../src/core/table";
import { TASK_SETTING_NAMES } from "../../../src/core/sheets/tasks";
import { exportRows, SCHOOL_A, SCHOOL_B, SCHOOL_C, table } from "../tasks/export-fixture";

type Json = { assessments: any[]; findings: any[] };

describe("results job with a per-pupil export", () => {
  const job = runResultsJob({ tables: [table(exportRows([SCHOOL_A, SCHOOL_B, SCHOOL_C]))] });
  const json = job.json as Json;
  const a = json.assessments.find((x) => x.subject === "Математика" && x.grade === "5");

  it("adds per-assessment tasks with district mastery", () => {
    expect(a.tasks.map((t: any) => [t.task, t.maxScore, t.level])).toEqual([
      ["1", 1, "Б"],
      ["2", 1, "Б"],
      ["3", 2, "Б"],
      ["4.1", 1, "П"],
      ["4.2", 2, "В"],
    ]);
    expect(a.tasks[0].district).toBeCloseTo(0.75, 6);
    expect(a.tasks[0].region).toBeNull();
  });

  it("adds per-school tasks, histogram and gaps to the school with the pupils", () => {
    const withTasks = a.schools.filter((s: any) => s.tasks);
    expect(withTasks).toHaveLength(3);
    const first = withTasks.find((s: any) => s.participants === 5);
    expect(first.tasks["3"]).toBeCloseTo(0.75, 6);
    expect(first.scoreHistogram).toEqual({ "0": 0, "1": 1, "2": 0, "3": 1, "4": 1, "5": 1, "6": 0, "7": 1 });
    expect(first.markGaps).toEqual({ lowered2: 2, raised2: 0 });
    expect(a.district.flags).toEqual(["objectivity.boundary-peak", "objectivity.gap2"]);
  });

  it("carries the bad-value finding into the JSON", () => {
    expect(json.findings.some((f) => f.code === "tasks.invalid-score" && f.row === 16)).toBe(true);
  });

  it("adds «Задания» and «Распределение баллов» before «Настройки», with the named thresholds", () => {
    const names = job.plan.sheets.map((s) => s.name);
    expect(names.indexOf("Задания")).toBeGreaterThan(-1);
    expect(names.indexOf("Распределение баллов")).toBe(names.indexOf("Задания") + 1);
    expect(names.indexOf("Настройки")).toBe(names.indexOf("Распределение баллов") + 1);
    const defined = (job.plan.names ?? []).map((n) => n.name);
    for (const n of Object.values(TASK_SETTING_NAMES)) expect(defined).toContain(n);
    const tasksSheet = job.plan.sheets.find((s) => s.name === "Задания")!;
    expect(tasksSheet.conditionalFormats?.some((c) => c.formula.includes(TASK_SETTING_NAMES.basicThreshold))).toBe(
      true,
    );
    const scores = job.plan.sheets.find((s) => s.name === "Распределение баллов")!;
    expect(scores.charts).toHaveLength(4);
  });

  it("leaves plans without task exports as they were", () => {
    const plain = runResultsJob({
      tables: [
        table(
          [
            ["ОО", "Отметка"],
            ["МБОУ «СОШ № 1»", "4"],
          ],
          "Лист1",
        ),
      ],
    });
    expect(plain.tasks).toEqual([]);
    expect(plain.plan.sheets.map((s) => s.name)).not.toContain("Задания");
  });
});

describe("matching schools", () => {
  it("gives the figures to the school with pupils, not to a group row read as an empty school", () => {
    const job = runResultsJob({ tables: [table(exportRows([SCHOOL_A]))] });
    const analysis = job.tasks[0];
    const fake = (school: string, participants: number, code: string | null = null) =>
      ({ school, schoolCode: code, schoolKey: school.toLowerCase(), participants, flags: [] }) as any;
    const group = fake("МБОУ «СОШ № 1 г. Энска»(edu990101)", 0);
    const real = fake("edu990101", 5);
    const m = matchSchools(analysis, [group, real]);
    expect(m.get(real)?.participants).toBe(5);
    expect(m.has(group)).toBe(false);
    const byName = matchSchools(analysis, [fake('МБОУ "СОШ №1 г. Энска"', 5)]);
    expect(byName.size).toBe(1);
  });
});

describe("bundled demo export", () => {
  const file = path.join(__dirname, "../../../samples/results/vpr-2024-7kl-matematika-individualnye.tsv");
  const t = parseTsv(readFileSync(file, "utf8"), {
    kind: "tsv",
    sheet: path.basename(file),
    firstRow: 1,
    firstColumn: 1,
  });
  const job = runResultsJob({ tables: [t] });
  it("has problem tasks, a boundary peak and gap-2 pupils", () => {
    const a = job.tasks[0];
    expect([a.subject, a.grade, a.year]).toEqual(["Математика", "7", "2024"]);
    expect(a.schools).toHaveLength(7);
    expect(a.schools.some((s) => s.problemTasks.length > 0)).toBe(true);
    expect(a.schools.filter((s) => s.peaks.length > 0).map((s) => s.school)).toEqual(["МКОУ «Озёрная СОШ»"]);
    expect(a.schools.some((s) => s.flags.includes("objectivity.gap2"))).toBe(true);
    expect(a.schools.find((s) => s.school === "МКОУ «Кедровская СОШ»")?.sample).toBe("small");
  });
});

describe("dynamics over several years", () => {
  const year = (y: string, schools: Parameters<typeof exportRows>[0]) =>
    table(
      exportRows(schools).map((r) =>
        r[0] === "ВПР 2024 Математика 5 класс" ? [`ВПР ${y} Математика 5 класс`, ...r.slice(1)] : r,
      ),
    );
  it("gives share of «2», качество and the confirmed share per year with «рост / снижение» against the band", () => {
    const job = runResultsJob({
      tables: [year("2023", [SCHOOL_A, SCHOOL_C]), year("2024", [SCHOOL_A, SCHOOL_B, SCHOOL_C])],
    });
    const a = (job.json as Json).assessments.find((x) => x.year === "2024");
    const h = a.district.history;
    expect(h.years).toEqual(["2023", "2024"]);
    // 2023: 8 participants, one «2», four «4»/«5»; 2024: 12 participants, two «2», five «4»/«5».
    expect(h.failShare.values[0]).toBeCloseTo(1 / 8, 6);
    expect(h.failShare.values[1]).toBeCloseTo(2 / 12, 6);
    expect(h.failShare.change.trend).toBe("стабильно");
    expect(h.qualityRate.values).toEqual([0.5, 5 / 12]);
    expect(h.qualityRate.change.change).toBeCloseTo(-8.333333, 5);
    expect(h.qualityRate.change.trend).toBe("снижение");
    expect(h.objectivity.values.length).toBe(2);
    const note = taskParagraphs(job.tasks.filter((t) => t.year === "2024"))
      .map((p) => p.text)
      .join("\n");
    expect(note).toContain("Динамика по району (2023–2024)");
    expect(note).toContain("качество (41,7\u00a0%) — снижение на 8,3\u00a0п.п. к 2023 г. (неблагоприятно)");
  });
});
