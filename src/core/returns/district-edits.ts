import { finding, type Finding } from "../findings";
import { ACTIVITY_STATUSES, type ActivityStatus } from "../roadmap/types";
import type { CollectedReturns, CollectedSchool, SchoolActivity } from "./collect";
import { mergeField } from "./merge";
import { schoolMatchKey } from "./participation";

/** A status the methodologist typed into the district workbook's status matrix over what the add-in wrote. */
export interface DistrictEdit {
  readonly school: string;
  readonly id: string;
  readonly value: string;
}

const asStatus = (value: string): ActivityStatus | undefined =>
  ACTIVITY_STATUSES.find((s) => s === value.trim().toLowerCase());

function applyToActivity(
  a: SchoolActivity,
  edit: DistrictEdit,
  school: CollectedSchool,
): { activity: SchoolActivity; finding: Finding | null } {
  const merged = mergeField(
    { value: edit.value, at: null, by: "методист" },
    { value: a.status ?? "", at: school.savedAt, by: `школа, файл «${school.file ?? "—"}»` },
  );
  const status = asStatus(merged.value);
  const note = merged.note ? [a.note, merged.note].filter(Boolean).join("\n") : a.note;
  const activity: SchoolActivity = { ...a, status: status ?? a.status, note };
  const f = merged.note
    ? finding(
        "returns.district-edit",
        "info",
        `${school.school}, мероприятие ${a.id}: оставлен статус «${merged.value}», введённый в книге района; ответ школы — «${a.status ?? ""}» — сохранён в комментарии.`,
        { activityId: a.id },
      )
    : null;
  return { activity, finding: f };
}

/**
 * What the methodologist typed in the district workbook stays: per field the newer entry wins, and the typed one has
 * no time, so it stands over the school's answer, which is kept in the comment (never lost).
 */
export function applyDistrictEdits(collected: CollectedReturns, edits: readonly DistrictEdit[]): CollectedReturns {
  if (!edits.length) return collected;
  const byKey = new Map<string, DistrictEdit[]>();
  for (const e of edits) byKey.set(schoolMatchKey(e.school), [...(byKey.get(schoolMatchKey(e.school)) ?? []), e]);
  const added: Finding[] = [];
  const schools = collected.schools.map((s) => {
    const mine = byKey.get(schoolMatchKey(s.school));
    if (!mine) return s;
    const findings = [...s.findings];
    const activities = s.activities.map((a) => {
      const edit = mine.find((e) => e.id === a.id);
      if (!edit) return a;
      const applied = applyToActivity(a, edit, s);
      if (applied.finding) (findings.push(applied.finding), added.push(applied.finding));
      return applied.activity;
    });
    return { ...s, activities, findings };
  });
  return { ...collected, schools, findings: [...collected.findings, ...added] };
}
