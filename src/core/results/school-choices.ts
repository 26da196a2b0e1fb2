import { normalizeHeader } from "./columns";
import { normalizeSchoolName } from "./school-key";

/**
 * What the user decided on the «Школы» sheet for one school key: «нет» in «Подтверждение» splits a merge the
 * product made (every spelling keeps its own school), a name in «Объединить с» merges this school into that one.
 */
export interface SchoolChoice {
  readonly schoolKey: string;
  readonly confirmed?: boolean;
  /** Another school's name or key, as the user typed it. */
  readonly mergeWith?: string;
}

const YES = /^(да|yes|\+|верно|1)$/i;
const NO = /^(нет|no|-|неверно|0|разделить)$/i;

/**
 * The choices on a «Школы» sheet read back (cells as the sheet holds them, header anywhere in the first rows).
 * Rows without a decision give nothing, so an untouched sheet changes nothing.
 */
export function readSchoolChoices(cells: readonly (readonly string[])[]): SchoolChoice[] {
  const headerAt = cells.slice(0, 20).findIndex((r) => r.some((c) => normalizeHeader(c) === "ключ"));
  if (headerAt < 0) return [];
  const h = cells[headerAt].map(normalizeHeader);
  const key = h.indexOf("ключ");
  const confirm = h.indexOf("подтверждение");
  const merge = h.indexOf("объединить с");
  const out: SchoolChoice[] = [];
  for (const row of cells.slice(headerAt + 1)) {
    const k = (row[key] ?? "").trim();
    if (!k) continue;
    const c = confirm >= 0 ? (row[confirm] ?? "").trim() : "";
    const m = merge >= 0 ? (row[merge] ?? "").trim() : "";
    const confirmed = YES.test(c) ? true : NO.test(c) ? false : undefined;
    if (confirmed === undefined && !m) continue;
    out.push({ schoolKey: k, ...(confirmed !== undefined ? { confirmed } : {}), ...(m ? { mergeWith: m } : {}) });
  }
  return out;
}

/** The key a «Объединить с» entry names: a key as written, or a school name normalised like every other. */
export function targetKeyOf(text: string, known: ReadonlySet<string>): string | null {
  if (known.has(text)) return text;
  const k = normalizeSchoolName(text);
  return known.has(k) ? k : null;
}
