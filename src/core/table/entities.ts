/** Named HTML entities that Word, browsers and PDF converters actually emit in Russian documents. */
const NAMED: Readonly<Record<string, string>> = {
  nbsp: "\u00a0",
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  laquo: "«",
  raquo: "»",
  bdquo: "„",
  ldquo: "“",
  rdquo: "”",
  lsquo: "‘",
  rsquo: "’",
  mdash: "—",
  ndash: "–",
  minus: "−",
  hellip: "…",
  shy: "\u00ad",
  bull: "•",
  middot: "·",
  numero: "№",
  sect: "§",
  copy: "©",
  deg: "°",
  times: "×",
  thinsp: "\u2009",
  ensp: "\u2002",
  emsp: "\u2003",
  zwj: "\u200d",
  zwnj: "\u200c",
};

const ENTITY = /&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi;

function codePoint(n: number): string {
  return n > 0 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff) ? String.fromCodePoint(n) : "";
}

/** «&laquo;Школа&nbsp;№&#160;1&raquo;» → «Школа № 1»; unknown entities stay as they were. */
export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(ENTITY, (whole, body: string) => {
    if (body[0] === "#") {
      const hex = body[1] === "x" || body[1] === "X";
      const decoded = codePoint(parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10));
      return decoded || whole;
    }
    return NAMED[body.toLowerCase()] ?? whole;
  });
}
