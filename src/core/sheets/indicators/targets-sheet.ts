import type { TargetResult } from "../../indicators";
import type { Cell, SheetPlan } from "../../workbook";
import { PERCENT_FMT, RESULT_SHEET_KEYS } from "./keys";

const OP_SIGN: Record<string, string> = { ">=": "≥", "<=": "≤", ">": ">", "<": "<", "=": "=" };
const HEADERS = ["№", "Показатель", "Целевое значение", "Условие", "Порог", "Ед.", "Числитель", "Знаменатель", "Значение", "Статус", "Источник числителя", "Источник знаменателя"];
export const TARGETS_HEADER_ROW = 3;
const EPS = "0.000000001";

/** Value: a share for percent targets, the numerator itself for counts («не менее 20 семинаров»). */
export function targetValueFormula(r: number): string {
  return `IF(G${r}="","",IF(F${r}="%",IF(OR(H${r}="",H${r}=0),"",G${r}/H${r}),G${r}))`;
}

export function targetStatusFormula(r: number): string {
  const v = `I${r}`, g = `E${r}`, op = `D${r}`;
  const met = `OR(AND(${op}="≥",${v}>=${g}-${EPS}),AND(${op}="≤",${v}<=${g}+${EPS}),AND(${op}=">",${v}>${g}+${EPS}),AND(${op}="<",${v}<${g}-${EPS}),AND(${op}="=",ABS(${v}-${g})<=${EPS}))`;
  return `IF(OR(${v}="",${op}=""),"нет данных",IF(${met},"достигнут","не достигнут"))`;
}

/**
 * «Целевые показатели»: the passport's indicators with their target parsed; the user types numerators and
 * denominators where the data has none, and the value and status follow (formulas).
 */
export function buildTargetsSheet(targets: readonly TargetResult[]): SheetPlan {
  const rows: Cell[][] = targets.map((t, i) => {
    const r = TARGETS_HEADER_ROW + 1 + i;
    return [
      t.id, t.text, t.target ?? "", t.op ? OP_SIGN[t.op] : "", t.goal, t.unit === "percent" ? "%" : t.unit === "count" ? "шт." : "",
      t.numerator, t.denominator, { f: targetValueFormula(r), v: t.value ?? "" }, { f: targetStatusFormula(r), v: t.status },
      t.numeratorSource ?? "вводится вручную", t.denominatorSource ?? "вводится вручную",
    ];
  });
  const last = TARGETS_HEADER_ROW + Math.max(rows.length, 1);
  const percentRows = targets.flatMap((t, i) => (t.unit === "percent" ? [TARGETS_HEADER_ROW + 1 + i] : []));
  return {
    key: RESULT_SHEET_KEYS.targets,
    name: "Целевые показатели",
    columnWidths: [5, 60, 18, 9, 9, 6, 11, 12, 11, 14, 24, 24],
    blocks: [{ at: "A1", rows: [["Целевые показатели программы (введите числитель и знаменатель — статус пересчитается)"]] }],
    tables: [{
      name: "RM_Targets", at: `A${TARGETS_HEADER_ROW}`,
      columns: HEADERS.map((header, i) => ({ header, kind: i === 6 || i === 7 || i === 4 || i === 8 ? ("number" as const) : ("text" as const), wrap: i === 1 })),
      rows: rows.length ? rows : [HEADERS.map(() => null)],
    }],
    formats: [
      { range: "A1", bold: true, fontSize: 13 },
      ...percentRows.flatMap((r) => [{ range: `E${r}`, numFmt: PERCENT_FMT }, { range: `I${r}`, numFmt: PERCENT_FMT }]),
      { range: `G${TARGETS_HEADER_ROW + 1}:H${last}`, fill: "#FFF2CC" },
    ],
    conditionalFormats: [
      { range: `J${TARGETS_HEADER_ROW + 1}:J${last}`, formula: `J${TARGETS_HEADER_ROW + 1}="достигнут"`, fill: "#C6EFCE" },
      { range: `J${TARGETS_HEADER_ROW + 1}:J${last}`, formula: `J${TARGETS_HEADER_ROW + 1}="не достигнут"`, fill: "#F8CBAD" },
    ],
    dataValidations: [{ range: `D${TARGETS_HEADER_ROW + 1}:D${last}`, list: ["≥", "≤", ">", "<", "="] }],
  };
}
