import { encodeRows, floorPass } from "../../bench/data/peers";
import { activityUnits, roadmapDocument } from "../../bench/data/roadmap-doc";
import { seedDeadlinePhrases, seedTables } from "../../bench/data/seeds";
import { studentCells } from "../../bench/data/students";

const DOC = [
  "Приказ № 5",
  "№\tНаименование мероприятия\tОтветственный\tСрок исполнения\tОжидаемый результат",
  "<b>Раздел 1. Диагностика</b>\t\t\t\t",
  "1.1.\tАнкетирование педагогов\tметодисты РМО\tоктябрь 2024\tсправка",
  "\tи руководителей\t\t\t",
  "<p>1.2. Совещание с директорами</p>\tКО\tноябрь 2024\tпротокол",
  "№\tНаименование мероприятия\tОтветственный\tСрок исполнения\tОжидаемый результат",
  "2. Поддержка\t\t\t\t",
  "2.1.\tСеминар\tИМС\tВ течение года\tпрограмма",
  "",
  "Начальник отдела",
].join("\n");

describe("seedTables", () => {
  it("finds one table with its roles, activities with continuation lines, repeated header and sections skipped", () => {
    const [t, ...rest] = seedTables("x", DOC);
    expect(rest).toEqual([]);
    expect(t.deadlineColumn).toBe(3);
    expect(t.responsibleColumn).toBe(2);
    // The blank line after the last activity stays with it, as blank lines inside seed tables do.
    expect(t.activities.map((a) => a.length)).toEqual([2, 1, 2]);
    expect(seedDeadlinePhrases([t])).toEqual(["октябрь 2024", "ноябрь 2024", "В течение года"]);
  });
});

describe("roadmapDocument", () => {
  it("aligns columns to number, activity, deadline, responsible and renumbers by section", () => {
    const units = activityUnits(seedTables("x", DOC));
    const lines = roadmapDocument(units, 30).split("\n");
    const numbered = lines.filter((l) => /^(<p>)?\d+\.\d+\./.test(l));
    expect(numbered).toHaveLength(30);
    expect(numbered[0].split("\t").slice(0, 4)).toEqual(["1.1.", "Анкетирование педагогов", "октябрь 2024", "методисты РМО"]);
    expect(numbered[1]).toMatch(/^<p>1\.2\. Совещание/);
    expect(numbered[25]).toMatch(/^(<p>)?2\.1\. Совещание/);
    expect(lines.filter((l) => l.startsWith("<b>"))).toHaveLength(2);
  });
});

describe("per-student rows and the peers", () => {
  // arquero's agreement with the floor is checked by the workload itself on every run (arquero is ESM-only).
  it("are deterministic, and the typed-array floor matches a plain per-school count", () => {
    const cells = studentCells(3000, 1);
    expect(studentCells(3000, 1)).toEqual(cells);
    expect(cells).toHaveLength(3002);
    const floor = floorPass(encodeRows(cells, 2));
    for (const f of floor) {
      const rows = cells.slice(2).filter((r) => r[0] === f.school && /^[2-5]$/.test(r[3]));
      const n = (m: string) => rows.filter((r) => r[3] === m).length;
      expect([f.participants, f.n2, f.n5]).toEqual([rows.length, n("2"), n("5")]);
      expect(f.qualityRate).toBeCloseTo((n("4") + n("5")) / rows.length, 12);
      expect(f.lowered).toBe(rows.filter((r) => r[4] !== "" && r[3] < r[4]).length);
    }
    // Absent and invalid marks are not participants.
    const valid = cells.slice(2).filter((r) => /^[2-5]$/.test(r[3])).length;
    expect(floor.reduce((n, f) => n + f.participants, 0)).toBe(valid);
  });
});
