import { buildReport, noteToText, writeAnalyticNote, type ReportInput } from "../../../src/core/report";
import { formatPercentRu } from "../../../src/core/util";
import { calmInput, fig, flaggedInput, school } from "./fixtures";

const noteOf = (input: ReportInput) => writeAnalyticNote(buildReport(input));
const textOf = (input: ReportInput) => noteToText(noteOf(input));
const p = (x: number) => formatPercentRu(x, 1);

describe("analytic note: a district with flagged schools", () => {
  const note = noteOf(flaggedInput);
  const all = noteToText(note);
  const find = (re: RegExp) => note.filter((x) => re.test(x.text)).map((x) => x.text);

  it("states the period and the as-of date", () => {
    expect(all).toContain("Период реализации программы: 2023–2025 годы. Сведения приведены по состоянию на 15.05.2024.");
  });

  it("states participation and the district's figures computed from counts", () => {
    expect(find(/^ВПР, Математика, 5 класс, 2024 г\.: 105 участников из 4 школ/)).toHaveLength(1);
    expect(all).toContain(`успеваемость ${p(88 / 105)}, качество знаний ${p(49 / 105)}`);
  });

  it("compares the district with «Вся выборка» and the region", () => {
    const [s] = find(/«Вся выборка»/);
    expect(s).toContain(`качество выше на 5,7\u00a0п.п. (${p(0.41)})`);
    expect(s).toContain("«Энская обл.» успеваемость выше на 3,8\u00a0п.п.");
    expect(all).toContain(`качество ниже на 0,3\u00a0п.п. (${p(0.45)})`);
  });

  it("describes dynamics with рост / снижение in words", () => {
    expect(all).toContain(`качество знаний выросло на 6,7\u00a0п.п. (с ${p(0.4)} до ${p(49 / 105)})`);
    expect(all).toContain("успеваемость практически не изменилась");
    expect(all).toContain("Качество знаний снизилось в 1 школе: МБОУ «СОШ № 2» (на 10,0\u00a0п.п.)");
  });

  it("names the schools at risk and why", () => {
    expect(all).toContain("выявлены в 1 школе из 4:");
    // A short list under the school: one line per kind of sign, the worst case named, not every figure.
    const at = note.findIndex((x) => x.kind === "item" && x.text === "МБОУ «СОШ № 2»:");
    const lines = note.slice(at + 1).filter((x, i, all) => all.slice(0, i + 1).every((y) => y.level === 2)).map((x) => x.text);
    expect(lines).toEqual([
      `доля «2» (на экзаменах — не преодолевших порог) 30\u00a0% и выше: ВПР, Математика, 5 класс, 2024 г.: ${p(12 / 35)}.`,
      "отставание от района на 15\u00a0п.п. и более: ВПР, Математика, 5 класс, 2024 г.: качество на 26,7\u00a0п.п. ниже района.",
    ]);
    for (const l of lines) expect(l.split(/\s+/).length).toBeLessThan(30);
  });

  it("reports the objectivity concern separately", () => {
    expect(all).toContain("Признаки необъективности оценивания выявлены в 1 школе:");
    expect(all).toContain("МКОУ «СОШ № 3»: ВПР, Математика, 5 класс, 2024 г. — результат ниже отметки по журналу у 40,0\u00a0% участников");
  });

  it("reports targets, roadmap execution and overdue items by party", () => {
    expect(all).toContain("Целевые показатели: данные для оценки есть по 2 из 3 целевых показателей программы: 1 достигнут, 1 не достигнут. По 1 показателю данных нет");
    expect(all).toContain("в 4 дорожных картах (района и 3 школ) запланировано 11 мероприятий: выполнено 4 (36,4\u00a0%), в работе 2, просрочено 3");
    expect(all).toContain("Просрочено 3 мероприятия (у ответственных: ИМС — 1; Комитет образования — 1; Руководители ОО — 1):");
    expect(all).toContain("– 2.1 «Семинар для заместителей директоров по объективности оценивания» — срок 30.04.2024; Комитет образования.");
    expect(all).toMatch(/«Проведение диагностики профессиональных дефицитов педагогов» — в 3 дорожных картах, выполнено в 2, просрочено в 1/);
  });
});

