import type { NoteParagraph } from "../../report";
import type { Format, SheetPlan } from "../../workbook";
import { REPORT_SHEET_KEYS } from "./options";

const LIST_MARK = "– ";

/** Text as the sheet shows it: list items with a dash (numbered conclusions keep their numbers). */
const shown = (p: NoteParagraph) => (p.kind === "item" && !/^\d+\.\s/.test(p.text) ? LIST_MARK + p.text : p.text);

function formatOf(p: NoteParagraph, row: number): Format | null {
  const range = `A${row}`;
  if (p.kind === "title") return { range, bold: true, fontSize: 14, horizontal: "center" };
  if (p.kind === "subtitle") return { range, italic: true, horizontal: "center", wrap: true };
  if (p.kind === "heading") return { range, bold: true, fontSize: 12 };
  if (p.kind === "item") return { range, indent: 1, wrap: true, vertical: "top" };
  return null;
}

/** «Справка»: one paragraph per row in one wide wrapped column, ready to print (A4 portrait) or paste into Word. */
export function buildNoteSheet(note: readonly NoteParagraph[]): SheetPlan {
  const formats = note.map((p, i) => formatOf(p, i + 1)).filter((f): f is Format => f !== null);
  return {
    key: REPORT_SHEET_KEYS.note,
    name: "Справка",
    tabColor: "#548235",
    columnWidths: [100],
    blocks: [{ at: "A1", rows: note.map((p) => [shown(p)]) }],
    formats: [{ range: `A1:A${Math.max(note.length, 1)}`, wrap: true, vertical: "top" }, ...formats],
    print: { orientation: "portrait", fitToWidth: true },
  };
}
