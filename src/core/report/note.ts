import { formatDateRu } from "../util";
import type { DistrictReport } from "./model";
import { FORMS, listRu, n, periodText } from "./note-format";
import { resultsParagraphs } from "./note-results";
import { roadmapParagraphs } from "./note-roadmap";
import { returnsParagraphs } from "./note-returns";
import { schoolParagraphs, targetParagraphs } from "./note-schools";
import type { NoteParagraph } from "./note-types";
import { isObjectivityFlag } from "./words";
import type { TaskAnalysis } from "../tasks";
import { taskParagraphs } from "./note-tasks";

function header(r: DistrictReport): NoteParagraph[] {
  const dated = `Сведения приведены по состоянию на ${formatDateRu(r.asOf)}.`;
  return [
    { kind: "title", text: "Аналитическая справка" },
    { kind: "subtitle", text: `о результатах мониторинга реализации программы повышения качества образования (${r.district})` },
    { kind: "text", text: r.period ? `Период реализации программы: ${periodText(r.period)}. ${dated}` : dated },
  ];
}

/** Conclusions drawn from what the figures show; nothing is said about what has no data. */
function conclusions(r: DistrictReport): NoteParagraph[] {
  const out: string[] = [];
  const risky = r.schools.filter((s) => s.reasons.some((x) => !isObjectivityFlag(x.code))).map((s) => s.school);
  const biased = r.schools.filter((s) => s.reasons.some((x) => isObjectivityFlag(x.code))).map((s) => s.school);
  const overdueParties = r.execution.overdueByParty.map((g) => g.party);
  if (risky.length) out.push(`Обеспечить адресное методическое сопровождение ${n(risky.length, FORMS.schoolsGen)} с признаками риска: ${listRu(risky)}.`);
  if (biased.length) out.push(`Провести анализ объективности оценивания (перепроверку работ) в ${listRu(biased)}.`);
  const missing = r.returns.filter((x) => !x.received).map((x) => x.school);
  if (missing.length) out.push(`Обеспечить представление отчётов о выполнении дорожной карты: ${listRu(missing)}.`);
  if (overdueParties.length) out.push(`Ответственным за просроченные мероприятия (${listRu(overdueParties)}) представить пояснения и скорректированные сроки исполнения.`);
  const hasData = r.schools.some((s) => s.subjects.some(Boolean)) || r.execution.total.total > 0;
  if (!out.length && hasData) {
    out.push("Школ с признаками риска и просроченных мероприятий нет; продолжить реализацию программы в плановом режиме.");
  }
  if (!out.length) return [];
  return [{ kind: "heading", text: "Выводы и предложения" }, ...out.map((text, i): NoteParagraph => ({ kind: "item", text: `${i + 1}. ${text}` }))];
}

/** A draft «аналитическая справка» built from the report's figures. */
export function writeAnalyticNote(report: DistrictReport, tasks: readonly TaskAnalysis[] = []): NoteParagraph[] {
  return [
    ...header(report),
    ...resultsParagraphs(report),
    ...taskParagraphs(tasks),
    ...schoolParagraphs(report),
    ...targetParagraphs(report),
    ...roadmapParagraphs(report),
    ...returnsParagraphs(report),
    ...conclusions(report),
  ];
}

/** Plain text for a .txt file or the clipboard: a blank line between paragraphs, list items with a dash. */
export function noteToText(paragraphs: readonly NoteParagraph[]): string {
  const lines = paragraphs.map((p) => {
    if (p.kind === "title") return p.text.toLocaleUpperCase("ru");
    if (p.kind === "item") return /^\d+\.\s/.test(p.text) ? p.text : `– ${p.text}`;
    return p.text;
  });
  return `${lines.join("\n\n")}\n`;
}
