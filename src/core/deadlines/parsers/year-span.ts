import type { Parser, WindowPiece } from "../pipeline";
import { compile, yearOf } from "./shared";

const FROM_GROUP = 1;
const TO_GROUP = 2;

/**
 * «2017-18»: a short second year is read only when it cannot be a month (13–99) and lands 1–10 years
 * after the first; otherwise null, and the first year stands alone.
 */
function shortSecondYear(from: number, text: string): number | null {
  const to = Math.floor(from / 100) * 100 + Number(text);
  return to > from && to - from <= 10 ? to : null;
}

function yearsPiece(from: number, to: number, range: boolean, index: number, end: number): WindowPiece {
  return {
    type: "window",
    unit: "year",
    from: { year: from, month: 1, day: null },
    to: { year: to, month: 12, day: null },
    wrap: false,
    range,
    inverted: to < from,
    index,
    end,
  };
}

/** «2021», «2021 год», «2020-2021 гг.», «2020 – 2023 годы», «2017-18»: whole calendar years. */
export const yearSpanParser: Parser = {
  name: "YearSpanParser",
  quick: /[0-9]{4}/,
  pattern: compile(
    "(?<![0-9])((?:19|20)[0-9]{2})(?:\\s*(?:г\\.?|год[а-я]*)?\\s*-\\s*((?:19|20)[0-9]{2}|1[3-9]|[2-9][0-9]))?(?![0-9])(?:\\s*(?:гг?\\.?|годы|года|году|годах|год)(?![а-яё]))?",
  ),
  extract(m) {
    const from = yearOf(m[FROM_GROUP]);
    if (from === null) return null;
    const toText = m[TO_GROUP];
    if (toText === undefined) return yearsPiece(from, from, false, m.index, m.index + m[0].length);
    const to = toText.length === 2 ? shortSecondYear(from, toText) : yearOf(toText);
    // An unreadable short second year («2015-14»): the first year alone, covering only its own digits.
    if (to === null) return yearsPiece(from, from, false, m.index, m.index + m[FROM_GROUP].length);
    return yearsPiece(from, to, true, m.index, m.index + m[0].length);
  },
};
