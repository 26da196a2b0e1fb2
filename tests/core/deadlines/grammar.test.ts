import { findPeriodInText, parseDeadline, periodFromDeadlines, type Period } from "../../../src/core/deadlines";

const P2325: Period = { start: "2023-01-01", end: "2025-12-31" };
const P2023: Period = { start: "2023-01-01", end: "2023-12-31" };

type Row = [raw: string, period: Period | null, kind: string, start: string | null, end: string | null, count: number];

/** Phrases of DOMAIN.md and unseen spellings the product must read. */
const rows: Row[] = [
  ["Ежегодно: январь, июнь", P2325, "recurring", "2023-01-01", "2025-06-30", 6],
  ["4 раза в год: февраль, апрель, октябрь, декабрь.", P2325, "recurring", "2023-02-01", "2025-12-31", 12],
  ["Один раз в четверть", P2325, "recurring", "2023-01-01", "2025-12-31", 12],
  ["один раз в полугодие", P2325, "recurring", "2023-01-01", "2025-12-31", 6],
  ["1 раз в месяц", P2023, "recurring", "2023-01-01", "2023-12-31", 12],
  ["Сентябрь-май ежегодно", P2325, "recurring", "2023-01-01", "2025-12-31", 4],
  ["ЕЖЕГОДНО", P2023, "recurring", "2023-01-01", "2023-12-31", 1],
  ["2 раза в год", P2325, "recurring", "2023-01-01", "2025-12-31", 3],
  ["по плану ФИОКО", P2325, "external", null, null, 0],
  ["по заявке ОО", P2325, "external", null, null, 0],
  ["В течение всего периода", P2325, "ongoing", "2023-01-01", "2025-12-31", 1],
  ["в течении года", P2325, "ongoing", "2023-01-01", "2025-12-31", 1],
  ["2023год", P2325, "interval", "2023-01-01", "2023-12-31", 1],
  ["2024 г.", P2325, "interval", "2024-01-01", "2024-12-31", 1],
  ["2023-2024 гг.", P2325, "interval", "2023-01-01", "2024-12-31", 1],
  ["2023-24", P2325, "interval", "2023-01-01", "2024-12-31", 1],
  ["2023 – 25 гг.", P2325, "interval", "2023-01-01", "2025-12-31", 1],
  ["2023/2024 учебный год", P2325, "interval", "2023-09-01", "2024-05-31", 1],
  ["I квартал 2024", P2325, "interval", "2024-01-01", "2024-03-31", 1],
  ["II-III квартал 2024 г.", P2325, "interval", "2024-04-01", "2024-09-30", 1],
  ["4 квартал 2023", P2325, "interval", "2023-10-01", "2023-12-31", 1],
  ["1 полугодие 2024", P2325, "interval", "2024-01-01", "2024-06-30", 1],
  ["второе полугодие 2025 года", P2325, "interval", "2025-07-01", "2025-12-31", 1],
  ["15.03.2024", P2325, "date", "2024-03-15", "2024-03-15", 1],
  ["до 01.09.2023 г.", P2325, "date", "2023-09-01", "2023-09-01", 1],
  ["не позднее 10 октября 2024 года", P2325, "date", "2024-10-10", "2024-10-10", 1],
  ["с 1 марта по 15 мая 2024 г.", P2325, "interval", "2024-03-01", "2024-05-15", 1],
  ["с января по май 2024", P2325, "interval", "2024-01-01", "2024-05-31", 1],
  ["ноябрь—декабрь 2023 г.", P2325, "interval", "2023-11-01", "2023-12-31", 1],
  ["МАЙ 2023 Г.", P2325, "date", "2023-05-01", "2023-05-31", 1],
  ["в мае 2024 года", P2325, "date", "2024-05-01", "2024-05-31", 1],
  ["сент. 2023", P2325, "date", "2023-09-01", "2023-09-30", 1],
  ["Март 2023 и октябрь 2024", P2325, "date", "2023-03-01", "2024-10-31", 2],
  ["январь, март и май 2024 г.", P2325, "date", "2024-01-01", "2024-05-31", 3],
  ["Декабрь 2023, январь", P2325, "date", "2023-12-01", "2024-01-31", 2],
  ["Ноябрь 2023\nФевраль 2024", P2325, "date", "2023-11-01", "2024-02-29", 2],
  ["сентябрь - май", P2023, "interval", "2023-09-01", "2023-12-31", 1],
  ["октябрь", P2023, "date", "2023-10-01", "2023-10-31", 1],
  ["октябрь", null, "date", null, null, 0],
  ["", P2325, "missing", null, null, 0],
  ["  --  ", P2325, "missing", null, null, 0],
  ["—", P2325, "missing", null, null, 0],
  ["по мере необходимости", P2325, "external", null, null, 0],
  ["уточняется", P2325, "unparsed", null, null, 0],
  ["после согласования с министерством образования области и муниципалитетом", P2325, "unparsed", null, null, 0],
];

