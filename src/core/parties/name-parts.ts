import { classifyParty } from "./classify";
import { INITIALS, SURNAME } from "./person-patterns";

/** «(по согласованию)», «(по согласованию с ИРО)», «(при наличии)», «(по необходимости)», also without the closing bracket. */
const QUALIFIER = /\s*\(\s*((?:по\s+согласованию|по\s+согл\.?|при\s+наличии|по\s+необходимости|при\s+необходимости)[^)]*?)\s*(?:\)|$)/gi;
/** «(далее – УО)», «(далее — УО)», «(далее УО)», «(далее по тексту – УО)», «(далее - «Центр»)». */
const ALIAS = /\s*\(\s*далее(?:\s+по\s+тексту)?\s*[-–—:]?\s*([^)]+?)\s*\)/i;

const ABBREVIATION_AT_END = /\s*\(\s*([А-ЯЁ]{2,8}(?:\s[А-ЯЁ]{2,8})?)\s*\)\s*$/;

/** «Методист РМК Сафонова Т.Н.», «Руководитель РМО учителей русского языка Белова О.С.», «Директор – О.В. Смирнова». */
const ROLE_AND_PERSON = new RegExp(`^(.+?)[\\s,–—-]+(${SURNAME}\\s+${INITIALS}|${INITIALS}\\s*${SURNAME})$`);

export interface NameParts {
  /** The name without its qualifier and alias definition. */
  readonly name: string;
  readonly qualifier?: string;
  /** X of «(далее – X)». */
  readonly short?: string;
  /** The post before a person's name. */
  readonly role?: string;
}

/**
 * One chunk of a responsible cell taken apart: qualifiers are shown but are not the name, an alias
 * definition gives the short name, and a post followed by a person is that person in that post.
 */
export function partsOfName(chunk: string): NameParts {
  const qualifiers: string[] = [];
  let name = chunk.replace(QUALIFIER, (_, q: string) => {
    qualifiers.push(q.replace(/\s+/g, " ").trim());
    return "";
  });
  let short: string | undefined;
  name = name.replace(ALIAS, (_, x: string) => {
    short = x.replace(/^[«"]|[»"]$/g, "").trim();
    return "";
  });
  // «Управление образования (УО)»: a parenthesised abbreviation closing a longer name is its short name too.
  if (!short) {
    name = name.replace(ABBREVIATION_AT_END, (whole, x: string, offset: number) => {
      if (name.slice(0, offset).trim().split(/\s+/).length < 2) return whole;
      short = x;
      return "";
    });
  }
  name = name.replace(/\s+/g, " ").trim();
  const qualifier = qualifiers.length ? qualifiers.join("; ") : undefined;
  const m = ROLE_AND_PERSON.exec(name);
  if (!short && m && classifyParty(m[1].trim()) === "role") {
    return { name: m[2].trim(), role: m[1].trim(), ...(qualifier ? { qualifier } : {}) };
  }
  return { name: name || chunk.trim(), ...(qualifier ? { qualifier } : {}), ...(short ? { short } : {}) };
}

/**
 * How a party is shown in a cell: «Методист РМК Сафонова Т.Н.», «ИРО (по согласованию)». Written the
 * way a document writes it, so reading the cell back gives the same party, role and qualifier.
 */
export function partyLabel(p: { readonly name: string; readonly role?: string; readonly qualifier?: string }): string {
  const named = p.role ? `${p.role} ${p.name}` : p.name;
  return p.qualifier ? `${named} (${p.qualifier})` : named;
}
