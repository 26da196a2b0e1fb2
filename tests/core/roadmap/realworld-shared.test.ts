/**
 * The real published tables of ../shared/realworld (01–08), each checked against the facts its .source.md
 * lists. Facts about splitting parties belong to src/core/parties and are asserted there, not here.
 */
import { SHARED_REALWORLD, byNumber, importReal, lostWords } from "./realworld-helpers";

const imp = (slug: string, opts: Parameters<typeof importReal>[2] = {}) => importReal(SHARED_REALWORLD, slug, opts);

describe("../shared/realworld roadmaps", () => {
  it("01_chelyabinsk-metodrabota-2021-2022-dorozhnaya-karta: year row over a section row, bare months take 2021", () => {
    const { roadmap: r, text } = imp("01_chelyabinsk");
    expect(r.columns.map((c) => c.role)).toEqual(["number", "activity", "deadline", "responsible", "result"]);
    expect(r.activities.map((a) => a.number)).toEqual(["1.1", "1.2"]);
    expect(r.sections.find((s) => s.activityIds.length)?.title).toBe("1. Система методической работы");
    const [a, b] = r.activities;
    expect([a.deadline.raw, a.deadline.start, a.deadline.end]).toEqual(["Январь - февраль", "2021-01-01", "2021-02-28"]);
    expect([b.deadline.raw, b.deadline.start, b.deadline.end]).toEqual(["Февраль", "2021-02-01", "2021-02-28"]);
    expect(a.result).toMatch(/^Наличие приказа Министерства образования и науки Челябинской области об утверждении/);
    expect([b.responsibleRaw, b.result]).toEqual(["", ""]);
    expect(r.findings.map((f) => `${f.code}@${f.activityId ?? ""}`)).toEqual(expect.arrayContaining([`result.missing@${b.id}`]));
    expect(lostWords(r, text)).toEqual([]);
  });

  it("02_krasnodarskiy-kray-gia9-2012-2013-perechen-meropriyatiy: a stage row with its own span, a section row, «до 25 ноября 2012г.»", () => {
    const { roadmap: r, text } = imp("02_krasnodarskiy");
    expect(r.activities.map((a) => a.number)).toEqual(["1.1.", "1.2.", "1.3."]);
    const stage = r.sections[0];
    expect(stage.title).toBe("I. Этап подготовки");
    expect(stage.deadlineRaw).toBe("ноябрь 2012 – май 2013г.");
    expect(stage.activityIds).toEqual([]);
    const section = r.sections[1];
    expect(section.title).toBe("1. Организационные мероприятия");
    expect(section.activityIds).toHaveLength(3);
    expect(section.responsibleRaw).toBeUndefined();
    for (const n of ["1.1", "1.2"]) expect([byNumber(r, n).deadline.kind, byNumber(r, n).deadline.end, byNumber(r, n).deadline.byDate]).toEqual(["date", "2012-11-25", true]);
    expect(byNumber(r, "1.3").deadline.kind).toBe("ongoing");
    expect(r.activities.map((a) => a.responsibleRaw)).toEqual(["Министерство", "Министерство", "Министерство"]);
    // The stage's «^» is no party of anyone: not inherited (it has no letter).
    expect(r.findings.some((f) => f.code === "responsible.inherited")).toBe(false);
    expect(lostWords(r, text)).toEqual([]);
  });

  it("03_altay-itogovoe-sochinenie-2021-2022-plan-grafik: three «Дата» columns are three occurrences; «Место» is not a party", () => {
    const { roadmap: r, text } = imp("03_altay");
    expect(r.columns.map((c) => `${c.role}${c.part ? `:${c.part}` : ""}`)).toEqual(["activity", "other", "deadline:occurrence", "deadline:occurrence", "deadline:occurrence"]);
    expect(r.activities).toHaveLength(4);
    const [first, second] = r.activities;
    expect(first.deadline.occurrences.map((o) => o.start)).toEqual(["2021-12-01", "2022-02-02", "2022-05-19"]);
    expect(second.deadline.raw).toBe("до 17 ноября 2021; до 19 января 2022; до 20 апреля 2022");
    expect(second.deadline.occurrences.map((o) => o.end)).toEqual(["2021-11-17", "2022-01-19", "2022-04-20"]);
    expect(r.activities.every((a) => a.responsibleRaw === "" && a.responsible.length === 0)).toBe(true);
    expect(first.extra).toEqual({ Место: "образовательные организации г. Горно-Алтайска" });
    expect(r.activities[3].deadline.occurrences[1].end).toBe("2022-02-27");
    expect(lostWords(r, text)).toEqual([]);
  });

  it("04_oblivskiy-rayon-pnpo-2011-plan-konkursnoy-komissii: empty № caption, an unnamed empty column, «До …», «С …»", () => {
    const { roadmap: r, text } = imp("04_oblivskiy");
    expect(r.activities).toHaveLength(4);
    expect(r.sections.filter((s) => s.title !== "")).toHaveLength(0);
    expect(r.columns.map((c) => c.role)).toEqual(["number", "activity", "deadline", "responsible", "other"]);
    expect(byNumber(r, "2").deadline).toMatchObject({ end: "2011-03-28", byDate: true });
    expect(byNumber(r, "3").deadline.start).toBe("2011-03-28");
    expect(byNumber(r, "4").deadline).toMatchObject({ kind: "date", start: "2011-03-31", end: "2011-03-31" });
    expect(r.activities.map((a) => a.responsibleRaw)).toEqual([
      "Отдел образования Администрации Обливского района",
      "Отдел образования Администрации Обливского района",
      "Муниципальная конкурсная комиссия",
      "",
    ]);
    // «в 2010 г.» in the text of 2 is not its deadline.
    expect(byNumber(r, "2").deadline.raw).toBe("До 28 марта 2011 г.");
    expect(lostWords(r, text)).toEqual([]);
  });

  it("05_moskovskaya-obl-pnpo-2010-setevoy-grafik-fragment: no header; two date columns are start and end", () => {
    const { roadmap: r, text } = imp("05_moskovskaya");
    expect(r.headerRow).toBeUndefined();
    expect(r.findings.some((f) => f.code === "table.no-header")).toBe(true);
    const roles = r.columns.map((c) => `${c.role}${c.part ? `:${c.part}` : ""}`);
    expect(roles).toEqual(["number", "activity", "responsible", "other", "deadline:start", "deadline:end"]);
    const a = r.activities.find((x) => x.number === "4.1.");
    expect(a?.deadline).toMatchObject({ raw: "28.01.2010 – 24.03.2010", kind: "interval", start: "2010-01-28", end: "2010-03-24" });
    expect(a?.responsibleRaw).toBe("Министерство образования Московской области");
    const b = r.activities.find((x) => x.number === "4.2.");
    expect(b?.deadline.kind).toBe("unparsed");
    expect(b?.deadline.raw).toContain("В течение 40 дней после выхода приказа Минобрнауки РФ");
    expect(Object.values(b?.extra ?? {})).toEqual(["Соглашение"]);
    expect(lostWords(r, text)).toEqual([]);
  });

  it("05_moskovskaya-obl-pnpo-2010-setevoy-grafik-fragment: running row numbers in column 1, activity codes inside the text («4.» is a section)", () => {
    const { roadmap: r, text } = imp("05_moskovskaya");
    expect(r.sections.map((s) => [s.title, s.activityIds.length])).toEqual([["4. Поощрение лучших учителей", 2]]);
    expect(r.activities.map((a) => a.number)).toEqual(["4.1.", "4.2."]);
    expect(r.activities[0].text).toMatch(/^Информирование учительской общественности/);
    expect(r.activities.map((a) => a.original[0])).toEqual(["23", "24"]);
    expect(r.sections[0].extra).toEqual({ "Столбец 1": "22" });
    expect(r.findings.filter((f) => f.code.startsWith("number."))).toEqual([]);
    expect(lostWords(r, text)).toEqual([]);
  });

  it("06_livenskiy-rayon-2021-2025-perechen-osnovnyh-meropriyatiy: «Срок» over «начала | окончания», column-number row, subprogramme row", () => {
    const { roadmap: r, text } = imp("06_livenskiy");
    expect(r.columns.map((c) => [c.header, c.role, c.part ?? ""])).toEqual([
      ["N п/п", "number", ""],
      ["Наименование основного мероприятия", "activity", ""],
      ["Ответственный исполнитель", "responsible", ""],
      ["Срок начала реализации", "deadline", "start"],
      ["Срок окончания реализации", "deadline", "end"],
      ["Ожидаемый непосредственный результат (краткое описание)", "result", ""],
    ]);
    expect(r.headerRow).toBe(2);
    expect(r.activities).toHaveLength(0);
    expect(r.findings.find((f) => f.code === "row.column-numbers")?.row).toBe(3);
    expect(r.sections).toEqual([
      expect.objectContaining({
        title: "3 Подпрограмма 3 Функционирование и развитие сети образовательных организаций Ливенского района",
        responsibleRaw: "Управление образования администрации Ливенского района",
        deadlineRaw: "2021 – 2025",
      }),
    ]);
    expect(lostWords(r, text)).toEqual([]);
  });

  it("07_minobrnauki-2016-plan-koncepcii-russkogo-yazyka: «Исполнители» + «Соисполнители», numbering restarting in a one-cell section", () => {
    const { roadmap: r, text } = imp("07_minobrnauki", { period: { start: "2016-01-01", end: "2020-12-31" } });
    expect(r.columns.map((c) => c.role)).toEqual(["number", "activity", "deadline", "responsible", "other", "other"]);
    expect(r.columns.map((c) => c.header).slice(4)).toEqual(["Соисполнители", "Источник финансирования"]);
    expect(r.sections.map((s) => [s.title, s.activityIds.length])).toEqual([["1. Общесистемные мероприятия", 1]]);
    const a = r.activities[0];
    expect(a.number).toBe("1.");
    expect(a.deadline).toMatchObject({ raw: "Ежегодно", kind: "recurring", every: "year" });
    expect(r.findings.some((f) => f.code === "number.duplicate")).toBe(false);
    expect(lostWords(r, text)).toEqual([]);
  });

  it("08_oblast-2007-2010-programma-dvuhurovnevaya-shapka: a 5-column money span under one group header, number row, one section", () => {
    const { roadmap: r, text } = imp("08_oblast");
    expect(r.columns.map((c) => c.header).slice(2, 7)).toEqual([
      "Ежегодные затраты и источники финансирования всего",
      "Ежегодные затраты и источники финансирования федераль- ный бюджет",
      "Ежегодные затраты и источники финансирования областной бюджет",
      "Ежегодные затраты и источники финансирования местный бюджет",
      "Ежегодные затраты и источники финансирования внебюджетные средства",
    ]);
    expect(r.columns.map((c) => c.role)).toEqual(["number", "activity", "other", "other", "other", "other", "other", "deadline", "responsible", "result"]);
    expect(r.sections.map((s) => [s.title, s.activityIds.length])).toEqual([["1. Совершенствование содержания и технологий образования", 1]]);
    const a = r.activities[0];
    expect(a.number).toBe("1.1.");
    expect(a.extra?.["Ежегодные затраты и источники финансирования областной бюджет"]).toBe("38473\n6266 12779 19428");
    expect(a.deadline.raw).toBe("2007 - 2010 2007 2008 2009 2010");
    expect([a.deadline.start, a.deadline.end]).toEqual(["2007-01-01", "2010-12-31"]);
    expect(a.responsibleRaw).toBe("Департамент образования, органы местного самоуправления <*>");
    expect(lostWords(r, text)).toEqual([]);
  });
});
