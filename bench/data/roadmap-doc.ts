/**
 * A roadmap order of any size, built from the seed tables' activity rows (with their continuation
 * lines, HTML remnants and glued numbers as the seeds have them): columns aligned to one header,
 * sections of 25 activities, numbers rewritten as «section.position.», the header repeated every
 * 150 activities as on printed pages.
 */
import { cellsOf, NUMBER_AT_START, type SeedTable } from "./seeds";

const HEADER = ["№ п/п", "Мероприятия", "Сроки", "Ответственные", "Планируемый результат"].join("\t");
const PER_SECTION = 25;
const PER_PAGE = 150;

/** Cells of a seed line reordered to number, activity, deadline, responsible, the rest. */
function alignLine(line: string, t: SeedTable): string {
  const { cells, glued } = cellsOf(line, t.columns);
  if (cells.length !== t.columns) return line;
  const order = [0, 1, t.deadlineColumn, t.responsibleColumn];
  const rest = cells.map((_, i) => i).filter((i) => !order.includes(i));
  const aligned = [...order, ...rest].map((i) => cells[i] ?? "");
  // A glued number stays glued, as the seeds have it: drop the empty number cell again.
  return (glued ? aligned.slice(1) : aligned).join("\t");
}

/** Activity units usable in one five-column table (the regional table has no responsible column). */
export function activityUnits(tables: readonly SeedTable[]): string[][] {
  return tables
    .filter((t) => t.columns === 5 && t.deadlineColumn >= 0 && t.responsibleColumn >= 0)
    .flatMap((t) => t.activities.map((lines) => lines.map((l) => alignLine(l, t))));
}

export function roadmapDocument(units: readonly (readonly string[])[], activities: number): string {
  const out = ["Приложение 1 к приказу управления образования", "", "Дорожная карта программы поддержки школ с низкими образовательными результатами на 2020-2023 годы", "", HEADER];
  for (let i = 0; i < activities; i++) {
    const section = Math.floor(i / PER_SECTION) + 1;
    const position = (i % PER_SECTION) + 1;
    if (i > 0 && i % PER_PAGE === 0) out.push(HEADER);
    if (position === 1) out.push(`<b>${section} этап – мероприятия направления ${section}</b>\t\t\t\t`);
    const [first, ...rest] = units[i % units.length];
    out.push(first.replace(NUMBER_AT_START, (_m, lead: string) => `${lead}${section}.${position}.`), ...rest);
  }
  return out.join("\n");
}
