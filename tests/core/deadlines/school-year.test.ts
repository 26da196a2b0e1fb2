import fc from "fast-check";
import { findPeriodInText, parseDeadline, daysInMonth, isoDate } from "../../../src/core/deadlines";
import { MONTH_DICTIONARY } from "../../../src/core/deadlines/constants";
import { schoolYearsPeriod, weekday } from "../../../src/core/deadlines/dates";
import { DEFAULT_HOLIDAYS, formatHolidays, parseHolidays } from "../../../src/core/deadlines/holidays";

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const SY = schoolYearsPeriod(2023);
const CAL_2024 = { start: "2024-01-01", end: "2024-12-31" };
const parse = (raw: string, period: Parameters<typeof parseDeadline>[1]["period"], openingAugust = false) => parseDeadline(raw, { period, openingAugust });

describe("school-year period in the text", () => {
  it.each([
    // pavskool16.narod.ru/ege15.htm (school ЕГЭ plan-graph)
    ["План-график мероприятий по организации и обеспечению проведения единого государственного экзамена в 2012 – 2013 учебном году", schoolYearsPeriod(2012)],
    // school247spb.ru, «Календарный учебный график на 2023 — 2024 уч.год»
    ["Календарный учебный график на 2023 — 2024 уч.год", schoolYearsPeriod(2023)],
    // school15.tim.kubannet.ru: «… в МБОУ СОШ № 15 в 2016-2017 учебном году»
    ["План информационно-разъяснительной работы … в МБОУ СОШ № 15 в 2016-2017 учебном году", schoolYearsPeriod(2016)],
    ["План работы школы на 2023/2024 учебный год", schoolYearsPeriod(2023)],
    ["Дорожная карта на 2023/2024 – 2025/2026 учебные годы", schoolYearsPeriod(2023, 2025)],
    ["на 2022-23 уч.г.", schoolYearsPeriod(2022)],
    ["Программа на 2023-2025 годы", { start: "2023-01-01", end: "2025-12-31" }],
  ])("%s", (text, expected) => {
    expect(findPeriodInText(text)).toEqual(expected);
  });

  it("does not read a school year whose years are not neighbours", () => {
    expect(findPeriodInText("на 2023/2025 учебный год")).toBeNull();
  });
});

describe("bare months in a school year", () => {
  it("September–December take the first year, January–August the second", () => {
    expect(parse("Октябрь", SY)).toMatchObject({ kind: "date", start: "2023-10-01", end: "2023-10-31", yearImplied: true });
    expect(parse("март", SY)).toMatchObject({ start: "2024-03-01", end: "2024-03-31" });
    expect(parse("15 сентября", SY)).toMatchObject({ start: "2023-09-15", end: "2023-09-15" });
    expect(parse("до 25 мая", SY)).toMatchObject({ start: "2024-05-25", byDate: true });
  });

  it("«Сентябрь-май» and «Сентябрь-июнь» span the turn of the year (pavskool16.narod.ru)", () => {
    expect(parse("Сентябрь-май", SY)).toMatchObject({ kind: "interval", start: "2023-09-01", end: "2024-05-31" });
    expect(parse("Сентябрь-июнь", SY)).toMatchObject({ start: "2023-09-01", end: "2024-06-30" });
    expect(parse("ноябрь – февраль", SY)).toMatchObject({ start: "2023-11-01", end: "2024-02-29" });
  });

  it("an opening «Август» is the August before 1 September; otherwise the closing one", () => {
    expect(parse("Август", SY, true)).toMatchObject({ start: "2023-08-01", end: "2023-08-31", augustReading: "preceding" });
    expect(parse("Август", SY, true).outsidePeriod).toBeUndefined();
    expect(parse("Август", SY)).toMatchObject({ start: "2024-08-01", end: "2024-08-31", augustReading: "closing" });
    expect(parse("август-сентябрь", SY, true)).toMatchObject({ start: "2023-08-01", end: "2023-09-30", augustReading: "preceding" });
    expect(parse("июнь-август", SY).augustReading).toBeUndefined();
  });

  it("never leaves a month without a year, in one school year or several", () => {
    const three = schoolYearsPeriod(2023, 2025);
    const d = parse("Октябрь", three);
    expect(d.yearMissing).toBeUndefined();
    // A plan over several school years runs its cycle each year: that month in every school year.
    expect(d).toMatchObject({ kind: "recurring", every: "year" });
    expect(d.occurrences.map((w) => w.start)).toEqual(["2023-10-01", "2024-10-01", "2025-10-01"]);
    expect(parse("Сентябрь-май", three).occurrences).toHaveLength(3);
  });

  it("a stated August just before the school year is preparation, not outside the period", () => {
    const d = parse("август 2023", SY);
    expect(d).toMatchObject({ start: "2023-08-01", end: "2023-08-31" });
    expect(d.outsidePeriod).toBeUndefined();
    expect(parse("июль 2023", SY).outsidePeriod).toBe(true);
  });

  it("a month with a stated year keeps it", () => {
    const d = parse("январь 2024", SY);
    expect(d).toMatchObject({ start: "2024-01-01", end: "2024-01-31" });
    expect(d.yearImplied).toBeUndefined();
  });

  it("a calendar period of several years still reports the missing year", () => {
    expect(parse("октябрь", { start: "2023-01-01", end: "2025-12-31" })).toMatchObject({ yearMissing: true, occurrences: [] });
  });

  it("a period saved without a kind is a school year when it runs 1 September – 31 August", () => {
    expect(parse("Октябрь", { start: "2023-09-01", end: "2024-08-31" })).toMatchObject({ start: "2023-10-01" });
  });
});

