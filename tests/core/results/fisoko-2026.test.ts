import { readResults } from "../../../src/core/results";
import { tsv } from "./tsv";

/** ФИС ОКО «Статистика по отметкам» as exported in 2024–2026 (DOMAIN.md «as downloaded today»). */
const MARKS = `Статистика по отметкам

ВПР 2026 Русский язык 4 класс
Предмет:\tРусский язык
Максимальный первичный балл:\t38
Дата:\t15.04.2026
Группы участников\tКол-во ОО\tКол-во участников\t2\t3\t4\t5
Вся выборка\t38 914\t1 352 066\t4.71\t31.13\t46.77\t17.39
Энская область\t412\t14 385\t5.2\t33.1\t45.4\t16.3
Энский муниципальный район(reg99_m001)\t3\t75\t8\t33.33\t44\t14.67
МБОУ «СОШ №2 г.Энска»(edu990201)\t\t40\t5\t30\t50\t15
МКОУ «Озёрная ООШ»(edu990207)\t\t25\t12\t36\t40\t12
МБОУ «Лицей № 3»(edu990212)\t\t10\t10\t40\t30\t20`;

const COMPARISON = `Сравнение отметок с отметками по журналу

ВПР 2026 Математика 5 класс
Предмет:\tМатематика
Максимальный первичный балл:\t20
Дата:\t22.04.2026
Группы участников\tКол-во участников(всего)\tПонизили (Отметка < Отметка по журналу)\t\tПодтвердили (Отметка = Отметке по журналу)\t\tПовысили (Отметка > Отметка по журналу)\t
\t\t%\tКол-во участников\t%\tКол-во участников\t%\tКол-во участников
Энская область\t14 100\t24,5\t3 455\t70,1\t9 884\t5,4\t761
Энский муниципальный район(reg99_m001)\t60\t35\t21\t61,67\t37\t3,33\t2
МБОУ «СОШ №2 г.Энска»(edu990201)\t40\t40\t16\t57,5\t23\t2,5\t1
МКОУ «Озёрная ООШ»(edu990207)\t20\t25\t5\t70\t14\t5\t1`;

describe("ФИС ОКО «Статистика по отметкам» 2024–2026", () => {
  const r = readResults([tsv(MARKS, "РУ 4")]);
  const t = r.tables[0];
  it("reads the preamble: ВПР, subject, grade, year, maximum score", () => {
    expect(t).toMatchObject({ layout: "fisoko-marks", assessment: "ВПР", subject: "Русский язык", grade: "4", year: "2026", maxScore: 38 });
  });
  it("schools with their edu codes; counts from percentages with a decimal dot", () => {
    expect(t.schools.map((s) => [s.school, s.schoolCode, s.participants])).toEqual([
      ["МБОУ «СОШ №2 г.Энска»", "edu990201", 40],
      ["МКОУ «Озёрная ООШ»", "edu990207", 25],
      ["МБОУ «Лицей № 3»", "edu990212", 10],
    ]);
    expect(t.schools[0].marks).toEqual({ "2": 2, "3": 12, "4": 20, "5": 6 });
  });
  it("levels above the school are comparison rows; the municipality is the stated district", () => {
    expect(t.references.map((x) => x.school)).toEqual(["Вся выборка", "Энская область", "Энский муниципальный район"]);
    expect(t.statedDistrict?.schoolCode).toBe("reg99_m001");
    expect(t.statedDistrict?.statedParticipants).toBe(75);
  });
  it("the same table pasted from a Russian Excel (decimal comma) reads the same", () => {
    const comma = readResults([tsv(MARKS.replace(/(\d)\.(\d)/g, "$1,$2"), "РУ 4")]).tables[0];
    expect(comma.schools.map((s) => s.marks)).toEqual(t.schools.map((s) => s.marks));
  });
  it("finds nothing wrong", () => expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]));
});

describe("ФИС ОКО «Сравнение отметок с отметками по журналу» 2024–2026", () => {
  const r = readResults([tsv(COMPARISON, "МА 5")]);
  const t = r.tables[0];
  it("one row per group with a % and a count for each of Понизили / Подтвердили / Повысили", () => {
    expect(t.layout).toBe("fisoko-objectivity");
    expect(t.schools.map((s) => [s.schoolCode, s.objectivity])).toEqual([
      ["edu990201", { lowered: 16, confirmed: 23, raised: 1 }],
      ["edu990207", { lowered: 5, confirmed: 14, raised: 1 }],
    ]);
    expect(t.references.map((x) => x.school)).toEqual(["Энская область", "Энский муниципальный район"]);
  });
  it("the same with a one-row header («% » in the label, then «Кол-во участников»)", () => {
    const lines = COMPARISON.split("\n");
    const i = lines.findIndex((l) => l.startsWith("Группы участников"));
    lines[i] = "Группы участников\tКол-во участников(всего)\tПонизили (Отметка < Отметка по журналу) %\tКол-во участников\tПодтвердили (Отметка = Отметке по журналу) %\tКол-во участников\tПовысили (Отметка > Отметка по журналу) %\tКол-во участников";
    lines.splice(i + 1, 1);
    const one = readResults([tsv(lines.join("\n"))]).tables[0];
    expect(one.schools.map((s) => s.objectivity)).toEqual(t.schools.map((s) => s.objectivity));
  });
  it("reads the subject and year from the preamble", () => expect(t).toMatchObject({ assessment: "ВПР", subject: "Математика", grade: "5", year: "2026" }));
});

describe("the sheet name «РУ 4 …» says the subject and grade when the preamble was not copied", () => {
  it("reads them and says where they came from", () => {
    const body = MARKS.split("\n").slice(6).join("\n");
    const r = readResults([tsv(body, "РУ 4 Статистика")]);
    expect(r.tables[0]).toMatchObject({ subject: "Русский язык", grade: "4" });
    expect(r.findings.find((f) => f.code === "results.inferred")?.message).toMatch(/предмет «Русский язык» — из названия файла или листа/);
  });
});
