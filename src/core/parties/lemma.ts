/**
 * A small Russian ending normaliser for comparing names, not a morphology: «Кураторы школ» and
 * «куратор школы», «руководители ОО» and «руководитель ОО», «образовательных организаций» and
 * «образовательные организации» get one key. Case and number endings of nouns and adjectives are cut,
 * then trailing vowels, «й» and «ь»; a stem keeps at least four letters so short words are never merged,
 * and abbreviations (two capitals or more), digits and quoted names are left as written.
 */
const ENDINGS = [
  "иями", "ями", "ами", "ыми", "ими", "ого", "его", "ому", "ему", "ией", "иям", "иях",
  "ым", "им", "ых", "их", "ов", "ев", "ей", "ам", "ям", "ах", "ях", "ом", "ем", "ой", "ий", "ый", "ая", "яя", "ое", "ее",
  "ие", "ые", "ую", "юю",
];
const TRAILING = /[аяоеёиыуюйь]+$/;
const MIN_STEM = 4;

function stemWord(word: string): string {
  if (!/^[а-яё-]+$/.test(word) || word.length <= MIN_STEM) return word;
  let w = word;
  for (const e of ENDINGS) {
    if (w.endsWith(e) && w.length - e.length >= MIN_STEM) {
      w = w.slice(0, -e.length);
      break;
    }
  }
  const bare = w.replace(TRAILING, "");
  return bare.length >= MIN_STEM ? bare : w;
}

/** Key of a name up to case and number endings; quoted parts («Школа № 1») are kept as written. */
export function lemmaKey(name: string): string {
  const key = name.toLowerCase().replace(/ё/g, "е").replace(/\s+/g, " ").trim();
  let inQuotes = false;
  return key
    .split(/(\s+|«|»|")/)
    .map((part) => {
      if (part === "«" || part === "»" || part === '"') {
        inQuotes = part === "«" || (part === '"' && !inQuotes);
        return "";
      }
      return inQuotes ? part : part.split("-").map(stemWord).join("-");
    })
    .join("")
    .replace(/\s+/g, " ")
    .trim();
}