describe("school terms", () => {
  it("halves: school reading in a school year, calendar reading (said) otherwise", () => {
    expect(parse("I полугодие", SY)).toMatchObject({ start: "2023-09-01", end: "2023-12-31", halfReading: "school" });
    expect(parse("II полугодие", SY)).toMatchObject({ start: "2024-01-01", end: "2024-05-31" });
    expect(parse("I полугодие", CAL_2024)).toMatchObject({ start: "2024-01-01", end: "2024-06-30", halfReading: "calendar" });
    expect(parse("1 полугодие 2024", SY)).toMatchObject({ start: "2024-01-01", end: "2024-06-30" });
  });

  it("a school part with its school year written after it", () => {
    const cal = { start: "2023-01-01", end: "2025-12-31" };
    expect(parse("I полугодие 2023/2024 учебного года", cal)).toMatchObject({ start: "2023-09-01", end: "2023-12-31" });
    expect(parse("II полугодие 2023-2024 уч. г.", cal)).toMatchObject({ start: "2024-01-01", end: "2024-05-31" });
    expect(parse("III четверть 2023/2024 учебного года", cal)).toMatchObject({ start: "2024-01-01", end: "2024-03-31" });
    expect(parse("I-II четверть 2024-2025 уч.г.", cal)).toMatchObject({ start: "2024-09-01", end: "2024-12-31" });
    expect(parse("II квартал 2024", cal)).toMatchObject({ start: "2024-04-01", end: "2024-06-30" });
    expect(parse("I четверть 2023", cal)).toMatchObject({ start: "2023-09-01", end: "2023-10-31" });
  });

  it("«1 раз в полугодие» gives one window per half", () => {
    expect(parse("1 раз в полугодие", SY).occurrences).toEqual([
      { start: "2023-09-01", end: "2023-12-31" },
      { start: "2024-01-01", end: "2024-05-31" },
    ]);
  });

  it("school quarters as DOMAIN.md: III is January–March of the second year", () => {
    expect(parse("III четверть", SY)).toMatchObject({ start: "2024-01-01", end: "2024-03-31" });
    expect(parse("I четверть", SY)).toMatchObject({ start: "2023-09-01", end: "2023-10-31" });
  });

  it("«по итогам четверти / полугодия / года», «в конце учебного года»: the closing month of each term", () => {
    // school247spb.ru: «Выставление предварительных отметок … по итогам 1 четверти»
    expect(parse("по итогам 1 четверти", SY)).toMatchObject({ start: "2023-10-01", end: "2023-10-31" });
    // school247spb.ru: «по предварительным итогам 2 четверти»
    expect(parse("по предварительным итогам 2 четверти", SY)).toMatchObject({ start: "2023-12-01", end: "2023-12-31" });
    expect(parse("по итогам четверти", SY).occurrences.map((w) => w.start)).toEqual(["2023-10-01", "2023-12-01", "2024-03-01", "2024-05-01"]);
    expect(parse("по итогам I полугодия", SY)).toMatchObject({ start: "2023-12-01", end: "2023-12-31" });
    expect(parse("по итогам полугодия", SY).occurrences.map((w) => w.start)).toEqual(["2023-12-01", "2024-05-01"]);
    expect(parse("по итогам года", SY)).toMatchObject({ start: "2024-05-01", end: "2024-05-31" });
    expect(parse("В конце учебного года", SY)).toMatchObject({ start: "2024-05-01", end: "2024-05-31" });
    expect(parse("в конце учебного года", CAL_2024)).toMatchObject({ start: "2024-05-01", end: "2024-05-31" });
    expect(parse("по итогам года", CAL_2024)).toMatchObject({ start: "2024-12-01", end: "2024-12-31" });
  });

  it("«по итогам мониторинга» is still someone else's schedule", () => {
    expect(parse("по итогам мониторинга", SY)).toMatchObject({ kind: "external" });
  });
});

