import fc from "fast-check";
import { learnDirectory, lemmaKey, splitParties } from "../../../src/core/parties";

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const partiesOf = (cells: string[], cell: string) => splitParties(cell, learnDirectory(cells));
const namesOf = (cells: string[], cell: string) => partiesOf(cells, cell).map((p) => p.name);

describe("a comma inside one body's name", () => {
  it.each([
    // base.garant.ru/… (Архангельск, распоряжение 2014 N 4708р): «…учреждениями …, реализующими образовательные программы …, находящимися в ведении департамента образования»
    [
      "Муниципальные образовательные учреждения, реализующие образовательные программы начального общего, основного общего, среднего общего образования, находящиеся в ведении департамента образования",
      ["Муниципальные образовательные учреждения, реализующие образовательные программы начального общего, основного общего, среднего общего образования, находящиеся в ведении департамента образования"],
    ],
    // Ставропольский край, приказ 2010 N 124-пр: «органов местного самоуправления, осуществляющих полномочия в сфере образования»
    ["Органы местного самоуправления, осуществляющие управление в сфере образования, ИРО", ["Органы местного самоуправления, осуществляющие управление в сфере образования", "ИРО"]],
    ["Общеобразовательные организации, подведомственные управлению образования, методисты", ["Общеобразовательные организации, подведомственные управлению образования", "Методисты"]],
    ["Школы, которые показали низкие результаты, кураторы школ", ["Школы, которые показали низкие результаты", "Кураторы школ"]],
    ["Управление образования, Ресурсный центр", ["Управление образования", "Ресурсный центр"]],
    ["Школы, расположенные на территории района, ИМЦ", ["Школы, расположенные на территории района", "ИМЦ"]],
    ["ОО, находящиеся в ведении департамента, муниципальные учреждения культуры", ["ОО, находящиеся в ведении департамента", "муниципальные учреждения культуры"]],
    ["Управление образования, заинтересованные ведомства", ["Управление образования", "заинтересованные ведомства"]],
    ["Комитет образования, уполномоченные лица ОО", ["Комитет образования", "уполномоченные лица ОО"]],
  ])("%s", (cell, expected) => {
    expect(namesOf([cell], cell)).toEqual(expected);
  });

  it("a parenthesised abbreviation closes the name: the next lower-case chunk is not its continuation", () => {
    const cell = "Образовательные организации, подведомственные управлению образования (ОО), методисты";
    expect(partiesOf([cell], cell).map((p) => [p.name, p.fullName ?? ""])).toEqual([
      ["ОО", "Образовательные организации, подведомственные управлению образования"],
      ["Методисты", ""],
    ]);
  });
});

describe("«(далее – X)» defines a short name for the whole document", () => {
  // base.garant.ru/405682245 (РСО-Алания, ГИА 2023): «Министерство образования и науки Республики Северная Осетия-Алания (далее - Министерство)»
  const cells = [
    "Министерство образования и науки Республики Северная Осетия-Алания (далее - Министерство)",
    "Министерство, ГБУ ДПО СОРИПКРО (по согласованию)",
    "Комитет по образованию администрации района (далее — Комитет)",
    "Комитет",
    "Центр оценки качества образования (далее ЦОКО)",
    "ЦОКО, Комитет",
  ];
  const dir = learnDirectory(cells);

  it.each(["-", "–", "—", ""])("with «%s» or none, long and short name are one party", (dash) => {
    const cell = `Управление образования администрации МО (далее ${dash} УО МО)`;
    const d = learnDirectory([cell, "УО МО"]);
    expect(splitParties(cell, d).map((p) => p.name)).toEqual(["УО МО"]);
    expect(splitParties("УО МО", d).map((p) => p.name)).toEqual(["УО МО"]);
    expect(d.find((e) => e.name === "УО МО")?.aliases).toContain("Управление образования администрации МО");
  });

  it("every cell names the same party", () => {
    expect(splitParties(cells[0], dir).map((p) => p.name)).toEqual(["Министерство"]);
    expect(splitParties(cells[1], dir).map((p) => p.name)).toEqual(["Министерство", "ГБУ ДПО СОРИПКРО"]);
    expect(splitParties(cells[5], dir).map((p) => p.name)).toEqual(["ЦОКО", "Комитет"]);
    expect(dir.filter((e) => e.name === "Комитет")).toHaveLength(1);
  });
});

describe("qualifiers are kept apart from the name", () => {
  it.each([
    ["ИРО (по согласованию)", "ИРО", "по согласованию"],
    ["Управление Роспотребнадзора (по согласованию с администрацией района)", "Управление Роспотребнадзора", "по согласованию с администрацией района"],
    ["Школьный психолог (при наличии)", "Школьный психолог", "при наличии"],
    ["ОМСУ (по согласованию", "ОМСУ", "по согласованию"],
  ])("%s", (cell, name, qualifier) => {
    const [p] = partiesOf([cell], cell);
    expect(p).toMatchObject({ name, qualifier, raw: cell });
  });

  it("the qualifier is not part of the directory key", () => {
    const cells = ["ЦОКО (по согласованию)", "ЦОКО"];
    const dir = learnDirectory(cells);
    expect(dir.filter((e) => e.name.startsWith("ЦОКО"))).toHaveLength(1);
  });
});

