import { classifyParty } from "./classify";
import { type NameMatcher, matcherFor } from "./matcher";
import { partsOfName } from "./name-parts";
import { normalizePartyName } from "./normalize";
import { INITIALS, LOWER, SURNAME, UPPER } from "./person-patterns";
import type { DirectoryEntry, Party } from "./types";

/** Commas, semicolons and line breaks outside brackets and quotes: «ОО (СОШ № 8, СОШ № 9)» stays one party. */
export function splitOnSeparators(raw: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  for (const ch of raw) {
    if (ch === "(" || ch === "«") depth++;
    if ((ch === ")" || ch === "»") && depth > 0) depth--;
    if (depth === 0 && (ch === "," || ch === ";" || ch === "\n")) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}

interface Piece {
  readonly text: string;
  readonly known: boolean;
}

function cleanPiece(text: string): string {
  return text.replace(/^[\s,;]+|[\s,;]+$/g, "").replace(/^и\s+/, "").replace(/\s+и$/, "");
}

function cutAtKnown(chunk: string, matcher: NameMatcher): Piece[] {
  const pieces: Piece[] = [];
  let last = 0;
  for (const h of matcher.findAll(chunk)) {
    if (h.index > last) pieces.push({ text: chunk.slice(last, h.index), known: false });
    pieces.push({ text: chunk.slice(h.index, h.end), known: true });
    last = h.end;
  }
  if (last < chunk.length) pieces.push({ text: chunk.slice(last), known: false });
  return pieces.map((p) => ({ ...p, text: cleanPiece(p.text) })).filter((p) => p.text.length > 0 && p.text !== "и");
}

/** «учителей русского языка)», «(СОШ № 8)», «АПГО СК»: words that qualify the name before them. */
const QUALIFIER = /^(?:[а-яё(]|[А-ЯЁ]{2,}(?:\s+[А-ЯЁ]{2,})*$)/;

/**
 * Glue qualifiers back: a lower-case or bracketed tail or capital letters after a name belong to it
 * («ОО АПГО СК»), and a one-word abbreviation after unknown words is their complement
 * («опорные ОУ», «Заместитель председателя КО»).
 */
function rejoinQualifiers(pieces: readonly Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const p of pieces) {
    const prev = out[out.length - 1];
    const tail = prev && !p.known && QUALIFIER.test(p.text);
    const complement = prev && !prev.known && p.known && !/\s/.test(p.text);
    if (tail || complement) out[out.length - 1] = { text: `${prev.text} ${p.text}`, known: prev.known && !complement };
    else out.push(p);
  }
  return out;
}

/**
 * «ОО АПГО СК МКУ ЦР и ПСО общеобразовательные организации» → three names, cut at the names the
 * directory knows. A cut is made only when every piece is a known name or a phrase of two words
 * or more with lower-case letters, so a stray word is never made a party of its own.
 */
export function splitGlued(chunk: string, matcher: NameMatcher): string[] {
  const pieces = rejoinQualifiers(cutAtKnown(chunk, matcher));
  const ok = pieces.length > 1 && pieces.every((p) => p.known || (p.text.split(/\s+/).length >= 2 && /[а-яё]/.test(p.text)));
  return ok ? pieces.map((p) => p.text) : [chunk];
}

/** «Комитет образования и ИМС»: «и» separates two names only when both sides are names the directory knows. */
function splitOnAnd(chunk: string, matcher: NameMatcher): string[] {
  const parts = chunk.split(/\s+и\s+/);
  if (parts.length < 2 || matcher.lookup(chunk)) return [chunk];
  return parts.every((p) => matcher.lookup(p) || classifyParty(p) === "person") ? parts : [chunk];
}

/**
 * Words that continue a body's name after a comma: a participle or a relative clause
 * («…, осуществляющие образовательную деятельность», «…, реализующие программы …»,
 * «…, подведомственные управлению образования», «…, которые …», «…, находящиеся в ведении …»).
 */
const CONTINUATION = /^(?:котор[а-яё]*|подведомственн[а-яё]*|[а-яё]+(?:ющ|ящ|ащ|вш)(?:ий|ая|ее|ие|его|ей|их|им|ими|ему|ую)(?:ся|сь)?)(?![а-яё])/;
/**
 * A passive participle continues the name only with its complement after it («расположенные на территории
 * района», «закреплённые за школой»); «заинтересованные ведомства», «уполномоченные лица» are new parties.
 */
const PASSIVE_CONTINUATION = /^[а-яё]+(?:енн|анн|янн|ованн|ённ|ем|им)(?:ый|ая|ое|ые|ого|ой|ых|ым|ыми)\s+(?:(?:в|во|на|при|по|с|со|к|за|под|у|для|из|от)\s|[а-яё]+(?:ому|ему|ию|ью|ой|ей|ами|ями|ием|ом|ем)(?![а-яё]))/;
/**
 * Inside a clause a comma lists its complements («начального, основного и среднего общего образования»):
 * the next chunk is one word, or opens with a preposition or a genitive/dative/instrumental form. A chunk
 * opening with a nominative («муниципальные учреждения») is a new party.
 */
const CLAUSE_LIST_ITEM = /^(?:[а-яё]+\)?$|(?:в|во|на|при|по|с|со|к|за|под|у|для|из|от|и)\s|[а-яё]+(?:ого|его|ому|ему|ой|ей|ых|их|ым|им|ыми|ими|ию|ии|ами|ями)(?![а-яё]))/;
/** «… (ОО)» or «… (далее – ОО)»: a parenthesised short name closes the name before the next comma. */
const CLOSED_BY_ABBREVIATION = /\((?:\s*далее[^)]*|[А-ЯЁA-Z0-9][^)]{0,20})\)\s*$/;

