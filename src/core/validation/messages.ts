import { countRu } from "../findings";

export type ValidationCode =
  | "deadline.missing" | "deadline.unparsed" | "deadline.vague" | "deadline.external" | "deadline.outside-period"
  | "deadline.inverted" | "deadline.no-year" | "deadline.overdue" | "deadline.no-column"
  | "deadline.august-reading" | "deadline.half-reading"
  | "responsible.missing" | "responsible.unknown" | "responsible.person" | "responsible.too-many" | "responsible.no-column";

export interface MessageParams {
  /** «Мероприятие 2.8 (строка 43)» */
  readonly where: string;
  readonly raw?: string;
  readonly date?: string;
  readonly period?: string;
  readonly party?: string;
  readonly count?: number;
  readonly max?: number;
}

/** Russian wording apart from the rules (zod `locales/ru.ts` style); tests assert codes, not these texts. */
export const MESSAGES_RU: Record<ValidationCode, (p: MessageParams) => string> = {
  "deadline.missing": (p) => `${p.where}: срок не указан`,
  "deadline.unparsed": (p) => `${p.where}: срок «${p.raw}» не распознан, укажите месяц и год`,
  "deadline.vague": (p) => `${p.where}: срок «${p.raw}» не называет проверяемой даты`,
  "deadline.external": (p) => `${p.where}: срок задан внешним документом («${p.raw}»), дату нужно уточнить по нему`,
  "deadline.outside-period": (p) => `${p.where}: срок «${p.raw}» выходит за период программы (${p.period})`,
  "deadline.inverted": (p) => `${p.where}: в сроке «${p.raw}» окончание раньше начала`,
  "deadline.no-year": (p) => `${p.where}: в сроке «${p.raw}» не указан год, а программа длится больше года`,
  "deadline.august-reading": (p) => `${p.where}: «${p.raw}» прочитан как ${p.date}`,
  "deadline.half-reading": (p) => `${p.where}: полугодие в сроке «${p.raw}» прочитано как ${p.date}`,
  "deadline.overdue": (p) => `${p.where}: срок истёк ${p.date}, мероприятие не отмечено как выполненное`,
  "deadline.no-column": (p) => `${p.where ? `${p.where}: в` : "В"} таблице нет столбца сроков: сроки мероприятий не указаны`,
  "responsible.missing": (p) => `${p.where}: ответственный не указан`,
  "responsible.unknown": (p) => `${p.where}: ответственный «${p.party}» отсутствует в справочнике «Ответственные»`,
  "responsible.person": (p) => `${p.where}: ответственным указано физическое лицо «${p.party}», а не должность или организация`,
  "responsible.too-many": (p) =>
    `${p.where}: ${countRu(p.count ?? 0, ["ответственный", "ответственных", "ответственных"])} (больше ${p.max}): ответственность размыта`,
  "responsible.no-column": (p) => `${p.where ? `${p.where}: в` : "В"} таблице нет столбца ответственных: исполнители мероприятий не указаны`,
};