describe("persons", () => {
  it.each([
    // Six officials in one cell, as regional ГИА roadmaps write them (names made up; the Краснодар 2016 roadmap is held out).
    ["А.Н. Соколов Е.П. Морозова Д.И. Лебедев Н.С. Козлова Г.В. Новикова-Белая В.К. Павлов", ["А.Н. Соколов", "Е.П. Морозова", "Д.И. Лебедев", "Н.С. Козлова", "Г.В. Новикова-Белая", "В.К. Павлов"]],
    // pavskool16.narod.ru/ege15.htm
    ["Т.И.Герасименко Т.В.Лавринова", ["Т.И.Герасименко", "Т.В.Лавринова"]],
    ["О.В. Смирнова П.Р. Гусев", ["О.В. Смирнова", "П.Р. Гусев"]],
    ["Иванова Т.И. Петрова Т.В.", ["Иванова Т.И.", "Петрова Т.В."]],
    ["Жбанникова О.А.", ["Жбанникова О.А."]],
  ])("%s", (cell, expected) => {
    const parties = partiesOf([cell], cell);
    expect(parties.map((p) => p.name)).toEqual(expected);
    expect(parties.every((p) => p.kind === "person")).toBe(true);
  });

  it.each([
    ["Методист РМК Сафонова Т.Н.", "Сафонова Т.Н.", "Методист РМК"],
    ["Руководитель РМО учителей русского языка Белова О.С.", "Белова О.С.", "Руководитель РМО учителей русского языка"],
    ["Заместитель директора по УВР – О.В. Смирнова", "О.В. Смирнова", "Заместитель директора по УВР"],
  ])("a post with a person is that person: %s", (cell, name, role) => {
    expect(partiesOf([cell], cell)).toEqual([{ raw: cell, name, kind: "person", role }]);
  });
});

describe("one party written two ways", () => {
  it("«Кураторы школ» / «куратор школы» are one entry with both spellings", () => {
    const cells = ["Кураторы школ", "куратор школы", "Управление образования"];
    const dir = learnDirectory(cells);
    const entries = dir.filter((e) => lemmaKey(e.name) === lemmaKey("куратор школы") || e.aliases.some((a) => lemmaKey(a) === lemmaKey("куратор школы")));
    expect(entries).toHaveLength(1);
    expect(entries[0].aliases).toContain("куратор школы");
  });

  it("learned names merge the same way: «Руководитель ШМО учителей математики» and «руководители ШМО учителей математики»", () => {
    const cells = ["Руководитель ШМО учителей математики", "руководители ШМО учителей математики", "Методический совет школы", "методическим советом школы"];
    const dir = learnDirectory(cells, []);
    expect(dir).toHaveLength(2);
    expect(dir.flatMap((e) => [e.name, ...e.aliases])).toEqual(expect.arrayContaining(cells));
  });

  it.each([
    ["Кураторы школ", "куратор школы"],
    ["образовательные организации", "образовательных организаций"],
    ["руководители ОО", "руководитель ОО"],
    ["учителя-предметники", "учителей-предметников"],
  ])("lemma key: %s = %s", (a, b) => {
    expect(lemmaKey(a)).toBe(lemmaKey(b));
  });

  it.each([
    ["Управление образования", "Отдел образования"],
    ["МБОУ «Школа № 1»", "МБОУ «Школа № 2»"],
    ["ИРО", "ИМЦ"],
    ["РМО", "РМК"],
  ])("lemma key keeps different names apart: %s ≠ %s", (a, b) => {
    expect(lemmaKey(a)).not.toBe(lemmaKey(b));
  });
});

describe("property: splitting never loses or duplicates a word", () => {
  const words = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.toLowerCase() !== "и");
  const pieces = [
    "Управление образования", "ИРО (по согласованию)", "Кураторы школ", "Т.И.Иванова", "Т.В.Петрова", "О.В. Смирнова П.Р. Гусев",
    "Методист РМК Сафонова Т.Н.", "образовательные организации, реализующие программы основного общего образования",
    "Комитет по образованию (далее – КО)", "КО", "ОО АПГО СК", "МКУ ЦР и ПСО", "руководители ОО", "ЦОКО (при наличии)",
    "Руководитель РМО учителей русского языка Белова О.С.", "Образовательные организации (СОШ № 8, СОШ № 9)", "педагоги-психологи",
    "учреждения, подведомственные управлению образования", "Школьный координатор", "Иванова Т.И. Петрова Т.В.",
  ];
  const sep = fc.constantFrom(", ", "; ", "\n", " ", ",\n");

  it("every word of the cell is in exactly one party's raw text", () => {
    const dir = learnDirectory(pieces);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 5 }), fc.array(sep, { minLength: 5, maxLength: 5 }), (ps, seps) => {
        const cell = ps.map((p, i) => (i ? seps[i] : "") + p).join("");
        const parties = splitParties(cell, dir);
        const got = parties.flatMap((p) => words(p.raw)).map((w) => w.toLowerCase()).sort();
        const want = words(cell).map((w) => w.toLowerCase()).sort();
        expect(got).toEqual(want);
      }),
      { numRuns: RUNS },
    );
  });
});

describe("learned names cut later cells", () => {
  it("a cell with an unclosed quote is cut at names learned from other cells (seed kuzovatovo-2022)", () => {
    const cells = [
      "МОУ ОШ с. Волынщина",
      "руководители МОУ СШ п.ст. Налейка",
      "МОУ СШ с. Студенец",
      "ДТ «Кванториум», центры «ИТ-куб, руководители МОУ СШ п.ст. Налейка, МОУ ОШ с. Волынщина, МОУ СШ с. Студенец",
    ];
    expect(namesOf(cells, cells[3])).toEqual(["ДТ «Кванториум»", "центры «ИТ-куб", "руководители МОУ СШ п.ст. Налейка", "МОУ ОШ с. Волынщина", "МОУ СШ с. Студенец"]);
  });
});
