import type { Parser } from "../pipeline";
import { compile } from "./shared";

const DAY_GROUP = 1;
const FOLLOWING_GROUP = 2;

/**
 * «до 20 числа», «не позднее 5-го числа», «к 10 числу месяца, следующего за отчётным»: a day of
 * the month that no month follows. Alone it means every month; beside «ежеквартально» it is the
 * day reports of each quarter are due.
 */
export const monthDayParser: Parser = {
  name: "MonthDayParser",
  quick: /числ/,
  pattern: compile(
    "(?<![0-9.])([0-9]{1,2})\\s*(?:-?\\s*(?:го|ого|е|ое|му|ому))?\\s*числ(?:а|о|у)(?![а-яё])(?:\\s+месяца(?![а-яё]))?(\\s*,?\\s*следующ[а-я]*\\s+за\\s+отчетн[а-я]*(?:\\s+(?:периодом|месяцем|кварталом|полугодием|годом))?)?",
  ),
  extract(m) {
    const day = Number(m[DAY_GROUP]);
    if (day < 1 || day > 31) return null;
    return { type: "monthDay", day, following: m[FOLLOWING_GROUP] !== undefined, index: m.index, end: m.index + m[0].length };
  },
};
