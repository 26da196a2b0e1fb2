import ExcelJS from "exceljs";
import fc from "fast-check";
import { analyseTaskExport, findTaskLayout, taskHeader } from "../../../src/core/tasks";
import { readXlsx } from "../../../src/xlsx";
import { exportRows, plainRows, SCHOOL_A, SCHOOL_B, SCHOOL_C, table, type School } from "./export-fixture";

const close = (a: Record<string, number | null>, b: Record<string, number>) => {
  expect(Object.keys(a).sort()).toEqual(Object.keys(b).sort());
  for (const k of Object.keys(b)) expect(a[k]).toBeCloseTo(b[k], 6);
};

// Hand-worked from export-fixture.ts (A: 5 participants, one absent; «X» = 0; «5» in a 2-point task is not counted).
const A_TASKS = { "1": 4 / 5, "2": 3 / 5, "3": 6 / 8, "4.1": 3 / 5, "4.2": 4 / 10 };
const B_TASKS = { "1": 3 / 4, "2": 2 / 4, "3": 5 / 8, "4.1": 1 / 4, "4.2": 0 };
const C_TASKS = { "1": 2 / 3, "2": 1, "3": 5 / 6, "4.1": 2 / 3, "4.2": 4 / 6 };
const DISTRICT_TASKS = { "1": 9 / 12, "2": 8 / 12, "3": 16 / 22, "4.1": 6 / 12, "4.2": 8 / 24 };
const A_HIST = { "0": 0, "1": 1, "2": 0, "3": 1, "4": 1, "5": 1, "6": 0, "7": 1 };
const B_HIST = { "0": 1, "1": 0, "2": 0, "3": 2, "4": 0, "5": 1, "6": 0, "7": 0 };
const DISTRICT_HIST = { "0": 1, "1": 1, "2": 0, "3": 4, "4": 1, "5": 2, "6": 1, "7": 2 };

describe("task headers", () => {
  it.each([
    ["1 (1б)", "1", 1],
    ["9.1 (2б)", "9.1", 2],
    ["7К1", "7К1", null],
    ["10.1", "10.1", null],
    ["13", "13", null],
    ["2 (2 балла)", "2", 2],
    ["9.2 (2)", "9.2", 2],
    ["Задание 3 (1б)", "3", 1],
    ["№ 4", "4", null],
  ])("%s", (text, task, max) => expect(taskHeader(text)).toEqual({ task, max }));
  it("is no header for words or years", () => {
    expect(taskHeader("Отметка")).toBeNull();
    expect(taskHeader("2024")).toBeNull();
  });
});

