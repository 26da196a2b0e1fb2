import type { NoteParagraph } from "../../report";
import type { Cell, Format, SheetPlan } from "../../workbook";
import { REPORT_SHEET_KEYS } from "./options";
import { spanRows } from "./row-span";

const LIST_MARK = "– ";
/** Narrower than the printable width of A4 portrait: LibreOffice does not scale a single too-wide column down. */
const WIDTH = 76;

/** Text as the sheet shows it: list items with a dash (nested ones with a bullet), proposals with their numbers. */
const shown = (p: NoteParagraph) =>
  p.kind === "numbered" ? `${p.number ?? ""}. ${p.text}` : p.kind === "item" ? (p.level === 2 ? "• " : LIST_MARK) + p.text : p.text;

function formatOf(p: NoteParagraph, range: string): Format {
  if (p.kind === "title") return { range, bold: true, fontSize: 14, horizontal: "center", vertical: "top" };
  if (p.kind === "subtitle") return { range, bold: true, horizontal: "center", wrap: true, vertical: "top" };
  if (p.kind === "heading") return { range, bold: true, fontSize: 12, vertical: "bottom" };
  if (p.kind === "item" || p.kind === "numbered") return { range, indent: p.level === 2 ? 3 : 1, wrap: true, vertical: "top" };
  return { range, wrap: true, vertical: "top" };
}

/**
 * «Справка»: a paragraph per cell in one wide column, ready to print (A4 portrait) or paste into Word.
 * A long paragraph's cell is merged down over the rows its lines need (see row-span.ts).
 */
export function buildNoteSheet(note: readonly NoteParagraph[]): SheetPlan {
  const rows: Cell[][] = [];
  const merges: string[] = [];
  const formats: Format[] = [];
  let at = 1;
  for (const p of note) {
    if (p.kind === "heading" && at > 1) {
      rows.push([]); // a blank line before a section, as in a typed note
      at += 1;
    }
    const bold = p.kind === "title" || p.kind === "subtitle" || p.kind === "heading";
    const width = p.kind === "item" || p.kind === "numbered" ? WIDTH - (p.level === 2 ? 9 : 3) : p.kind === "title" ? WIDTH * 0.75 : WIDTH;
    const laid = spanRows([[shown(p)]], [width], at, { bold, mergeDown: true });
    rows.push(...laid.rows);
    merges.push(...laid.merges);
    formats.push(formatOf(p, laid.last > at ? `A${at}:A${laid.last}` : `A${at}`));
    at = laid.last + 1;
  }
  return {
    key: REPORT_SHEET_KEYS.note,
    name: "Справка",
    tabColor: "#548235",
    columnWidths: [WIDTH],
    blocks: [{ at: "A1", rows }],
    merges,
    formats,
    print: { orientation: "portrait", fitToWidth: true },
  };
}
