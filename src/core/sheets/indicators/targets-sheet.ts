import type { TargetResult } from "../../indicators";
import { metricLabelRu } from "../../targets";
import type { Cell, SheetPlan } from "../../workbook";
import { PERCENT_FMT, RESULT_SHEET_KEYS } from "./keys";

const OP_SIGN: Record<string, string> = { ">=": "≥", "<=": "≤", ">": ">", "<": "<", "=": "=" };
const HEADERS = ["№", "Показатель", "Целевое значение", "Условие", "Порог", "Ед.", "Числитель", "Знаменатель", "Значение", "Статус", "Откуда числитель", "Откуда знаменатель"];
export const TARGETS_HEADER_ROW = 3;
/** Blank rows of an empty sheet, ready for the user's own targets. */
const BLANK_ROWS = 12;
const EPS = "0.000000001";

const HOW_TO_FILL =
  "Целевые показатели не заданы: в приказе не найден раздел «Целевые показатели» (или «Основные показатели (индикаторы)»). " +
  "Впишите показатели программы в таблицу: текст, условие (≥ или ≤), порог (для процентов — в %, например 90 %), «%» или «шт.» в столбце «Ед.», " +
  "числитель и знаменатель — значение и статус посчитаются сами. Либо передайте файл: report --targets ФАЙЛ.";

/** Value: a share for percent targets, the numerator itself for counts («не менее 20 семинаров»). */
export function targetValueFormula(r: number): string {
  return `IF(G${r}="","",IF(F${r}="%",IF(OR(H${r}="",H${r}=0),"",G${r}/H${r}),G${r}))`;
}

/** Status on the value as shown: a percentage rounded to one decimal (0.0 %), as the report and the note show it. */
export function targetStatusFormula(r: number): string {
  const v = `IF(F${r}="%",ROUND(I${r},3),I${r})`, g = `E${r}`, op = `D${r}`;
  const met = `OR(AND(${op}="≥",${v}>=${g}-${EPS}),AND(${op}="≤",${v}<=${g}+${EPS}),AND(${op}=">",${v}>${g}+${EPS}),AND(${op}="<",${v}<${g}-${EPS}),AND(${op}="=",ABS(${v}-${g})<=${EPS}))`;
  return `IF(OR(I${r}="",${op}=""),"нет данных",IF(${met},"достигнут","не достигнут"))`;
}

function targetRow(t: TargetResult, r: number): Cell[] {
  return [
    t.id, t.text, t.target ?? "", t.op ? OP_SIGN[t.op] : "", t.goal, t.unit === "percent" ? "%" : t.unit === "count" ? "шт." : "",
    t.numerator, t.denominator, { f: targetValueFormula(r), v: t.value ?? "" }, { f: targetStatusFormula(r), v: t.status },
    metricLabelRu(t.numeratorSource), metricLabelRu(t.denominatorSource),
  ];
}

function blankRow(i: number, r: number): Cell[] {
  return [String(i + 1), "", "", "", null, "", null, null, { f: targetValueFormula(r), v: "" }, { f: targetStatusFormula(r), v: "нет данных" }, "вводится вручную", "вводится вручную"];
}

/**
 * «Целевые показатели»: the programme's own targets (from its order, a file or typed here) with the goal parsed;
 * the user types numerators and denominators where the data has none, and value and status follow (formulas).
 * Without targets: blank rows and a line saying how to fill them.
 */
export function buildTargetsSheet(targets: readonly TargetResult[]): SheetPlan {
  const empty = targets.length === 0;
  const rows: Cell[][] = empty
    ? Array.from({ length: BLANK_ROWS }, (_, i) => blankRow(i, TARGETS_HEADER_ROW + 1 + i))
    : targets.map((t, i) => targetRow(t, TARGETS_HEADER_ROW + 1 + i));
  const last = TARGETS_HEADER_ROW + rows.length;
  const percentRows = empty
    ? rows.map((_, i) => TARGETS_HEADER_ROW + 1 + i)
    : targets.flatMap((t, i) => (t.unit === "percent" ? [TARGETS_HEADER_ROW + 1 + i] : []));
  const title = empty ? HOW_TO_FILL : "Целевые показатели программы (введите числитель и знаменатель — статус пересчитается)";
  return {
    key: RESULT_SHEET_KEYS.targets,
    name: "Целевые показатели",
    columnWidths: [5, 60, 18, 9, 9, 6, 11, 12, 11, 14, 30, 30],
    blocks: [{ at: "A1", rows: [[title]] }],
    merges: empty ? ["A1:L2"] : [],
    tables: [{
      name: "RM_Targets", at: `A${TARGETS_HEADER_ROW}`,
      columns: HEADERS.map((header, i) => ({ header, kind: i === 6 || i === 7 || i === 4 || i === 8 ? ("number" as const) : ("text" as const), wrap: i === 1 || i >= 10 })),
      rows,
    }],
    formats: [
      { range: "A1", bold: true, fontSize: empty ? 11 : 13, wrap: empty, vertical: "top" },
      ...percentRows.flatMap((r) => [{ range: `E${r}`, numFmt: PERCENT_FMT }, { range: `I${r}`, numFmt: PERCENT_FMT }]),
      { range: `G${TARGETS_HEADER_ROW + 1}:H${last}`, fill: "#FFF2CC" },
      ...(empty ? [{ range: `B${TARGETS_HEADER_ROW + 1}:F${last}`, fill: "#FFF2CC" }] : []),
    ],
    conditionalFormats: [
      { range: `J${TARGETS_HEADER_ROW + 1}:J${last}`, formula: `J${TARGETS_HEADER_ROW + 1}="достигнут"`, fill: "#C6EFCE" },
      { range: `J${TARGETS_HEADER_ROW + 1}:J${last}`, formula: `J${TARGETS_HEADER_ROW + 1}="не достигнут"`, fill: "#F8CBAD" },
    ],
    dataValidations: [
      { range: `D${TARGETS_HEADER_ROW + 1}:D${last}`, list: ["≥", "≤", ">", "<", "="] },
      { range: `F${TARGETS_HEADER_ROW + 1}:F${last}`, list: ["%", "шт."] },
    ],
  };
}
