import { pluralRu } from "../findings";
import type { SchoolTaskFigures, TaskAnalysis, TaskFigures } from "../tasks";
import { analysisLabel, problemTasksText, sampleCaveat } from "../tasks/words";
import { formatPercentRu } from "../util";
import { cap, FORMS, n } from "./note-format";
import type { FigureHistory } from "../tasks/history";
import { ppAbs } from "./words";
import type { NoteParagraph } from "./note-types";

/** A school's paragraph names at most this many tasks of each kind (the weakest); the sheet «Задания» has all. */
const NOTE_MAX_TASKS = 5;
const SCHOOLS: readonly [string, string, string] = ["школа", "школы", "школ"];
const SCORES: readonly [string, string, string] = ["балл", "балла", "баллов"];

const markOfBoundary = (f: TaskFigures, score: number): string =>
  (Object.entries(f.boundaries) as [string, number][])
    .filter(([, b]) => b === score)
    .map(([m]) => `«${m}»`)
    .join(", ");

function peakText(f: TaskFigures): string {
  return f.peaks.map((p) => `${p} ${pluralRu(p, SCORES)} (граница отметки ${markOfBoundary(f, p)})`).join(", ");
}

function gapText(f: TaskFigures): string {
  const { lowered2, raised2 } = f.markGaps;
  const all = lowered2 + raised2;
  const share = f.marks.withJournal
    ? ` (${formatPercentRu(all / f.marks.withJournal)} из ${f.marks.withJournal} с обеими отметками)`
    : "";
  return `${all}${share}: ниже журнальной — ${lowered2}, выше — ${raised2}`;
}

/** The school's problem tasks with the wording its sample size allows. */
function schoolProblemItem(a: TaskAnalysis, s: SchoolTaskFigures): NoteParagraph | null {
  const text = problemTasksText(a, s, NOTE_MAX_TASKS);
  if (!text) return null;
  const caveat = sampleCaveat(s);
  const lead = s.sample === "full" ? "" : s.sample === "medium" ? "по-видимому, затруднения: " : "";
  return { kind: "item", text: `${s.school}: ${lead}${text}${caveat ? ` — ${caveat}` : ""}.` };
}

function changeWords(label: string, h: FigureHistory, lowerIsBetter: boolean): string | null {
  const c = h.change;
  if (!c || c.change === null || c.trend === null) return null;
  const last = h.values[h.values.length - 1];
  const now = last === null ? "" : ` (${formatPercentRu(last)})`;
  if (c.trend === "стабильно") return `${label}${now} — без существенных изменений к ${c.previousYear} г.`;
  const good = (c.trend === "снижение") === lowerIsBetter;
  return `${label}${now} — ${c.trend} на ${ppAbs(c.change)} к ${c.previousYear} г.${good ? "" : " (неблагоприятно)"}`;
}

/** «Динамика по району (2022–2024): доля «2» …; качество …; подтвердили отметку по журналу …». */
function historyParagraph(a: TaskAnalysis): NoteParagraph | null {
  const h = a.history;
  if (!h) return null;
  const parts = [
    changeWords("доля «2»", h.failShare, true),
    changeWords("качество", h.qualityRate, false),
    changeWords("доля подтвердивших отметку по журналу", h.objectivity, false),
  ].filter((x): x is string => x !== null);
  if (!parts.length) return null;
  return {
    kind: "text",
    text: `Динамика по району (${h.years[0]}–${h.years[h.years.length - 1]}): ${parts.join("; ")}.`,
  };
}

function analysisParagraphs(a: TaskAnalysis): NoteParagraph[] {
  const d = a.district;
  const out: NoteParagraph[] = [];
  const districtProblems = problemTasksText(a, d);
  const head = `${cap(analysisLabel(a))}: ${n(d.participants, FORMS.participants)}, ${n(a.schools.length, SCHOOLS)}.`;
  out.push({
    kind: "text",
    text: districtProblems
      ? `${head} По району ниже порога выполнены задания ${districtProblems}.`
      : `${head} По району все задания выполнены не ниже порогов своего уровня сложности.`,
  });
  const history = historyParagraph(a);
  if (history) out.push(history);
  const items = a.schools.map((s) => schoolProblemItem(a, s)).filter((p): p is NoteParagraph => p !== null);
  if (items.length) out.push({ kind: "text", text: "Проблемные задания школ:" }, ...items);
  const peaked = a.schools.filter((s) => s.peaks.length > 0);
  if (d.peaks.length || peaked.length) {
    const parts = [
      ...(d.peaks.length ? [`по району — ${peakText(d)}`] : []),
      ...peaked.map((s) => `${s.school} — ${peakText(s)}`),
    ];
    out.push({
      kind: "text",
      text: `Пики на границах отметок (участников с минимальным для отметки баллом заметно больше, чем с соседними; возможна «дотяжка» до отметки): ${parts.join("; ")}.`,
    });
  }
  const gapped = a.schools.filter((s) => s.markGaps.lowered2 + s.markGaps.raised2 > 0);
  if (gapped.length) {
    out.push({
      kind: "text",
      text: `Отметка за ВПР отличается от отметки по журналу на две и более у ${gapText(d)} по району; по школам:`,
    });
    for (const s of gapped) {
      const caveat = s.sample === "small" ? " — мало участников, вывод об объективности не делается" : "";
      out.push({ kind: "item", text: `${s.school}: ${gapText(s)}${caveat}.` });
    }
  }
  return out;
}

/** «Справка» paragraphs on the per-task analyses: problem tasks, boundary peaks, pupils with a gap of two marks. */
export function taskParagraphs(analyses: readonly TaskAnalysis[]): NoteParagraph[] {
  if (analyses.length === 0) return [];
  return [{ kind: "heading", text: "Выполнение заданий ВПР" }, ...analyses.flatMap(analysisParagraphs)];
}
