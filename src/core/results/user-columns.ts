import { type ColumnMap, type ColumnRole, normalizeHeader } from "./columns";
import type { DetectedLayout } from "./detect";
import type { ColumnGuess } from "./recognize";
import type { ResultLayout } from "./types";

/**
 * Column roles as the user names them (DESIGN.md «results --columns»), each with the reader's role and the
 * Russian label the pane's dropdown and the messages show.
 */
export const USER_ROLES = {
  school: { role: "school", label: "школа" },
  schoolCode: { role: "schoolCode", label: "код школы" },
  class: { role: "className", label: "класс" },
  participant: { role: "student", label: "участник (код или ФИО)" },
  mark: { role: "mark", label: "отметка" },
  journalMark: { role: "journal", label: "отметка по журналу" },
  primaryScore: { role: "score", label: "первичный балл" },
  testScore: { role: "score", label: "тестовый балл" },
  subject: { role: "subject", label: "предмет" },
  year: { role: "year", label: "год" },
  grade: { role: "gradeCol", label: "параллель" },
  participants: { role: "participants", label: "число участников" },
  n2: { role: "m2", label: "число «2»" },
  n3: { role: "m3", label: "число «3»" },
  n4: { role: "m4", label: "число «4»" },
  n5: { role: "m5", label: "число «5»" },
  p2: { role: "m2", label: "% «2»" },
  p3: { role: "m3", label: "% «3»" },
  p4: { role: "m4", label: "% «4»" },
  p5: { role: "m5", label: "% «5»" },
  successRate: { role: "statedSuccess", label: "успеваемость / доля сдавших" },
  qualityRate: { role: "statedQuality", label: "качество" },
  meanScore: { role: "meanScore", label: "средний балл" },
  meanMark: { role: "meanMark", label: "средняя отметка" },
  belowThreshold: { role: "belowCount", label: "не преодолели порог (чел.)" },
  belowThresholdShare: { role: "belowShare", label: "не преодолели порог (доля)" },
  passed: { role: "passedCount", label: "сдали (чел.)" },
  other: { role: "other", label: "не учитывать" },
} as const satisfies Record<string, { role: ColumnRole; label: string }>;

export type UserRole = keyof typeof USER_ROLES;

/** A user's mapping: header text → role, in the order given. */
export type UserColumns = readonly (readonly [string, UserRole])[];

const isUserRole = (x: string): x is UserRole => Object.prototype.hasOwnProperty.call(USER_ROLES, x);

/** «Школа=school;Итоговая оценка=mark» → pairs; a Russian message for an unknown role or a broken pair. */
export function parseUserColumns(text: string): { columns: UserColumns } | { error: string } {
  const out: [string, UserRole][] = [];
  for (const part of text.split(";").map((p) => p.trim()).filter(Boolean)) {
    const eq = part.lastIndexOf("=");
    if (eq <= 0) return { error: `«${part}»: ожидается ЗАГОЛОВОК=роль` };
    const header = part.slice(0, eq).trim();
    const role = part.slice(eq + 1).trim();
    if (!isUserRole(role)) return { error: `«${part}»: неизвестная роль «${role}»; роли: ${Object.keys(USER_ROLES).join(", ")}` };
    out.push([header, role]);
  }
  if (out.length === 0) return { error: "пустое сопоставление столбцов" };
  return { columns: out };
}

/** The user role the reader's role corresponds to (for messages and the dropdown's initial value). */
export function userRoleOf(role: ColumnRole | null, header = ""): UserRole {
  if (role === null) return "other";
  if (role === "score") return /тестов/i.test(header) ? "testScore" : "primaryScore";
  if (role === "m2" || role === "m3" || role === "m4" || role === "m5") return `${/%/.test(header) ? "p" : "n"}${role.slice(1)}` as UserRole;
  const hit = (Object.entries(USER_ROLES) as [UserRole, { role: ColumnRole }][]).find(([, v]) => v.role === role);
  return hit ? hit[0] : "other";
}

/** `--columns` text for these guesses: what the CLI suggests when it could not read a table. */
export function mappingText(guesses: readonly ColumnGuess[]): string {
  return guesses
    .filter((g) => g.header.trim() !== "")
    .map((g) => `${g.header.trim().replace(/[;=]/g, " ")}=${userRoleOf(g.role, g.header)}`)
    .join(";");
}

function layoutOf(m: ColumnMap): ResultLayout | null {
  if (m.mark !== undefined || m.score !== undefined) {
    return m.journal !== undefined || m.score === undefined ? "students" : "exam";
  }
  const figures = ["participants", "m2", "m3", "m4", "m5", "meanScore", "meanMark", "statedSuccess", "statedQuality", "belowCount", "belowShare", "passedCount"] as const;
  return m.school !== undefined && figures.some((r) => m[r] !== undefined) ? "counts" : null;
}

/**
 * The user's mapping applied to the first row (from `from`) that holds every header it names. Null when no
 * row does (the caller reports which headers were not found).
 */
export function detectByUser(cells: readonly (readonly string[])[], from: number, user: UserColumns, limit = 60): DetectedLayout | null {
  const wanted = user.map(([h, role]) => [normalizeHeader(h), role] as const);
  const end = Math.min(cells.length, from + limit);
  for (let r = from; r < end; r++) {
    const row = cells[r].map(normalizeHeader);
    const at = wanted.map(([h]) => row.indexOf(h));
    if (at.some((i) => i < 0)) continue;
    const columns: ColumnMap = {};
    let percent: boolean | undefined;
    wanted.forEach(([, role], k) => {
      const internal = USER_ROLES[role].role;
      if (internal === "other" || columns[internal] !== undefined) return;
      columns[internal] = at[k];
      if (/^[pn][2-5]$/.test(role)) percent = role.startsWith("p");
    });
    const layout = layoutOf(columns);
    if (!layout) return null;
    return { layout, headerRow: r, columns, byUser: true, ...(percent !== undefined ? { percent } : {}) };
  }
  return null;
}

/** Headers of a mapping that no row of the table has (to name them in the message). */
export function missingHeaders(cells: readonly (readonly string[])[], user: UserColumns, limit = 60): string[] {
  const seen = new Set(cells.slice(0, limit).flatMap((r) => r.map(normalizeHeader)));
  return user.map(([h]) => h).filter((h) => !seen.has(normalizeHeader(h)));
}

/** A role's Russian label (what a user reads). */
export const roleLabel = (role: ColumnRole | null, header = ""): string => USER_ROLES[userRoleOf(role, header)].label;
