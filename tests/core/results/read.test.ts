import { readResults, type ResultTable } from "../../../src/core/results";
import { tsv } from "./tsv";

const codes = (r: { findings: readonly { code: string }[] }) => r.findings.map((f) => f.code);
const school = (t: ResultTable, name: RegExp) => t.schools.find((s) => name.test(s.school));

const FISOKO = `Всероссийские проверочные работы 2024 (5 класс)
Предмет: Математика
Максимальный первичный балл: 20
ОО\tКол-во уч.\tРаспределение групп баллов в %
\t\t2\t3\t4\t5
Вся выборка\t1 234 567\t18,5\t40,1\t30,2\t11,2
Энская обл.\t15 000\t20\t40\t30\t10
Энский муниципальный район\t50\t20\t44\t28\t8
(sch640101) МБОУ «СОШ № 1»\t25\t28\t40\t24\t8
(sch640102) МКОУ «ООШ №2»\t25\t12\t48\t32\t8`;

describe("ФИС ОКО «Статистика по отметкам»", () => {
  const r = readResults([tsv(FISOKO, "ВПР")]);
  const t = r.tables[0];
  it("reads the preamble", () => {
    expect(t).toMatchObject({ layout: "fisoko-marks", assessment: "ВПР", subject: "Математика", grade: "5", year: "2024", maxScore: 20 });
  });
  it("turns percentages into counts: round(p·N/100)", () => {
    expect(school(t, /СОШ № 1/)).toMatchObject({ schoolCode: "sch640101", participants: 25, marks: { "2": 7, "3": 10, "4": 6, "5": 2 } });
  });
  it("keeps reference rows apart, with the district stated", () => {
    expect(t.schools).toHaveLength(2);
    expect(t.references.map((x) => x.school)).toEqual(["Вся выборка", "Энская обл.", "Энский муниципальный район"]);
    expect(t.statedDistrict?.school).toBe("Энский муниципальный район");
    expect(t.references[0].statedParticipants).toBe(1234567);
  });
  it("finds nothing wrong in a consistent table", () => expect(r.findings).toEqual([]));
});

describe("findings", () => {
  it.each([
    ["percent-sum", "results.percent-sum", FISOKO.replace("28\t40\t24\t8", "28\t40\t24\t18")],
    ["district-mismatch", "results.district-mismatch", FISOKO.replace("район\t50", "район\t60")],
    ["school-duplicate", "results.school-duplicate", FISOKO + "\n(sch640102) МКОУ «ООШ № 2»\t25\t12\t48\t32\t8"],
    ["count-sum", "results.count-sum", "ОО\tВсего участников\t«5»\t«4»\t«3»\t«2»\nМБОУ СОШ 1\t21\t2\t8\t8\t2"],
    ["stated-rate", "results.stated-rate-mismatch", "ОО\t5\t4\t3\t2\tКачество, %\nМБОУ СОШ 1\t2\t8\t8\t2\t70"],
    ["invalid-mark", "results.invalid-mark", "ОО\tКласс\tФИО\tОтметка\tОтметка по журналу\nМБОУ СОШ 1\t5а\tА\t6\t4"],
    ["invalid number", "results.invalid-number", "ОО\tВсего участников\t«5»\t«4»\t«3»\t«2»\nМБОУ СОШ 1\t20\tдва\t8\t8\t2"],
    ["negative count", "results.invalid-number", "ОО\tВсего участников\t«5»\t«4»\t«3»\t«2»\nМБОУ СОШ 1\t20\t-2\t8\t8\t2"],
    ["unknown-layout", "results.unknown-layout", "просто текст\nещё текст"],
  ])("%s", (_name, code, text) => {
    const r = readResults([tsv(text, "Лист7")]);
    const f = r.findings.find((x) => x.code === code);
    expect(f).toBeDefined();
    expect(f?.message).toMatch(/Лист «Лист7»/);
  });

  it("an invalid mark names its row and is never counted", () => {
    const r = readResults([tsv("ОО\tКласс\tФИО\tОтметка\nМБОУ СОШ 1\t5а\tА\t4\nМБОУ СОШ 1\t5а\tБ\t6\nМБОУ СОШ 1\t5а\tВ\tн\nМБОУ СОШ 1\t5а\tГ\tнеявка", "С")]);
    expect(r.findings).toEqual([expect.objectContaining({ code: "results.invalid-mark", row: 3, sheet: "С" })]);
    expect(r.tables[0].schools[0]).toMatchObject({ participants: 1, absent: 2, marks: { "2": 0, "3": 0, "4": 1, "5": 0 } });
  });

  it("a stated rate within a rounding point is accepted", () => {
    const r = readResults([tsv("ОО\t5\t4\t3\t2\tУспеваемость, %\tКачество, %\nМБОУ СОШ 1\t1\t1\t1\t0\t100\t66,7")]);
    expect(codes(r)).toEqual([]);
  });
});

