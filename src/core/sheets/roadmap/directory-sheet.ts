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

/**
 * Activities whose «Ответственные» cell names the party exactly: the cell is the names joined by «; », so the
 * name must be the whole cell, or stand at its start, end or between two separators. A substring COUNTIF would
 * count «КО» inside «Руководители ОО». Wildcards in the name are escaped.
 */
export function exactPartyCountFormula(range: string, nameCell: string): string {
  const name = `SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${nameCell},"~","~~"),"*","~*"),"?","~?")`;
  return `COUNTIF(${range},${name})+COUNTIF(${range},${name}&"; *")+COUNTIF(${range},"*; "&${name})+COUNTIF(${range},"*; "&${name}&"; *")`;
}

/**
 * «Ответственные»: the parties this document names and the entries the user confirmed (not the whole built-in
 * list of abbreviations); the user edits it and re-validation reads it back.
 */
export function buildDirectorySheet(
  directory: readonly DirectoryEntry[],
  keys: SheetKeys,
  activityCount: number,
  /** Names the activities use; undefined: every entry (a caller that does not know them). */
  used?: ReadonlySet<string>,
): SheetPlan {
  const respCol = columnLetter(activityColumnIndex("responsible"));
  const first = ACTIVITIES_HEADER_ROW + 2;
  const last = ACTIVITIES_HEADER_ROW + 1 + Math.max(activityCount, 1);
  const quoted = sheetToken(keys.activities);
  const shown = used ? directory.filter((e) => used.has(e.name) || e.confirmed) : directory;
  const range = `${quoted}!$${respCol}$${first}:$${respCol}$${last}`;
  const rows: Cell[][] = shown.map((e, i) => [
    e.name,
    PARTY_KIND_RU[e.kind],
    e.aliases.join("; "),
    e.expansion ?? "",
    e.confirmed ? "да" : "нет",
    formula(exactPartyCountFormula(range, `A${i + 3}`)),
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
