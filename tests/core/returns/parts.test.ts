import fc from "fast-check";
import {
  isSchoolsInGeneral,
  mergeField,
  namesSchool,
  readDoneDate,
  readStatus,
  figuresForTargets,
} from "../../../src/core/returns";

describe("who takes part", () => {
  // Party names as real municipal plans write them (seeds, ../shared/realworld, district orders).
  it.each([
    "Руководители ОО",
    "ОО",
    "руководители общеобразовательных организаций",
    "Общеобразовательные организации",
    "Школы-участники проекта",
    "Заместители директоров по УВР",
    "Учителя-предметники",
    "классные руководители",
    "администрация школ",
  ])("«%s» is the schools in general", (name) => expect(isSchoolsInGeneral(name)).toBe(true));

  it.each([
    "Управление образования",
    "Отдел образования администрации района",
    "ИМЦ",
    "Кураторы школ",
    "Муниципальный координатор",
    "ОО АПГО СК",
    "МБОУ «СОШ № 1»",
    "Методисты РМК",
    "ГАУ ДПО ИРО",
  ])("«%s» is not", (name) => expect(isSchoolsInGeneral(name)).toBe(false));

  it("names one school in any spelling, never its neighbour", () => {
    expect(namesSchool("МБОУ «СОШ № 1»", "СОШ №1")).toBe(true);
    expect(namesSchool('МБОУ "Красноборская СОШ"', "МБОУ «Красноборская СОШ»")).toBe(true);
    expect(namesSchool("МБОУ «СОШ № 1»", "МБОУ «СОШ № 11»")).toBe(false);
    expect(namesSchool("МБОУ «Черевковская СОШ»", "МБОУ «Красноборская СОШ»")).toBe(false);
  });
});

describe("reading what schools type", () => {
  it.each([
    ["выполнено", "выполнено"],
    ["Выполнено.", "выполнено"],
    ["  ВЫПОЛНЕНО ", "выполнено"],
    ["не выполнено", "не выполнено"],
    ["Не выполнено!", "не выполнено"],
    ["в процессе", "в работе"],
    ["частично", "в работе"],
    ["перенесено на сентябрь", "перенесено"],
    ["+", "выполнено"],
    ["нет", "не выполнено"],
    ["", null],
    ["см. комментарий", null],
  ])("status «%s» → %s", (raw, status) => expect(readStatus(raw)).toBe(status));

  it.each([
    ["15.02.2025", "2025-02-15"],
    ["5.2.2025", "2025-02-05"],
    ["15.02.25", "2025-02-15"],
    ["15/02/2025", "2025-02-15"],
    ["2025-02-15", "2025-02-15"],
    ["15.02.2025 14:30", "2025-02-15"],
    ["15.02.2025 г.", "2025-02-15"],
    ["45703", "2025-02-15"],
    ["31.02.2025", null],
    ["в течение года", null],
    ["2025", null],
  ])("date «%s» → %s", (raw, iso) => expect(readDoneDate(raw)).toBe(iso));

  it("reads back every real date in every common spelling", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(Date.UTC(1995, 0, 1)), max: new Date(Date.UTC(2090, 11, 31)), noInvalidDate: true }),
        (d) => {
          const iso = d.toISOString().slice(0, 10);
          const [y, m, day] = iso.split("-");
          expect(readDoneDate(`${day}.${m}.${y}`)).toBe(iso);
          expect(readDoneDate(`${Number(day)}.${Number(m)}.${y}`)).toBe(iso);
          expect(readDoneDate(iso)).toBe(iso);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("never throws and never invents a date from text without digits", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const r = readDoneDate(s);
        if (!/\d/.test(s)) expect(r).toBeNull();
        if (r !== null) expect(r).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        readStatus(s);
      }),
      { numRuns: 500 },
    );
  });
});

describe("the methodologist's entry and the school's", () => {
  const district = (value: string, at: string | null) => ({ value, at, by: "методист" });
  const school = (value: string, at: string | null) => ({ value, at, by: "школа (файл «ответ.xlsx»)" });

  it("keeps the newer and notes the other", () => {
    expect(mergeField(district("в работе", "2025-03-01"), school("выполнено", "2025-03-10"))).toEqual({
      value: "выполнено",
      from: "school",
      note: "Ранее: «в работе» (методист, 01.03.2025)",
    });
    expect(mergeField(district("перенесено", "2025-03-12"), school("выполнено", "2025-03-10"))).toEqual({
      value: "перенесено",
      from: "district",
      note: "Ранее: «выполнено» (школа (файл «ответ.xlsx»), 10.03.2025)",
    });
  });

  it("lets the methodologist's entry stand when times are unknown, and fills what only one side has", () => {
    expect(mergeField(district("перенесено", null), school("выполнено", "2025-03-10")).value).toBe("перенесено");
    expect(mergeField(district("", null), school("выполнено", null))).toEqual({
      value: "выполнено",
      from: "school",
      note: null,
    });
    expect(mergeField(district("выполнено", null), school("выполнено", "2025-01-01"))).toEqual({
      value: "выполнено",
      from: "same",
      note: null,
    });
  });
});

describe("figures a programme's targets need from a school", () => {
  it("asks for what the targets speak of, each once", () => {
    const keys = figuresForTargets([
      "Доля педагогов, имеющих высшую и первую квалификационную категорию, не менее 60 %",
      "Доля учителей, прошедших курсы повышения квалификации, — 100 %",
      "Доля обучающихся, получивших отметку «2» по ВПР, не более 10 %",
    ]).map((f) => f.key);
    expect(keys).toEqual(["teachers", "teachersCategory", "teachersTrained"]);
    expect(figuresForTargets(["Средний балл ЕГЭ по русскому языку не ниже 65"])).toEqual([]);
  });
});
