import { countRu } from "../findings";
import { formatNumberRu } from "../util";
import type { DistrictReport } from "./model";
import { FORMS, cap, n, quoteRu } from "./note-format";
import type { NoteParagraph } from "./note-types";
import { pct } from "./words";

function targetValue(v: number | null, unit: "percent" | "count" | null): string {
  if (v === null) return "нет данных";
  return unit === "percent" ? pct(v) : formatNumberRu(v, Number.isInteger(v) ? 0 : 1);
}

const STATUS_FORMS = {
  achieved: ["достигнут", "достигнуты", "достигнуто"],
  notAchieved: ["не достигнут", "не достигнуты", "не достигнуто"],
} as const;

/**
 * «Целевые показатели»: first how many can be judged (have data), then how many of those are met, then which
 * are not; with no targets at all, that they were not given and where to give them.
 */
export function targetParagraphs(r: DistrictReport): NoteParagraph[] {
  const t = r.districtTargets;
  const total = t.rows.length;
  if (!total) {
    // Only a report that has something to say says that the targets are missing.
    if (!r.assessments.length && !r.execution.total.total) return [];
    return [{ kind: "text", text: "Целевые показатели программы не заданы: в приказе они не найдены и не введены. Их можно вписать на листе «Целевые показатели» книги — значения и статусы посчитаются." }];
  }
  const judged = t.achieved + t.notAchieved;
  const status = (count: number, forms: readonly [string, string, string]) => countRu(count, forms);
  const lead = judged
    ? `данные для оценки есть по ${judged} из ${n(total, FORMS.targetsGen)} программы: ${[t.achieved ? status(t.achieved, STATUS_FORMS.achieved) : "", t.notAchieved ? status(t.notAchieved, STATUS_FORMS.notAchieved) : ""].filter(Boolean).join(", ")}.`
    : `ни по одному из ${n(total, FORMS.targetsGen)} программы нет данных для оценки.`;
  const tail = t.noData && judged ? ` По ${n(t.noData, FORMS.targetsDat)} данных нет: их значения можно ввести на листе «Целевые показатели».` : "";
  const out: NoteParagraph[] = [{ kind: "text", text: `Целевые показатели: ${lead}${tail}` }];
  for (const row of t.rows.filter((x) => x.status === "не достигнут")) {
    const goal = row.target ? ` при целевом значении ${quoteRu(row.target)}` : "";
    out.push({ kind: "item", text: `${cap(row.text.trim().replace(/\.$/, ""))}: ${targetValue(row.value, row.unit)}${goal}.` });
  }
  return out;
}
