import { z } from "zod";
import { clipWindow, isoDate, isValidDay, periodYears, sortWindows } from "./dates";
import type { DateWindow, Period } from "./types";

export type HolidaySeason = "autumn" | "winter" | "spring" | "summer";

/** One school holiday as day.month of its start and end; winter holidays run over New Year. */
export const HolidaySchema = z.object({
  season: z.enum(["autumn", "winter", "spring", "summer"]),
  from: z.object({ day: z.number().int().min(1).max(31), month: z.number().int().min(1).max(12) }),
  to: z.object({ day: z.number().int().min(1).max(31), month: z.number().int().min(1).max(12) }),
});
export type Holiday = z.infer<typeof HolidaySchema>;

const h = (season: HolidaySeason, fd: number, fm: number, td: number, tm: number): Holiday => ({ season, from: { day: fd, month: fm }, to: { day: td, month: tm } });

/**
 * Defaults, editable by the user: the 2023/2024 calendar of a school that publishes it
 * (school247spb.ru: осенние 28.10–05.11, зимние 30.12–08.01, весенние 18.03–26.03) and the summer
 * after the school year (1 June – 31 August). Regions and schools shift them by a few days each year.
 */
export const DEFAULT_HOLIDAYS: readonly Holiday[] = [
  h("autumn", 28, 10, 5, 11),
  h("winter", 30, 12, 8, 1),
  h("spring", 18, 3, 26, 3),
  h("summer", 1, 6, 31, 8),
];

const SEASON_WORDS: Readonly<Record<string, HolidaySeason>> = { осенние: "autumn", зимние: "winter", весенние: "spring", летние: "summer" };
const SEASON_RU: Readonly<Record<HolidaySeason, string>> = { autumn: "осенние", winter: "зимние", spring: "весенние", summer: "летние" };
const pad = (n: number) => String(n).padStart(2, "0");

/** «осенние 28.10–05.11; зимние 30.12–08.01; …»: the form a settings cell keeps. */
export function formatHolidays(hs: readonly Holiday[]): string {
  return hs.map((x) => `${SEASON_RU[x.season]} ${pad(x.from.day)}.${pad(x.from.month)}–${pad(x.to.day)}.${pad(x.to.month)}`).join("; ");
}

/** The settings cell back to holidays; a part that cannot be read is listed, and its season keeps the default. */
export function parseHolidays(text: string): { holidays: Holiday[]; problems: string[] } {
  const bySeason = new Map<HolidaySeason, Holiday>(DEFAULT_HOLIDAYS.map((x) => [x.season, x]));
  const problems: string[] = [];
  for (const part of text.split(/[;\n]/).map((p) => p.trim()).filter(Boolean)) {
    const m = /^([а-яё]+)\s+(\d{1,2})\.(\d{1,2})\s*[-–—]\s*(\d{1,2})\.(\d{1,2})$/i.exec(part);
    const season = m ? SEASON_WORDS[m[1].toLowerCase()] : undefined;
    const [fd, fm, td, tm] = m ? [m[2], m[3], m[4], m[5]].map(Number) : [0, 0, 0, 0];
    if (!season || !isValidDay(2024, fm, fd) || !isValidDay(2024, tm, td)) {
      problems.push(part);
      continue;
    }
    bySeason.set(season, h(season, fd, fm, td, tm));
  }
  return { holidays: [...bySeason.values()], problems };
}

/** Every holiday of the given seasons (all when none is named) that falls in the period. */
export function holidayWindows(period: Period, holidays: readonly Holiday[], seasons: readonly HolidaySeason[] = []): DateWindow[] {
  const out: DateWindow[] = [];
  const wanted = holidays.filter((x) => !seasons.length || seasons.includes(x.season));
  for (const y of [periodYears(period)[0] - 1, ...periodYears(period)]) {
    for (const x of wanted) {
      const endYear = x.to.month < x.from.month ? y + 1 : y;
      // 29 February in a holiday setting becomes 28 February in other years.
      const day = (yy: number, d: number, m: number) => (isValidDay(yy, m, d) ? d : d - 1);
      const w = { start: isoDate(y, x.from.month, day(y, x.from.day, x.from.month)), end: isoDate(endYear, x.to.month, day(endYear, x.to.day, x.to.month)) };
      const c = clipWindow(w, period);
      if (c) out.push(c);
    }
  }
  return sortWindows(out);
}