describe("district export in ФИС ОКО layout", () => {
  const analysis = analyseTaskExport(table(exportRows([SCHOOL_A, SCHOOL_B, SCHOOL_C])))!;

  it("finds the layout: levels, maxima, key from preamble", () => {
    expect(analysis.tasks.map((t) => [t.task, t.maxScore, t.level])).toEqual([
      ["1", 1, "Б"],
      ["2", 1, "Б"],
      ["3", 2, "Б"],
      ["4.1", 1, "П"],
      ["4.2", 2, "В"],
    ]);
    expect([analysis.assessment, analysis.subject, analysis.grade, analysis.year]).toEqual([
      "ВПР",
      "Математика",
      "5",
      "2024",
    ]);
    expect(analysis.maxPrimaryScore).toBe(7);
  });

  it("counts schools by their group rows and codes (participant codes repeat across schools)", () => {
    expect(analysis.schools.map((s) => [s.schoolCode, s.school, s.participants, s.declared])).toEqual([
      ["edu990101", "МБОУ «СОШ № 1 г. Энска»", 5, 5],
      ["edu990102", "МБОУ «ООШ с. Озёрное»", 4, 4],
      ["edu990103", "МКОУ «СОШ д. Лесное»", 3, 3],
    ]);
    expect(analysis.district.participants).toBe(12);
  });

  it("mastery per task, per school and district", () => {
    close(analysis.schools[0].tasks, A_TASKS);
    close(analysis.schools[1].tasks, B_TASKS);
    close(analysis.schools[2].tasks, C_TASKS);
    close(analysis.district.tasks, DISTRICT_TASKS);
    expect(analysis.tasks.map((t) => t.district)).toEqual(
      Object.values(DISTRICT_TASKS).map((v) => Math.round(v * 1e6) / 1e6),
    );
    expect(analysis.tasks.every((t) => t.region === null)).toBe(true);
  });

  it("histograms over the whole scale, boundaries from the export", () => {
    expect(analysis.schools[0].scoreHistogram).toEqual(A_HIST);
    expect(analysis.schools[1].scoreHistogram).toEqual(B_HIST);
    expect(analysis.district.scoreHistogram).toEqual(DISTRICT_HIST);
    expect(analysis.district.boundaries).toEqual({ "3": 3, "4": 5, "5": 7 });
  });

  it("mark gaps and objectivity among pupils with both marks («нет отметки» is no journal mark)", () => {
    expect(analysis.schools[0].markGaps).toEqual({ lowered2: 2, raised2: 0 });
    expect(analysis.schools[0].marks).toEqual({ withJournal: 4, lowered: 2, confirmed: 2, raised: 0 });
    expect(analysis.schools[2].markGaps).toEqual({ lowered2: 0, raised2: 1 });
    expect(analysis.district.markGaps).toEqual({ lowered2: 2, raised2: 1 });
    expect(analysis.district.marks).toEqual({ withJournal: 11, lowered: 3, confirmed: 5, raised: 3 });
  });

  it("problem tasks by level thresholds, the grey zone hedged", () => {
    expect(analysis.schools[0].problemTasks).toEqual([]);
    expect(analysis.schools[1].problemTasks).toEqual(["2", "4.1", "4.2"]);
    expect(analysis.schools[1].borderlineTasks).toEqual(["4.1"]);
    expect(analysis.district.problemTasks).toEqual([]);
  });

  it("sample sizes: small schools get no flags; the district (12) a peak at «3» and gap-2 pupils", () => {
    expect(analysis.schools.map((s) => s.sample)).toEqual(["small", "small", "small"]);
    expect(analysis.schools.every((s) => s.flags.length === 0)).toBe(true);
    expect(analysis.district.sample).toBe("medium");
    expect(analysis.district.peaks).toEqual([3]);
    expect(analysis.district.flags).toEqual(["objectivity.boundary-peak", "objectivity.gap2"]);
  });

  it("a bad value is a finding at its cell; the pupil's other figures count", () => {
    const bad = analysis.findings.filter((f) => f.code === "tasks.invalid-score");
    expect(bad).toHaveLength(1);
    expect(bad[0]).toMatchObject({ row: 16, column: 9 });
    expect(bad[0].message).toContain("«5»");
    expect(analysis.findings.filter((f) => f.code === "tasks.declared-count")).toEqual([]);
  });

  it("a declared count that does not match the rows is a finding at the group row", () => {
    const a = analyseTaskExport(table(exportRows([SCHOOL_A, SCHOOL_B], { declared: (s) => s.pupils.length })))!;
    const f = a.findings.filter((x) => x.code === "tasks.declared-count");
    expect(f.map((x) => x.row)).toEqual([10]);
    expect(f[0].message).toContain("указано участников 6, а строк участников 5");
  });

  it("a region reference row gives the region's mastery", () => {
    const rows = exportRows([SCHOOL_A, SCHOOL_B]);
    rows.push(["", "", "Энская обл.", "", "", "", "71", "64,5", "80", "40", "25", "", "", ""]);
    const a = analyseTaskExport(table(rows))!;
    expect(a.tasks.map((t) => t.region)).toEqual([0.71, 0.645, 0.8, 0.4, 0.25]);
    expect(a.schools).toHaveLength(2);
    expect(a.district.participants).toBe(9);
  });
});

describe("one school's own export", () => {
  it("gives the same figures as the school in the district file", () => {
    const a = analyseTaskExport(table(exportRows([SCHOOL_A])))!;
    expect(a.schools).toHaveLength(1);
    close(a.schools[0].tasks, A_TASKS);
    expect(a.schools[0].scoreHistogram).toEqual(A_HIST);
    expect(a.schools[0].markGaps).toEqual({ lowered2: 2, raised2: 0 });
  });
});

