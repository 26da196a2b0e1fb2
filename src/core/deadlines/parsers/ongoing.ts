import { EXTERNAL_OPENINGS, NOT_LETTER_AFTER, NOT_LETTER_BEFORE, ONGOING_DICTIONARY, alternation } from "../constants";
import type { Parser } from "../pipeline";
import { compile } from "./shared";

const PHRASE_GROUP = 1;
const REF_GROUP = 1;

/** «В течение года», «в течение всего периода», «постоянно», and a bare «в течение» before years. */
export const ongoingParser: Parser = {
  name: "OngoingParser",
  quick: /течение|постоянн|регулярн|систематич|период/,
  pattern: compile(`${NOT_LETTER_BEFORE}(${alternation(Object.keys(ONGOING_DICTIONARY))})${NOT_LETTER_AFTER}`),
  extract(m) {
    const scope = ONGOING_DICTIONARY[m[PHRASE_GROUP].replace(/\s+/g, " ")];
    return scope ? { type: "ongoing", scope, index: m.index, end: m.index + m[0].length } : null;
  },
};

const TERM_AFTER_OPENING = /^по\s+(?:предварительным\s+)?(?:итогам|результатам|окончании|завершении)\s+(?:[ivx0-9]+[-\s]*[а-я]{0,3}\s+|[а-я]+(?:ого|ой|ей|го)\s+)?(?:четверт|триместр|полугод|квартал|месяц|учебн|уч\.?\s*г|год)[а-я]*\s*[.]?$/;

/** «По плану работы УО», «по графику Министерства Просвещения РФ», «по договору»: up to the next comma. */
export const externalParser: Parser = {
  name: "ExternalRefParser",
  quick: /по\s|соответств|согласно/,
  pattern: compile(`${NOT_LETTER_BEFORE}((?:${alternation(EXTERNAL_OPENINGS)})${NOT_LETTER_AFTER}[^,;\\n]*)`),
  extract(m, ctx) {
    // «по итогам четверти», «по итогам I полугодия» name a term, read by TermEndParser.
    if (TERM_AFTER_OPENING.test(m[REF_GROUP])) return null;
    const start = m.index;
    const end = start + m[REF_GROUP].replace(/[\s.]+$/, "").length;
    const ref = ctx.raw.slice(start, end).replace(/\s+/g, " ").trim();
    return { type: "external", ref, index: start, end };
  },
};
