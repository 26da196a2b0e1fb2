import { date, formula, keyRef, link, type SheetPlan, type WorkbookPlan } from "../../src/core/workbook";
import type { OfficeEnv } from "../../src/excel";
import type { FakeOffice } from "../helpers/fake-excel";

/**
 * The Office.js suite runs on the strict fake at both: 1.7 is Excel 2019 (the manifest's floor), 1.9 has
 * data validation, page layout and screen updating. Features above the host's set must degrade, not fail.
 */
export const API_VERSIONS = ["1.7", "1.9"] as const;
export const atLeast = (api: string, v: string) => Number(api.split(".")[1]) >= Number(v.split(".")[1]);

export function envOf(fake: FakeOffice): OfficeEnv {
  return {
    run: (batch) => fake.Excel.run(batch as never),
    isSetSupported: (n, v) => fake.Office.context.requirements.isSetSupported(n, v),
    settings: () => fake.Office.context.document.settings as unknown as Office.Settings,
    createWorkbook: (b) => fake.Excel.createWorkbook(b),
  };
}

const STATUSES = ["запланировано", "в работе", "выполнено", "не выполнено", "перенесено"];

/** A report-like sheet: text, numbers, a percent, a date, a formula and an internal link per row. */
export function reportSheet(key: string, name: string, rows: number, otherKey?: string): SheetPlan {
  const body = Array.from({ length: rows }, (_, i) => [
    `${i + 1}.`,
    `Мероприятие ${i + 1}: мониторинг результатов ВПР в школе №${(i % 37) + 1}`,
    STATUSES[i % STATUSES.length],
    date(`2024-0${(i % 9) + 1}-1${i % 10}`),
    (i % 100) / 100,
    formula(`E${i + 5}*100`),
    otherKey ? link(keyRef(otherKey, `B${i + 5}`), "→") : i,
  ]);
  return {
    key,
    name,
    blocks: [{ at: "A1", rows: [[`Лист ${name}`], ["по состоянию на", date("2024-05-01")]] }],
    tables: [
      {
        name: `T_${key.replace(/\W/g, "_")}`,
        at: "A4",
        columns: [
          { header: "№" },
          { header: "Мероприятие", wrap: true, width: 60 },
          { header: "Статус" },
          { header: "Срок", kind: "date" },
          { header: "Доля", kind: "percent" },
          { header: "Процент", kind: "number" },
          { header: "Ссылка" },
        ],
        rows: body,
      },
    ],
    freeze: { rows: 4, columns: 1 },
    formats: [
      { range: "A1", bold: true, fontSize: 14 },
      { range: "A4:G4", border: true, fill: "#DDEBF7" },
    ],
    conditionalFormats: [{ range: `D5:D${rows + 4}`, formula: '$C5<>"выполнено"', fill: "#F8CBAD" }],
    dataValidations: [{ range: `C5:C${rows + 4}`, list: STATUSES }],
    charts:
      rows > 0
        ? [
            {
              type: "clusteredColumn",
              title: "Доля",
              categories: `A5:A${Math.min(rows, 20) + 4}`,
              at: "I4",
              series: [
                { name: "Доля", values: `E5:E${Math.min(rows, 20) + 4}` },
                { name: "Район", values: `F5:F${Math.min(rows, 20) + 4}`, asLine: true },
              ],
            },
          ]
        : [],
    print: { orientation: "landscape", titleRows: "4:4", header: "Свод & итоги" },
  };
}

export function fiveSheetPlan(rows: number, prefix = "rm1"): WorkbookPlan {
  const names = ["Мероприятия", "Проверка", "Ответственные", "Свод по району", "Исполнение"];
  return {
    sheets: names.map((n, i) => reportSheet(`${prefix}.s${i}`, n, rows, i > 0 ? `${prefix}.s0` : undefined)),
    names: [{ name: "AsOfDate", sheetKey: `${prefix}.s0`, ref: "B2" }],
  };
}

/** Result-table-like sheets: short codes, counts and dates, 8 columns. */
export function fiveNumericSheets(rows: number): WorkbookPlan {
  return {
    sheets: Array.from({ length: 5 }, (_, s) => ({
      key: `res.s${s}`,
      name: `Результаты ${s + 1}`,
      tables: [
        {
          name: `Results_${s}`,
          at: "A1",
          columns: ["Код", "5", "4", "3", "2", "Всего", "Дата", "Доля"].map((header) => ({ header })),
          rows: Array.from({ length: rows }, (_, i) => [
            `sch${100000 + i}`,
            i % 7,
            i % 11,
            i % 13,
            i % 3,
            { f: `SUM(B${i + 2}:E${i + 2})` },
            date("2024-04-20"),
            (i % 50) / 50,
          ]),
        },
      ],
    })),
  };
}
