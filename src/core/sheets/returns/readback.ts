import type { DistrictEdit } from "../../returns";
import { MATRIX_LAYOUT } from "./returns-sheets";

/**
 * The methodologist's edits of «Статусы по школам»: cells whose text differs from what the add-in last wrote (kept
 * on a hidden copy). Placeholders («нет ответа», «не указан», «—») typed back are no edit.
 */
export function readMatrixEdits(
  current: readonly (readonly string[])[],
  written: readonly (readonly string[])[],
): DistrictEdit[] {
  const header = MATRIX_LAYOUT.headerRow - 1;
  const ids = (grid: readonly (readonly string[])[]) => (grid[header] ?? []).slice(MATRIX_LAYOUT.firstColumn);
  const writtenIds = ids(written);
  const writtenRows = new Map<string, readonly string[]>();
  for (const row of written.slice(MATRIX_LAYOUT.firstSchoolRow - 1))
    if (row[0]?.trim()) writtenRows.set(row[0].trim(), row);
  const edits: DistrictEdit[] = [];
  const currentIds = ids(current);
  for (const row of current.slice(MATRIX_LAYOUT.firstSchoolRow - 1)) {
    const school = row[0]?.trim();
    const before = school ? writtenRows.get(school) : undefined;
    if (!school || !before) continue;
    currentIds.forEach((id, i) => {
      const was = before[MATRIX_LAYOUT.firstColumn + writtenIds.indexOf(id)] ?? "";
      const now = (row[MATRIX_LAYOUT.firstColumn + i] ?? "").trim();
      if (writtenIds.includes(id) && now !== was.trim() && !MATRIX_LAYOUT.placeholders.includes(now))
        edits.push({ school, id, value: now });
    });
  }
  return edits;
}
