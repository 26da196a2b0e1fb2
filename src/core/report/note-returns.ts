import { formatDateRu } from "../util";
import type { DistrictReport } from "./model";
import { FORMS, listRu, n } from "./note-format";
import type { NoteParagraph } from "./note-types";
import { pct } from "./words";

/** Who has not reported and who is behind, from the schools' returns; nothing when no returns were collected. */
export function returnsParagraphs(r: DistrictReport): NoteParagraph[] {
  if (!r.returns.length) return [];
  const received = r.returns.filter((x) => x.received);
  const missing = r.returns.filter((x) => !x.received).map((x) => x.school);
  const out: NoteParagraph[] = [{ kind: "heading", text: "Отчёты школ о выполнении дорожной карты" }];
  out.push({
    kind: "text",
    text:
      `На ${formatDateRu(r.asOf)} получены отчёты ${received.length} из ${n(r.returns.length, FORMS.schoolsGen)}.` +
      (missing.length ? ` Не представили отчёт: ${listRu(missing)}.` : " Отчёты представили все школы."),
  });
  const answered = new Set(received.map((x) => x.school));
  const behind = r.execution.bySchool
    .filter((s) => answered.has(s.name) && s.overdue > 0)
    .sort((a, b) => b.overdue - a.overdue || a.name.localeCompare(b.name, "ru"));
  if (behind.length) {
    out.push({ kind: "text", text: "Отстают от графика (есть просроченные мероприятия):" });
    for (const s of behind) {
      out.push({
        kind: "item",
        text: `${s.name} — просрочено ${s.overdue} из ${n(s.total, FORMS.activitiesGen)}, выполнено ${s.done}${s.doneShare !== null ? ` (${pct(s.doneShare)})` : ""}.`,
      });
    }
  } else if (received.length) {
    out.push({ kind: "text", text: "Просроченных мероприятий у представивших отчёт школ нет." });
  }
  const lagging = r.execution.acrossSchools
    .filter((a) => a.overdue >= 2)
    .sort((a, b) => b.overdue - a.overdue)
    .slice(0, 5);
  if (lagging.length) {
    out.push({ kind: "text", text: "Мероприятия, просроченные в нескольких школах:" });
    for (const a of lagging) {
      out.push({
        kind: "item",
        text: `${a.number ? `${a.number.replace(/\.$/, "")} ` : ""}«${a.text.replace(/\s+/g, " ").trim()}» — просрочено в ${n(a.overdue, FORMS.schoolsLoc)} из ${a.schools}.`,
      });
    }
  }
  return out;
}