describe("grammar on unseen phrases", () => {
  it.each(rows)("%s", (raw, period, kind, start, end, count) => {
    const d = parseDeadline(raw, { period });
    expect({ kind: d.kind, start: d.start, end: d.end, count: d.occurrences.length }).toEqual({ kind, start, end, count });
  });

  it("does not call a wrapping range without a year inverted, but a stated one is", () => {
    expect(parseDeadline("сентябрь - май", { period: P2023 }).inverted).toBeUndefined();
    const d = parseDeadline("май 2024 - март 2024", { period: P2325 });
    expect(d.inverted).toBe(true);
    expect(d.occurrences).toEqual([]);
  });

  it("gives bare months no year in a multi-year period", () => {
    const d = parseDeadline("октябрь - ноябрь", { period: P2325 });
    expect(d).toMatchObject({ kind: "interval", start: null, end: null, yearMissing: true });
  });

  it("expands school quarters as I Sep–Oct, II Nov–Dec, III Jan–Mar, IV Apr–May", () => {
    const d = parseDeadline("Один раз в четверть", { period: P2023 });
    expect(d.occurrences.map((w) => `${w.start}/${w.end}`)).toEqual([
      "2023-01-01/2023-03-31", "2023-04-01/2023-05-31", "2023-09-01/2023-10-31", "2023-11-01/2023-12-31",
    ]);
  });

  it("expands «Сентябрь-май ежегодно» into school years clipped to the period", () => {
    const d = parseDeadline("Сентябрь-май ежегодно", { period: P2325 });
    expect(d.occurrences[0]).toEqual({ start: "2023-01-01", end: "2023-05-31" });
    expect(d.occurrences[1]).toEqual({ start: "2023-09-01", end: "2024-05-31" });
  });
});

describe("short second years («2017-18»)", () => {
  const P1520: Period = { start: "2015-01-01", end: "2020-12-31" };
  it.each([
    ["2017-18", "2017-01-01", "2018-12-31"],
    ["2017-18 гг.", "2017-01-01", "2018-12-31"],
    ["2019 - 20 годы", "2019-01-01", "2020-12-31"],
    // Cannot be a span: a month-like or backwards second number leaves the first year alone.
    ["2017-12", "2017-01-01", "2017-12-31"],
    ["2017-05", "2017-01-01", "2017-12-31"],
    ["2018-16", "2018-01-01", "2018-12-31"],
  ])("%s → %s…%s", (raw, start, end) => {
    const d = parseDeadline(raw, { period: P1520 });
    expect({ start: d.start, end: d.end }).toEqual({ start, end });
  });

  it("a school year with a short second year is still a school year", () => {
    expect(parseDeadline("2017-18 уч. г.", { period: P1520 })).toMatchObject({ start: "2017-09-01", end: "2018-05-31" });
  });
});

describe("windows outside the programme period are flagged", () => {
  const P2015: Period = { start: "2015-01-01", end: "2015-12-31" };
  it.each([
    ["В течение года", 2016],
    ["в течение всего года", 2014],
  ])("«%s» under a %i year row, period 2015", (raw, hint) => {
    const d = parseDeadline(raw, { period: P2015, yearHint: hint });
    expect(d.outsidePeriod).toBe(true);
    expect(d.occurrences).toEqual([{ start: `${hint}-01-01`, end: `${hint}-12-31` }]);
  });

  it("a year row inside the period is not flagged", () => {
    const d = parseDeadline("В течение года", { period: P2325, yearHint: 2024 });
    expect(d.outsidePeriod).toBeUndefined();
    expect(d.occurrences).toEqual([{ start: "2024-01-01", end: "2024-12-31" }]);
  });

  it("a recurrence wholly outside the period keeps its stated windows, flagged", () => {
    const d = parseDeadline("Ежегодно: май, декабрь 2030", { period: P2325 });
    expect(d.outsidePeriod).toBe(true);
    expect(d.occurrences).toEqual([{ start: "2030-05-01", end: "2030-05-31" }, { start: "2030-12-01", end: "2030-12-31" }]);
  });
});

describe("programme period", () => {
  it.each([
    ["Программа поддержки школ на 2023-2025 годы", { start: "2023-01-01", end: "2025-12-31" }],
    ["Срок реализации программы\t2020 – 2023 гг.", { start: "2020-01-01", end: "2023-12-31" }],
    ["дорожные карты на 2022 год", { start: "2022-01-01", end: "2022-12-31" }],
    ["План на 2020-2021 учебный год", { start: "2020-09-01", end: "2021-08-31", kind: "school" }],
    ["в редакции на 2016-2020 годы; программа на 2020-2023 гг; план на 2020-2023 гг.", { start: "2020-01-01", end: "2023-12-31" }],
    ["Приказ от 31 января 2020 г № 27", null],
    ["", null],
  ])("%s", (text, expected) => {
    expect(findPeriodInText(text)).toEqual(expected);
  });

  it("spans whole years of stated deadlines only", () => {
    const ds = ["Декабрь 2021", "До 04.06.2022", "октябрь"].map((r) => parseDeadline(r, { period: null, yearHint: r === "октябрь" ? 2019 : null }));
    expect(periodFromDeadlines(ds)).toEqual({ start: "2021-01-01", end: "2022-12-31" });
    expect(periodFromDeadlines([parseDeadline("постоянно", { period: null })])).toBeNull();
  });
});
