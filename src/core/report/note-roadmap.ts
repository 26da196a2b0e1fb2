import { formatDateRu } from "../util";
import type { ActivityRef, DistrictReport, ExecutionCounts, ExecutionGroup } from "./model";
import { FORMS, listRu, n, quoteRu, titleText } from "./note-format";
import type { NoteParagraph } from "./note-types";
import { pct } from "./words";

/** Activities of a roadmap without section rows are grouped under this label: it is no section to name. */
const NO_SECTION = "Без раздела";

function countsClause(c: ExecutionCounts): string {
  const parts = [`выполнено ${c.done}${c.doneShare !== null ? ` (${pct(c.doneShare)})` : ""}`];
  if (c.inProgress) parts.push(`в работе ${c.inProgress}`);
  parts.push(c.overdue ? `просрочено ${c.overdue}` : "просроченных нет");
  if (c.planned) parts.push(`срок ещё не наступил у ${c.planned}`);
  return parts.join(", ");
}

/** «в 3 дорожных картах (района и 2 школ)». */
export function scopeText(r: DistrictReport): string {
  const maps = r.execution.byRoadmap;
  if (maps.length === 1) return "в дорожной карте";
  const schools = maps.filter((m) => m.school !== null).length;
  const own = maps.length - schools;
  const whose = [own ? "района" : null, schools ? n(schools, FORMS.schoolsGen) : null].filter(Boolean) as string[];
  return `в ${n(maps.length, FORMS.roadmapsLoc)} (${listRu(whose)})`;
}

function sectionSentence(sections: readonly ExecutionGroup[]): string | null {
  const ranked = sections.filter((s) => s.doneShare !== null && s.name.trim() !== "" && s.name !== NO_SECTION);
  if (ranked.length < 2) return null;
  const sorted = [...ranked].sort((a, b) => (a.doneShare ?? 0) - (b.doneShare ?? 0));
  const low = sorted[0];
  const high = sorted[sorted.length - 1];
  if (low.doneShare === high.doneShare) return `Доля выполненных мероприятий одинакова во всех разделах: ${pct(low.doneShare ?? 0)}.`;
  return `Больше всего выполнено в разделе ${quoteRu(titleText(high.name))} (${pct(high.doneShare ?? 0)}), меньше всего — в разделе ${quoteRu(titleText(low.name))} (${pct(low.doneShare ?? 0)}).`;
}

/** «1.3 «Анализ рискового профиля …» — срок 31.03.2024; ИМЦ, Руководители ОО»: an activity once, with all its parties. */
const activityItem = (a: ActivityRef): string =>
  `${a.number ? `${a.number.replace(/\.$/, "")} ` : ""}${quoteRu(titleText(a.text))}${a.end ? ` — срок ${formatDateRu(a.end)}` : ""}; ` +
  `${a.responsible.join(", ")}${a.school ? ` (${a.school})` : ""}.`;

function overdueParagraphs(r: DistrictReport): NoteParagraph[] {
  const overdue = r.execution.activities.filter((a) => a.state === "overdue");
  if (!overdue.length) return [{ kind: "text", text: "Просроченных мероприятий нет." }];
  // An activity with several parties is one overdue activity: listed once, its parties named together.
  const byParty = r.execution.overdueByParty.map((g) => `${g.party} — ${g.activities.length}`);
  return [
    { kind: "text", text: `Просрочено ${n(overdue.length, FORMS.activities)} (у ответственных: ${byParty.join("; ")}):` },
    ...overdue.map((a): NoteParagraph => ({ kind: "item", text: activityItem(a) })),
  ];
}

function sharedParagraphs(r: DistrictReport): NoteParagraph[] {
  const shared = r.execution.shared;
  if (!shared.length) return [];
  const out: NoteParagraph[] = [{ kind: "text", text: `Одинаковые мероприятия в дорожных картах нескольких школ (${shared.length}):` }];
  for (const g of shared) {
    const c = g.counts;
    const tail = c.overdue ? `, просрочено в ${c.overdue}` : "";
    out.push({ kind: "item", text: `${quoteRu(titleText(g.text))} — в ${n(g.roadmapCount, FORMS.roadmapsLoc)}, выполнено в ${c.done}${tail}.` });
  }
  return out;
}

/** «Исполнение дорожной карты»: totals, sections, overdue activities (each once), activities shared by schools. */
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
