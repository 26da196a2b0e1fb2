import JSZip from "jszip";
import type { NormalizedWorkbookPlan } from "../../core/workbook";
import { addCharts } from "../charts";
import type { RenderContext } from "../render/context";
import { internaliseHyperlinks } from "./hyperlinks";
import { sheetParts } from "./parts";
import { addTableParts } from "./tables";

export { escapeXml, unescapeXml, parseRels, sheetParts, relsPathOf } from "./parts";

/** Second pass over the package ExcelJS wrote: internal-only hyperlinks, tables (streamed sheets), charts. */
export async function finishPackage(
  bytes: Uint8Array,
  plan: NormalizedWorkbookPlan,
  ctx: RenderContext,
  opts: { addTables?: boolean } = {},
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = await sheetParts(zip);
  if (ctx.linkCount > 0) for (const path of parts.values()) await internaliseHyperlinks(zip, path);
  if (opts.addTables) await addTableParts(zip, plan, ctx, parts);
  await addCharts(zip, plan, ctx, parts);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}
