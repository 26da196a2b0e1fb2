import type { Activity, Roadmap } from "../../roadmap/types";
import { ACTIVITY_STATUSES } from "../../roadmap/types";
import { findingKindRu, type Finding } from "../../findings";
import type { IsoDate } from "../../deadlines/types";
import { type Cell, type SheetPlan, type DefinedName, cellRef, columnLetter, date } from "../../workbook";
import { formatDateRu } from "../../util";
import {
  ACTIVITY_COLUMN_ORDER,
  ACTIVITY_HEADERS,
  ACTIVITIES_HEADER_ROW,
  DEADLINE_KIND_RU,
  activityColumnIndex,
  type ActivityColumnKey,
} from "./columns";
import type { SheetKeys } from "./keys";
import { partyLabel } from "../../parties";

const WIDTHS: Record<ActivityColumnKey, number> = {
  id: 7, number: 7, section: 24, text: 60, deadlineRaw: 22, start: 11, end: 11, kind: 14, responsible: 30,
  result: 40, indicator: 30, reportForm: 24, status: 15, doneDate: 12, evidence: 28, note: 24, findings: 30, sourceRows: 10,
};

const KIND: Partial<Record<ActivityColumnKey, "date" | "text">> = { start: "date", end: "date", doneDate: "date" };

/**
 * Columns of the document the product does not understand (role «other»: «Место», «Примечание», «Источник
 * финансирования»), after its own: shown, never dropped. Named «Из документа: …» so that they never take the
 * name of a column the user fills in («Примечание»).
 */
function extraKeys(roadmap: Roadmap): string[] {
  const keys = new Set<string>();
  for (const a of roadmap.activities) for (const k of Object.keys(a.extra ?? {})) keys.add(k);
  return [...keys];
}

export const EXTRA_HEADER_PREFIX = "Из документа: ";

function activityRow(a: Activity, findingsById: Map<string, Finding[]>, extras: readonly string[]): Cell[] {
  const codes = (findingsById.get(a.id) ?? []).map((f) => f.code);
  const values: Record<ActivityColumnKey, Cell> = {
    id: a.id,
    number: a.number,
    section: a.section,
    text: a.text,
    deadlineRaw: a.deadline.raw,
    start: a.deadline.start ? date(a.deadline.start) : null,
    end: a.deadline.end ? date(a.deadline.end) : null,
    kind: DEADLINE_KIND_RU[a.deadline.kind] ?? a.deadline.kind,
    responsible: a.responsible.length ? a.responsible.map(partyLabel).join("; ") : a.responsibleRaw ?? "",
    result: a.result,
    indicator: a.indicator,
    reportForm: a.reportForm,
    status: a.status ?? "запланировано",
    doneDate: a.doneDate ? date(a.doneDate) : null,
    evidence: a.evidence ?? "",
    note: a.note ?? "",
    findings: [...new Set(codes.map(findingKindRu))].join("; "),
    sourceRows: a.sourceRows.join(", "),
  };
  return [...ACTIVITY_COLUMN_ORDER.map((k) => values[k]), ...extras.map((k) => a.extra?.[k] ?? "")];
}

export function groupFindingsByActivity(findings: readonly Finding[]): Map<string, Finding[]> {
  const map = new Map<string, Finding[]>();
  for (const f of findings) {
    if (!f.activityId) continue;
    const list = map.get(f.activityId);
    if (list) list.push(f);
    else map.set(f.activityId, [f]);
  }
  return map;
}

/** Conditional formats: overdue red, due within 30 days amber, done green — live against the as-of cell. */
function executionFormats(range: string, firstDataRow: number, asOfName: string) {
  const r = firstDataRow + 1;
  const end = `$${columnLetter(activityColumnIndex("end"))}${r}`;
  const status = `$${columnLetter(activityColumnIndex("status"))}${r}`;
  return [
    { range, formula: `${status}="выполнено"`, fill: "#C6EFCE", fontColor: "#006100", priority: 1, stopIfTrue: true },
    { range, formula: `AND(ISNUMBER(${end}),${end}<${asOfName},${status}<>"перенесено")`, fill: "#FFC7CE", fontColor: "#9C0006", priority: 2, stopIfTrue: true },
    { range, formula: `AND(ISNUMBER(${end}),${end}>=${asOfName},${end}-${asOfName}<=30)`, fill: "#FFEB9C", fontColor: "#9C5700", priority: 3 },
  ];
}

export interface ActivitiesSheet {
  readonly sheet: SheetPlan;
  readonly names: DefinedName[];
}

export function buildActivitiesSheet(roadmap: Roadmap, keys: SheetKeys, asOf: IsoDate): ActivitiesSheet {
  const findingsById = groupFindingsByActivity(roadmap.findings);
  const extras = extraKeys(roadmap);
  const rows = roadmap.activities.map((a) => activityRow(a, findingsById, extras));
  const headerRow = ACTIVITIES_HEADER_ROW;
  const firstDataRow = headerRow + 1;
  const lastCol = ACTIVITY_COLUMN_ORDER.length + extras.length - 1;
  const lastRow = headerRow + Math.max(rows.length, 1);
  const dataRange = `A${firstDataRow + 1}:${cellRef(lastRow, lastCol)}`;
  const statusCol = columnLetter(activityColumnIndex("status"));
  const period = roadmap.period ? `${formatDateRu(roadmap.period.start)} – ${formatDateRu(roadmap.period.end)}` : "не определён";
  const sheet: SheetPlan = {
    key: keys.activities,
    name: "Мероприятия",
    tabColor: "#2F5597",
    columnWidths: [...ACTIVITY_COLUMN_ORDER.map((k) => WIDTHS[k]), ...extras.map(() => 24)],
    freeze: { rows: headerRow + 1, columns: 2 },
    blocks: [
      { at: "A1", rows: [[roadmap.title || "Дорожная карта"]] },
      { at: "A2", rows: [["Дата контроля:", null, date(asOf), null, "Период программы:", null, period]] },
    ],
    tables: [
      {
        name: `${keys.tablePrefix}Activities`,
        at: `A${headerRow + 1}`,
        columns: [
          ...ACTIVITY_COLUMN_ORDER.map((k) => ({
            header: ACTIVITY_HEADERS[k],
            kind: KIND[k] ?? "text",
            wrap: ["text", "result", "indicator", "responsible", "section", "deadlineRaw"].includes(k),
          })),
          ...extras.map((k) => ({ header: `${EXTRA_HEADER_PREFIX}${k}`, kind: "text" as const, wrap: true })),
        ],
        rows,
      },
    ],
    formats: [
      { range: "A1", bold: true, fontSize: 14 },
      { range: "A2:G2", bold: true },
      { range: "C2", numFmt: "dd.mm.yyyy", fill: "#FFF2CC", border: true },
      { range: dataRange, vertical: "top" },
    ],
    conditionalFormats: executionFormats(dataRange, firstDataRow, keys.asOfName),
    dataValidations: rows.length
      ? [{ range: `${statusCol}${firstDataRow + 1}:${statusCol}${lastRow + 1}`, list: [...ACTIVITY_STATUSES], prompt: "Статус выполнения мероприятия" }]
      : [],
    print: { orientation: "landscape", fitToWidth: true, titleRows: `${headerRow + 1}:${headerRow + 1}` },
  };
  const names: DefinedName[] = [
    { name: keys.asOfName, sheetKey: keys.activities, ref: "$C$2", comment: "Дата контроля: от неё считаются просроченные мероприятия" },
  ];
  return { sheet, names };
}
