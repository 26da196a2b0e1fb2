import type { DistrictReport, ExecutionState, ReturnsMatrix } from "../../report";
import { countStates } from "../../report";
import { type Cell, type SheetPlan, columnLetter, date, formula, keyRef } from "../../workbook";
import { HEADER_FILL, PERCENT_FMT } from "../report/options";

export const RETURNS_SHEET_KEYS = {
  summary: "report.returns",
  matrix: "report.returnsMatrix",
  /** Hidden: the matrix as last written, so a re-run tells the methodologist's edits from the add-in's values. */
  written: "report.returnsWritten",
  comments: "report.returnsComments",
} as const;

/** Matrix layout: dates in row 4, texts in row 5, one row per school from row 6; activities from column C. */
const MATRIX = { asOf: "$B$2", headerRow: 3, endRow: 4, textRow: 5, firstSchoolRow: 6, firstColumn: 2 } as const;
const NOT_TAKING = "—";
const NO_RETURN = "нет ответа";
const NO_STATUS = "не указан";

/** Where things are on «Статусы по школам» (1-based rows, 0-based first activity column), for reading it back. */
export const MATRIX_LAYOUT = {
  headerRow: MATRIX.headerRow,
  firstSchoolRow: MATRIX.firstSchoolRow,
  firstColumn: MATRIX.firstColumn,
  placeholders: [NOT_TAKING, NO_RETURN, NO_STATUS, ""] as readonly string[],
} as const;

/**
 * The status as the matrix cell holds it: the school's word; «—» where the school does not take part; a word where
 * it gave none. Never blank: Excel and LibreOffice disagree on whether «<>x» criteria match empty cells.
 */
function matrixCell(state: ExecutionState | null, status: string | null, received: boolean): string {
  if (state === null) return NOT_TAKING;
  return status ?? (received ? NO_STATUS : NO_RETURN);
}

const STATE_COLORS = {
  done: { fill: "#C6EFCE", fontColor: "#006100" },
  inProgress: { fill: "#FFEB9C", fontColor: "#7F6000" },
  overdue: { fill: "#FFC7CE", fontColor: "#9C0006" },
} as const;

/**
 * «Статусы по школам»: a row per school, a column per activity, each cell the school's status. The methodologist
 * may correct a cell; every count on «Ответы школ» is a formula over this sheet, so it follows.
 */
function matrixSheet(m: ReturnsMatrix, asOf: string): SheetPlan {
  const n = m.activities.length;
  const first = columnLetter(MATRIX.firstColumn);
  const last = columnLetter(MATRIX.firstColumn + Math.max(n, 1) - 1);
  const lastRow = MATRIX.firstSchoolRow + m.schools.length - 1;
  const cells = `${first}${MATRIX.firstSchoolRow}:${last}${Math.max(lastRow, MATRIX.firstSchoolRow)}`;
  const end = `${first}$${MATRIX.endRow}`;
  return {
    key: RETURNS_SHEET_KEYS.matrix,
    name: "Статусы по школам",
    columnWidths: [40, 10, ...m.activities.map(() => 14)],
    freeze: { rows: MATRIX.textRow, columns: MATRIX.firstColumn },
    blocks: [
      {
        at: "A1",
        rows: [
          ["Статусы мероприятий по ответам школ (строка — школа, столбец — мероприятие)"],
          ["Дата контроля", date(asOf)],
          ["Школа", "Ответ", ...m.activities.map((a) => a.id)],
          ["Срок окончания", "", ...m.activities.map((a) => (a.end ? date(a.end) : null))],
          ["Мероприятие", "", ...m.activities.map((a) => a.text)],
          ...m.schools.map((s): Cell[] => [
            s.school,
            s.received ? "да" : "нет",
            ...s.states.map((st, i) => matrixCell(st, s.statuses[i], s.received)),
          ]),
        ],
      },
    ],
    rowHeights: [{ row: MATRIX.textRow, height: 120 }],
    formats: [
      { range: "A1", bold: true, fontSize: 12 },
      { range: "B2", numFmt: "dd.mm.yyyy", horizontal: "left" },
      {
        range: `A${MATRIX.headerRow}:${last}${MATRIX.textRow}`,
        bold: true,
        fill: HEADER_FILL,
        border: true,
        vertical: "top",
      },
      { range: `${first}${MATRIX.endRow}:${last}${MATRIX.endRow}`, numFmt: "dd.mm.yyyy" },
      { range: `${first}${MATRIX.textRow}:${last}${MATRIX.textRow}`, wrap: true, bold: false, fontSize: 8 },
      { range: `A${MATRIX.firstSchoolRow}:${last}${Math.max(lastRow, MATRIX.firstSchoolRow)}`, border: true },
      { range: `A${MATRIX.firstSchoolRow}:A${Math.max(lastRow, MATRIX.firstSchoolRow)}`, wrap: true },
    ],
    // Overdue first: a «в работе» past its end is overdue, as on every other sheet of the report.
    conditionalFormats: [
      {
        range: cells,
        formula: `AND(${first}${MATRIX.firstSchoolRow}<>"выполнено",${first}${MATRIX.firstSchoolRow}<>"${NOT_TAKING}",ISNUMBER(${end}),${end}<${MATRIX.asOf})`,
        ...STATE_COLORS.overdue,
        priority: 1,
        stopIfTrue: true,
      },
      {
        range: cells,
        formula: `${first}${MATRIX.firstSchoolRow}="выполнено"`,
        ...STATE_COLORS.done,
        priority: 2,
        stopIfTrue: true,
      },
      {
        range: cells,
        formula: `${first}${MATRIX.firstSchoolRow}="в работе"`,
        ...STATE_COLORS.inProgress,
        priority: 3,
        stopIfTrue: true,
      },
      {
        range: `B${MATRIX.firstSchoolRow}:B${Math.max(lastRow, MATRIX.firstSchoolRow)}`,
        formula: `B${MATRIX.firstSchoolRow}="нет"`,
        ...STATE_COLORS.overdue,
        priority: 4,
      },
    ],
    dataValidations: [
      {
        range: cells,
        list: [
          "запланировано",
          "в работе",
          "выполнено",
          "не выполнено",
          "перенесено",
          NO_STATUS,
          NO_RETURN,
          NOT_TAKING,
        ],
        allowBlank: true,
      },
    ],
    print: { orientation: "landscape", fitToWidth: false, titleRows: `${MATRIX.headerRow}:${MATRIX.textRow}` },
  };
}

