/**
 * Many schools' own roadmaps, as a district with dozens of schools «500+» collects them: the same few
 * activities in every school (the municipal template), two sections, shared responsible parties
 * («Директор», «Заместитель директора по УВР»), statuses and deadlines that differ from school to school.
 * Used where the number of roadmaps matters (the report's execution formulas), not their length.
 */
const ACTIVITIES: readonly (readonly [string, string, string, string])[] = [
  ["Анализ расхождения отметок ВПР и отметок по журналу", "Сентябрь 2024", "Заместитель директора по УВР", "Аналитическая справка"],
  ["Педагогический совет «Объективность оценивания»", "Ноябрь 2024", "Директор", "Решение педсовета"],
  ["Проверка контрольных работ экспертной группой школы", "Декабрь 2024, апрель 2025", "Экспертная группа", "Протоколы перепроверки"],
  ["Диагностика предметных затруднений обучающихся 5–7 классов по математике", "Сентябрь 2024", "Заместитель директора по УВР", "Карта затруднений"],
  ["Дополнительные занятия по математике для обучающихся группы риска", "Еженедельно", "Учителя математики", "Доля «2» по математике ниже 30 %"],
  ["Взаимопосещение уроков учителями русского языка", "В течение учебного года", "Руководитель ШМО", "Листы взаимопосещения"],
  ["Курсы повышения квалификации учителей математики", "Январь – март 2025", "Директор", "Удостоверения"],
  ["Отчёт куратору о выполнении дорожной карты", "Ежеквартально", "Директор", "Отчёт"],
];
const SECTIONS = ["I. Объективность оценивания", "II. Повышение качества обучения"];
const STATUSES = ["выполнено", "в работе", "запланировано", "не выполнено", ""];

/** The text of school `n`'s roadmap (1-based), as pasted from Word or Excel. */
export function schoolRoadmapText(n: number): string {
  const lines = [`Дорожная карта МБОУ «СОШ № ${n}» на 2024/2025 учебный год`, "", ["№", "Мероприятие", "Срок", "Ответственный", "Результат", "Статус"].join("\t")];
  let number = 0;
  SECTIONS.forEach((section, s) => {
    lines.push(`${section}\t\t\t\t\t`);
    ACTIVITIES.slice(s * 4, s * 4 + 4).forEach(([text, deadline, who, result], i) => {
      number++;
      lines.push([`${number}`, text, deadline, who, result, STATUSES[(n * 7 + s * 3 + i) % STATUSES.length]].join("\t"));
    });
  });
  return `${lines.join("\n")}\n`;
}
