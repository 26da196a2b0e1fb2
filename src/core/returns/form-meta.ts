import { z } from "zod";
import { shortHash } from "../sheets/roadmap/keys";
import type { Roadmap } from "../roadmap/types";

/**
 * What a school's form records about itself, on a hidden sheet of label/value rows: a return is recognised by
 * its content, whatever the school renamed the file to. Labels are Russian because a curious user may unhide the
 * sheet; the school's name is also printed on the visible sheet, in case another program drops hidden sheets.
 */
export const FORM_META_SHEET = "Сведения о форме";
export const FORM_SHEET = "Отчёт школы";
export const FIGURES_SHEET = "Показатели школы";
export const FORM_PURPOSE = "Форма отчёта школы о выполнении дорожной карты (Монитор дорожных карт)";
export const FORM_VERSION = 1;

export const META_LABELS = {
  purpose: "Назначение",
  version: "Версия формы",
  school: "Школа",
  roadmap: "Дорожная карта",
  fingerprint: "Код дорожной карты",
  created: "Дата формирования",
  activityIds: "ID мероприятий",
  schools: "Формы выданы школам",
} as const;

export const FormMetaSchema = z.object({
  version: z.number().int().positive(),
  school: z.string().min(1),
  roadmap: z.string(),
  fingerprint: z.string(),
  created: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  activityIds: z.array(z.string()),
  schools: z.array(z.string()),
});
export type FormMeta = z.infer<typeof FormMetaSchema>;

/**
 * The identity of a roadmap's activities: ids and texts. A form made from an older import of the same roadmap
 * has another fingerprint but the same ids, and is still read (with a finding).
 */
export function roadmapFingerprint(roadmap: Pick<Roadmap, "title" | "activities">): string {
  return shortHash(`${roadmap.title}\u0001${roadmap.activities.map((a) => `${a.id}\u0002${a.text}`).join("\u0001")}`);
}

/** Separator of list values in one meta cell: «;» would clash with school names that contain it rarely, «\n» never. */
const LIST_SEPARATOR = "\n";

export function metaRows(meta: FormMeta): (string | number)[][] {
  return [
    [META_LABELS.purpose, FORM_PURPOSE],
    [META_LABELS.version, meta.version],
    [META_LABELS.school, meta.school],
    [META_LABELS.roadmap, meta.roadmap],
    [META_LABELS.fingerprint, meta.fingerprint],
    [META_LABELS.created, meta.created ?? ""],
    [META_LABELS.activityIds, meta.activityIds.join(LIST_SEPARATOR)],
    [META_LABELS.schools, meta.schools.join(LIST_SEPARATOR)],
  ];
}

/** Reads the meta rows back (label in the first cell, value in the second); null when this is no form of ours. */
export function parseMetaRows(rows: readonly (readonly string[])[]): FormMeta | null {
  const byLabel = new Map<string, string>();
  for (const row of rows) {
    const label = (row[0] ?? "").trim();
    if (label) byLabel.set(label, (row[1] ?? "").trim());
  }
  if (byLabel.get(META_LABELS.purpose) !== FORM_PURPOSE) return null;
  const list = (label: string) =>
    (byLabel.get(label) ?? "")
      .split(/\r?\n/)
      .map((s) => s.trim())
      .filter(Boolean);
  const created = byLabel.get(META_LABELS.created) ?? "";
  const parsed = FormMetaSchema.safeParse({
    version: Number(byLabel.get(META_LABELS.version)),
    school: byLabel.get(META_LABELS.school) ?? "",
    roadmap: byLabel.get(META_LABELS.roadmap) ?? "",
    fingerprint: byLabel.get(META_LABELS.fingerprint) ?? "",
    created: isoOfDateText(created),
    activityIds: list(META_LABELS.activityIds),
    schools: list(META_LABELS.schools),
  });
  return parsed.success ? parsed.data : null;
}

/** «2025-03-12» or «12.03.2025» (how a reader shows a date cell) → ISO; null otherwise. */
export function isoOfDateText(text: string): string | null {
  const t = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return t;
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t);
  return m ? `${m[3]}-${m[2].padStart(2, "0")}-${m[1].padStart(2, "0")}` : null;
}
