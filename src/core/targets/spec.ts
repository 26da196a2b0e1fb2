import { opWordsRu, parseTarget, type Target, type TargetOp, type TargetSpec } from "../indicators";
import { guessSources } from "./sources";

const EXPLICIT_OP = /(^|[^а-яё])(не\s+(менее|более|ниже|выше|меньше|больше)|более|менее|свыше|больше|меньше|ниже|выше|до|минимум|максимум)([^а-яё]|$)|[≥≤<>]/i;
const DOWNWARD_TEXT = /не\s+(более|выше|больше)|снижени|сокращени|уменьшени|не\s+должн[а-яё]*\s+превышать/i;
const PERCENT_TEXT = /%|процент|доля|удельн[а-яё]*\s+вес|охват|успеваемост|качеств[а-яё]*\s+знаний|объективн/i;

const BARE = /^(\d+(?:[.,]\d+)?)\s*(%|процент[а-яё]*)?\s*([а-яё.]*)$/i;

/** A value cell: a phrase («не менее 90 %») or a bare number («90», «4 ед.»), which the grammar leaves to context. */
function parseValue(phrase: string): Target | null {
  const parsed = parseTarget(phrase);
  if (parsed) return parsed;
  const m = BARE.exec(phrase);
  if (!m) return null;
  const n = Number(m[1].replace(",", "."));
  return m[2] ? { op: ">=", value: Math.round(n * 1e6) / 1e8, unit: "percent", raw: phrase } : { op: ">=", value: n, unit: "count", raw: phrase };
}

/** «90» under «Ед. изм. %» or beside «Доля …» is 90 %. */
function asPercent(t: Target, text: string, unitHint: string): Target {
  if (t.unit === "percent" || t.value > 100) return t;
  if (!/%|процент/i.test(unitHint) && !(unitHint.trim() === "" && PERCENT_TEXT.test(text))) return t;
  const { noun: _noun, ...rest } = t;
  return { ...rest, unit: "percent", value: Math.round(t.value * 1e6) / 1e8, raw: `${t.raw.replace(/\s*[а-яё.]+$/i, "")} %` };
}

/** A bare value («90», «5 %») takes its direction from the indicator's words («не более», «снижение»). */
function withDirection(t: Target, phrase: string, text: string): Target {
  if (EXPLICIT_OP.test(phrase)) return t;
  const op: TargetOp = DOWNWARD_TEXT.test(text) ? "<=" : ">=";
  const number = phrase.replace(/\s+/g, " ").trim().replace(/\s*%$/, "");
  return { ...t, op, raw: `${opWordsRu(op)} ${number}${t.unit === "percent" ? " %" : ""}`.trim() };
}

/** «1. Доля … не менее 90 %.» → «Доля … не менее 90 %» */
export function cleanTargetText(raw: string): string {
  return raw.replace(/\u00a0/g, " ").replace(/\s+/g, " ").trim().replace(/^(\d{1,2}(\.\d{1,2})?[.)]|[-–—•·*])\s*/, "").replace(/[.;,]+$/, "").trim();
}

/**
 * One target indicator: its words, its goal (from a value cell when the table has one, else from the words),
 * and the data the report can compute it from.
 */
export function makeTargetSpec(id: string, rawText: string, valuePhrase?: string, unitHint = ""): TargetSpec {
  const text = cleanTargetText(rawText);
  const phrase = (valuePhrase ?? "").replace(/\u00a0/g, " ").trim();
  const fromValue = phrase ? parseValue(phrase) : null;
  const target = fromValue ? withDirection(asPercent(fromValue, text, unitHint), phrase, text) : parseTarget(text);
  const source = [rawText.trim(), phrase].filter(Boolean).join(" | ");
  return { id, text, target, ...guessSources(text, target?.unit === "percent"), source };
}