describe("the same data without the frills", () => {
  const a = analyseTaskExport(table(plainRows([SCHOOL_A, SCHOOL_B, SCHOOL_C]), "Лист1"))!;
  it("reads «4К1»/«4.2» headers and the max-score row", () => {
    expect(findTaskLayout(table(plainRows([SCHOOL_A]), "Лист1"))?.maxUnknown).toEqual([]);
    expect(a.tasks.map((t) => [t.task, t.maxScore, t.level])).toEqual([
      ["1", 1, null],
      ["2", 1, null],
      ["3", 2, null],
      ["4К1", 1, null],
      ["4.2", 2, null],
    ]);
  });
  it("gives the same mastery, histograms and gaps", () => {
    const rename = (o: Record<string, number>) =>
      Object.fromEntries(Object.entries(o).map(([k, v]) => [k === "4.1" ? "4К1" : k, v]));
    expect(a.schools.map((s) => [s.school, s.participants])).toEqual([
      ["МБОУ «СОШ № 1 г. Энска»", 5],
      ["МБОУ «ООШ с. Озёрное»", 4],
      ["МКОУ «СОШ д. Лесное»", 3],
    ]);
    close(a.schools[0].tasks, rename(A_TASKS));
    close(a.schools[1].tasks, rename(B_TASKS));
    close(a.district.tasks, rename(DISTRICT_TASKS));
    expect(a.district.scoreHistogram).toEqual(DISTRICT_HIST);
    expect(a.district.markGaps).toEqual({ lowered2: 2, raised2: 1 });
    // No levels: every task is held to the basic threshold (4К1 at 25 % is below 60 %).
    expect(a.schools[1].problemTasks).toEqual(["2", "4К1", "4.2"]);
  });
  it("finds the maximum from the scores when no row states it", () => {
    const rows = plainRows([SCHOOL_A, SCHOOL_B]).filter((r) => r[0] !== "Макс. балл");
    const b = analyseTaskExport(table(rows, "Лист1"))!;
    expect(b.findings.some((f) => f.code === "tasks.max-unknown")).toBe(true);
    // «5» in task 3 is now the largest score seen: the maximum taken is 5.
    expect(b.tasks.map((t) => t.maxScore)).toEqual([1, 1, 5, 1, 2]);
  });
});

describe("export as .xlsx", () => {
  it("reads a sheet named «МА 5 Индивидуальные результаты» with numbers as numbers", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("МА 5 Индивидуальные результаты");
    for (const row of exportRows([SCHOOL_A, SCHOOL_B, SCHOOL_C])) {
      ws.addRow(row.map((c) => (/^\d+$/.test(c) ? Number(c) : c === "" ? null : c)));
    }
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const tables = await readXlsx(bytes);
    const a = analyseTaskExport(tables[0])!;
    expect(a.source).toBe("МА 5 Индивидуальные результаты");
    expect(a.schools.map((s) => s.participants)).toEqual([5, 4, 3]);
    close(a.district.tasks, DISTRICT_TASKS);
    expect(a.district.scoreHistogram).toEqual(DISTRICT_HIST);
    expect(a.findings.find((f) => f.code === "tasks.invalid-score")).toMatchObject({ row: 16, column: 9 });
  });
  it("reads group rows merged across the row, and a group row in one cell", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("МА 5 Индивидуальные результаты");
    const rows = exportRows([SCHOOL_A, SCHOOL_B]);
    rows.forEach((row, i) => {
      const one = row[1]?.startsWith("Кол-во") ? [`${row[0]} ${row[1]}`] : row;
      ws.addRow(one.map((c) => (/^\d+$/.test(c) ? Number(c) : c === "" ? null : c)));
      if (one.length === 1) ws.mergeCells(i + 1, 1, i + 1, 14);
    });
    const a = analyseTaskExport((await readXlsx(new Uint8Array(await wb.xlsx.writeBuffer())))[0])!;
    expect(a.schools.map((s) => [s.schoolCode, s.school, s.participants, s.declared])).toEqual([
      ["edu990101", "МБОУ «СОШ № 1 г. Энска»", 5, 5],
      ["edu990102", "МБОУ «ООШ с. Озёрное»", 4, 4],
    ]);
  });
  it("takes subject and grade from the sheet name when the preamble is missing", () => {
    const rows = exportRows([SCHOOL_A]).slice(7);
    const a = analyseTaskExport(table(rows, "РУ 6 Индивидуальные результаты"))!;
    expect([a.subject, a.grade]).toEqual(["Русский язык", "6"]);
  });
});

describe("boundary peaks", () => {
  const pupil = (score: number, i: number): School["pupils"][number] => {
    const s = [
      Math.min(1, score),
      Math.min(1, Math.max(0, score - 1)),
      Math.min(2, Math.max(0, score - 2)),
      Math.min(1, Math.max(0, score - 4)),
      Math.min(2, Math.max(0, score - 5)),
    ];
    const mark = score >= 7 ? "5" : score >= 5 ? "4" : score >= 3 ? "3" : "2";
    return [String(20000 + i), "1", s.map(String), String(score), mark, mark];
  };
  it("flags a pile-up at the lowest «3» score and none on a smooth distribution", () => {
    const piled = [0, 1, 1, 2, 3, 3, 3, 3, 3, 3, 3, 4, 4, 5, 5, 5, 6, 6, 7, 7].map(pupil);
    const smooth = [0, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4, 5, 5, 5, 6, 6, 6, 7, 7].map(pupil);
    const a = analyseTaskExport(
      table(
        exportRows([
          { ...SCHOOL_A, pupils: piled },
          { ...SCHOOL_B, pupils: smooth },
        ]),
      ),
    )!;
    expect(a.schools[0].peaks).toEqual([3]);
    expect(a.schools[0].flags).toContain("objectivity.boundary-peak");
    expect(a.schools[1].peaks).toEqual([]);
    expect(a.schools[1].sample).toBe("full");
  });
});

