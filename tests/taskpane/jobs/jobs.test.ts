import { createPaneJobs, documentFromRange, withTargets } from "../../../src/taskpane/jobs";
import type { JobProgress, RoadmapForm } from "../../../src/taskpane/types";
import { fakeHost } from "../fake-host";

const ROADMAP: string[][] = [
  ["№ п/п", "Мероприятие", "Срок", "Ответственные"],
  ["1. Организационные мероприятия", "", "", ""],
  ["1.1.", "Разработка плана методического сопровождения школ", "Март 2024 г.", "Комитет образования"],
  ["1.2.", "Проведение совещания с руководителями ОО", "Ежеквартально", "Комитет образования"],
  ["1.3.", "Мониторинг выполнения дорожной карты", "", "Муниципальный координатор"],
];

const progress = (): JobProgress & { labels: string[] } => {
  const labels: string[] = [];
  return { labels, report: (label) => labels.push(label), isCancelled: () => false };
};
const form = (over: Partial<RoadmapForm> = {}): RoadmapForm => ({
  pasted: null,
  periodStart: "",
  periodEnd: "",
  asOf: "2024-06-01",
  ...over,
});

describe("documentFromRange", () => {
  it("keeps the sheet, the position and the cells of the selection", () => {
    const doc = documentFromRange({
      sheet: "Приказ",
      address: "B3:E7",
      firstRow: 3,
      firstColumn: 2,
      values: ROADMAP,
      merges: [],
    });
    expect(doc.tables).toHaveLength(1);
    expect(doc.tables[0].origin).toMatchObject({ kind: "range", sheet: "Приказ", firstRow: 3, firstColumn: 2 });
    expect(doc.tables[0].cells[2][1]).toBe("Разработка плана методического сопровождения школ");
    expect(doc.text.split("\n")).toHaveLength(ROADMAP.length);
  });
});

describe("roadmap jobs", () => {
  it("imports the selection and reports what it recognised, without writing", async () => {
    const { host, calls } = fakeHost({ values: ROADMAP, address: "A1:D5" });
    const p = progress();
    const outcome = await createPaneJobs(host).importRoadmapSelection(form(), p);
    expect(outcome.summary).toMatch(/^Распознано: 3 мероприятия/);
    expect(outcome.findings?.some((f) => f.code === "deadline.missing")).toBe(true);
    expect(calls.renderPlan).toBe(0);
    expect(p.labels.length).toBeGreaterThan(0);
  });

  it("writes the sheets once with «Создать лист» after an import", async () => {
    const { host, calls } = fakeHost({ values: ROADMAP });
    const jobs = createPaneJobs(host);
    await jobs.importRoadmapSelection(form(), progress());
    const outcome = await jobs.createRoadmapSheets(
      form({ periodStart: "2024-01-01", periodEnd: "2024-12-31" }),
      progress(),
    );
    expect(calls.renderPlan).toBe(1);
    expect(calls.readSelection).toBe(1);
    expect(outcome.summary).toMatch(/Записаны листы .*«Мероприятия»/);
  });

  it.each([
    { name: "an empty selection", values: [] as string[][] },
    {
      name: "a selection of blank cells",
      values: [
        ["", " "],
        ["", ""],
      ],
    },
  ])("explains $name in Russian instead of failing", async ({ values }) => {
    const { host } = fakeHost({ values });
    await expect(createPaneJobs(host).importRoadmapSelection(form(), progress())).rejects.toThrow(/Таблица пуста/);
  });

  it("asks for a paste when the paste box is empty", async () => {
    const { host } = fakeHost();
    await expect(createPaneJobs(host).importRoadmapPasted(form(), progress())).rejects.toThrow(/Поле пустое/);
  });

  it("reads pasted clipboard HTML", async () => {
    const { host } = fakeHost();
    const rows = ROADMAP.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join("")}</tr>`).join("");
    const pasted = { kind: "html" as const, content: `<html><body><table>${rows}</table></body></html>` };
    const outcome = await createPaneJobs(host).importRoadmapPasted(form({ pasted }), progress());
    expect(outcome.summary).toMatch(/^Распознано: 3 мероприятия/);
  });
});

describe("results jobs", () => {
  it("refuses to compute before any table was imported", async () => {
    const { host } = fakeHost();
    await expect(
      createPaneJobs(host).computeIndicators({ pasted: null, asOf: "2024-06-01" }, progress()),
    ).rejects.toThrow(/Сначала импортируйте/);
  });
});

describe("withTargets", () => {
  const read = { sheet: "Приказ", address: "B3:E7", firstRow: 3, firstColumn: 2, values: ROADMAP, merges: [] };
  it.each([
    { row: 3, sheet: undefined, expected: { sheet: "Приказ", address: "B3" } },
    { row: 7, sheet: "Приказ", expected: { sheet: "Приказ", address: "B7" } },
    { row: 8, sheet: undefined, expected: undefined },
    { row: 2, sheet: undefined, expected: undefined },
    { row: 5, sheet: "Другой лист", expected: undefined },
    { row: undefined, sheet: undefined, expected: undefined },
  ])("row $row of $sheet → $expected", ({ row, sheet, expected }) => {
    const f = {
      code: "x",
      severity: "info" as const,
      message: "m",
      ...(row ? { row } : {}),
      ...(sheet ? { sheet } : {}),
    };
    expect(withTargets([f], read)[0].target).toEqual(expected);
  });

  it("leaves pasted tables' findings without a cell", () => {
    expect(withTargets([{ code: "x", severity: "info", message: "m", row: 3 }], null)[0].target).toBeUndefined();
  });

  it("points a selection's findings at the user's rows", async () => {
    const { host } = fakeHost({ sheet: "Приказ", firstRow: 10, firstColumn: 1, values: ROADMAP });
    const outcome = await createPaneJobs(host).importRoadmapSelection(form(), progress());
    const missing = outcome.findings?.find((f) => f.code === "deadline.missing");
    expect(missing?.target).toEqual({ sheet: "Приказ", address: "A14" });
  });
});