/**
 * «ОО, реализующие программы начального, основного и среднего общего образования»: a comma that
 * opens a participle or relative clause is not a separator, nor are the commas inside that clause
 * up to a chunk that starts a new name (a capital letter or a name the directory knows).
 */
export function rejoinContinuations(chunks: readonly string[], matcher: NameMatcher): string[] {
  const out: string[] = [];
  let inClause = false;
  for (const c of chunks) {
    const prev = out[out.length - 1];
    const opens = prev !== undefined && !CLOSED_BY_ABBREVIATION.test(prev) && (CONTINUATION.test(c) || PASSIVE_CONTINUATION.test(c));
    const continues = inClause && CLAUSE_LIST_ITEM.test(c) && !matcher.lookup(c) && classifyParty(c) === "body" && !CLOSED_BY_ABBREVIATION.test(prev ?? "");
    if (opens || continues) {
      out[out.length - 1] = `${prev}, ${c}`;
      inClause = true;
    } else {
      out.push(c);
      inClause = false;
    }
  }
  return out;
}

const PEOPLE_INITIALS_FIRST = new RegExp(`^(?:${INITIALS}\\s*${SURNAME}(?:\\s+|$))+$`);
const PEOPLE_SURNAME_FIRST = new RegExp(`^(?:${SURNAME}\\s+${INITIALS}(?:\\s+|$))+$`);
const PERSON_INITIALS_FIRST = new RegExp(`${INITIALS}\\s*${SURNAME}`, "g");
const PERSON_SURNAME_FIRST = new RegExp(`${SURNAME}\\s+${INITIALS}`, "g");

/**
 * «Т.И.Иванова Т.В.Петрова», «О.В. Смирнова П.Р. Гусев», «Иванова Т.И. Петрова Т.В.»: several
 * persons written with only spaces between them. The whole chunk must be persons in one order.
 */
export function splitPersons(chunk: string): string[] {
  const s = chunk.trim();
  const re = PEOPLE_INITIALS_FIRST.test(s) ? PERSON_INITIALS_FIRST : PEOPLE_SURNAME_FIRST.test(s) ? PERSON_SURNAME_FIRST : null;
  if (!re) return splitLeadingPersons(chunk);
  const people = s.match(re) ?? [];
  return people.length > 1 ? people.map((p) => p.trim()) : [chunk];
}