describe("properties", () => {
  const maxima = [1, 1, 2, 1, 2];
  const pupilArb = fc.record({
    scores: fc.tuple(
      ...maxima.map((m) => fc.oneof(fc.integer({ min: 0, max: m }).map(String), fc.constant("X"), fc.constant(""))),
    ),
    mark: fc.constantFrom("2", "3", "4", "5"),
    journal: fc.constantFrom("2", "3", "4", "5", "нет отметки", ""),
    absent: fc.boolean(),
  });
  const schoolsArb = fc.array(fc.array(pupilArb, { minLength: 1, maxLength: 15 }), { minLength: 1, maxLength: 5 });
  const build = (
    schools: { scores: readonly string[]; mark: string; journal: string; absent: boolean }[][],
  ): School[] =>
    schools.map((pupils, i) => ({
      code: `edu99${String(i).padStart(4, "0")}`,
      name: `МБОУ «СОШ № ${i + 1}»`,
      pupils: pupils.map((p, j) =>
        p.absent
          ? [String(10001 + j), "отсутствовал", ["", "", "", "", ""], "", "", ""]
          : [
              String(10001 + j),
              "1",
              p.scores,
              String(p.scores.reduce((a, c) => a + (Number(c) || 0), 0)),
              p.mark,
              p.journal,
            ],
      ),
    }));

  it("mastery within 0…1; district participants = sum of schools; gaps within pupils with both marks", () => {
    fc.assert(
      fc.property(schoolsArb, (raw) => {
        const a = analyseTaskExport(table(exportRows(build(raw))))!;
        const sum = a.schools.reduce((n, s) => n + s.participants, 0);
        expect(a.district.participants).toBe(sum);
        expect(sum).toBe(raw.flat().filter((p) => !p.absent).length);
        for (const f of [a.district, ...a.schools]) {
          for (const v of Object.values(f.tasks)) if (v !== null) expect(v >= 0 && v <= 1).toBe(true);
          expect(Object.values(f.scoreHistogram).reduce((x, y) => x + y, 0)).toBe(f.participants);
          expect(f.markGaps.lowered2 + f.markGaps.raised2).toBeLessThanOrEqual(f.marks.withJournal);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("the export as downloaded and the same pupils pasted without the frills give the same figures", () => {
    fc.assert(
      fc.property(schoolsArb, (raw) => {
        const schools = build(raw);
        const a = analyseTaskExport(table(exportRows(schools)))!;
        const b = analyseTaskExport(table(plainRows(schools), "Лист1"))!;
        const values = (x: typeof a) =>
          x.schools.map((s) => [s.participants, Object.values(s.tasks), s.scoreHistogram, s.markGaps]);
        expect(values(b)).toEqual(values(a));
      }),
      { numRuns: 40 },
    );
  });

  it("shuffling pupil rows within a school does not change its figures", () => {
    fc.assert(
      fc.property(schoolsArb, fc.integer(), (raw, seed) => {
        const schools = build(raw);
        const shuffled = schools.map((s) => {
          const p = [...s.pupils];
          let x = seed >>> 0;
          for (let i = p.length - 1; i > 0; i--) {
            x = (x * 1103515245 + 12345) >>> 0;
            const j = x % (i + 1);
            [p[i], p[j]] = [p[j], p[i]];
          }
          return { ...s, pupils: p };
        });
        const a = analyseTaskExport(table(exportRows(schools)))!;
        const b = analyseTaskExport(table(exportRows(shuffled)))!;
        expect(b.schools.map((s) => [s.tasks, s.scoreHistogram, s.markGaps, s.flags])).toEqual(
          a.schools.map((s) => [s.tasks, s.scoreHistogram, s.markGaps, s.flags]),
        );
        expect(b.district.tasks).toEqual(a.district.tasks);
      }),
      { numRuns: 40 },
    );
  });
});