describe("recurrences with a day", () => {
  it("«до 25 числа каждого месяца» (base.garant.ru/30523923, КБР, ГИА-11 2014)", () => {
    const d = parse("до 25 числа каждого месяца", SY);
    expect(d).toMatchObject({ kind: "recurring", every: "month", start: "2023-09-25", end: "2024-08-25" });
    expect(d.occurrences).toHaveLength(12);
  });

  it("«Ежемесячно до 15 числа месяца, следующего за отчетным периодом» (base.garant.ru/28127007, Тамбовская обл., 2007)", () => {
    const d = parse("Ежемесячно до 15 числа месяца, следующего за отчетным периодом", CAL_2024);
    expect(d.occurrences[0]).toEqual({ start: "2024-02-15", end: "2024-02-15" });
    expect(d.occurrences).toHaveLength(11);
  });

  it("«ежемесячно до 5 числа», «до 20 числа»", () => {
    expect(parse("ежемесячно до 5 числа", CAL_2024).occurrences.map((w) => w.start).slice(0, 2)).toEqual(["2024-01-05", "2024-02-05"]);
    expect(parse("до 20 числа", CAL_2024).occurrences).toHaveLength(12);
  });

  it("«ежеквартально не позднее 15 числа месяца, следующего за отчетным кварталом» (base.garant.ru/28156795, Тамбов)", () => {
    const d = parse("ежеквартально не позднее 15 числа месяца, следующего за отчетным кварталом", CAL_2024);
    expect(d.occurrences.map((w) => w.start)).toEqual(["2024-04-15", "2024-07-15", "2024-10-15"]);
  });

  it("«еженедельно» gives each week; «каждую пятницу» each Friday", () => {
    const jan = { start: "2024-01-01", end: "2024-01-31" };
    expect(parse("еженедельно", jan).occurrences).toHaveLength(5);
    const fridays = parse("каждую пятницу", jan).occurrences.map((w) => w.start);
    expect(fridays).toEqual(["2024-01-05", "2024-01-12", "2024-01-19", "2024-01-26"]);
    expect(parse("еженедельно по понедельникам", jan).occurrences.map((w) => w.start)).toEqual(["2024-01-01", "2024-01-08", "2024-01-15", "2024-01-22", "2024-01-29"]);
  });
});

describe("weekday arithmetic", () => {
  it("knows the day of the week of known dates", () => {
    expect(weekday("2024-01-01")).toBe(1);
    expect(weekday("2023-09-01")).toBe(5);
    expect(weekday("2000-02-29")).toBe(2);
  });
});

