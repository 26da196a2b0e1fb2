import type { Finding } from "../../findings";
import { SEVERITY_LABEL_RU } from "../../findings";
import type { Roadmap } from "../../roadmap/types";
import { type Cell, type SheetPlan, cellRef, formula, keyRef, link } from "../../workbook";
import { ACTIVITIES_HEADER_ROW, activityColumnIndex } from "./columns";
import type { SheetKeys } from "./keys";

/**
 * «Проверка»: every finding with severity, Russian message and a link to the activity's row
 * in «Мероприятия»; counts by code as COUNTIF formulas so they follow the user's filtering edits.
 */
export function buildFindingsSheet(roadmap: Roadmap, keys: SheetKeys): SheetPlan {
  const rowOfActivity = new Map(roadmap.activities.map((a, i) => [a.id, ACTIVITIES_HEADER_ROW + 1 + i]));
  const textCol = activityColumnIndex("text");
  const rows: Cell[][] = roadmap.findings.map((f) => findingRow(f, rowOfActivity, keys.activities, textCol));
  const codes = [...new Set(roadmap.findings.map((f) => f.code))].sort();
  const tableTop = 2; // 0-based row of the findings table header
  const firstData = tableTop + 2; // 1-based first data row
  const lastData = tableTop + 1 + Math.max(rows.length, 1);
  const summaryCol = 7; // H
  const summaryRows: Cell[][] = [
    ["Код", "Количество"],
    ...codes.map((code) => [code, formula(`COUNTIF($A$${firstData}:$A$${lastData},"${code}")`, count(roadmap.findings, code))]),
  ];
  return {
    key: keys.findings,
    name: "Проверка",
    tabColor: "#C00000",
    columnWidths: [22, 14, 80, 10, 36, 12, 4, 24, 12],
    freeze: { rows: tableTop + 1, columns: 0 },
    blocks: [
      { at: "A1", rows: [[`Проверка дорожной карты: ${roadmap.findings.length} замечаний`]] },
      { at: cellRef(tableTop, summaryCol), rows: summaryRows },
    ],
    tables: [
      {
        name: `${keys.tablePrefix}Findings`,
        at: cellRef(tableTop, 0),
        columns: [
          { header: "Код", kind: "text" },
          { header: "Важность", kind: "text" },
          { header: "Сообщение", kind: "text", wrap: true },
          { header: "ID", kind: "text" },
          { header: "Мероприятие", kind: "text" },
          { header: "Строка источника", kind: "integer" },
        ],
        rows,
      },
    ],
    formats: [
      { range: "A1", bold: true, fontSize: 14 },
      { range: `${cellRef(tableTop, summaryCol)}:${cellRef(tableTop, summaryCol + 1)}`, bold: true, fill: "#D9E1F2" },
    ],
    conditionalFormats: [
      { range: `B${firstData}:B${lastData}`, formula: `$B${firstData}="${SEVERITY_LABEL_RU.error}"`, fontColor: "#9C0006", bold: true },
    ],
    print: { orientation: "landscape", fitToWidth: true, titleRows: `${tableTop + 1}:${tableTop + 1}` },
  };
}

function count(findings: readonly Finding[], code: string): number {
  return findings.reduce((n, f) => n + (f.code === code ? 1 : 0), 0);
}

function findingRow(f: Finding, rowOfActivity: Map<string, number>, activitiesKey: string, textCol: number): Cell[] {
  const row = f.activityId !== undefined ? rowOfActivity.get(f.activityId) : undefined;
  const target = row !== undefined ? link(keyRef(activitiesKey, cellRef(row, textCol)), "Перейти") : "";
  return [f.code, SEVERITY_LABEL_RU[f.severity], f.message, f.activityId ?? "", target, f.row ?? null];
}
