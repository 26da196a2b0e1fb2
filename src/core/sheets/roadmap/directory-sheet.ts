import type { DirectoryEntry, PartyKind } from "../../parties/types";
import { type Cell, type SheetPlan, columnLetter, formula, sheetToken } from "../../workbook";
import { activityColumnIndex, ACTIVITIES_HEADER_ROW } from "./columns";
import type { SheetKeys } from "./keys";

export const PARTY_KIND_RU: Record<PartyKind, string> = {
  body: "орган / организация",
  role: "должность / роль",
  school: "школа",
  person: "сотрудник",
};

export const DIRECTORY_HEADERS = ["Название", "Вид", "Синонимы и сокращения", "Расшифровка", "Подтверждено", "Мероприятий"] as const;

/** «Ответственные»: the directory learned from the document; the user edits it and re-validation reads it back. */
export function buildDirectorySheet(
  directory: readonly DirectoryEntry[],
  keys: SheetKeys,
  activityCount: number,
): SheetPlan {
  const respCol = columnLetter(activityColumnIndex("responsible"));
  const first = ACTIVITIES_HEADER_ROW + 2;
  const last = ACTIVITIES_HEADER_ROW + 1 + Math.max(activityCount, 1);
  const quoted = sheetToken(keys.activities);
  const rows: Cell[][] = directory.map((e, i) => [
    e.name,
    PARTY_KIND_RU[e.kind],
    e.aliases.join("; "),
    e.expansion ?? "",
    e.confirmed ? "да" : "нет",
    // Wildcards in the name would widen the match: escape them for COUNTIF.
    formula(`COUNTIF(${quoted}!$${respCol}$${first}:$${respCol}$${last},"*"&SUBSTITUTE(SUBSTITUTE(A${i + 3},"*","~*"),"?","~?")&"*")`),
  ]);
  return {
    key: keys.directory,
    name: "Ответственные",
    tabColor: "#548235",
    columnWidths: [44, 22, 40, 44, 14, 14],
    freeze: { rows: 2, columns: 1 },
    blocks: [{ at: "A1", rows: [["Справочник ответственных: исправьте названия и виды, отметьте «да» в «Подтверждено», затем «Проверить снова»"]] }],
    tables: [
      {
        name: `${keys.tablePrefix}Directory`,
        at: "A2",
        columns: DIRECTORY_HEADERS.map((header) => ({ header, kind: header === "Мероприятий" ? ("integer" as const) : ("text" as const) })),
        rows,
      },
    ],
    formats: [{ range: "A1", bold: true }],
    dataValidations: rows.length
      ? [
          { range: `B3:B${rows.length + 2}`, list: Object.values(PARTY_KIND_RU) },
          { range: `E3:E${rows.length + 2}`, list: ["да", "нет"] },
        ]
      : [],
  };
}
