import { formatDateRu } from "../util";
import type { ActivityRef, DistrictReport, ExecutionCounts, ExecutionGroup } from "./model";
import { FORMS, listRu, n, shorten } from "./note-format";
import type { NoteParagraph } from "./note-types";
import { pct } from "./words";

function countsClause(c: ExecutionCounts): string {
  const parts = [`выполнено ${c.done}${c.doneShare !== null ? ` (${pct(c.doneShare)})` : ""}`];
  if (c.inProgress) parts.push(`в работе ${c.inProgress}`);
  parts.push(c.overdue ? `просрочено ${c.overdue}` : "просроченных нет");
  if (c.planned) parts.push(`срок ещё не наступил у ${c.planned}`);
  return parts.join(", ");
}

function scopeText(r: DistrictReport): string {
  const maps = r.execution.byRoadmap;
  if (maps.length === 1) return "в дорожной карте";
  const schools = maps.filter((m) => m.school !== null).length;
  const own = maps.length - schools;
  const whose = [own ? "района" : null, schools ? n(schools, FORMS.schoolsGen) : null].filter(Boolean) as string[];
  return `в ${n(maps.length, FORMS.roadmapsLoc)} (${listRu(whose)})`;
}

function sectionSentence(sections: readonly ExecutionGroup[]): string | null {
  const ranked = sections.filter((s) => s.doneShare !== null);
  if (ranked.length < 2) return null;
  const sorted = [...ranked].sort((a, b) => (a.doneShare ?? 0) - (b.doneShare ?? 0));
  const low = sorted[0];
  const high = sorted[sorted.length - 1];
  if (low.doneShare === high.doneShare) return `Доля выполненных мероприятий одинакова во всех разделах: ${pct(low.doneShare ?? 0)}.`;
  return `Больше всего выполнено в разделе «${shorten(high.name, 80)}» (${pct(high.doneShare ?? 0)}), меньше всего — в разделе «${shorten(low.name, 80)}» (${pct(low.doneShare ?? 0)}).`;
}

const activityItem = (a: ActivityRef): string =>
  `${a.number ? `${a.number.replace(/\.$/, "")} ` : ""}«${shorten(a.text)}»${a.end ? ` (срок — ${formatDateRu(a.end)})` : ""}${a.school ? `, ${a.school}` : ""}`;

function overdueParagraphs(r: DistrictReport): NoteParagraph[] {
  const groups = r.execution.overdueByParty;
  if (!groups.length) return [{ kind: "text", text: "Просроченных мероприятий нет." }];
  const out: NoteParagraph[] = [{ kind: "text", text: "Просроченные мероприятия по ответственным:" }];
  for (const g of groups) {
    out.push({ kind: "item", text: `${g.party} — ${n(g.activities.length, FORMS.activities)}: ${g.activities.map(activityItem).join("; ")}.` });
  }
  return out;
}

function sharedParagraphs(r: DistrictReport): NoteParagraph[] {
  const shared = r.execution.shared;
  if (!shared.length) return [];
  const out: NoteParagraph[] = [{ kind: "text", text: `Одинаковые мероприятия в дорожных картах нескольких школ (${shared.length}):` }];
  for (const g of shared) {
    const c = g.counts;
    const tail = c.overdue ? `, просрочено в ${c.overdue}` : "";
    out.push({ kind: "item", text: `«${shorten(g.text)}» — в ${n(g.roadmapCount, FORMS.roadmapsLoc)}, выполнено в ${c.done}${tail}.` });
  }
  return out;
}

/** «Исполнение дорожной карты»: totals, sections, overdue by party, activities shared by schools. */
export function roadmapParagraphs(r: DistrictReport): NoteParagraph[] {
  const total = r.execution.total;
  if (!total.total) return [];
  const out: NoteParagraph[] = [
    { kind: "heading", text: "Исполнение дорожной карты" },
    { kind: "text", text: `На ${formatDateRu(r.asOf)} ${scopeText(r)} запланировано ${n(total.total, FORMS.activities)}: ${countsClause(total)}.` },
  ];
  const s = sectionSentence(r.execution.bySection);
  if (s) out.push({ kind: "text", text: s });
  return [...out, ...overdueParagraphs(r), ...sharedParagraphs(r)];
}
