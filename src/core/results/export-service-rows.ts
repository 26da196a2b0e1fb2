/**
 * Rows of a ФИС ОКО per-pupil export («Индивидуальные результаты») that are no pupil: the one-cell group row before
 * each school's pupils («МБОУ «…»(edu123456) | Кол-во участников: 27») and an absent pupil's row («отсутствовал»
 * in «Вариант», nothing else). Kept apart from the reader so that it stays one call there.
 */
const GROUP_COUNT = /кол-?во\s+участников\s*:?\s*\d+/i;
const ABSENT = /^(отсутствовал[а]?|не\s+явил(ся|ась))$/i;

export function isExportServiceRow(row: readonly string[]): "group" | "absent" | null {
  let filled = 0;
  let group = false;
  let absent = false;
  for (const c of row) {
    if (c === "") continue;
    const t = c.trim();
    if (!t) continue;
    if (++filled > 8) return null;
    if (GROUP_COUNT.test(t)) group = true;
    else if (ABSENT.test(t)) absent = true;
  }
  if (group && filled <= 3) return "group";
  return absent ? "absent" : null;
}

/** «нет отметки» in «Отметка по журналу»: the pupil has no journal mark, which is no error. */
export const NO_JOURNAL_MARK = /^нет\s+отметки$/i;
