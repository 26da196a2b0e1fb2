import type { Finding } from "../../findings";
import { SEVERITY_LABEL_RU, countRu, findingKindRu } from "../../findings";
import type { Roadmap } from "../../roadmap/types";
import { type Cell, type SheetPlan, cellRef, formula, keyRef, link } from "../../workbook";
import { ACTIVITIES_HEADER_ROW, activityColumnIndex } from "./columns";
import type { SheetKeys } from "./keys";

const FINDING_FORMS = ["замечание", "замечания", "замечаний"] as const;
/** 1-based row of the summary's header: the title sits in row 1. */
const SUMMARY_TOP = 3;

/** Kinds by how often they occur, then by name: the reader sees the big groups first. */
export function findingKinds(findings: readonly Finding[]): { kind: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(findingKindRu(f.code), (counts.get(findingKindRu(f.code)) ?? 0) + 1);
  return [...counts.entries()].map(([kind, count]) => ({ kind, count })).sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind, "ru"));
}

/**
 * «Проверка»: at the top a summary by kind («Срок истёк — 41») as COUNTIF formulas over the list, so it follows
 * the user's edits; below it every finding with its kind, severity, Russian message and a link to the activity's
 * row in «Мероприятия». The finding's code sits in a hidden last column (for filters and scripts).
 */
export function buildFindingsSheet(roadmap: Roadmap, keys: SheetKeys): SheetPlan {
  const rowOfActivity = new Map(roadmap.activities.map((a, i) => [a.id, ACTIVITIES_HEADER_ROW + 1 + i]));
  const textCol = activityColumnIndex("text");
  const rows: Cell[][] = roadmap.findings.map((f) => findingRow(f, rowOfActivity, keys.activities, textCol));
  const kinds = findingKinds(roadmap.findings);
  const tableHeader = SUMMARY_TOP + Math.max(kinds.length, 1) + 2; // 1-based header row of the list
  const firstData = tableHeader + 1;
  const lastData = tableHeader + Math.max(rows.length, 1);
  const summaryRows: Cell[][] = [
    ["Вид замечания", "Количество"],
    ...(kinds.length
      ? kinds.map(({ kind, count }): Cell[] => [kind, formula(`COUNTIF($A$${firstData}:$A$${lastData},"${kind.replace(/"/g, '""')}")`, count)])
      : [["Замечаний нет", 0]]),
  ];
  return {
    key: keys.findings,
    name: "Проверка",
    tabColor: "#C00000",
    columnWidths: [30, 14, 80, 10, 14, 12, 0],
    freeze: { rows: tableHeader, columns: 0 },
    blocks: [
      { at: "A1", rows: [[`Проверка дорожной карты: ${countRu(roadmap.findings.length, FINDING_FORMS)}`]] },
      { at: `A${SUMMARY_TOP}`, rows: summaryRows },
    ],
    tables: [
      {
        name: `${keys.tablePrefix}Findings`,
        at: `A${tableHeader}`,
        columns: [
          { header: "Вид замечания", kind: "text" },
          { header: "Важность", kind: "text" },
          { header: "Сообщение", kind: "text", wrap: true },
          { header: "ID", kind: "text" },
          { header: "Мероприятие", kind: "text" },
          { header: "Строка источника", kind: "integer" },
          { header: "Код", kind: "text", hidden: true },
        ],
        rows,
      },
    ],
    formats: [
      { range: "A1", bold: true, fontSize: 14 },
      { range: `A${SUMMARY_TOP}:B${SUMMARY_TOP}`, bold: true, fill: "#D9E1F2", border: true },
      { range: `A${SUMMARY_TOP + 1}:B${SUMMARY_TOP + summaryRows.length - 1}`, border: true },
    ],
    conditionalFormats: [
      { range: `B${firstData}:B${lastData}`, formula: `$B${firstData}="${SEVERITY_LABEL_RU.error}"`, fontColor: "#9C0006", bold: true },
    ],
    print: { orientation: "landscape", fitToWidth: true, titleRows: `${tableHeader}:${tableHeader}` },
  };
}

function findingRow(f: Finding, rowOfActivity: Map<string, number>, activitiesKey: string, textCol: number): Cell[] {
  const row = f.activityId !== undefined ? rowOfActivity.get(f.activityId) : undefined;
  const target = row !== undefined ? link(keyRef(activitiesKey, cellRef(row, textCol)), "Перейти") : "";
  return [findingKindRu(f.code), SEVERITY_LABEL_RU[f.severity], f.message, f.activityId ?? "", target, f.row ?? null, f.code];
}
