import type { SourceTable } from "../table/types";
import { isBlankRow } from "./block";
import { type ColumnGuess, guessColumns } from "./recognize";
import type { ResultSet } from "./types";
import { USER_ROLES, type UserColumns, mappingText, missingHeaders, roleLabel } from "./user-columns";

/** Whether the tables hold rows beyond a header: a file with rows must give schools or a reason. */
export function hasDataRows(tables: readonly SourceTable[]): boolean {
  return tables.some((t) => t.cells.filter((r) => !isBlankRow(r)).length >= 2);
}

/** Schools read from a set: in result tables, or in contingent figures (a staff table is read too). */
export const schoolCount = (set: ResultSet): number =>
  set.tables.reduce((a, t) => a + t.schools.length, 0) + (set.contingent?.length ?? 0);

/** The columns of the first table that has any, best guess per column: what the user is asked to confirm. */
export function columnsToMap(tables: readonly SourceTable[]): ColumnGuess[] {
  for (const t of tables) {
    const g = guessColumns(t.cells);
    if (g.some((x) => x.header.trim() !== "")) return g;
  }
  return [];
}

/**
 * The Russian message for a file from which no school was read: the columns seen with what each looks like,
 * and a `--columns` mapping that would read them (edited by the user where the guess is wrong).
 */
export function noSchoolsMessage(file: string, tables: readonly SourceTable[], set: ResultSet, mappings: readonly UserColumns[] = []): string {
  const why = set.findings.find((f) => f.code === "results.no-schools")?.message;
  const guesses = columnsToMap(tables);
  const lines = [`Файл «${file}»: не прочитано ни одной школы${why ? ` — ${why}` : ""}.`];
  for (const m of mappings) {
    const missing = tables.length ? missingHeaders(tables[0].cells, m) : [];
    if (missing.length) lines.push(`В таблице нет столбцов ${missing.map((h) => `«${h}»`).join(", ")} из --columns (подписи сравниваются без учёта регистра, кавычек и лишних пробелов).`);
  }
  if (guesses.length) {
    lines.push("Столбцы в таблице:");
    for (const g of guesses.filter((x) => x.header.trim() !== "")) {
      lines.push(`  «${g.header.trim()}» — ${g.role ? `похоже: ${roleLabel(g.role, g.header)}` : "не распознан"}`);
    }
    const mapping = mappingText(guesses);
    lines.push(`Укажите, что в каких столбцах, например (исправьте роли, где догадка неверна):`);
    lines.push(`  --columns "${mapping}"`);
  } else {
    lines.push("Не найдено строки заголовков со столбцами.");
  }
  lines.push(`Роли: ${Object.entries(USER_ROLES).map(([k, v]) => `${k} (${v.label})`).join(", ")}.`);
  lines.push("Вид работы, предмет, класс и год задаются так: --assessment ЕГЭ --subject \"Русский язык\" --grade 11 --year 2024.");
  return lines.join("\n");
}