describe("properties: random school years and month phrases", () => {
  const SCHOOL_ORDER = [9, 10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8];
  const formsOf = (m: number) => Object.keys(MONTH_DICTIONARY).filter((k) => MONTH_DICTIONARY[k] === m && k.length > 3);
  const casing = fc.constantFrom((s: string) => s, (s: string) => s[0].toUpperCase() + s.slice(1));
  const monthWord = (m: number) => fc.tuple(fc.constantFrom(...formsOf(m)), casing).map(([w, c]) => c(w));
  const startYear = fc.integer({ min: 2000, max: 2098 });
  const sep = fc.constantFrom(", ", "; ", " и ", "\n");
  const dash = fc.constantFrom("-", " – ", "—", " - ");

  /** Distinct months in school order (September first), as the text would list them. */
  const monthsInOrder = fc.uniqueArray(fc.integer({ min: 0, max: 11 }), { minLength: 1, maxLength: 5 }).map((ix) => [...ix].sort((a, b) => a - b).map((i) => SCHOOL_ORDER[i]));

  it("every resolved date lies inside the school year and follows the order of the text", () => {
    const gen = fc.tuple(startYear, monthsInOrder.chain((ms) => fc.tuple(fc.constant(ms), fc.tuple(...ms.map(monthWord)))), sep);
    fc.assert(
      fc.property(gen, ([y, [ms, words], s]) => {
        const period = schoolYearsPeriod(y);
        const d = parseDeadline(words.join(s), { period });
        expect(d.yearMissing).toBeUndefined();
        expect(d.occurrences).toHaveLength(ms.length);
        for (const w of d.occurrences) {
          expect(w.start >= period.start && w.end <= period.end).toBe(true);
        }
        // Occurrences are sorted by date; the text listed the months in school order, so they match one to one.
        expect(d.occurrences.map((w) => Number(w.start.slice(5, 7)))).toEqual(ms);
      }),
      { numRuns: RUNS },
    );
  });

  it("a range of two months in school order is one window inside the school year, start before end", () => {
    const pair = fc.uniqueArray(fc.integer({ min: 0, max: 10 }), { minLength: 2, maxLength: 2 }).map((ix) => [...ix].sort((a, b) => a - b).map((i) => SCHOOL_ORDER[i]));
    const gen = fc.tuple(startYear, pair.chain(([a, b]) => fc.tuple(fc.constant([a, b]), monthWord(a), monthWord(b))), dash);
    fc.assert(
      fc.property(gen, ([y, [[a, b], wa, wb], dsh]) => {
        const period = schoolYearsPeriod(y);
        const d = parseDeadline(`${wa}${dsh}${wb}`, { period });
        const fromYear = a >= 9 ? y : y + 1;
        const toYear = b >= 9 ? y : y + 1;
        expect(d).toMatchObject({ kind: "interval", start: isoDate(fromYear, a, 1), end: isoDate(toYear, b, daysInMonth(toYear, b)) });
        expect(d.start! <= d.end!).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});

describe("school holidays", () => {
  it("«в каникулы» gives every holiday of the settings inside the school year", () => {
    const d = parseDeadline("в каникулы", { period: SY });
    expect(d.kind).toBe("recurring");
    expect(d.occurrences).toEqual([
      { start: "2023-10-28", end: "2023-11-05" },
      { start: "2023-12-30", end: "2024-01-08" },
      { start: "2024-03-18", end: "2024-03-26" },
      { start: "2024-06-01", end: "2024-08-31" },
    ]);
  });

  it("«во время осенних каникул» and «в период летних каникул» name one season", () => {
    expect(parseDeadline("во время осенних каникул", { period: SY }).occurrences).toEqual([{ start: "2023-10-28", end: "2023-11-05" }]);
    expect(parseDeadline("в период летних каникул", { period: SY }).occurrences).toEqual([{ start: "2024-06-01", end: "2024-08-31" }]);
  });

  it("uses the holidays the user set, and reads them back from the settings text", () => {
    const { holidays, problems } = parseHolidays("осенние 26.10–03.11; зимние 29.12–07.01; весенние 23.03-31.03; летом всегда");
    expect(problems).toEqual(["летом всегда"]);
    expect(parseDeadline("в осенние каникулы", { period: SY, holidays }).occurrences).toEqual([{ start: "2023-10-26", end: "2023-11-03" }]);
    expect(parseHolidays(formatHolidays(DEFAULT_HOLIDAYS)).holidays).toEqual(DEFAULT_HOLIDAYS);
  });
});

describe("property: a day of every month", () => {
  it("gives one date per month of the period, on that day, inside the period and in order", () => {
    const template = fc.constantFrom(
      (d: number) => `до ${d} числа каждого месяца`,
      (d: number) => `ежемесячно до ${d} числа`,
      (d: number) => `Ежемесячно не позднее ${d}-го числа`,
      (d: number) => `до ${d} числа`,
    );
    const period = fc.tuple(fc.integer({ min: 2000, max: 2095 }), fc.integer({ min: 0, max: 3 }), fc.boolean()).map(([y, n, school]) =>
      school ? schoolYearsPeriod(y, y + n) : { start: isoDate(y, 1, 1), end: isoDate(y + n, 12, 31) },
    );
    fc.assert(
      fc.property(period, fc.integer({ min: 1, max: 28 }), template, (p, day, t) => {
        const d = parseDeadline(t(day), { period: p });
        const months = (Number(p.end.slice(0, 4)) - Number(p.start.slice(0, 4))) * 12 + Number(p.end.slice(5, 7)) - Number(p.start.slice(5, 7)) + 1;
        expect(d.kind).toBe("recurring");
        expect(d.occurrences).toHaveLength(months);
        d.occurrences.forEach((w, i) => {
          expect(Number(w.start.slice(8, 10))).toBe(day);
          expect(w.start >= p.start && w.end <= p.end).toBe(true);
          if (i) expect(w.start > d.occurrences[i - 1].start).toBe(true);
        });
      }),
      { numRuns: RUNS },
    );
  });
});
