import type { AssessmentData } from "../../indicators";
import type { Totals } from "../../indicators";
import { type Cell, type SheetPlan, columnLetter } from "../../workbook";
import { RESULT_SHEET_KEYS } from "./keys";

/** Columns of «Результаты», in order; the formulas of «Показатели» find them by key. */
export const DATA_COLUMNS = [
  ["assessment", "Процедура"], ["subject", "Предмет"], ["grade", "Класс"], ["year", "Год"], ["id", "Ключ процедуры"],
  ["school", "Школа"], ["schoolKey", "Ключ школы"], ["code", "Код"], ["level", "Уровень"], ["participants", "Участников"],
  ["n2", "«2»"], ["n3", "«3»"], ["n4", "«4»"], ["n5", "«5»"], ["below", "Ниже порога"], ["belowBase", "Проверено по порогу"],
  ["scoreSum", "Сумма баллов"], ["scoreCount", "Число баллов"], ["lowered", "Понизили"], ["confirmed", "Подтвердили"],
  ["raised", "Повысили"],
  // What the table itself stated for the school, beside the counts (a difference is a finding); used where no counts exist.
  ["statedSuccess", "Указано: успеваемость"], ["statedQuality", "Указано: качество"], ["statedMeanScore", "Указано: средний балл"],
  ["statedMeanMark", "Указано: средняя отметка"], ["fromStated", "Взято из указанного"],
  // The stated rates times the participants, where the school has no marks: the district is their sum over the
  // participants (weighted, never an average of school percentages).
  ["statedSuccessN", "Успевающих по указанному %"], ["statedQualityN", "Качественно по указанному %"], ["statedMarkSum", "Сумма отметок по указанной средней"],
] as const;
export type DataColumn = (typeof DATA_COLUMNS)[number][0];

export const DATA_HEADER_ROW = 3;
export const LEVEL_SCHOOL = "школа";
export const LEVEL_REFERENCE = "эталон";

/** Whole-column reference on «Результаты», e.g. `{{sheet:results.data}}!$K:$K`. */
export function dataColumn(key: DataColumn): string {
  const i = DATA_COLUMNS.findIndex(([k]) => k === key);
  const l = columnLetter(i);
  return `{{sheet:${RESULT_SHEET_KEYS.data}}}!$${l}:$${l}`;
}

const blankIfNot = (known: boolean, n: number): Cell => (known ? n : null);
const weighted = (s: Totals["statedSuccess"]): Cell => (s.n > 0 ? s.sum : null);
const FROM_STATED_RU: Record<string, string> = {
  successRate: "успеваемость", qualityRate: "качество", meanScore: "средний балл", meanMark: "средняя отметка",
  belowThreshold: "ниже порога", passed: "ниже порога (по числу сдавших)", participants: "участники",
};

function dataRow(a: AssessmentData, name: string, key: string, code: string | null, level: string, t: Totals): Cell[] {
  return [
    a.assessment ?? "", a.subject ?? "", a.grade ?? "", a.year ?? "", a.id, name, key, code ?? "", level, t.participants,
    blankIfNot(t.marksKnown, t.n2), blankIfNot(t.marksKnown, t.n3), blankIfNot(t.marksKnown, t.n4), blankIfNot(t.marksKnown, t.n5),
    blankIfNot(t.belowKnown, t.below), blankIfNot(t.belowKnown, t.belowBase),
    blankIfNot(t.scoreCount > 0, t.scoreSum), blankIfNot(t.scoreCount > 0, t.scoreCount),
    blankIfNot(t.objectivityKnown, t.lowered), blankIfNot(t.objectivityKnown, t.confirmed), blankIfNot(t.objectivityKnown, t.raised),
    t.stated?.successRate ?? null, t.stated?.qualityRate ?? null, t.stated?.meanScore ?? null, t.stated?.meanMark ?? null,
    [...new Set(t.fromStated.map((f) => FROM_STATED_RU[f] ?? f))].join(", "),
    weighted(t.statedSuccess), weighted(t.statedQuality), weighted(t.statedMark),
  ];
}

/**
 * «Результаты»: the normalised counts, one row per school × assessment (reference rows marked «эталон»).
 * Per-student lists arrive here already counted, so the formulas of «Показатели» run over hundreds of
 * rows, not a million: an official edits a count and every indicator follows.
 */
export function buildResultsSheet(assessments: readonly AssessmentData[]): SheetPlan {
  const rows = assessments.flatMap((a) => [
    ...a.schools.map((s) => dataRow(a, s.school, s.schoolKey, s.schoolCode, LEVEL_SCHOOL, s.totals)),
    ...a.references.map((r) => dataRow(a, r.name, "", null, LEVEL_REFERENCE, r.totals)),
  ]);
  const NUMBER = new Set<string>(["scoreSum", "statedMeanScore", "statedMeanMark", "statedSuccessN", "statedQualityN", "statedMarkSum"]);
  const PERCENT = new Set<string>(["statedSuccess", "statedQuality"]);
  const integer = new Set<string>(["participants", "n2", "n3", "n4", "n5", "below", "belowBase", "scoreCount", "lowered", "confirmed", "raised"]);
  return {
    key: RESULT_SHEET_KEYS.data,
    name: "Результаты",
    freeze: { rows: DATA_HEADER_ROW, columns: 0 },
    blocks: [{ at: "A1", rows: [["Результаты оценочных процедур (количества; исправьте число — «Показатели» пересчитаются)"]] }],
    formats: [{ range: "A1", bold: true, fontSize: 13 }],
    tables: [{
      name: "RM_Results",
      at: `A${DATA_HEADER_ROW}`,
      columns: DATA_COLUMNS.map(([key, header]) => ({
        header,
        kind: integer.has(key) ? ("integer" as const) : NUMBER.has(key) ? ("number" as const) : PERCENT.has(key) ? ("percent" as const) : ("text" as const),
        width: key === "school" ? 34 : key === "id" || key === "schoolKey" ? 18 : 11,
        // Keys («впр|математика|5|2024») are for the formulas of «Показатели», not for reading.
        hidden: key === "id" || key === "schoolKey" ? true : undefined,
      })),
      rows: rows.length ? rows : [DATA_COLUMNS.map(() => null)],
    }],
  };
}
