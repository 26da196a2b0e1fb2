import { assembleRoadmap } from "../../../../src/core/roadmap";
import { buildActivitiesSheet, roadmapSheetKeys } from "../../../../src/core/sheets/roadmap";
import { parseTsv } from "../../../../src/core/table";

describe("«Мероприятия»: columns the product does not understand are shown, never dropped", () => {
  it("each «other» column of the document follows the sheet's own columns, as «Из документа: …»", () => {
    const text = ["№\tМероприятие\tСроки\tМесто\tПримечание", "1\tСеминар\tмарт 2024\tМБОУ СОШ № 2\tпо заявкам", "2\tСовещание\tапрель 2024\t\t"].join("\n");
    const roadmap = assembleRoadmap({ tables: [parseTsv(text)], text: "" });
    const keys = roadmapSheetKeys(roadmap.title, roadmap.columns.map((c) => c.header));
    const { sheet } = buildActivitiesSheet(roadmap, keys, "2024-05-01");
    const table = sheet.tables?.[0];
    const headers = table?.columns.map((c) => c.header) ?? [];
    expect(headers.slice(-2)).toEqual(["Из документа: Место", "Из документа: Примечание"]);
    expect(headers.filter((h) => h === "Примечание")).toHaveLength(1);
    expect(table?.rows.map((r) => r.slice(-2))).toEqual([
      ["МБОУ СОШ № 2", "по заявкам"],
      ["", ""],
    ]);
    expect(sheet.columnWidths).toHaveLength(headers.length);
  });
});
