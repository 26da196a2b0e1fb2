import { formatDateRu } from "../util";
import type { DistrictReport } from "./model";
import { FORMS, listRu, n, periodText } from "./note-format";
import { resultsParagraphs } from "./note-results";
import { roadmapParagraphs, scopeText } from "./note-roadmap";
import { objectivityParagraphs, riskSchoolParagraphs } from "./note-schools";
import { targetParagraphs } from "./note-targets";
import { returnsParagraphs } from "./note-returns";
import type { NoteParagraph } from "./note-types";
import { pct } from "./words";
import type { TaskAnalysis } from "../tasks";
import { taskParagraphs } from "./note-tasks";

function header(r: DistrictReport): NoteParagraph[] {
  return [
    { kind: "title", text: "Аналитическая справка" },
    { kind: "subtitle", text: `о результатах мониторинга реализации программы повышения качества образования (${r.district})` },
  ];
}

/** «Общие сведения»: the period, the date, and what the monitoring covers. */
function general(r: DistrictReport): NoteParagraph[] {
  const dated = `Сведения приведены по состоянию на ${formatDateRu(r.asOf)}.`;
  const lead = r.period ? `Период реализации программы: ${periodText(r.period)}. ${dated}` : dated;
  const covers: string[] = [];
  if (r.assessments.length) covers.push(`результаты ${n(r.assessments.length, FORMS.assessmentsGen)} по ${n(r.schoolCounts.withResults, FORMS.schoolsDat)}`);
  if (r.execution.total.total) covers.push(`исполнение ${n(r.execution.total.total, FORMS.activitiesGen)} ${scopeText(r)}`);
  const body = covers.length ? [{ kind: "text" as const, text: `Проанализированы ${listRu(covers)}.` }] : [];
  if (!covers.length) return [{ kind: "text", text: dated }];
  return [{ kind: "heading", text: "Общие сведения" }, { kind: "text", text: lead }, ...body];
}

/** «Выводы»: the main figures in a few sentences, the same values the summary sheet shows. */
function conclusions(r: DistrictReport): NoteParagraph[] {
  const c = r.schoolCounts;
  const out: string[] = [];
  if (c.withResults) {
    out.push(c.risk.length
      ? `Признаки риска низких образовательных результатов выявлены в ${n(c.risk.length, FORMS.schoolsLoc)} из ${c.withResults}.`
      : `Признаков риска низких образовательных результатов ни в одной из ${n(c.withResults, FORMS.schoolsGen)} не выявлено.`);
    if (c.objectivity.length) out.push(`Признаки необъективности оценивания — в ${n(c.objectivity.length, FORMS.schoolsLoc)}.`);
  }
  const t = r.execution.total;
  if (t.total) out.push(`Выполнено ${t.done} из ${n(t.total, FORMS.activitiesGen)}${t.doneShare !== null ? ` (${pct(t.doneShare)})` : ""}; ${t.overdue ? `просрочено ${t.overdue}` : "просроченных нет"}.`);
  const targets = targetParagraphs(r);
  if (!out.length && !targets.length) return [];
  return [{ kind: "heading", text: "Выводы" }, ...out.map((text): NoteParagraph => ({ kind: "text", text })), ...targets];
}

/** «Предложения»: a numbered list drawn from what the figures show; nothing is said about what has no data. */
function proposals(r: DistrictReport): NoteParagraph[] {
  const out: string[] = [];
  const { risk, objectivity } = r.schoolCounts;
  const overdueParties = r.execution.overdueByParty.map((g) => g.party);
  if (risk.length) out.push(`Обеспечить адресное методическое сопровождение ${n(risk.length, FORMS.schoolsGen)} с признаками риска: ${listRu(risk)}.`);
  if (objectivity.length) out.push(`Провести анализ объективности оценивания (перепроверку работ) в ${listRu(objectivity)}.`);
  const missing = r.returns.filter((x) => !x.received).map((x) => x.school);
  if (missing.length) out.push(`Обеспечить представление отчётов о выполнении дорожной карты: ${listRu(missing)}.`);
  if (overdueParties.length) out.push(`Ответственным за просроченные мероприятия (${listRu(overdueParties)}) представить пояснения и скорректированные сроки исполнения.`);
  if (r.districtTargets.noData) out.push("Дополнить данные для оценки целевых показателей на листе «Целевые показатели».");
  const hasData = r.schools.some((s) => s.subjects.some(Boolean)) || r.execution.total.total > 0;
  if (!out.length && hasData) out.push("Продолжить реализацию программы в плановом режиме.");
  if (!out.length) return [];
  return [{ kind: "heading", text: "Предложения" }, ...out.map((text, i): NoteParagraph => ({ kind: "numbered", number: i + 1, text }))];
}

/**
 * A draft «аналитическая справка» built from the report's figures, in the sections of the genre: общие сведения;
 * результаты оценочных процедур; объективность; исполнение дорожной карты; выводы; предложения.
 */
export function writeAnalyticNote(report: DistrictReport, tasks: readonly TaskAnalysis[] = []): NoteParagraph[] {
  return [
    ...header(report),
    ...general(report),
    ...resultsParagraphs(report),
    ...taskParagraphs(tasks),
    ...riskSchoolParagraphs(report),
    ...objectivityParagraphs(report),
    ...roadmapParagraphs(report),
    ...returnsParagraphs(report),
    ...conclusions(report),
    ...proposals(report),
  ];
}

/** Plain text for a .txt file or the clipboard: a blank line between paragraphs, list items with a dash. */
export function noteToText(paragraphs: readonly NoteParagraph[]): string {
  const lines = paragraphs.map((p) => {
    if (p.kind === "title") return p.text.toLocaleUpperCase("ru");
    if (p.kind === "numbered") return `${p.number ?? ""}. ${p.text}`;
    if (p.kind === "item") return p.level === 2 ? `    • ${p.text}` : `– ${p.text}`;
    return p.text;
  });
  return `${lines.join("\n\n")}\n`;
}
