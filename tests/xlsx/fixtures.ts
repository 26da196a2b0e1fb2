import type { SheetPlan, WorkbookPlan } from "../../src/core/workbook";
import { keyRef } from "../../src/core/workbook";

/** A plan that uses every element of the WorkbookPlan once: the round-trip tests read each back. */
export function fullPlan(): WorkbookPlan {
  const activities: SheetPlan = {
    key: "rmtest.activities",
    name: "Мероприятия",
    tabColor: "#1F4E79",
    columnWidths: [8, 50],
    freeze: { rows: 3, columns: 1 },
    blocks: [{ at: "A1", rows: [["Дорожная карта: тест"], ["Дата отчёта", { d: "2024-03-15" }]] }],
    tables: [
      {
        name: "Мероприятия_т",
        at: "A3",
        columns: [
          { header: "№", kind: "text", width: 6 },
          { header: "Мероприятие", kind: "text", wrap: true },
          { header: "Срок", kind: "date" },
          { header: "Доля", kind: "percent" },
          { header: "Статус", kind: "text" },
          { header: "Итог", kind: "number" },
        ],
        rows: [
          ["1.1", "Анализ результатов ВПР", { d: "2023-12-31" }, 0.25, "выполнено", { f: "D4*100", v: 25 }],
          ["1.2", "Семинар для руководителей ОО", { d: "2024-05-20" }, 0.5, "в работе", { f: "=D5*100", v: 50 }],
          ["1.3", "Мониторинг", null, 1, "запланировано", { f: "D6*100" }],
        ],
      },
    ],
    merges: ["A1:F1"],
    formats: [{ range: "A1:F1", bold: true, fontSize: 14, fill: "#DDEBF7", horizontal: "center", border: true }],
    conditionalFormats: [{ range: "A4:F6", formula: '$E4="выполнено"', fill: "#C6EFCE", fontColor: "#006100", priority: 1, stopIfTrue: true }],
    dataValidations: [{ range: "E4:E6", list: ["запланировано", "в работе", "выполнено", "не выполнено", "перенесено"], prompt: "Статус" }],
    print: { orientation: "landscape", fitToWidth: true, titleRows: "3:3", header: "Мероприятия & сроки", footer: "Монитор" },
  };
  const summary: SheetPlan = {
    key: "rmtest.summary",
    name: "Свод",
    blocks: [
      {
        at: "A1",
        rows: [
          ["Выполнено", { f: `COUNTIF(${keyRef("rmtest.activities", "$E$4:$E$6")},"выполнено")`, v: 1 }],
          ["Перейти", { link: keyRef("rmtest.activities", "B5"), text: "к мероприятию 1.2" }],
          ["Истина", true],
        ],
      },
    ],
  };
  const hidden: SheetPlan = { key: "rmtest.original", name: "Исходные данные", hidden: true, blocks: [{ at: "A1", rows: [["исходный текст"]] }] };
  return {
    title: "Тест",
    sheets: [activities, summary, hidden],
    names: [{ name: "AsOfDate", sheetKey: "rmtest.activities", ref: "B2" }],
  };
}
