import type { Activity, Roadmap, RoadmapColumn } from "../../../src/core/roadmap/types";
import { executionStatus, interpretRoadmap, summarizeExecution, validateRoadmap } from "../../../src/core/validation";
import { BUILTIN_DIRECTORY } from "../../../src/core/parties";

const COLUMNS: RoadmapColumn[] = [
  { index: 0, header: "№", role: "number" }, { index: 1, header: "Мероприятия", role: "activity" },
  { index: 2, header: "Сроки", role: "deadline" }, { index: 3, header: "Ответственные", role: "responsible" },
];

function act(id: string, number: string, deadline: string, responsible: string, extra: Partial<Activity> = {}): Activity {
  return {
    id, number, section: extra.section ?? "1 этап", text: `Мероприятие ${id}`,
    deadline: { raw: deadline, kind: deadline ? "unparsed" : "missing", start: null, end: null, occurrences: [] },
    responsible: [], result: "", indicator: "", reportForm: "", sourceRows: [Number(id.replace(/\D/g, "")) + 10],
    original: [number, `Мероприятие ${id}`, deadline, responsible], ...extra,
  } as Activity;
}

function roadmap(activities: Activity[], extra: Partial<Roadmap> = {}): Roadmap {
  return { title: "Дорожная карта на 2020-2021 годы", period: null, periodSource: "none", columns: COLUMNS,
    sections: [{ title: "1 этап", activityIds: activities.map((a) => a.id) }], activities, findings: [], ...extra };
}

const codes = (r: Roadmap, asOf = "2020-06-15", more = {}) =>
  validateRoadmap(r, { asOf, directory: BUILTIN_DIRECTORY, ...more }).map((f) => `${f.activityId ?? "-"}:${f.code}`);

describe("interpretRoadmap", () => {
  it("takes the period from the argument, the text, then the deadlines", () => {
    const r = roadmap([act("1.1", "1.1.", "Январь 2022 г.", "ИМС")]);
    expect(interpretRoadmap(r, { period: { start: "2020-01-01", end: "2020-12-31" } }).roadmap.periodSource).toBe("argument");
    expect(interpretRoadmap(r).roadmap).toMatchObject({ periodSource: "text", period: { start: "2020-01-01", end: "2021-12-31" } });
    const untitled = interpretRoadmap({ ...r, title: "План" }).roadmap;
    expect(untitled).toMatchObject({ periodSource: "deadlines", period: { start: "2022-01-01", end: "2022-12-31" } });
    expect(interpretRoadmap({ ...r, title: "План", activities: [act("1.1", "1", "постоянно", "")] }).roadmap.periodSource).toBe("none");
  });

  it("gives bare months the year of their «2020 год» row and splits parties", () => {
    const r = roadmap([act("1.1", "1", "октябрь - ноябрь", "Управление образования, Ресурсный центр")], {
      title: "Региональная дорожная карта", sections: [{ title: "2020 год", activityIds: ["1.1"], year: 2020 }],
    });
    const out = interpretRoadmap(r).roadmap.activities[0];
    expect(out.deadline).toMatchObject({ kind: "interval", start: "2020-10-01", end: "2020-11-30", yearImplied: true });
    expect(out.responsible.map((p) => p.name)).toEqual(["Управление образования", "Ресурсный центр"]);
  });

  it("prefers the assembler's responsibleRaw", () => {
    const a = { ...act("1.1", "1", "май 2020", "x"), responsibleRaw: "Методисты" } as Activity;
    expect(interpretRoadmap(roadmap([a])).roadmap.activities[0].responsible).toEqual([{ raw: "Методисты", name: "Методисты", kind: "role" }]);
  });
});

