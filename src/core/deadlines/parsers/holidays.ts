import { NOT_LETTER_AFTER, NOT_LETTER_BEFORE } from "../constants";
import type { HolidaySeason } from "../holidays";
import type { Parser } from "../pipeline";
import { compile } from "./shared";

const SEASON_GROUP = 1;
const SEASONS: readonly (readonly [RegExp, HolidaySeason])[] = [[/^осен/, "autumn"], [/^зимн/, "winter"], [/^весен/, "spring"], [/^летн/, "summer"]];

/** «в каникулы», «в осенние каникулы», «во время зимних каникул», «в период летних каникул», «каникулярное время». */
export const holidaysParser: Parser = {
  name: "HolidaysParser",
  quick: /каникул/,
  pattern: compile(`${NOT_LETTER_BEFORE}(?:(?:в|во\\s+время|в\\s+период|в\\s+дни|на|период)\\s+)?(?:(осенн[а-я]*|зимн[а-я]*|весенн[а-я]*|летн[а-я]*)\\s+)?каникул[а-я]*(?:\\s+время)?${NOT_LETTER_AFTER}`),
  extract(m) {
    const word = m[SEASON_GROUP];
    const season = word ? SEASONS.find(([re]) => re.test(word))?.[1] : undefined;
    return { type: "holidays", seasons: season ? [season] : [], index: m.index, end: m.index + m[0].length };
  },
};
