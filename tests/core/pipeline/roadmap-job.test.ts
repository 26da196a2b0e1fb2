import * as fs from "fs";
import * as path from "path";
import { readDocumentText } from "../../../src/core/table";
import { LIMITS, runRoadmapJob } from "../../../src/core/pipeline";
import { readTracking, ACTIVITY_HEADERS } from "../../../src/core/sheets/roadmap";
import { normalizePlan, isFormulaCell, type Cell } from "../../../src/core/workbook";

const SEEDS = path.resolve(__dirname, "../../../../shared/seeds");
const seed = (name: string) => readDocumentText(fs.readFileSync(path.join(SEEDS, name), "utf8"), name);

/** What the user would see in «Мероприятия»: cell texts as Excel shows them. */
function sheetTexts(rows: readonly (readonly Cell[])[], header: string[]): string[][] {
  const text = (c: Cell): string => {
    if (c === null) return "";
    if (typeof c === "object") return "d" in c ? c.d : "f" in c ? String(c.v ?? "") : c.text;
    return String(c);
  };
  return [header, ...rows.map((r) => r.map(text))];
}

describe("roadmap job: pasted document → roadmap + sheets", () => {
  const doc = seed("podporozhye-2020-2021.txt");
  const job = runRoadmapJob({ document: doc, asOf: "2021-03-01" });

  it("reads the programme period from the text and fills deadlines and parties", () => {
    expect(job.roadmap.period).toEqual({ start: "2020-01-01", end: "2021-12-31" });
    expect(job.roadmap.periodSource).toBe("text");
    expect(job.roadmap.activities).toHaveLength(45);
    expect(job.roadmap.activities.filter((a) => a.deadline.kind === "unparsed")).toHaveLength(0);
    expect(job.roadmap.activities.every((a) => a.responsible.length > 0 || a.responsibleRaw === "")).toBe(true);
  });

  it("plans the four roadmap sheets, the original text hidden, with a live as-of date", () => {
    const plan = normalizePlan(job.plan);
    // Named for the district the title names (issue 14): «Мероприятия — Подпорожский р-н».
    expect(plan.sheets.map((s) => s.name.split(" — ")[0])).toEqual(["Мероприятия", "Проверка", "Ответственные", "Исходные данные"]);
    expect(plan.sheets[0].name).toBe("Мероприятия — Подпорожский р-н");
    expect(plan.sheets[3].hidden).toBe(true);
    expect(plan.names.map((n) => n.name)).toContain(job.keys.asOfName);
    const activities = plan.sheets[0];
    expect(activities.tables[0].rows).toHaveLength(45);
    expect(activities.conditionalFormats.some((c) => c.formula.includes(job.keys.asOfName))).toBe(true);
    expect(activities.dataValidations[0].list).toContain("выполнено");
  });

  it("keeps every pasted cell in the hidden original sheet", () => {
    const original = normalizePlan(job.plan).sheets[3];
    const written = new Set(original.blocks.flatMap((b) => b.rows.flat()).map(String));
    const table = doc.tables[job.roadmap.table ?? 0];
    for (const row of table.cells) for (const cell of row) if (cell.trim()) expect(written.has(cell)).toBe(true);
  });

  it("never turns user text into a formula", () => {
    const cells = normalizePlan(job.plan).sheets[0].tables[0].rows.flat();
    const formulas = cells.filter((c) => c !== null && typeof c === "object" && isFormulaCell(c));
    expect(formulas).toHaveLength(0);
  });

  it("keeps the user's statuses, dates and notes by activity id on a second run, with the same sheet keys", () => {
    const header: string[] = Object.values(ACTIVITY_HEADERS);
    const rows = normalizePlan(job.plan).sheets[0].tables[0].rows;
    const texts = sheetTexts(rows, header);
    const status = header.indexOf(ACTIVITY_HEADERS.status);
    const note = header.indexOf(ACTIVITY_HEADERS.note);
    texts[1][status] = "выполнено";
    texts[1][note] = "Приказ КО № 12";
    const again = runRoadmapJob({ document: doc, asOf: "2021-03-01", tracking: readTracking(texts) });
    expect(again.keys).toEqual(job.keys);
    const first = again.roadmap.activities[0];
    expect(first.status).toBe("выполнено");
    expect(first.note).toBe("Приказ КО № 12");
    const overdueBefore = job.roadmap.findings.filter((f) => f.code === "deadline.overdue" && f.activityId === first.id);
    const overdueAfter = again.roadmap.findings.filter((f) => f.code === "deadline.overdue" && f.activityId === first.id);
    expect(overdueBefore.length).toBe(1);
    expect(overdueAfter.length).toBe(0);
  });

  it("gives another table other sheet keys", () => {
    const other = runRoadmapJob({ document: seed("kuzovatovo-2022.txt"), asOf: "2022-06-01" });
    expect(other.keys.slug).not.toBe(job.keys.slug);
  });
});

describe("limits", () => {
  it("cuts a roadmap table over the row limit with an error naming the first row left out", () => {
    const row = "1.1.\tПроведение семинара для учителей\tЯнварь 2024 г.\tРуководители ОО\tПротокол";
    const max = 200; // the real limit (LIMITS.roadmapRows) behaves the same; a small one keeps the test quick
    expect(LIMITS.roadmapRows).toBe(100_000);
    const text = ["№\tМероприятие\tСроки\tОтветственные\tРезультат", ...Array.from({ length: max + 5 }, () => row)].join("\n");
    const job = runRoadmapJob({ document: readDocumentText(text, "big.tsv"), asOf: "2024-06-01", maxRows: max });
    const limit = job.roadmap.findings.find((f) => f.code === "limit.roadmap-rows");
    expect(limit?.severity).toBe("error");
    expect(limit?.row).toBe(max + 1);
    expect(job.roadmap.activities.length).toBeLessThanOrEqual(max);
    expect(limit?.message).toMatch(/Разделите таблицу/);
  });
});

describe("a school's own status column", () => {
  it("becomes the activity status, and the user's later edit wins", () => {
    const text = [
      "Дорожная карта МБОУ «СОШ № 3» на 2024 год",
      "",
      "№\tМероприятие\tСрок\tОтветственный\tРезультат\tОтметка о выполнении",
      "1\tДиагностика затруднений\tСентябрь 2024\tЗаместитель директора по УВР\tКарта\tВыполнено",
      "2\tКонсультации для родителей\tОктябрь 2024\tКлассные руководители\tПротокол\tчастично",
      "3\tПробная работа\tДекабрь 2024\tУчителя математики\tАнализ\tне выполнено",
      "4\tПедсовет\tНоябрь 2024\tДиректор\tРешение\t",
    ].join("\n");
    const document = readDocumentText(text, "school.tsv");
    const job = runRoadmapJob({ document, asOf: "2025-01-10" });
    expect(job.roadmap.activities.map((a) => a.status)).toEqual(["выполнено", "в работе", "не выполнено", undefined]);
    const edited = runRoadmapJob({ document, asOf: "2025-01-10", tracking: new Map([[job.roadmap.activities[1].id, { status: "выполнено" as const }]]) });
    expect(edited.roadmap.activities[1].status).toBe("выполнено");
  });
});
