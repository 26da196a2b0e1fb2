import { countRu, finding, type Finding } from "../findings";
import type { SourceTable } from "../table/types";
import type { TableSummary } from "./tables";

/** Tables named one by one; the rest are counted. */
const LISTED = 8;
const HEADER_WORDS = 3;

function short(text: string, max = 40): string {
  const one = text.replace(/\s+/g, " ").trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

const GENERIC_HEADER = /^Столбец \d+$/;

/** The words a user knows the table by: its header, or its first filled row when it has no header. */
function firstWords(t: TableSummary, source: SourceTable | undefined): string[] {
  if (!t.header.every((h) => GENERIC_HEADER.test(h)) || !source) return t.header;
  const row = source.cells.find((r) => r.some((c) => c.trim() !== ""));
  return row ? row.filter((c) => c.trim() !== "") : t.header;
}

function describe(t: TableSummary, source: SourceTable | undefined): string {
  const words = firstWords(t, source);
  const header = words.slice(0, HEADER_WORDS).map((h) => short(h)).filter(Boolean).join(" | ");
  const more = words.length > HEADER_WORDS ? " | …" : "";
  const what = t.looksLikeRoadmap ? `, похожа на дорожную карту: ${countRu(t.activityCount, ["мероприятие", "мероприятия", "мероприятий"])}` : "";
  return `№ ${t.index} «${header}${more}» (${countRu(t.rows, ["строка", "строки", "строк"])}${what})`;
}

/**
 * A document with several tables gives one roadmap; the user is told which tables were left out and how
 * to take another, so nothing is dropped in silence. Numbers are those of `--list-tables` and `--table N`.
 * A warning when a table left out looks like a roadmap too (the user may want it), else information.
 */
export function tablesLeftOut(tables: readonly TableSummary[], picked: number, sources: readonly SourceTable[] = []): Finding | null {
  const others = tables.filter((t) => t.index !== picked && t.rows > 0);
  if (others.length === 0 || picked < 0) return null;
  const listed = others.slice(0, LISTED).map((t) => describe(t, sources[t.index])).join("; ");
  const rest = others.length > LISTED ? `; и ещё ${countRu(others.length - LISTED, ["таблица", "таблицы", "таблиц"])}` : "";
  const severity = others.some((t) => t.looksLikeRoadmap) ? "warning" : "info";
  const message =
    `В файле ${countRu(tables.length, ["таблица", "таблицы", "таблиц"])}; импортирована № ${picked}, ` +
    `не импортированы: ${listed}${rest}. Чтобы взять другую таблицу, укажите её номер: в командной строке --table N ` +
    `(список — --list-tables); в панели выделите на листе или вставьте только нужную таблицу.`;
  return finding("table.left-out", severity, message, { data: { picked, leftOut: others.length } });
}
