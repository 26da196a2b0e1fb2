/** A pasted roadmap table as the assembler receives it (shared by the roadmap and injection suites). */
import fc from "fast-check";
import type { SourceDocument } from "../../src/core/table/types";
import type { Grid } from "../helpers/mutate";

export function documentOf(grid: Grid, context: string): SourceDocument {
  return { tables: [{ cells: grid, origin: { kind: "text", sheet: "вставка", firstRow: 1, firstColumn: 1 }, context }], text: `${context}\n` };
}


/**
 * Roadmaps in the layouts real districts use (issue #15): title lines, a header band of two or three rows
 * (a group header over sub-columns: «Сроки» over «начала | окончания», «График выполнения» over quarters
 * or months, years over months), a column-number row, section rows («Подпрограмма …», Roman-numbered) and
 * plan-graph grids with marks, dashes and dates. `expected` says what a correct import finds.
 */
export interface LayoutCase {
  readonly grid: string[][];
  readonly expected: { readonly activities: number; readonly marks: readonly number[]; readonly headerRows: number };
}

const TEXTS = ["Семинар для учителей математики", "Анализ результатов ВПР по школам", "Посещение уроков «группы риска»", "Курсы повышения квалификации", "Совещание с руководителями ОО", "Пробный ОГЭ по русскому языку"];
const PARTIES = ["Управление образования", "ИМЦ", "Руководители ОО", "Методист РМК Сафонова Т.Н.", "Заместитель директора по УВР"];
const MARKS = ["х", "x", "X", "+", "✓", "●", "*", "V", "v", "15.03", "до 20.05"];
const NO_MARKS = ["", "", "", "-", "–"];
const PERIOD_SETS = [
  ["I кв. 2024", "II кв. 2024", "III кв. 2024", "IV кв. 2024"],
  ["сентябрь", "октябрь", "ноябрь", "декабрь", "январь"],
  ["1 четверть", "2 четверть", "3 четверть", "4 четверть"],
  ["2024", "2025 г.", "2026"],
];
const GROUPS = ["График выполнения", "Сроки выполнения (кварталы)", "Месяцы", "Сроки"];
const SECTIONS = ["Подпрограмма 1 «Общее образование»", "II. Организационные мероприятия", "Направление 2. Работа с педагогами", "Задача 3. Повышение объективности"];
const TITLES = ["УТВЕРЖДАЮ", "План-график мероприятий по подготовке к ГИА на 2024/2025 учебный год", "Приложение 1 к приказу от 12.09.2024 № 245"];

export function layoutCase(): fc.Arbitrary<LayoutCase> {
  const row = (width: number) => fc.tuple(fc.constantFrom(...TEXTS), fc.constantFrom(...PARTIES), fc.array(fc.oneof(fc.constantFrom(...MARKS), fc.constantFrom(...NO_MARKS)), { minLength: width, maxLength: width }));
  return fc
    .record({
      kind: fc.constantFrom("grid", "startEnd"),
      periods: fc.constantFrom(...PERIOD_SETS),
      group: fc.constantFrom(...GROUPS),
      titles: fc.subarray(TITLES),
      numberRow: fc.boolean(),
      sections: fc.array(fc.tuple(fc.constantFrom(...SECTIONS), fc.integer({ min: 1, max: 4 })), { minLength: 1, maxLength: 3 }),
      seed: fc.array(row(5), { minLength: 12, maxLength: 12 }),
      dates: fc.array(fc.constantFrom("январь 2024", "01.02.2024", "сентябрь 2023", "2024", ""), { minLength: 24, maxLength: 24 }),
    })
    .map(({ kind, periods, group, titles, numberRow, sections, seed, dates }) => {
      const sub = kind === "grid" ? periods : ["начала", "окончания"];
      const width = 3 + sub.length + 1;
      const grid: string[][] = titles.map((t) => [t]);
      grid.push(["№ п/п", "Наименование мероприятия", "Ответственный исполнитель", kind === "grid" ? group : "Сроки", ...Array(sub.length - 1).fill(""), "Выход / продукт"]);
      grid.push(["", "", "", ...sub, ""]);
      if (numberRow) grid.push(Array.from({ length: width }, (_, i) => String(i + 1)));
      const marks: number[] = [];
      let k = 0;
      sections.forEach(([title, count], s) => {
        grid.push([title]);
        for (let i = 1; i <= count; i++, k++) {
          const [text, party, cells] = seed[k % seed.length];
          const deadline = kind === "grid" ? sub.map((_, j) => cells[j % cells.length]) : [dates[(2 * k) % dates.length], dates[(2 * k + 1) % dates.length]];
          if (kind === "grid") marks.push(deadline.filter((c) => !NO_MARKS.includes(c)).length);
          grid.push([`${s + 1}.${i}.`, text, party, ...deadline, "Справка"]);
        }
      });
      return { grid, expected: { activities: k, marks, headerRows: 2 } };
    });
}
