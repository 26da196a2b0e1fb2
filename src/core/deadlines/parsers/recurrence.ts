import { COUNT_DICTIONARY, EVERY_DICTIONARY, EVERY_WORDS, NOT_LETTER_AFTER, NOT_LETTER_BEFORE, alternation } from "../constants";
import type { Parser } from "../pipeline";
import { compile } from "./shared";

const COUNT_GROUP = 1;
const EVERY_GROUP = 2;
const WORD_GROUP = 1;

/** «Ежегодно», «ежемесячно», «по четвертям», «по итогам года». */
export const everyWordParser: Parser = {
  name: "EveryWordParser",
  quick: /еже|кажд|по\s+четв/,
  pattern: compile(`${NOT_LETTER_BEFORE}(${alternation(Object.keys(EVERY_WORDS))})${NOT_LETTER_AFTER}`),
  extract(m) {
    const every = EVERY_WORDS[m[WORD_GROUP].replace(/\s+/g, " ")];
    return every ? { type: "recurrence", every, times: null, index: m.index, end: m.index + m[0].length } : null;
  },
};

/** «4 раза в год», «Один раз в четверть», «раз в полугодие», «2 раза в учебный год». */
export const timesPerParser: Parser = {
  name: "TimesPerParser",
  quick: /раз/,
  pattern: compile(
    `${NOT_LETTER_BEFORE}(?:(${alternation(Object.keys(COUNT_DICTIONARY))})\\s*)?раза?\\s+в\\s+(${alternation(Object.keys(EVERY_DICTIONARY))})${NOT_LETTER_AFTER}`,
  ),
  extract(m) {
    const every = EVERY_DICTIONARY[m[EVERY_GROUP].replace(/\s+/g, " ")];
    const times = m[COUNT_GROUP] ? (COUNT_DICTIONARY[m[COUNT_GROUP]] ?? null) : 1;
    return every ? { type: "recurrence", every, times, index: m.index, end: m.index + m[0].length } : null;
  },
};