const SUMMARY_HEADERS = [
  "Школа",
  "Ответ получен",
  "Файл",
  "Мероприятий",
  "Выполнено",
  "В работе",
  "Просрочено",
  "Срок не наступил",
  "% выполнения",
];

/** «Ответы школ»: who answered, and each school's counts as formulas over the matrix. */
function summarySheet(r: DistrictReport, m: ReturnsMatrix): SheetPlan {
  const mx = (ref: string) => keyRef(RETURNS_SHEET_KEYS.matrix, ref);
  const first = columnLetter(MATRIX.firstColumn);
  const last = columnLetter(MATRIX.firstColumn + Math.max(m.activities.length, 1) - 1);
  const ends = mx(`$${first}$${MATRIX.endRow}:$${last}$${MATRIX.endRow}`);
  const asOf = mx(MATRIX.asOf);
  const headerRow = 5;
  const rows: Cell[][] = m.schools.map((s, i) => {
    const row = headerRow + 1 + i;
    const range = mx(`$${first}$${MATRIX.firstSchoolRow + i}:$${last}$${MATRIX.firstSchoolRow + i}`);
    const c = countStates(s.states.filter((x): x is ExecutionState => x !== null));
    const ret = r.returns.find((x) => x.school === s.school);
    return [
      s.school,
      s.received ? "да" : "нет",
      ret?.file ?? "",
      formula(`COUNTIF(${range},"<>${NOT_TAKING}")`, c.total),
      formula(`COUNTIF(${range},"выполнено")`, c.done),
      formula(
        `COUNTIFS(${range},"в работе",${ends},">="&${asOf})+COUNTIFS(${range},"в работе",${ends},"")`,
        c.inProgress,
      ),
      formula(`COUNTIFS(${range},"<>выполнено",${range},"<>${NOT_TAKING}",${ends},"<"&${asOf})`, c.overdue),
      formula(`D${row}-E${row}-F${row}-G${row}`, c.planned),
      formula(`IF(D${row}=0,"",E${row}/D${row})`, c.doneShare ?? ""),
    ];
  });
  const received = m.schools.filter((s) => s.received).length;
  const lastRow = headerRow + Math.max(rows.length, 1);
  const missing = m.schools.filter((s) => !s.received).map((s) => s.school);
  const acrossAt = lastRow + 3;
  const across = r.execution.acrossSchools;
  const acrossRows: Cell[][] = across.map((a) => [
    a.number || a.id,
    a.text,
    a.end ? date(a.end) : null,
    a.schools,
    a.done,
    a.overdue,
    a.notDone.join("; "),
  ]);
  return {
    key: RETURNS_SHEET_KEYS.summary,
    name: "Ответы школ",
    columnWidths: [44, 12, 28, 13, 12, 11, 12, 14, 13],
    blocks: [
      {
        at: "A1",
        rows: [
          ["Ответы школ о выполнении дорожной карты"],
          ["Дата контроля", formula(asOf, null)],
          [
            "Получено ответов",
            formula(
              `COUNTIF(B${headerRow + 1}:B${lastRow},"да")&" из "&COUNTA(A${headerRow + 1}:A${lastRow})`,
              `${received} из ${m.schools.length}`,
            ),
          ],
          ["Не прислали ответ", missing.length ? missing.join("; ") : "все школы прислали ответ"],
          SUMMARY_HEADERS,
          ...rows,
        ],
      },
      {
        at: `A${acrossAt}`,
        rows: [
          ["Мероприятия дорожной карты по школам"],
          ["№", "Мероприятие", "Срок окончания", "Школ участвует", "Выполнили", "Просрочили", "Не выполнили (школы)"],
          ...acrossRows,
        ],
      },
    ],
    formats: [
      { range: "A1", bold: true, fontSize: 13 },
      { range: "A2:A4", bold: true },
      { range: "B2", numFmt: "dd.mm.yyyy", horizontal: "left" },
      { range: "B4", wrap: true },
      {
        range: `A${headerRow}:I${headerRow}`,
        bold: true,
        fill: HEADER_FILL,
        wrap: true,
        border: true,
        vertical: "center",
        horizontal: "center",
      },
      { range: `A${headerRow + 1}:I${lastRow}`, border: true, vertical: "top" },
      { range: `A${headerRow + 1}:A${lastRow}`, wrap: true },
      { range: `I${headerRow + 1}:I${lastRow}`, numFmt: PERCENT_FMT },
      { range: `A${acrossAt}`, bold: true, fontSize: 12 },
      {
        range: `A${acrossAt + 1}:G${acrossAt + 1}`,
        bold: true,
        fill: HEADER_FILL,
        wrap: true,
        border: true,
        vertical: "center",
      },
      {
        range: `A${acrossAt + 2}:G${acrossAt + 1 + Math.max(acrossRows.length, 1)}`,
        border: true,
        wrap: true,
        vertical: "top",
      },
      { range: `C${acrossAt + 2}:C${acrossAt + 1 + Math.max(acrossRows.length, 1)}`, numFmt: "dd.mm.yyyy" },
    ],
    merges: [
      "B4:I4",
      ...across.map((_, i) => `G${acrossAt + 2 + i}:I${acrossAt + 2 + i}`),
      `G${acrossAt + 1}:I${acrossAt + 1}`,
    ],
    conditionalFormats: [
      {
        range: `B${headerRow + 1}:B${lastRow}`,
        formula: `B${headerRow + 1}="нет"`,
        ...STATE_COLORS.overdue,
        priority: 1,
      },
      { range: `G${headerRow + 1}:G${lastRow}`, formula: `G${headerRow + 1}>0`, ...STATE_COLORS.overdue, priority: 2 },
    ],
    print: { orientation: "landscape", fitToWidth: true, titleRows: `${headerRow}:${headerRow}` },
  };
}

