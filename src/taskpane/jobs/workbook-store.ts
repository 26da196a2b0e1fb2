import type { ExcelHost, OwnSheetInfo } from "../../excel/host-types";
import { countRu } from "../../core/findings";
import { RESULT_SHEET_KEYS } from "../../core/sheets/indicators";
import { sheetKeysOf } from "../../core/sheets/roadmap";
import type { RangeRead } from "../../excel/host-types";
import type { RoadmapForm, StoredItem, WorkbookContents } from "../types";
import { readUserEdits } from "./readback";
import { analyse } from "./roadmap-jobs";
import type { PaneSession, RoadmapEntry } from "./session";
import { documentFromRange } from "./sources";

/**
 * The workbook is the store: an official opens the district workbook weeks later and the pane finds what an
 * earlier session wrote there — by the markers on our sheets (defined names RoadmapMonitor.<key>) — instead
 * of asking for every roadmap to be imported again.
 */
const ROADMAP_KEY = /^rm([0-9a-z]{7})\.(activities|findings|directory|original)$/;
const ACTIVITY_FORMS = ["мероприятие", "мероприятия", "мероприятий"] as const;

const latest = (dates: (string | undefined)[]) =>
  dates
    .filter((d): d is string => !!d)
    .sort()
    .pop();

/**
 * «Исходные данные» (core/sheets/roadmap/original-sheet.ts) back into the selection it was read from:
 * column A holds the input row (a long cell goes on in «N (продолжение)» rows), the other columns the cells.
 */
export function rangeFromOriginal(values: readonly (readonly string[])[], sheet: string): RangeRead | null {
  const rows: string[][] = [];
  let firstRow = 0;
  for (const row of values.slice(1)) {
    const label = (row[0] ?? "").trim();
    const cells = row.slice(1).map((c) => c ?? "");
    if (/продолжение/.test(label) && rows.length) {
      const last = rows[rows.length - 1];
      cells.forEach((c, i) => (last[i] = (last[i] ?? "") + c));
      continue;
    }
    if (!/^\d+$/.test(label)) continue;
    if (!rows.length) firstRow = Number(label);
    rows.push(cells);
  }
  if (!rows.length) return null;
  const width = Math.max(...rows.map((r) => r.length));
  const values2 = rows.map((r) => [...r, ...Array<string>(width - r.length).fill("")]);
  return { sheet, address: "", firstRow, firstColumn: 1, values: values2, merges: [] };
}

/** One roadmap found by its sheets: re-read from «Исходные данные» with the user's marks from «Мероприятия». */
async function restoreRoadmap(
  host: ExcelHost,
  slug: string,
  sheets: OwnSheetInfo[],
  form: RoadmapForm,
): Promise<RoadmapEntry> {
  const keys = sheetKeysOf(slug);
  const original = await host.readOwnSheet(keys.original);
  const read = original && rangeFromOriginal(original.values, original.name);
  if (!read) throw new Error("лист исходной таблицы удалён или пуст");
  const edits = await readUserEdits(host, keys);
  const job = analyse(documentFromRange(read), form, { ...edits, keys });
  const sheetNames = Object.fromEntries(sheets.map((s) => [s.key, s.name]));
  return { id: keys.activities, doc: documentFromRange(read), read: null, job, form, sheetNames };
}

/**
 * Finds our sheets, puts every roadmap they hold into the session (so «Свод» and «Проверить снова» work
 * without a new import) and lists the roadmaps and result sets with the dates they were written.
 */
export async function openWorkbook(
  host: ExcelHost,
  session: PaneSession,
  form: RoadmapForm,
): Promise<WorkbookContents> {
  const own = host.listOwnSheets ? await host.listOwnSheets() : [];
  const bySlug = new Map<string, OwnSheetInfo[]>();
  for (const s of own) {
    const m = ROADMAP_KEY.exec(s.key);
    if (m) bySlug.set(m[1], [...(bySlug.get(m[1]) ?? []), s]);
  }
  const roadmaps: StoredItem[] = [];
  const problems: string[] = [];
  for (const [slug, sheets] of bySlug) {
    const activities = sheets.find((s) => s.key.endsWith(".activities"));
    if (!activities) continue;
    let entry = session.roadmaps.get(`rm${slug}.activities`);
    if (!entry) {
      try {
        entry = await restoreRoadmap(host, slug, sheets, form);
        session.roadmaps.set(entry.id, entry);
      } catch (error) {
        problems.push(
          `Дорожная карта на листе «${activities.name}» не прочитана: ${error instanceof Error ? error.message : String(error)}.`,
        );
        continue;
      }
    }
    const title = entry.job.roadmap.title || "Дорожная карта";
    roadmaps.push({
      id: entry.id,
      label: `${title} (${countRu(entry.job.roadmap.activities.length, ACTIVITY_FORMS)})`,
      sheet: activities.name,
      ...(latest(sheets.map((s) => s.writtenOn)) ? { writtenOn: latest(sheets.map((s) => s.writtenOn)) } : {}),
    });
  }
  const resultSheets = own.filter((s) => Object.values(RESULT_SHEET_KEYS).includes(s.key as never));
  const shown = resultSheets.find((s) => s.key === RESULT_SHEET_KEYS.indicators) ?? resultSheets[0];
  const results: StoredItem[] = shown
    ? [
        {
          id: "workbook.results",
          label: `Результаты и показатели на листах ${resultSheets.map((s) => `«${s.name}»`).join(", ")}`,
          sheet: shown.name,
          ...(latest(resultSheets.map((s) => s.writtenOn))
            ? { writtenOn: latest(resultSheets.map((s) => s.writtenOn)) }
            : {}),
        },
      ]
    : [];
  return { roadmaps, results, problems };
}
