/** «1.1.», «2.3», «18.», «3. 10», «3.1 1», «II»: a cell that is only a number (spaces inside are layout). */
const NUMBER_ONLY = /^(?:[\d.\s]*\d[\d.\s]*|[IVXLC]{1,6}\.?)$/;
/** A multi-level number as a token: «2.8.1.», «3.10». */
const LEVELED = /\d{1,3}(?:\.\d{1,3})+\.?/g;
/** A number glued to the text: «1.10. Оказание …», «2.Координация …»; not a date («01.09.2020»). */
const GLUED = /^(\d{1,2}(?:\s?\.\s?\d{1,2})*\.|\d{1,2}(?:\.\d{1,2})+)(?!\d)\s*(?=\S)/;
const ROMAN_OR_INT = /^(?:\d{1,2}|[IVXLC]{1,6})\.?$/;

export function isNumberOnly(text: string): boolean {
  return text !== "" && NUMBER_ONLY.test(text);
}

/** «3. 10» → «3.10», «3.1 1» → «3.11»; trailing dot kept as written. Text that is not a number stays. */
export function cleanNumber(text: string): string {
  const t = text.trim();
  if (!isNumberOnly(t) || numberTokens(t).length > 1) return t;
  return t.replace(/\s+/g, "").replace(/\.{2,}/g, ".");
}

/** The separate multi-level numbers in a cell: «1.2.\n1.3.» holds two (several activities in one row). */
export function numberTokens(text: string): string[] {
  return text.match(LEVELED) ?? [];
}

/** «1.10. Оказание помощи» → { number: "1.10.", rest: "Оказание помощи" }; null when no number leads. */
export function splitGluedNumber(text: string): { number: string; rest: string } | null {
  const m = GLUED.exec(text);
  if (!m) return null;
  const rest = text.slice(m[0].length);
  if (/^[\d%)]/.test(rest)) return null;
  return { number: m[1].replace(/\s+/g, ""), rest };
}

/** «3.» or «II»: the number of a section, not of an activity, in a table numbered «3.1», «3.2». */
export function isTopLevelNumber(text: string): boolean {
  return ROMAN_OR_INT.test(text.trim());
}

const DIGITS_AND_DOTS = /^\d+(?:\.\d+)*$/;

/** «2.8.1.» → [2, 8, 1]; null for «II», «1а», "". */
export function numberParts(number: string): number[] | null {
  const t = number.trim().replace(/\.$/, "");
  if (!DIGITS_AND_DOTS.test(t)) return null;
  return t.split(".").map(Number);
}

/** How many levels «2.8.1.» has (3), without building its parts; 0 when it is not such a number. */
export function numberLevels(number: string): number {
  const t = number.trim().replace(/\.$/, "");
  if (!DIGITS_AND_DOTS.test(t)) return 0;
  let levels = 1;
  for (let i = t.indexOf("."); i >= 0; i = t.indexOf(".", i + 1)) levels++;
  return levels;
}

/** A number's identity for duplicate checks: «1.1.» and «1.1» are the same number. */
export function numberKey(number: string): string {
  return number.trim().replace(/\.$/, "");
}
