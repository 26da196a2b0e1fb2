const QUOTES = /[“”„‟"]/g;
const ABBREVIATION = /^[А-ЯЁA-Z]{2,6}$/;

/**
 * «  руководител и  оо » → «руководители ОО»: spaces, quotes, layout-broken «руководител и»,
 * abbreviations in capitals (known ones only, so ordinary words are never shouted).
 */
export function normalizePartyName(raw: string, abbreviations: ReadonlySet<string> = new Set()): string {
  let s = raw.replace(/[\u00a0\t\r\n]+/g, " ").replace(/\s+/g, " ").trim();
  s = s.replace(/^[\s,;.:\-–—•·*]+|[\s,;:\-–—•·*]+$/g, "");
  s = s.replace(/(^|[^а-яё])(руководител|заместител)\s+и(?![а-яё])/gi, "$1$2и");
  s = balanceParens(convertQuotes(s));
  return s
    .split(" ")
    .map((w) => (abbreviations.has(w.toUpperCase()) && !ABBREVIATION.test(w) ? w.toUpperCase() : w))
    .join(" ");
}

/** "Управление образования" → «Управление образования»: opening quote after a space or start. */
function convertQuotes(s: string): string {
  let open = true;
  return s.replace(QUOTES, () => {
    const q = open ? "«" : "»";
    open = !open;
    return q;
  });
}

/** A cell cut at a page break leaves «…учителей русского языка)»: drop the unmatched bracket. */
function balanceParens(s: string): string {
  const opens = (s.match(/\(/g) ?? []).length;
  const closes = (s.match(/\)/g) ?? []).length;
  if (closes > opens && s.endsWith(")")) return s.slice(0, -1).trim();
  if (opens > closes && s.startsWith("(")) return s.slice(1).trim();
  return s;
}

/** Key for comparing names: case, ё, quotes and spaces do not matter. */
export function partyKey(name: string): string {
  return name.toLowerCase().replace(/ё/g, "е").replace(/[«»“”„"']/g, "").replace(/\s+/g, " ").trim();
}