const LEADING_PERSONS = new RegExp(`^((?:${INITIALS}\\s*${SURNAME}\\s+)+)(${UPPER}${LOWER}+.*)$`);

/**
 * «Т.В.Лавринова Руководители МТГ»: persons (initials first, so the surname cannot be the start of a
 * post) followed by a post or body are separate parties. A post followed by a person is one party
 * (see name-parts.ts), so only this order is cut.
 */
function splitLeadingPersons(chunk: string): string[] {
  const m = LEADING_PERSONS.exec(chunk.trim());
  if (!m || classifyParty(m[2]) === "person") return [chunk];
  return [...splitPersons(m[1].trim()), m[2].trim()];
}

/** The chunks of a responsible cell, before glued names are cut: the part learning and splitting share. */
export function cellChunks(raw: string, matcher: NameMatcher, abbreviations: ReadonlySet<string> = new Set()): string[] {
  const chunks = splitOnSeparators(String(raw ?? "")).map((c) => normalizePartyName(c, abbreviations));
  return rejoinContinuations(rejoinTails(chunks, matcher), matcher).flatMap(splitPersons);
}

/** A lone lower-case word after a comma continues the name before it («Руководители РМО русского языка, математики»). */
export function rejoinTails(chunks: string[], matcher: NameMatcher): string[] {
  const out: string[] = [];
  for (const c of chunks) {
    const tail = out.length > 0 && /^[а-яё]+\)?$/.test(c) && !matcher.lookup(c) && classifyParty(c) === "body";
    if (tail) out[out.length - 1] = `${out[out.length - 1]}, ${c}`;
    else out.push(c);
  }
  return out;
}

/** A responsible cell → parties, named by the directory where it knows them. */
export function splitParties(raw: string, directory: readonly DirectoryEntry[]): Party[] {
  const matcher = matcherFor(directory);
  const abbreviations = new Set(directory.filter((e) => /^[А-ЯЁA-Z]{2,6}$/.test(e.name)).map((e) => e.name));
  const chunks = cellChunks(raw, matcher, abbreviations);
  // A qualifier or «(далее – X)» is taken off before cutting glued names, so its words are not cut as names.
  const names = chunks.flatMap((c) => {
    const parts = partsOfName(c);
    if (parts.short || parts.role) return [c];
    return splitGlued(c, matcher).flatMap((g) => splitOnAnd(g, matcher));
  });
  return names
    .map((n) => normalizePartyName(n, abbreviations))
    // Any letter makes a name («Ärzte», «Σωμα»); digits and signs alone do not.
    .filter((n) => /\p{L}/u.test(n))
    .map((n) => toParty(n, matcher));
}

function toParty(written: string, matcher: NameMatcher): Party {
  const { name, qualifier, short, role } = partsOfName(written);
  const extra = { ...(qualifier ? { qualifier } : {}), ...(role ? { role } : {}) };
  if (role) return { raw: written, name, kind: "person", ...extra };
  if (short) {
    const hit = matcher.lookup(short);
    return { raw: written, name: hit ? hit.entry.name : short, kind: hit ? hit.entry.kind : classifyParty(name), fullName: name, ...extra };
  }
  const hit = matcher.lookup(name);
  if (hit?.exact) return { raw: written, name: hit.entry.name === name.toUpperCase() ? hit.entry.name : preferWritten(name, hit.entry.name), kind: hit.entry.kind, ...extra };
  if (hit) return { raw: written, name, kind: hit.entry.kind, ...extra };
  return { raw: written, name, kind: classifyParty(name), ...extra };
}

/** Keep the document's wording for an alias; fix only case for the entry's own name. */
function preferWritten(written: string, canonical: string): string {
  return written.toLowerCase() === canonical.toLowerCase() ? canonical : written;
}
