/**
 * ВПР per-pupil exports in ФИС ОКО's layout («Индивидуальные результаты»), invented pupils. The figures in the
 * tests are worked out by hand from these rows (see tasks.test.ts).
 */
import { parseTsv } from "../../../src/core/table";
import type { SourceTable } from "../../../src/core/table/types";

export const TASK_HEADERS = ["1 (1б)", "2 (1б)", "3 (2б)", "4.1 (1б)", "4.2 (2б)"];
export const LEVELS = ["Б", "Б", "Б", "П", "В"];

type Pupil = readonly [
  code: string,
  variant: string,
  scores: readonly string[],
  primary: string,
  mark: string,
  journal: string,
];

export interface School {
  readonly code: string;
  readonly name: string;
  readonly pupils: readonly Pupil[];
}

export const SCHOOL_A: School = {
  code: "edu990101",
  name: "МБОУ «СОШ № 1 г. Энска»",
  pupils: [
    ["10001", "1", ["1", "1", "2", "1", "2"], "7", "5", "5"],
    ["10002", "2", ["1", "0", "1", "1", "0"], "3", "3", "5"],
    ["10003", "1", ["1", "1", "2", "0", "1"], "5", "4", "4"],
    ["10004", "отсутствовал", ["", "", "", "", ""], "", "", ""],
    ["10005", "2", ["0", "X", "1", "0", "0"], "1", "2", "4"],
    ["10006", "1", ["1", "1", "5", "1", "1"], "4", "3", "нет отметки"],
  ],
};

export const SCHOOL_B: School = {
  code: "edu990102",
  name: "МБОУ «ООШ с. Озёрное»",
  pupils: [
    ["10001", "1", ["0", "0", "0", "0", "0"], "0", "2", "3"],
    ["10002", "2", ["1", "1", "1", "0", "0"], "3", "3", "3"],
    ["10003", "1", ["1", "1", "2", "1", "0"], "5", "4", "3"],
    ["10004", "2", ["1", "0", "2", "0", "0"], "3", "3", "2"],
  ],
};

export const SCHOOL_C: School = {
  code: "edu990103",
  name: "МКОУ «СОШ д. Лесное»",
  pupils: [
    ["10001", "1", ["1", "1", "2", "1", "2"], "7", "5", "3"],
    ["10002", "2", ["1", "1", "2", "1", "1"], "6", "4", "4"],
    ["10003", "1", ["0", "1", "1", "0", "1"], "3", "3", "3"],
  ],
};

const HEADER = [
  "ОО",
  "Муниципалитет",
  "Название ОО",
  "Код участника",
  "Класс",
  "Вариант",
  ...TASK_HEADERS,
  "Первичный балл",
  "Отметка",
  "Отметка по журналу",
];

/** The export as ФИС ОКО lays it out: preamble, level row, header, a group row before each school's pupils. */
export function exportRows(schools: readonly School[], opts: { declared?: (s: School) => number } = {}): string[][] {
  const width = HEADER.length;
  const pad = (cells: string[]) => [...cells, ...Array(Math.max(0, width - cells.length)).fill("")];
  const rows: string[][] = [
    pad(["Индивидуальные результаты участников"]),
    pad([]),
    pad(["ВПР 2024 Математика 5 класс"]),
    pad(["Предмет:", "Математика"]),
    pad(["Максимальный первичный балл:", "7"]),
    pad(["Дата:", "16.04.2024"]),
    pad([]),
    pad(["Уровень сложности задания", "", "", "", "", "", ...LEVELS]),
    HEADER,
  ];
  for (const s of schools) {
    const present = s.pupils.filter((p) => p[1] !== "отсутствовал").length;
    rows.push(pad([`${s.name}(${s.code})`, `Кол-во участников: ${opts.declared ? opts.declared(s) : present}`]));
    for (const [code, variant, scores, primary, mark, journal] of s.pupils) {
      rows.push([
        s.code,
        "Энский муниципальный район",
        `${s.name}(${s.code})`,
        code,
        "5",
        variant,
        ...scores,
        primary,
        mark,
        journal,
      ]);
    }
  }
  return rows;
}

/** The same pupils pasted «without the frills»: no preamble or group rows, «4К1»/«4.2» headers, a max-score row. */
export function plainRows(schools: readonly School[]): string[][] {
  const rows: string[][] = [
    [
      "Школа",
      "Код участника",
      "Вариант",
      "1",
      "2",
      "3",
      "4К1",
      "4.2",
      "Первичный балл",
      "Отметка",
      "Отметка по журналу",
    ],
    ["Макс. балл", "", "", "1", "1", "2", "1", "2", "7", "", ""],
  ];
  for (const s of schools)
    for (const [code, variant, scores, primary, mark, journal] of s.pupils)
      rows.push([s.name, code, variant, ...scores, primary, mark, journal]);
  return rows;
}

export const toTsv = (rows: readonly (readonly string[])[]): string => rows.map((r) => r.join("\t")).join("\n");

export function table(rows: readonly (readonly string[])[], sheet = "МА 5 Индивидуальные результаты"): SourceTable {
  return parseTsv(toTsv(rows), { kind: "tsv", sheet, firstRow: 1, firstColumn: 1 });
}
