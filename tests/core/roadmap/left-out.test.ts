import { tablesLeftOut } from "../../../src/core/roadmap/left-out";
import type { TableSummary } from "../../../src/core/roadmap";
import { runRoadmapJob } from "../../../src/core/pipeline";
import { readDocumentText } from "../../../src/core/table";

const summary = (index: number, header: string[], rows: number, activityCount = 0): TableSummary => ({ index, header, rows, activityCount, looksLikeRoadmap: activityCount > 0 });

describe("tables left out", () => {
  it("names each table left out with its number, header words and rows, and how to pick one", () => {
    const f = tablesLeftOut([summary(0, ["Наименование показателя", "2024", "2025", "2026"], 6), summary(1, ["№", "Мероприятие", "Срок"], 40, 38), summary(2, ["Согласовано"], 1)], 1);
    expect(f?.code).toBe("table.left-out");
    expect(f?.severity).toBe("info");
    expect(f?.message).toMatch(/В файле 3 таблицы; импортирована № 1/);
    expect(f?.message).toMatch(/№ 0 «Наименование показателя \| 2024 \| 2025 \| …» \(6 строк\)/);
    expect(f?.message).toMatch(/№ 2 «Согласовано» \(1 строка\)/);
    expect(f?.message).toMatch(/--table N/);
  });

  it("is a warning when a table left out looks like a roadmap too", () => {
    expect(tablesLeftOut([summary(0, ["№", "Мероприятие"], 30, 28), summary(1, ["№", "Мероприятие"], 12, 10)], 0)?.severity).toBe("warning");
  });

  it("says nothing for a single table", () => {
    expect(tablesLeftOut([summary(0, ["№", "Мероприятие"], 30, 28)], 0)).toBeNull();
  });

  it("a pasted order with a passport table and a plan: the roadmap JSON says what was left out", () => {
    const text = [
      "Паспорт программы",
      "Наименование\tПрограмма поддержки школ",
      "Сроки\t2024-2025 годы",
      "",
      "План мероприятий",
      "№\tМероприятие\tСрок\tОтветственный",
      "1.\tСовещание руководителей\tмарт 2025 г.\tУправление образования",
      "2.\tМониторинг\tежеквартально\tМуниципальный координатор",
    ].join("\n");
    const job = runRoadmapJob({ document: readDocumentText(text, "приказ.txt"), asOf: "2025-01-10" });
    expect(job.roadmap.activities).toHaveLength(2);
    expect(job.roadmap.findings.find((f) => f.code === "table.left-out")?.message).toMatch(/№ 0 «Наименование \| Программа поддержки школ» \(2 строки\)/);
    const chosen = runRoadmapJob({ document: readDocumentText(text, "приказ.txt"), asOf: "2025-01-10", tableIndex: 1 });
    expect(chosen.roadmap.findings.some((f) => f.code === "table.left-out")).toBe(false);
  });
});
