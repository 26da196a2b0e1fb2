import type { Activity, Roadmap } from "../roadmap/types";
import type { Finding } from "../findings";
import type { IsoDate } from "../deadlines/types";
import { formatDateRu } from "../util/format-ru";
import { activityFinding } from "./where";

function numberKey(n: string): string {
  return n.replace(/\s+/g, "").replace(/\.+$/, "");
}

/** «2.8» has sub-items «2.8.1», «2.8.2» that carry the dates: its own empty cell is not a gap. */
function childrenHaveDeadlines(a: Activity, all: readonly Activity[]): boolean {
  const key = numberKey(a.number);
  if (!key) return false;
  return all.some((c) => c !== a && numberKey(c.number).startsWith(key + ".") && c.deadline.kind !== "missing");
}

function periodText(r: Roadmap): string {
  return r.period ? `${formatDateRu(r.period.start)} – ${formatDateRu(r.period.end)}` : "";
}

/** Which of two readings a school-year plan's «Август» or a yearless «I полугодие» got: said, so the user can check it. */
function readingFinding(a: Activity, raw: string): Finding | null {
  const d = a.deadline;
  if (d.augustReading) {
    const aug = d.occurrences.find((w) => w.start.slice(5, 7) === "08");
    const year = aug ? aug.start.slice(0, 4) : "";
    const text = d.augustReading === "preceding"
      ? `август ${year} года — подготовка до начала учебного года (план открывается этим мероприятием)`
      : `август ${year} года — конец учебного года`;
    return activityFinding("deadline.august-reading", "info", a, { raw, date: text }, { reading: d.augustReading });
  }
  if (d.halfReading === "calendar") {
    return activityFinding("deadline.half-reading", "info", a, { raw, date: "календарное (I — январь–июнь, II — июль–декабрь); в учебном году I — сентябрь–декабрь, II — январь–май" }, { reading: d.halfReading });
  }
  return null;
}

export function deadlineFindings(r: Roadmap, a: Activity, asOf: IsoDate): Finding[] {
  const d = a.deadline;
  const raw = d.raw.replace(/\s+/g, " ").trim();
  const out: Finding[] = [];
  if (d.kind === "missing") {
    if (!childrenHaveDeadlines(a, r.activities)) out.push(activityFinding("deadline.missing", "warning", a));
    return out;
  }
  if (d.kind === "unparsed") return [activityFinding("deadline.unparsed", "warning", a, { raw })];
  if (d.inverted) out.push(activityFinding("deadline.inverted", "error", a, { raw }));
  if (d.yearMissing) out.push(activityFinding("deadline.no-year", "warning", a, { raw }));
  const reading = readingFinding(a, raw);
  if (reading) out.push(reading);
  if (d.outsidePeriod && r.period) out.push(activityFinding("deadline.outside-period", "warning", a, { raw, period: periodText(r) }));
  if (d.kind === "external") out.push(activityFinding("deadline.external", "info", a, { raw }, { externalRef: d.externalRef ?? null }));
  else if (d.vague || d.kind === "ongoing") out.push(activityFinding("deadline.vague", "info", a, { raw }));
  if (d.end !== null && d.end < asOf && a.status !== "выполнено") {
    out.push(activityFinding("deadline.overdue", "warning", a, { date: formatDateRu(d.end) }, { end: d.end }));
  }
  return out;
}
