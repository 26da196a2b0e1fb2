import type { SchoolAlias } from "../../results";
import type { Cell, SheetPlan } from "../../workbook";
import { RESULT_SHEET_KEYS } from "./keys";

const HEADERS = ["Школа", "Ключ", "Код ФИС ОКО", "Написания в таблицах", "Сопоставлено", "Подтверждение", "Объединить с"];

/** «Школы»: one row per school key, with the spellings matched to it; merges beyond the name wait for the user. */
export function buildSchoolsSheet(schools: readonly SchoolAlias[]): SheetPlan {
  const rows: Cell[][] = schools.map((s) => [
    s.name, s.schoolKey, s.code ?? "", s.aliases.join("; "),
    s.mergedByCode ? "по коду или названию без формы — проверьте" : s.aliases.length > 1 ? "по названию" : "",
    s.mergedByCode ? "" : "да",
    // The user types another school's name here to merge; «нет» in «Подтверждение» splits. Read back on the next run.
    "",
  ]);
  const last = 3 + Math.max(rows.length, 1);
  return {
    key: RESULT_SHEET_KEYS.schools,
    name: "Школы",
    columnWidths: [40, 30, 14, 60, 30, 14, 40],
    blocks: [{ at: "A1", rows: [["Справочник школ: подтвердите объединения («да» / «нет» — разделить); чтобы объединить две школы, впишите в «Объединить с» название другой"]] }],
    tables: [{ name: "RM_Schools", at: "A3", columns: HEADERS.map((header) => ({ header, wrap: header.startsWith("Написания") || header === "Сопоставлено" || header === "Объединить с" })), rows: rows.length ? rows : [HEADERS.map(() => null)] }],
    formats: [{ range: "A1", bold: true, fontSize: 13 }],
    dataValidations: [{ range: `F4:F${last}`, list: ["да", "нет"] }],
    conditionalFormats: [{ range: `F4:F${last}`, formula: `AND($E4<>"",$F4="")`, fill: "#FFE699" }],
  };
}
