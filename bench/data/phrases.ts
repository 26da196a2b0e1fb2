/**
 * Deadline phrases for the parser workload: the seeds' deadline columns plus the phrases DOMAIN.md
 * lists, cycled and varied (years shifted, days changed, case and spacing as people type them), so
 * most phrases are not byte-for-byte repeats.
 */
import { rng } from "./students";

/** Phrases DOMAIN.md quotes from real orders, besides those in the seed tables. */
export const DOMAIN_PHRASES = [
  "Январь 2020 г.", "Январь-февраль 2020г.", "Декабрь2021-январь2022", "сентябрь 2020 - май 2023", "до 20 января 2020 г.",
  "До 04.06.2022", "Март 2020 г.  Апрель 2020 г.  Октябрь 2020", "Август 2020; август 2021", "Май, июнь 2020 г.", "октябрь - ноябрь",
  "Ежегодно", "ежегодно", "Ежегодно: январь, июнь", "Июнь, январь, март", "4 раза в год: февраль, апрель, октябрь, декабрь.",
  "Один раз в четверть", "В течение года", "в течение учебного года", "В течение всего периода", "В течение периода реализации программы",
  "Постоянно", "По плану работы УО", "По графику Министерства Просвещения РФ", "по плану ФИОКО", "по договору",
  "В соответствии с графиком проведения мероприятий", "В течение года по заявке руководителя школы",
];

const MONTHS_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];

function vary(phrase: string, rand: () => number): string {
  const shift = Math.floor(rand() * 8) - 3;
  let out = phrase.replace(/20(\d\d)/g, (_m, yy: string) => String(2000 + Number(yy) + shift));
  out = out.replace(/\b(\d{1,2})(\s+[а-яё]+)/i, (m, d: string, rest: string) => (MONTHS_GEN.some((g) => rest.trim().toLowerCase() === g) ? `${1 + Math.floor(rand() * 28)}${rest}` : m));
  out = out.replace(/(\d{2})\.(\d{2})\.(\d{4})/, (_m, _d, mo: string, y: string) => `${String(1 + Math.floor(rand() * 28)).padStart(2, "0")}.${mo}.${y}`);
  const r = rand();
  if (r < 0.2) out = out.charAt(0).toLowerCase() + out.slice(1);
  else if (r < 0.3) out = out.charAt(0).toUpperCase() + out.slice(1);
  if (rand() < 0.15) out = out.replace(" ", "  ");
  if (rand() < 0.1) out = `${out}.`;
  return out;
}

/** `count` phrases from the given base list, deterministic for a seed. */
export function deadlinePhrases(base: readonly string[], count: number, seed = 7): string[] {
  const rand = rng(seed);
  const all = [...base, ...DOMAIN_PHRASES];
  return Array.from({ length: count }, (_, i) => vary(all[i % all.length], rand));
}
