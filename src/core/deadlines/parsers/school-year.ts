import type { Parser } from "../pipeline";
import { compile, yearOf } from "./shared";

const FROM_GROUP = 1;
const TO_GROUP = 2;

/** «2022/2023 учебный год», «2019-2020 учебного года», «2022-23 уч. г.»: September to May. */
export const schoolYearParser: Parser = {
  name: "SchoolYearParser",
  quick: /уч/,
  pattern: compile(
    "(?<![0-9])((?:19|20)[0-9]{2})\\s*[-/]\\s*((?:19|20)?[0-9]{2})(?![0-9])\\s*(?:уч\\.?|учебн[а-я]*)\\s*(?:г\\.?|год[а-я]*|гг\\.?)?",
  ),
  extract(m) {
    const from = yearOf(m[FROM_GROUP]);
    const toText = m[TO_GROUP];
    const to = toText.length === 2 ? Math.floor((from ?? 0) / 100) * 100 + Number(toText) : yearOf(toText);
    if (from === null || to === null || to !== from + 1) return null;
    return {
      type: "window",
      unit: "schoolYear",
      from: { year: from, month: 9, day: null },
      to: { year: to, month: 5, day: null },
      wrap: true,
      range: true,
      index: m.index,
      end: m.index + m[0].length,
    };
  },
};
