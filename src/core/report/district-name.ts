/**
 * The district as titles show it. A name read from a roadmap title arrives in the genitive and with the
 * title's punctuation («Подпорожского муниципального района,»): trailing punctuation goes, and a
 * genitive «… района / округа» phrase is put back into the nominative so «Свод по району: …» reads well.
 */
const NOUNS: Record<string, string> = { района: "район", округа: "округ", поселения: "поселение", образования: "образование" };

/** Adjective in the genitive masculine/neuter → nominative («Энского» → «Энский», «городского» → «городской»). */
function adjective(word: string, neuter: boolean): string {
  const lower = word.toLowerCase();
  if (!/(ого|его)$/.test(lower)) return word;
  const stem = word.slice(0, -3);
  if (neuter) return `${stem}${/его$/.test(lower) ? "ее" : "ое"}`;
  if (/его$/.test(lower)) return `${stem}ий`;
  if (/(городск|окружн)ого$/.test(lower)) return `${stem}ой`;
  if (/[кгхжшчщц]ого$/.test(lower)) return `${stem}ий`;
  return `${stem}ый`;
}

/** «г.» and «обл.» keep their dot; any other final dot is the title's punctuation. */
const stripDot = (t: string) => (/(^|\s)[А-ЯЁа-яё]{1,3}\.$/u.test(t) ? t : t.replace(/\.+$/, ""));

export function districtTitle(raw: string): string {
  const text = stripDot(raw.replace(/\s+/g, " ").trim().replace(/^[\s,;:.\-–—]+|[\s,;:\-–—]+$/g, ""));
  const words = text.split(" ");
  const at = words.findIndex((w) => NOUNS[w.toLowerCase()] !== undefined);
  if (at < 1 || words.slice(0, at).some((w) => !/(ого|его)$/i.test(w))) return text || "Муниципальный район";
  const word = words[at];
  const noun = NOUNS[word.toLowerCase()];
  const neuter = noun.endsWith("е");
  const cased = word[0] === word[0].toUpperCase() ? noun[0].toUpperCase() + noun.slice(1) : noun;
  return [...words.slice(0, at).map((w) => adjective(w, neuter)), cased, ...words.slice(at + 1)].join(" ");
}