describe("objectivity block", () => {
  const text = `Всероссийские проверочные работы 2024 (5 класс)
Предмет: Математика
Сравнение отметок с отметками по журналу
Группы участников\tКол-во участников\t%
(sch640101) МБОУ «СОШ № 1»
Понизили (Отметка < Отметка по журналу) %\t10\t40
Подтвердили (Отметка = Отметке по журналу) %\t14\t56
Повысили (Отметка > Отметка по журналу) %\t1\t4
Всего*\t25\t100
МКОУ «ООШ № 2»
Понизили (Отметка < Отметка по журналу) %\t\t20
Подтвердили (Отметка = Отметке по журналу) %\t\t80
Повысили (Отметка > Отметка по журналу) %\t\t0
Всего*\t20\t100`;
  const t = readResults([tsv(text)]).tables[0];
  it("reads counts, or restores them from percentages", () => {
    expect(t).toMatchObject({ layout: "fisoko-objectivity", subject: "Математика", year: "2024" });
    expect(school(t, /СОШ № 1/)?.objectivity).toEqual({ lowered: 10, confirmed: 14, raised: 1 });
    expect(school(t, /ООШ/)?.objectivity).toEqual({ lowered: 4, confirmed: 16, raised: 0 });
  });
});

describe("per-student and exam lists", () => {
  it("counts marks, objectivity and first scores per school", () => {
    const r = readResults([tsv(`ВПР 2024, русский язык
ОО\tКласс\tКод / ФИО\tОтметка\tОтметка по журналу\tПервичный балл
МБОУ СОШ 1\t6а\t1\t3\t4\t20
МБОУ СОШ 1\t6а\t2\t5\t5\t40
МБОУ "СОШ №1"\t6б\t3\t2\t3\t8
МБОУ СОШ 2\t6а\t4\t4\t3\t30`)]);
    const t = r.tables[0];
    expect(t).toMatchObject({ layout: "students", assessment: "ВПР", subject: "Русский язык", grade: "6", year: "2024" });
    expect(t.schools).toHaveLength(2);
    expect(t.schools[0]).toMatchObject({ participants: 3, scoreSum: 68, scoreCount: 3, belowThreshold: 1, objectivity: { lowered: 2, confirmed: 1, raised: 0 } });
    expect(t.schools[1].objectivity).toEqual({ lowered: 0, confirmed: 0, raised: 1 });
  });

  it("ЕГЭ: below the minimum test score of each subject; several subjects in one table", () => {
    const r = readResults([tsv(`ЕГЭ 2024
ОО\tПредмет\tКод участника\tТестовый балл
МБОУ СОШ 1\tРусский язык\t1\t23
МБОУ СОШ 1\tРусский язык\t2\t24
МБОУ СОШ 1\tМатематика (профильный уровень)\t3\t26
МБОУ СОШ 1\tМатематика (профильный уровень)\t4\t—`)]);
    const ru = r.tables.find((t) => t.subject === "Русский язык");
    const math = r.tables.find((t) => t.subject === "Математика профильная");
    expect(ru?.schools[0]).toMatchObject({ participants: 2, belowThreshold: 1, scoreCount: 2, marks: null });
    expect(math?.schools[0]).toMatchObject({ participants: 1, belowThreshold: 1 });
  });

  it("editable thresholds", () => {
    const text = "ЕГЭ 2024\nОО\tПредмет\tБалл\nМБОУ СОШ 1\tХимия\t37";
    expect(readResults([tsv(text)]).tables[0].schools[0].belowThreshold).toBe(0);
    const custom = readResults([tsv(text)], { thresholds: { ЕГЭ: { химия: { minScore: 40 } } } });
    expect(custom.tables[0].schools[0].belowThreshold).toBe(1);
  });
});

