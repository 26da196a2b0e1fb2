import type { Parser } from "../pipeline";
import { compile, yearOf } from "./shared";

const FROM_GROUP = 1;
const TO_GROUP = 2;

/** «2021», «2021 год», «2020-2021 гг.», «2020 – 2023 годы»: whole calendar years. */
export const yearSpanParser: Parser = {
  name: "YearSpanParser",
  quick: /[0-9]{4}/,
  pattern: compile(
    "(?<![0-9])((?:19|20)[0-9]{2})(?:\\s*(?:г\\.?|год[а-я]*)?\\s*-\\s*((?:19|20)[0-9]{2}))?(?![0-9])(?:\\s*(?:гг?\\.?|годы|года|году|годах|год)(?![а-яё]))?",
  ),
  extract(m) {
    const from = yearOf(m[FROM_GROUP]);
    const to = yearOf(m[TO_GROUP]) ?? from;
    if (from === null || to === null) return null;
    return {
      type: "window",
      unit: "year",
      from: { year: from, month: 1, day: null },
      to: { year: to, month: 12, day: null },
      wrap: false,
      range: m[TO_GROUP] !== undefined,
      inverted: to < from,
      index: m.index,
      end: m.index + m[0].length,
    };
  },
};
