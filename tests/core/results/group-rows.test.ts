import { readResults } from "../../../src/core/results";
import { tsv } from "./tsv";

/** ФИС ОКО «Индивидуальные результаты» (2024–2026): a one-cell group row over each school's pupils. */
const INDIVIDUAL = `Индивидуальные результаты

ВПР 2026 Математика 5 класс
Предмет:\tМатематика
Максимальный первичный балл:\t20
Дата:\t22.04.2026
ОО\tМуниципалитет\tНазвание ОО\tКод участника\tКласс\tВариант\tПервичный балл\tОтметка\tОтметка по журналу
МБОУ «СОШ №2 г.Энска»(edu990201)\tКол-во участников: 3
edu990201\tЭнский муниципальный район\tМБОУ «СОШ №2 г.Энска»\t50001\t5А\t1\t14\t4\t4
edu990201\tЭнский муниципальный район\tМБОУ «СОШ №2 г.Энска»\t50002\t5А\t2\t6\t2\t3
edu990201\tЭнский муниципальный район\tМБОУ «СОШ №2 г.Энска»\t50003\t5Б\tотсутствовал\t\t\t
МКОУ «Озёрная ООШ»(edu990207)\tКол-во участников: 2
edu990207\tЭнский муниципальный район\tМКОУ «Озёрная ООШ»\t50001\t5\t1\t17\t5\tнет отметки
edu990207\tЭнский муниципальный район\tМКОУ «Озёрная ООШ»\t50002\t5\t2\t9\t3\t3`;

describe("per-pupil export with group rows", () => {
  const r = readResults([tsv(INDIVIDUAL, "МА 5")]);
  it("a group row «… | Кол-во участников: N» is neither a pupil nor a school with no participants", () => {
    const schools = r.tables.flatMap((t) => t.schools);
    expect(schools.every((s) => s.participants > 0)).toBe(true);
    expect(r.tables.flatMap((t) => t.schools).filter((s) => /\(edu/.test(s.school))).toEqual([]);
    expect(r.findings.filter((f) => f.code === "results.invalid-mark" && /Кол-во/.test(f.message))).toEqual([]);
  });
});

describe("per-pupil export with task columns", () => {
  it("task columns «1 (1б) | 2 (2б) | …» are not marks; the pupils' marks and journal marks are read", () => {
    const text = `ВПР 2026 Математика 5 класс
ОО\tМуниципалитет\tНазвание ОО\tКод участника\tКласс\tВариант\t1 (1б)\t2 (1б)\t3 (2б)\t4 (1б)\t5 (2б)\tПервичный балл\tОтметка\tОтметка по журналу
МБОУ «СОШ №2 г.Энска»(edu990201)\tКол-во участников: 2
edu990201\tЭнский муниципальный район\tМБОУ «СОШ №2 г.Энска»\t50001\t5А\t1\t1\t1\t2\t0\t1\t5\t3\t4
edu990201\tЭнский муниципальный район\tМБОУ «СОШ №2 г.Энска»\t50002\t5А\t2\t1\t0\t2\t1\t2\t6\t4\t4`;
    const t = readResults([tsv(text)]).tables[0];
    expect(t.layout).toBe("students");
    expect(t.schools.map((s) => [s.school, s.participants, s.marks, s.objectivity])).toEqual([
      ["МБОУ «СОШ №2 г.Энска»", 2, { "2": 0, "3": 1, "4": 1, "5": 0 }, { lowered: 1, confirmed: 1, raised: 0 }],
    ]);
  });
});
