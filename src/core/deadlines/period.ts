import { schoolYearsPeriod, yearOf, yearsPeriod } from "./dates";
import { normalizeDeadlineText } from "./engine";
import type { Deadline, Period } from "./types";

const YEAR = "((?:19|20)[0-9]{2})";
const SHORT = "((?:19|20)?[0-9]{2})";
/**
 * «2023/2024 учебный год», «2023-2024 уч. г.», «в 2012 – 2013 учебном году», «2022-23 уч.г.»,
 * «на 2023/2024 – 2025/2026 учебные годы»: one school year or a span of them.
 */
const SCHOOL_YEAR = new RegExp(
  `${YEAR}\\s*[-/]\\s*${SHORT}(?![0-9])(?:\\s*(?:г\\.|гг\\.)?\\s*-\\s*${YEAR}\\s*[-/]\\s*${SHORT}(?![0-9]))?\\s*(?:учебн[а-я]*\\s+год|уч\\.?\\s*г)`,
  "g",
);
const YEARS = new RegExp(`(?<![0-9])${YEAR}\\s*(?:-\\s*${YEAR})?\\s*(?:гг?\\.?|годы|года|год)(?![а-яё])`, "g");
/** «на 2023-2025 годы» and «Срок реализации программы 2020 – 2023 гг.» name the programme period. */
const PROGRAMME_CUE = /(?:на|срок[а-я]*\s+реализации(?:\s+программы)?[\s:]*|период[а-я]*\s+реализации[\s:]*)\s*$/;

/** «2024» or «24» after «2023/»: the full second year of a school year. */
function secondYear(from: number, text: string | undefined): number | null {
  if (!text) return null;
  return text.length === 2 ? Math.floor(from / 100) * 100 + Number(text) : Number(text);
}

interface Candidate {
  readonly period: Period;
  readonly cued: boolean;
}

function candidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(SCHOOL_YEAR)) {
    const from = Number(m[1]);
    if (secondYear(from, m[2]) !== from + 1) continue;
    const last = m[3] ? Number(m[3]) : from;
    if (m[3] && (secondYear(last, m[4]) !== last + 1 || last < from || last - from > 10)) continue;
    // «на …», «в …», «… учебный год» in a title: a school plan names its own year this way.
    const cued = /(?:^|[^а-я])(?:на|в|во)\s*$/.test(text.slice(Math.max(0, (m.index ?? 0) - 4), m.index));
    out.push({ period: schoolYearsPeriod(from, last), cued });
  }
  for (const m of text.matchAll(YEARS)) {
    const from = Number(m[1]);
    const to = m[2] ? Number(m[2]) : from;
    if (to < from || to - from > 10) continue;
    const before = text.slice(Math.max(0, (m.index ?? 0) - 40), m.index);
    out.push({ period: yearsPeriod(from, to), cued: PROGRAMME_CUE.test(before) });
  }
  return out;
}

/**
 * «на 2023-2025 годы» → 2023-01-01…2025-12-31; «на 2020-2021 учебный год» → 2020-09-01…2021-08-31 (kind "school").
 * A document cites other programmes too («на 2016-2020 годы» in a reference), so the period named
 * most often after a cue («на», «срок реализации») wins; a single «2020 год» with no cue is not a period.
 */
export function findPeriodInText(text: string): Period | null {
  const all = candidates(normalizeDeadlineText(text));
  const cued = all.filter((c) => c.cued);
  const pool = cued.length ? cued : all.filter((c) => c.period.start.slice(0, 4) !== c.period.end.slice(0, 4));
  if (!pool.length) return null;
  const counts = new Map<string, { period: Period; n: number }>();
  for (const c of pool) {
    const key = `${c.period.start}/${c.period.end}`;
    const entry = counts.get(key) ?? { period: c.period, n: 0 };
    counts.set(key, { period: entry.period, n: entry.n + 1 });
  }
  let best: { period: Period; n: number } | null = null;
  for (const e of counts.values()) if (!best || e.n > best.n) best = e;
  return best?.period ?? null;
}

/** Whole calendar years spanned by the dated deadlines (a stated year only); null when none has one. */
export function periodFromDeadlines(deadlines: readonly Deadline[]): Period | null {
  let min = Infinity;
  let max = -Infinity;
  for (const d of deadlines) {
    if (d.yearImplied || d.inverted) continue;
    for (const w of d.occurrences) {
      min = Math.min(min, yearOf(w.start));
      max = Math.max(max, yearOf(w.end));
    }
  }
  return Number.isFinite(min) ? yearsPeriod(min, max) : null;
}