describe("analytic note: a district without flagged schools", () => {
  const all = textOf(calmInput);

  it("says no school is at risk, with the thresholds", () => {
    expect(all).toContain("Ни в одной из 3 школ не выявлено признаков риска: доля отметок «2» ниже 30\u00a0%");
    expect(all).not.toContain("выявлены в");
  });

  it("says there are no objectivity concerns and no overdue items", () => {
    expect(all).toContain("Признаков необъективности не выявлено");
    expect(all).toContain("Просроченных мероприятий нет.");
    expect(all).toContain("в дорожной карте запланировано 3 мероприятия: выполнено 1 (33,3\u00a0%), в работе 1, просроченных нет, срок ещё не наступил у 1.");
    expect(all).toContain("1. Продолжить реализацию программы в плановом режиме.");
  });

  it("writes a non-calendar period as dates", () => {
    expect(all).toContain("Период реализации программы: с 01.09.2023 по 31.05.2024.");
  });

  it("reads differently from the flagged district", () => {
    expect(all).not.toContain("Обеспечить адресное методическое сопровождение");
    expect(textOf(flaggedInput)).not.toContain("Ни в одной из");
  });
});

describe("plural forms and Russian numbers", () => {
  const withFlagged = (k: number): ReportInput => ({
    ...calmInput,
    roadmaps: [],
    targets: [],
    assessments: [{
      ...calmInput.assessments[0],
      schools: Array.from({ length: k + 1 }, (_, i) => school(`Школа ${i + 1}`, fig(9, 5, 5, 1), i < k ? ["risk.fail-share"] : [])),
    }],
  });

  it.each([
    [1, "в 1 школе из 2:"], [2, "в 2 школах из 3:"], [4, "в 4 школах из 5:"], [5, "в 5 школах из 6:"],
    [11, "в 11 школах из 12:"], [21, "в 21 школе из 22:"], [22, "в 22 школах из 23:"],
  ])("%i flagged → «%s»", (k, phrase) => {
    expect(textOf(withFlagged(k))).toContain(phrase);
  });

  it.each([[1, "1 участник из"], [3, "3 участника из"], [25, "25 участников из"], [21, "21 участник из"]])(
    "%i participants → «%s»", (count, phrase) => {
      const input = withFlagged(0);
      const a = input.assessments[0];
      expect(textOf({ ...input, assessments: [{ ...a, district: { ...a.district, participants: count } }] })).toContain(phrase);
    });

  it("writes every percentage with a decimal comma and a non-breaking space, never a decimal point", () => {
    // Text inside «» is the user's own (a target «не менее 85 %»), kept as written.
    for (const text of [textOf(flaggedInput), textOf(calmInput)].map((t) => t.replace(/«[^«»]*»/g, ""))) {
      expect(text).not.toMatch(/\d\.\d+\s*%/);
      expect(text).not.toMatch(/\d\.\d+\s*п\.п\./);
      for (const m of text.matchAll(/(\d[\d,]*)\s?%/g)) expect(m[0]).toMatch(/^\d+(,\d)?\u00a0%$/);
    }
  });
});

describe("no sentence about what has no data", () => {
  it("drops sections without data", () => {
    const bare: ReportInput = { district: "Район", period: null, asOf: "2024-01-10", assessments: [], targets: [], roadmaps: [] };
    const note = noteOf(bare);
    expect(note.map((x) => x.kind)).toEqual(["title", "subtitle", "text"]);
    expect(note[2].text).toBe("Сведения приведены по состоянию на 10.01.2024.");
  });

  it("has no objectivity heading without journal marks", () => {
    expect(textOf({ ...flaggedInput, assessments: [flaggedInput.assessments[1]] })).not.toContain("Объективность");
  });
});