describe("several blocks, contingent, school matching", () => {
  it("two ФИС ОКО reports pasted one under another are two assessments", () => {
    const second = FISOKO.replace("Математика", "Русский язык");
    const r = readResults([tsv(FISOKO + "\n\n" + second)]);
    expect(r.tables.map((t) => t.subject)).toEqual(["Математика", "Русский язык"]);
    expect(r.tables[1].schools).toHaveLength(2);
  });

  it("contingent figures per school, «—» as no value", () => {
    const r = readResults([tsv("Наименование ОО\tОбучающихся всего\tПедагогов всего\tДо 35 лет\tВакансии\n(sch640001) МБОУ СОШ 1\t1 204\t80\t12\t—")]);
    expect(r.contingent?.[0]).toMatchObject({ schoolCode: "sch640001", values: { students: 1204, teachers: 80, teachersUnder35: 12, vacancies: null } });
  });

  it("one school is one key across tables: codes, quotes, № and the legal form", () => {
    const r = readResults([
      tsv(FISOKO),
      tsv("ОО\tОбучающихся всего\tПедагогов всего\n(sch640102) Основная общеобразовательная школа № 2 (филиал)\t100\t10\nСОШ № 1\t300\t20"),
    ]);
    const keys = new Set(r.schools?.map((s) => s.schoolKey));
    expect(r.contingent?.map((c) => keys.has(c.schoolKey))).toEqual([true, true]);
    expect(r.schools).toHaveLength(2);
    expect(r.findings.filter((f) => f.code === "results.school-merged")).toHaveLength(2);
  });

  it("a merge finding points at the row of the spelling that was merged", () => {
    const r = readResults([
      tsv(FISOKO, "ВПР"),
      tsv("ОО\tОбучающихся всего\tПедагогов всего\n(sch640102) Основная общеобразовательная школа № 2 (филиал)\t100\t10\nСОШ № 1\t300\t20", "Контингент"),
    ]);
    const merged = r.findings.filter((f) => f.code === "results.school-merged");
    expect(merged.map((f) => [f.sheet, f.row]).sort()).toEqual([["Контингент", 2], ["Контингент", 3]]);
    expect(merged.every((f) => /^Лист «Контингент», строка \d: школ/.test(f.message))).toBe(true);
  });

  it("an unknown table points at its first row", () => {
    const t = { ...tsv("просто текст\nещё текст", "Лист7"), origin: { kind: "tsv" as const, sheet: "Лист7", firstRow: 5, firstColumn: 1 } };
    expect(readResults([t]).findings).toEqual([expect.objectContaining({ code: "results.unknown-layout", sheet: "Лист7", row: 5 })]);
  });
});

describe("unseen variants", () => {
  it("objectivity as one row per school, columns in any order", () => {
    const t = readResults([tsv(`ВПР 2023, математика, 5 класс
Повысили, %\tОО\tПонизили\tПодтвердили\tПовысили\tВсего
5\tМБОУ СОШ 1\t6\t13\t1\t20
0\tМБОУ СОШ 2\t0\t10\t0\t10`)]).tables[0];
    expect(t.layout).toBe("fisoko-objectivity");
    expect(t.schools.map((s) => s.objectivity)).toEqual([{ lowered: 6, confirmed: 13, raised: 1 }, { lowered: 0, confirmed: 10, raised: 0 }]);
  });

  it("whole-number percentages in a one-row header are read as percentages", () => {
    const r = readResults([tsv("ОО\tКол-во уч.\t2\t3\t4\t5\nМБОУ СОШ 1\t50\t20\t44\t28\t8\nМБОУ СОШ 2\t25\t12\t48\t32\t8")]);
    expect(r.tables[0].schools[0].marks).toEqual({ "2": 10, "3": 22, "4": 14, "5": 4 });
    expect(r.findings).toEqual([]);
  });

  it("counts that happen to be small stay counts", () => {
    const r = readResults([tsv("ОО\tКол-во уч.\t2\t3\t4\t5\nМБОУ СОШ 1\t10\t1\t4\t3\t2")]);
    expect(r.tables[0].schools[0].marks).toEqual({ "2": 1, "3": 4, "4": 3, "5": 2 });
  });

  it("header words in another case and with line breaks; a year column splits assessments", () => {
    const r = readResults([tsv("ГОД\tОБРАЗОВАТЕЛЬНАЯ ОРГАНИЗАЦИЯ\tКоличество\nучастников\t«5»\t«4»\t«3»\t«2»\n2023\tМБОУ СОШ 1\t10\t1\t4\t3\t2\n2024\tМБОУ СОШ 1\t10\t2\t4\t3\t1".replace("Количество\nучастников", "Количество участников"))]);
    expect(r.tables.map((t) => t.year)).toEqual(["2023", "2024"]);
  });
});

describe("damaged pastes", () => {
  it("a sub-header that lost one digit still gives four mark columns", () => {
    const damaged = FISOKO.replace("\t\t2\t3\t4\t5", "\t\t\t3\t4\t5");
    const t = readResults([tsv(damaged)]).tables[0];
    expect(t.layout).toBe("fisoko-marks");
    expect(t.schools[0].marks).toEqual({ "2": 7, "3": 10, "4": 6, "5": 2 });
  });

  it("rows with figures below an unrecognised header are named by a finding, never dropped silently", () => {
    const text = FISOKO + "\n\nРезультаты олимпиады\nНечто\tЕщё\nМБОУ СОШ 5\t17";
    const r = readResults([tsv(text, "Л")]);
    expect(r.tables[0].schools).toHaveLength(2);
    expect(r.findings).toEqual([expect.objectContaining({ code: "results.unknown-layout", row: 14, sheet: "Л" })]);
  });
});
