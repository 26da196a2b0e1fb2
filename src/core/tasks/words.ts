import { formatPercentRu } from "../util";
import type { TaskAnalysis, TaskFigures, TaskLevel } from "./types";

export const LEVEL_WORD: Readonly<Record<TaskLevel, string>> = { Б: "базовый", П: "повышенный", В: "высокий" };

/** «ВПР 2024, математика, 5 класс». */
export function analysisLabel(a: Pick<TaskAnalysis, "assessment" | "subject" | "grade" | "year">): string {
  const head = [a.assessment, a.year].filter(Boolean).join(" ");
  return [head, a.subject?.toLocaleLowerCase("ru"), a.grade ? `${a.grade} класс` : null].filter(Boolean).join(", ");
}

/** «№ 9.1 (повышенный, 24,0 %)». */
export function taskWord(a: TaskAnalysis, f: TaskFigures, task: string): string {
  const t = a.tasks.find((x) => x.task === task);
  const m = f.tasks[task];
  const level = t?.level ? `${LEVEL_WORD[t.level]}, ` : "";
  return `№\u00a0${task} (${level}${m === null || m === undefined ? "нет данных" : formatPercentRu(m)})`;
}

/**
 * Problem tasks in words: those clearly below, then those «на грани» (the grey zone). Empty when none. With `max`,
 * only the weakest that many of each kind are named (in task order) and the rest counted: a note stays readable.
 */
export function problemTasksText(a: TaskAnalysis, f: TaskFigures, max = Infinity): string {
  const grey = new Set(f.borderlineTasks);
  const words = (tasks: readonly string[]) => {
    const weakest = new Set([...tasks].sort((x, y) => (f.tasks[x] ?? 0) - (f.tasks[y] ?? 0)).slice(0, max));
    const named = tasks.filter((t) => weakest.has(t)).map((t) => taskWord(a, f, t));
    const rest = tasks.length - named.length;
    return named.join(", ") + (rest > 0 ? ` и ещё ${rest}` : "");
  };
  const below = f.problemTasks.filter((t) => !grey.has(t));
  return [
    below.length ? words(below) : "",
    f.borderlineTasks.length ? `на грани порога: ${words(f.borderlineTasks)}` : "",
  ]
    .filter(Boolean)
    .join("; ");
}

/** A caveat for small samples (DOMAIN: fewer than 10 — figures only; 10–20 — a softer wording). */
export function sampleCaveat(f: TaskFigures): string {
  if (f.sample === "small")
    return `мало участников (${f.participants}): проценты неустойчивы, выводы о рисках не делаются`;
  if (f.sample === "medium") return `небольшая выборка (${f.participants}): выводы предварительные`;
  return "";
}
