import type { Period } from "../deadlines/types";
import { countRu } from "../findings";
import { formatDateRu } from "../util";
import { ppAbs } from "./words";

type Forms = readonly [string, string, string];

/** Word forms by case, as the note's sentences need them. */
export const FORMS = {
  participants: ["участник", "участника", "участников"],
  activities: ["мероприятие", "мероприятия", "мероприятий"],
  activitiesGen: ["мероприятия", "мероприятий", "мероприятий"],
  schoolsGen: ["школы", "школ", "школ"],
  schoolsLoc: ["школе", "школах", "школах"],
  schoolsDat: ["школе", "школам", "школам"],
  roadmapsLoc: ["дорожной карте", "дорожных картах", "дорожных картах"],
  roadmapsNom: ["дорожная карта", "дорожные карты", "дорожных карт"],
  assessmentsGen: ["оценочной процедуры", "оценочных процедур", "оценочных процедур"],
  targetsGen: ["целевого показателя", "целевых показателей", "целевых показателей"],
  targetsDat: ["показателю", "показателям", "показателям"],
  proceduresLoc: ["процедуре", "процедурах", "процедурах"],
  participantsGen: ["участника", "участников", "участников"],
} as const satisfies Record<string, Forms>;

/** «5 школ» with the right form. */
export const n = (count: number, forms: Forms): string => countRu(count, forms);

/** «2023–2025 годы», «2024 год» for whole calendar years, else «с 01.09.2023 по 31.05.2024». */
export function periodText(p: Period): string {
  const y1 = p.start.slice(0, 4);
  const y2 = p.end.slice(0, 4);
  if (p.start.endsWith("-01-01") && p.end.endsWith("-12-31")) {
    return y1 === y2 ? `${y1} год` : `${y1}–${y2} годы`;
  }
  return `с ${formatDateRu(p.start)} по ${formatDateRu(p.end)}`;
}

/** «выше на 3,1 п.п.» / «ниже на 3,1 п.п.» / «на том же уровне». Differences under 0,05 p.p. read as equal. */
export function comparePp(diff: number): string {
  if (Math.abs(diff) < 0.05) return "на том же уровне";
  return `${diff > 0 ? "выше" : "ниже"} на ${ppAbs(diff)}`;
}

/** Verb of a change by grammatical gender: качество выросло, успеваемость выросла. */
export function trendVerb(trend: "рост" | "снижение" | "стабильно", feminine: boolean): string {
  const end = feminine ? "а" : "о";
  if (trend === "рост") return `выросл${end}`;
  if (trend === "снижение") return `снизил${end}сь`;
  return `практически не изменил${end}сь`;
}

/** Joins «a, b и c». */
export function listRu(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} и ${items[items.length - 1]}`;
}

/** Capitalises the first letter of a sentence. */
export const cap = (s: string): string => (s ? s[0].toLocaleUpperCase("ru") + s.slice(1) : s);

/** An activity or section title as a sentence quotes it: whole (never cut with «…»), in one line, no end dot. */
export function titleText(text: string): string {
  return text.replace(/\s+/g, " ").trim().replace(/[.;,]+$/, "");
}

/** Below this many participants a share is worded with its base: «по данным 2 участников». */
export const SMALL_SAMPLE = 10;

/** « (по данным 2 участников)» for a small base, else nothing. */
export function smallBase(participants: number): string {
  return participants > 0 && participants < SMALL_SAMPLE ? ` (по данным ${n(participants, FORMS.participantsGen)})` : "";
}

/**
 * «…» around a text, with the quotes inside it turned into „…“ (Russian typography: «Семинар „Формирующее
 * оценивание“»), so «Семинар «Формирующее оценивание»» never shows two closing guillemets in a row.
 */
export function quoteRu(text: string): string {
  return `«${nestQuotes(text)}»`;
}

/** Inner «…» and "…" of a text that will itself stand in «…» → „…“. */
export function nestQuotes(text: string): string {
  let depth = 0;
  let out = "";
  for (const ch of text) {
    if (ch === "«") { out += "„"; depth++; }
    else if (ch === "»") { out += depth > 0 ? "“" : "»"; depth = Math.max(0, depth - 1); }
    else out += ch;
  }
  let open = true;
  return out.replace(/"/g, () => ((open = !open), open ? "“" : "„"));
}

/** A sentence with one full stop, also when its last word is an abbreviation («п.п.», «г.»). */
export const endSentence = (s: string): string => (s.endsWith(".") ? s : `${s}.`);