describe("validateRoadmap", () => {
  const interpreted = (acts: Activity[]) => interpretRoadmap(roadmap(acts)).roadmap;

  it("reports each deadline problem once with its code", () => {
    const r = interpreted([
      act("1.1", "1.1.", "", "ИМС"),
      act("1.2", "1.2.", "когда-нибудь потом, уточним", "ИМС"),
      act("1.3", "1.3.", "В течение года", "ИМС"),
      act("1.4", "1.4.", "По плану работы УО", "ИМС"),
      act("1.5", "1.5.", "Декабрь 2022", "ИМС"),
      act("1.6", "1.6.", "май 2021 - март 2021", "ИМС"),
      act("1.7", "1.7.", "октябрь", "ИМС"),
      act("1.8", "1.8.", "Март 2020", "ИМС"),
    ]);
    expect(codes(r)).toEqual([
      "1.1:deadline.missing", "1.2:deadline.unparsed", "1.3:deadline.vague", "1.4:deadline.external",
      "1.5:deadline.outside-period", "1.6:deadline.inverted", "1.7:deadline.no-year", "1.8:deadline.overdue",
    ]);
  });

  it("does not report a parent whose sub-items carry the deadlines, nor a done activity as overdue", () => {
    const r = interpreted([
      act("2.8", "2.8.", "", "ИМС"), act("2.9", "2.8.1.", "Март 2021", "ИМС"),
      act("2.10", "2.8.2.", "Март 2020", "ИМС", { status: "выполнено" }),
    ]);
    expect(codes(r)).toEqual([]);
  });

  it("names the activity number and row in Russian", () => {
    const [f] = validateRoadmap(interpreted([act("1.1", "1.1.", "", "ИМС")]), { asOf: "2020-06-15", directory: BUILTIN_DIRECTORY });
    expect(f).toMatchObject({ code: "deadline.missing", severity: "warning", activityId: "1.1", row: 21 });
    expect(f.message).toContain("1.1");
    expect(f.message).toContain("строка 21");
  });

  it("checks responsible parties", () => {
    const r = interpreted([
      act("1.1", "1", "Май 2021", ""),
      act("1.2", "2", "Май 2021", "Жбанникова О.А."),
      act("1.3", "3", "Май 2021", "ИМС, КО, РМО, ММО, Методисты"),
      act("1.4", "4", "Май 2021", "Отдел культуры"),
    ]);
    expect(codes(r)).toEqual(["1.1:responsible.missing", "1.2:responsible.person", "1.3:responsible.too-many"]);
    const confirmed = validateRoadmap(r, { asOf: "2020-06-15", directory: BUILTIN_DIRECTORY, directoryConfirmed: true });
    expect(confirmed.filter((f) => f.code === "responsible.unknown").map((f) => f.data?.party)).toEqual(["Жбанникова О.А.", "Отдел культуры"]);
    expect(codes(r, "2020-06-15", { maxParties: 5 })).not.toContain("1.3:responsible.too-many");
  });

  it("reports a missing column once, not per row", () => {
    const r = interpretRoadmap(roadmap([act("1", "1", "октябрь", "")], { columns: COLUMNS.slice(0, 3) })).roadmap;
    expect(codes(r).filter((c) => c.includes("responsible"))).toEqual(["-:responsible.no-column"]);
  });

  it.each([
    ["the assembler's header row", { headerRow: 4 }, 4],
    ["else the row above the first activity", {}, 10],
  ])("points a missing column at the header row: %s", (_n, extra, row) => {
    // act("1") comes from row 11; sections and activities start there.
    const r = roadmap([act("1", "1", "октябрь 2020", "")], { columns: COLUMNS.slice(0, 2), source: "Лист1", ...extra });
    const found = validateRoadmap(r, { asOf: "2020-06-15", directory: BUILTIN_DIRECTORY }).filter((f) => f.code.endsWith("no-column"));
    expect(found.map((f) => [f.code, f.row, f.sheet])).toEqual([["deadline.no-column", row, "Лист1"], ["responsible.no-column", row, "Лист1"]]);
    expect(found[0].message).toBe(`Строка ${row} (шапка таблицы): в таблице нет столбца сроков: сроки мероприятий не указаны`);
  });

  it("a table with no activities gets no column finding; data from row 1 points at row 1", () => {
    expect(validateRoadmap(roadmap([], { columns: COLUMNS.slice(0, 2) }), { asOf: "2020-06-15", directory: BUILTIN_DIRECTORY })).toEqual([]);
    const first = roadmap([act("1", "1", "", "", { sourceRows: [1] })], { columns: COLUMNS.slice(0, 2) });
    expect(validateRoadmap(first, { asOf: "2020-06-15", directory: BUILTIN_DIRECTORY })[0]).toMatchObject({ code: "deadline.no-column", row: 1 });
  });

  it("a section row above the first activity is a data row too", () => {
    const r = roadmap([act("1", "1", "", "")], { columns: COLUMNS.slice(0, 2), sections: [{ title: "2020 год", activityIds: ["1"], sourceRow: 7 }] });
    expect(validateRoadmap(r, { asOf: "2020-06-15", directory: BUILTIN_DIRECTORY })[0]).toMatchObject({ code: "deadline.no-column", row: 6 });
  });
});

describe("execution", () => {
  const d = (start: string | null, end: string | null) => ({ raw: "x", kind: "interval" as const, start, end, occurrences: [] });
  it.each([
    [{ status: "выполнено" as const, deadline: d("2020-01-01", "2020-01-31") }, "done"],
    [{ deadline: d("2020-01-01", "2020-01-31") }, "overdue"],
    [{ deadline: d("2020-06-01", "2020-07-10") }, "due-soon"],
    [{ deadline: d("2020-06-01", "2020-12-31") }, "in-progress"],
    [{ status: "в работе" as const, deadline: d(null, null) }, "in-progress"],
    [{ deadline: d("2020-09-01", "2020-12-31") }, "planned"],
  ])("%o → %s", (extra, expected) => {
    expect(executionStatus(act("1.1", "1", "", "", extra), "2020-06-15")).toBe(expected);
  });

  it("summarises per section and per party", () => {
    const acts = interpretRoadmap(roadmap([
      act("1.1", "1", "Январь 2020", "ИМС, КО", { status: "выполнено" }),
      act("1.2", "2", "Февраль 2020", "ИМС"),
      act("2.1", "3", "Декабрь 2020", "", { section: "2 этап" }),
    ])).roadmap.activities;
    expect(summarizeExecution(acts, "2020-06-15", "section")).toEqual([
      { key: "1 этап", planned: 2, done: 1, inProgress: 0, dueSoon: 0, overdue: 1, notStarted: 0, percentDone: 0.5 },
      { key: "2 этап", planned: 1, done: 0, inProgress: 0, dueSoon: 0, overdue: 0, notStarted: 1, percentDone: 0 },
    ]);
    expect(summarizeExecution(acts, "2020-06-15", "responsible").map((s) => [s.key, s.planned, s.done])).toEqual([
      ["ИМС", 2, 1], ["КО", 1, 1], ["Не указан", 1, 0],
    ]);
  });
});
