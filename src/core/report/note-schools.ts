import { formatNumberRu } from "../util";
import type { DistrictReport, FlagReason, SchoolReport } from "./model";
import { pluralRu } from "../findings";
import { FORMS, cap, listRu, n, quoteRu } from "./note-format";
import type { NoteParagraph } from "./note-types";
import { isObjectivityFlag, pct, pctThreshold, ppThreshold } from "./words";

/** «ВПР, Математика, 5 класс, 2024 г.: доля отметок «2» 34,5 % (порог 30 %); …» grouped by assessment. */
function reasonsText(reasons: readonly FlagReason[]): string {
  const byLabel = new Map<string, string[]>();
  for (const r of reasons) byLabel.set(r.assessmentLabel, [...(byLabel.get(r.assessmentLabel) ?? []), r.text]);
  return sentences([...byLabel.entries()].map(([label, texts]) => `${label} — ${texts.join("; ")}`));
}

/** Joins clauses into sentences without doubling a dot a clause already ends with («… в 2023 г.»). */
function sentences(parts: readonly string[]): string {
  const joined = parts.reduce((acc, p) => (acc ? `${acc}${acc.endsWith(".") ? " " : ". "}${p}` : p), "");
  return joined.endsWith(".") ? joined : `${joined}.`;
}

function riskParagraphs(r: DistrictReport, withResults: readonly SchoolReport[]): NoteParagraph[] {
  const st = r.settings;
  const risky = withResults.filter((s) => s.reasons.some((x) => !isObjectivityFlag(x.code)));
  if (!risky.length) {
    return [{
      kind: "text",
      // «п.п.» closes the sentence with its own dot.
      text: sentences([`Ни в одной из ${n(withResults.length, FORMS.schoolsGen)} не выявлено признаков риска: доля отметок «2» ниже ${pctThreshold(st.failShare)}, ` +
        `отставание от среднерайонных показателей успеваемости и качества меньше ${ppThreshold(st.belowDistrictPp)}`]),
    }];
  }
  const out: NoteParagraph[] = [{
    kind: "text",
    text: `Признаки риска низких образовательных результатов выявлены в ${n(risky.length, FORMS.schoolsLoc)} из ${withResults.length}:`,
  }];
  for (const s of risky) {
    out.push({ kind: "item", text: `${s.school}: ${reasonsText(s.reasons.filter((x) => !isObjectivityFlag(x.code)))}` });
  }
  return out;
}

function objectivityParagraphs(r: DistrictReport): NoteParagraph[] {
  const withData = r.assessments.filter((a) => a.source.schools.some((s) => s.objectivity !== null));
  if (!withData.length) return [];
  const flagged = r.schools.filter((s) => s.reasons.some((x) => isObjectivityFlag(x.code)));
  const out: NoteParagraph[] = [{ kind: "heading", text: "Объективность оценивания" }];
  for (const a of withData) {
    const o = a.source.district.objectivity;
    if (o) out.push({ kind: "text", text: `${a.label}: в целом по району результат работы ниже отметки по журналу у ${pct(o.lowered)} участников, совпадает — у ${pct(o.confirmed)}, выше — у ${pct(o.raised)}.` });
  }
  if (!flagged.length) {
    out.push({ kind: "text", text: `Признаков необъективности не выявлено: ни в одной школе доля понизивших отметку не достигает ${pctThreshold(r.settings.loweredShare)}, а доля повысивших — ${pctThreshold(r.settings.raisedShare)}.` });
    return out;
  }
  out.push({ kind: "text", text: `Признаки необъективности оценивания выявлены в ${n(flagged.length, FORMS.schoolsLoc)}:` });
  for (const s of flagged) out.push({ kind: "item", text: `${s.school}: ${reasonsText(s.reasons.filter((x) => isObjectivityFlag(x.code)))}` });
  return out;
}

/** «Школы с признаками риска» and «Объективность оценивания». */
export function schoolParagraphs(r: DistrictReport): NoteParagraph[] {
  const withResults = r.schools.filter((s) => s.subjects.some((x) => x !== undefined));
  if (!withResults.length) return [];
  return [{ kind: "heading", text: "Школы с признаками риска" }, ...riskParagraphs(r, withResults), ...objectivityParagraphs(r)];
}

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
  const heading: NoteParagraph = { kind: "heading", text: "Целевые показатели" };
  if (!total) {
    // Only a report that has something to say says that the targets are missing.
    if (!r.assessments.length && !r.execution.total.total) return [];
    return [heading, { kind: "text", text: "Целевые показатели программы не заданы: в приказе они не найдены и не введены. Их можно вписать на листе «Целевые показатели» книги — значения и статусы посчитаются." }];
  }
  const judged = t.achieved + t.notAchieved;
  const status = (count: number, forms: readonly [string, string, string]) => `${count} ${pluralRu(count, forms)}`;
  const lead = judged
    ? `Данные для оценки есть по ${judged} из ${n(total, FORMS.targetsGen)} программы: ${status(t.achieved, STATUS_FORMS.achieved)}, ${status(t.notAchieved, STATUS_FORMS.notAchieved)}.`
    : `Ни по одному из ${n(total, FORMS.targetsGen)} программы нет данных для оценки.`;
  const tail = t.noData && judged ? ` По ${n(t.noData, FORMS.targetsDat)} данных нет: их значения можно ввести на листе «Целевые показатели».` : "";
  const out: NoteParagraph[] = [heading, { kind: "text", text: lead + tail }];
  for (const row of t.rows.filter((x) => x.status === "не достигнут")) {
    const goal = row.target ? ` при целевом значении ${quoteRu(row.target)}` : "";
    out.push({ kind: "item", text: `${cap(row.text.trim().replace(/\.$/, ""))}: ${targetValue(row.value, row.unit)}${goal}.` });
  }
  return out;
}
