import { MARKER_PREFIX } from "../core/workbook";
import type { OwnSheetInfo } from "./host-types";
import type { OfficeEnv } from "./office-env";
import { sheetOfReference } from "./snapshot";

export const MARKER_COMMENT = "Лист создан надстройкой «Монитор дорожных карт»; не удаляйте это имя.";

const DMY = /(\d{2})\.(\d{2})\.(\d{4})/;

/** The marker's comment says when the sheet was last written: «… Записан 27.11.2026.» → "2026-11-27". */
export function writtenOnOf(comment: string): string | undefined {
  const m = DMY.exec(comment);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : undefined;
}

/** "2026-11-27" → the marker's comment (Name Manager shows it; 255 characters at most). */
export function markerComment(writtenOn: string | undefined): string {
  if (!writtenOn) return MARKER_COMMENT;
  const [y, m, d] = writtenOn.split("-");
  return `${MARKER_COMMENT} Записан ${d}.${m}.${y}.`;
}

/**
 * Every sheet this add-in made that is still in the workbook, found by its marker (a defined name
 * RoadmapMonitor.<key> pointing at A1 of the sheet; the .xlsx writer makes the same names). One sync;
 * ExcelApi 1.4 (names, comments) is all it needs.
 */
export async function listOwnSheetsWith(env: OfficeEnv): Promise<OwnSheetInfo[]> {
  return env.run(async (ctx) => {
    const names = ctx.workbook.names.load("items/name,items/formula,items/comment");
    const sheets = ctx.workbook.worksheets.load("items/name,items/visibility");
    await ctx.sync();
    const byName = new Map(sheets.items.map((s) => [s.name.toLocaleLowerCase("ru"), s]));
    const out: OwnSheetInfo[] = [];
    for (const n of names.items) {
      if (!n.name.startsWith(MARKER_PREFIX)) continue;
      const target = sheetOfReference(String(n.formula ?? ""));
      const sheet = target ? byName.get(target.toLocaleLowerCase("ru")) : undefined;
      if (!sheet) continue;
      const writtenOn = writtenOnOf(String(n.comment ?? ""));
      out.push({ key: n.name.slice(MARKER_PREFIX.length), name: sheet.name, ...(writtenOn ? { writtenOn } : {}) });
    }
    return out;
  });
}