/** «Комментарии школ»: what each school wrote, verbatim, with the file it came from. */
function commentsSheet(r: DistrictReport): SheetPlan {
  const rows: Cell[][] = [];
  for (const s of r.schoolReturns) {
    for (const a of s.activities) {
      if (!a.status && !a.doneDate && !a.evidence && !a.note) continue;
      rows.push([
        s.school,
        a.number || a.id,
        a.text,
        a.status ?? "",
        a.doneDate ? date(a.doneDate) : null,
        a.evidence ?? "",
        a.note ?? "",
        s.file ?? "",
      ]);
    }
  }
  return {
    key: RETURNS_SHEET_KEYS.comments,
    name: "Комментарии школ",
    columnWidths: [36, 8, 50, 14, 13, 36, 40, 24],
    freeze: { rows: 2, columns: 0 },
    blocks: [
      {
        at: "A1",
        rows: [["Ответы школ по мероприятиям: статус, дата, подтверждение и комментарий — как их написала школа"]],
      },
    ],
    tables: [
      {
        name: "КомментарииШкол",
        at: "A2",
        columns: [
          { header: "Школа", wrap: true },
          { header: "№" },
          { header: "Мероприятие", wrap: true },
          { header: "Статус" },
          { header: "Дата выполнения", kind: "date" },
          { header: "Подтверждение", wrap: true },
          { header: "Комментарий", wrap: true },
          { header: "Файл", wrap: true },
        ],
        rows: rows.length ? rows : [["", "", "Школы не оставили комментариев", "", null, "", "", ""]],
        style: "TableStyleLight9",
      },
    ],
    formats: [{ range: "A1", bold: true, fontSize: 12 }],
    print: { orientation: "landscape", fitToWidth: true, titleRows: "2:2" },
  };
}

/** The statuses exactly as written, on a hidden sheet: compared with the visible matrix on the next run. */
function writtenSheet(m: ReturnsMatrix): SheetPlan {
  const rows: Cell[][] = Array.from({ length: MATRIX.headerRow - 1 }, () => [""]);
  rows.push(["Школа", "Ответ", ...m.activities.map((a) => a.id)]);
  while (rows.length < MATRIX.firstSchoolRow - 1) rows.push([""]);
  for (const s of m.schools)
    rows.push([
      s.school,
      s.received ? "да" : "нет",
      ...s.states.map((st, i) => matrixCell(st, s.statuses[i], s.received)),
    ]);
  return { key: RETURNS_SHEET_KEYS.written, name: "Статусы (записано)", hidden: true, blocks: [{ at: "A1", rows }] };
}

/** The consolidated picture of the schools' returns: summary, status matrix, comments. None without returns. */
export function buildReturnsSheets(r: DistrictReport): SheetPlan[] {
  if (!r.returnsMatrix) return [];
  return [
    summarySheet(r, r.returnsMatrix),
    matrixSheet(r.returnsMatrix, r.asOf),
    commentsSheet(r),
    writtenSheet(r.returnsMatrix),
  ];
}
