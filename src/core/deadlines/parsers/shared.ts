import { MONTH_DICTIONARY } from "../constants";

/** Compiled once: a parser's pattern is global and reused for every cell (the engine resets lastIndex). */
export function compile(source: string): RegExp {
  return new RegExp(source, "g");
}

export function monthOf(word: string | undefined): number | null {
  if (!word) return null;
  return MONTH_DICTIONARY[word.replace(/\.$/, "")] ?? null;
}

export function yearOf(text: string | undefined): number | null {
  if (!text) return null;
  const y = Number(text);
  return y >= 1900 && y <= 2099 ? y : null;
}
