/**
 * Word forms of the deadline grammar, as data (chrono `ru/constants.ts` style).
 * Every form is its own key so a regex built from the keys matches exactly what officials write.
 */

const SOFT_ENDINGS = ["ь", "я", "е", "ю", "ем", "ём"];
const HARD_ENDINGS = ["", "а", "е", "у", "ом"];

function forms(stem: string, endings: readonly string[], month: number): Record<string, number> {
  return Object.fromEntries(endings.map((e) => [stem + e, month]));
}

/** «январь», «января», «январе», «январю», «январем» … and the usual abbreviations «янв.», «сент.». */
export const MONTH_DICTIONARY: Readonly<Record<string, number>> = {
  ...forms("январ", SOFT_ENDINGS, 1),
  ...forms("феврал", SOFT_ENDINGS, 2),
  ...forms("март", HARD_ENDINGS, 3),
  ...forms("апрел", SOFT_ENDINGS, 4),
  май: 5, мая: 5, мае: 5, маю: 5, маем: 5,
  ...forms("июн", SOFT_ENDINGS, 6),
  ...forms("июл", SOFT_ENDINGS, 7),
  ...forms("август", HARD_ENDINGS, 8),
  ...forms("сентябр", SOFT_ENDINGS, 9),
  ...forms("октябр", SOFT_ENDINGS, 10),
  ...forms("ноябр", SOFT_ENDINGS, 11),
  ...forms("декабр", SOFT_ENDINGS, 12),
  янв: 1, фев: 2, февр: 2, мар: 3, апр: 4, июн: 6, июл: 7, авг: 8,
  сен: 9, сент: 9, окт: 10, ноя: 11, нояб: 11, дек: 12,
};

/** Ordinals for quarters, half-years and school quarters: «I», «1», «первый», «1-й». */
export const ORDINAL_DICTIONARY: Readonly<Record<string, number>> = {
  i: 1, ii: 2, iii: 3, iv: 4, "1": 1, "2": 2, "3": 3, "4": 4,
  первый: 1, первая: 1, первое: 1, первом: 1, первого: 1, первой: 1,
  второй: 2, вторая: 2, второе: 2, втором: 2, второго: 2,
  третий: 3, третья: 3, третьем: 3, третьего: 3, третьей: 3,
  четвертый: 4, четвертая: 4, четвертом: 4, четвертого: 4, четвертой: 4,
};

/** «один раз», «2 раза», «четыре раза» … */
export const COUNT_DICTIONARY: Readonly<Record<string, number>> = {
  один: 1, одного: 1, два: 2, две: 2, три: 3, четыре: 4, пять: 5, шесть: 6,
  "1": 1, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6, "10": 10, "12": 12,
};

export type Every = "year" | "schoolQuarter" | "quarter" | "half" | "month" | "week" | "day";

/** The unit after «раз в …» / «один раз в …». */
export const EVERY_DICTIONARY: Readonly<Record<string, Every>> = {
  год: "year", "учебный год": "year", четверть: "schoolQuarter", квартал: "quarter",
  полугодие: "half", месяц: "month", неделю: "week", "две недели": "week", полгода: "half", триместр: "schoolQuarter",
};

/** «каждую пятницу», «по пятницам»: 1 = Monday … 7 = Sunday. */
export const WEEKDAY_DICTIONARY: Readonly<Record<string, number>> = {
  понедельник: 1, понедельникам: 1, вторник: 2, вторникам: 2, среду: 3, средам: 3, четверг: 4, четвергам: 4,
  пятницу: 5, пятницам: 5, субботу: 6, субботам: 6, воскресенье: 7, воскресеньям: 7,
};

/** One-word recurrences. */
export const EVERY_WORDS: Readonly<Record<string, Every>> = {
  ежегодно: "year", ежегодный: "year", ежегодная: "year", ежегодное: "year", "каждый год": "year",
  ежеквартально: "quarter", ежемесячно: "month", еженедельно: "week", ежедневно: "day",
  "по четвертям": "schoolQuarter", "каждую четверть": "schoolQuarter", "каждый месяц": "month",
  "каждого месяца": "month", "каждую неделю": "week", "каждой четверти": "schoolQuarter", "каждого квартала": "quarter",
  "по полугодиям": "half", "по кварталам": "quarter", "по месяцам": "month", "каждое полугодие": "half",
  "каждого полугодия": "half", "раз в полгода": "half",
};

export type OngoingScope = "year" | "schoolYear" | "period" | "open";

/** What follows «в течение …» and the bare continuous words. */
export const ONGOING_DICTIONARY: Readonly<Record<string, OngoingScope>> = {
  "в течение всего периода реализации программы": "period",
  "в течение периода реализации программы": "period",
  "в течение всего периода реализации": "period",
  "в течение периода реализации": "period",
  "в течение всего срока реализации программы": "period",
  "в течение срока реализации программы": "period",
  "в течение реализации программы": "period",
  "в течение всего периода": "period",
  "в течение периода": "period",
  "в течение программы": "period",
  "на протяжении всего периода": "period",
  "весь период": "period",
  "в течение всего учебного года": "schoolYear",
  "в течение учебного года": "schoolYear",
  "в течение всего года": "year",
  "в течение года": "year",
  "в течение": "open",
  постоянно: "period",
  регулярно: "period",
  систематически: "period",
};

/** Openings of a reference to someone else's schedule: «по плану работы УО», «по графику …». */
export const EXTERNAL_OPENINGS: readonly string[] = [
  "в соответствии с", "согласно", "по плану", "по графику", "по договору", "по заявке", "по заявкам",
  "по запросу", "по мере", "по согласованию", "по срокам", "по приказу", "по отдельному",
  "по расписанию", "по итогам",
];

/** Closing of a term: «по итогам четверти», «в конце учебного года», «по окончании полугодия». */
export const TERM_END_OPENINGS: readonly string[] = ["по итогам", "по предварительным итогам", "в конце", "по окончании", "по завершении", "в завершение", "по результатам"];

/** Words that carry no meaning of their own between recognised pieces. */
export const FILLER_WORDS: ReadonlySet<string> = new Set([
  "г", "гг", "год", "года", "годы", "году", "годах", "и", "с", "со", "по", "до", "к", "в", "во", "на", "не",
  "позднее", "позже", "срок", "сроки", "течение", "раз", "раза", "учебного", "учебный", "уч", "года.",
  "месяц", "месяца", "квартал", "квартала", "всего", "ежегодно", "т", "ч", "том", "числе", "также",
  "каждого", "каждый", "каждую", "числа", "число", "не", "го", "ое", "е",
]);

/** Keys of a dictionary as a regex alternation, longest first (so «января» wins over «янв»). */
export function alternation(keys: readonly string[]): string {
  return [...keys]
    .sort((a, b) => b.length - a.length)
    .map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+"))
    .join("|");
}

/** No letter right before or after: JS `\b` knows no Cyrillic. */
export const NOT_LETTER_BEFORE = "(?<![а-яёa-z])";
export const NOT_LETTER_AFTER = "(?![а-яёa-z])";

/** «2023», «2023 г.», «2023г», «2023 года», «2023год»; the year itself is group YEAR_GROUP. */
export const YEAR_PATTERN = "(?<![0-9])((?:19|20)[0-9]{2})(?![0-9])(?:\\s*(?:гг?\\.?|годы|года|году|год)(?![а-яё]))?";
export const MONTH_PATTERN = `${NOT_LETTER_BEFORE}(${alternation(Object.keys(MONTH_DICTIONARY))})\\.?${NOT_LETTER_AFTER}`;
