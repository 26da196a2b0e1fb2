import type JSZip from "jszip";
import type { NormalizedWorkbookPlan } from "../../core/workbook";
import { parseCellRef, rangeRef } from "../../core/workbook";
import { uniqueHeaders } from "../render/content";
import type { RenderContext } from "../render/context";
import { indexOfText, lastIndexOfText, readBytes, spliceText } from "./bytes";
import { EMPTY_RELS, addContentOverride, addRelationship, escapeXml, freeRelId, readText, relsPathOf } from "./parts";

type TablePlan = NormalizedWorkbookPlan["sheets"][number]["tables"][number];

const TABLE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table";
const TABLE_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml";

function tableXml(t: TablePlan, id: number): string {
  const at = parseCellRef(t.at);
  const ref = rangeRef(at.row, at.column, Math.max(t.rows.length, 1) + 1, t.columns.length);
  const columns = uniqueHeaders(t.columns.map((c) => c.header))
    .map((name, i) => `<tableColumn id="${i + 1}" name="${escapeXml(name)}"/>`)
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="${id}" name="${escapeXml(t.name)}" displayName="${escapeXml(t.name)}" ref="${ref}" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/><tableColumns count="${t.columns.length}">${columns}</tableColumns>` +
    `<tableStyleInfo name="${escapeXml(t.style)}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`
  );
}

/**
 * The streaming writer cannot write Excel Tables: add the table parts over the cells it wrote
 * (headers and rows are already in the sheet), with their relationships and content types.
 */
export async function addTableParts(zip: JSZip, plan: NormalizedWorkbookPlan, ctx: RenderContext, parts: ReadonlyMap<string, string>): Promise<void> {
  let next = 1;
  let types = (await readText(zip, "[Content_Types].xml")) ?? "";
  for (const sheet of plan.sheets) {
    const sheetPath = parts.get(ctx.nameOfKey.get(sheet.key) as string);
    if (!sheet.tables.length || !sheetPath) continue;
    const relsPath = relsPathOf(sheetPath);
    let rels = (await readText(zip, relsPath)) ?? EMPTY_RELS;
    const ids: string[] = [];
    for (const t of sheet.tables) {
      while (zip.file(`xl/tables/table${next}.xml`)) next++;
      zip.file(`xl/tables/table${next}.xml`, tableXml(t, next));
      types = addContentOverride(types, `/xl/tables/table${next}.xml`, TABLE_TYPE);
      const id = freeRelId(rels, "rIdT");
      rels = addRelationship(rels, id, TABLE_REL, `../tables/table${next}.xml`);
      ids.push(id);
      next++;
    }
    zip.file(relsPath, rels);
    // As bytes: a streamed sheet of 100,000 rows is too big to copy as strings (see bytes.ts).
    const xml = (await readBytes(zip, sheetPath)) ?? new Uint8Array();
    const tableParts = `<tableParts count="${ids.length}">${ids.map((id) => `<tablePart r:id="${id}"/>`).join("")}</tableParts>`;
    const ext = indexOfText(xml, "<extLst");
    const end = lastIndexOfText(xml, "</worksheet>");
    const at = ext >= 0 ? ext : end >= 0 ? end : xml.length;
    zip.file(sheetPath, spliceText(xml, at, at, tableParts));
  }
  zip.file("[Content_Types].xml", types);
}
