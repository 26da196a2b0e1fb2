import { boldShare, cleanCellText, oneLine, type SourceTable } from "../table";
import { headerKey, type ColumnLayout } from "./columns";
import { isColumnNumberRow } from "./header-band";
import { cleanNumber, isNumberOnly, isTopLevelNumber, splitGluedNumber } from "./numbers";

export type RowKind = "blank" | "header" | "numbers" | "section" | "activity" | "continuation" | "unrecognized";

/** One input row, cleaned and aligned to the layout's columns. */
export interface RowView {
  /** Index into table.cells. */
  readonly index: number;
  readonly raw: readonly string[];
  /** Cleaned text per layout column (a row that lost its number cell is shifted back into place). */
  readonly cells: readonly string[];
  readonly number: string;
  readonly bold: boolean;
  /** True when the row's only text spans most of the table (a merged section row). */
  readonly wide: boolean;
}

export interface ClassifyContext {
  readonly layout: ColumnLayout;
  /** The table numbers its activities «1.1», «1.2» (so a lone «3.» is a section). */
  readonly multiLevel: boolean;
  readonly hasActivity: boolean;
  /** The previous activity's text ends mid-sentence. */
  readonly previousUnfinished: boolean;
}

const YEAR_ROW = /^((?:19|20)\d\d)\s*(?:год|г\.?)?\.?$/i;
const SECTION_WORDS = /(?:^|\s)(?:этап|раздел|блок|направление|подпрограмма|модуль|приоритет)(?:\s|$|[.:,–-])/i;
const STARTS_LOWER = /^[a-zа-яё(,;:)»\-–—]/;
/**
 * A group row that carries its own cells (parties, a deadline span): «Подпрограмма 3 …», «Направление 2.»,
 * «Задача 1. …», «Раздел II», «I. Этап подготовки». Real programme tables put the responsible body or the
 * stage's span on such a row; its activities follow.
 */
const GROUP_START =
  /^подпрограмм[аы](?:\s|$|[.:№\d–-])|^(?:направлени[ея]|раздел|этап|блок|модуль|задач[аи])\s*(?:№\s*)?(?:\d|[IVXLC]{1,6}(?:[\s.:)]|$))|^(?:направлени[ея]|раздел|этап|блок|модуль)\s*[:«"]/i;
const ROMAN_NUMBER = /^[IVXLC]{1,6}\.?$/;

function allBold(raw: readonly string[], boldRow: boolean | undefined): boolean {
  if (boldRow) return true;
  let any = false;
  for (const cell of raw) {
    if (!cell || !cell.includes("<")) {
      if (cell && cell.trim() !== "") return false;
      continue;
    }
    const share = boldShare(cell);
    if (share.total > 0 && share.bold < share.total) return false;
    any ||= share.total > 0;
  }
  return any;
}

/** Aligns a row: a row of Word's HTML remnants may lack its number cell, the number glued to the text. */
export function viewRow(table: SourceTable, index: number, layout: ColumnLayout, wideRows: ReadonlySet<number>, numberInText = false): RowView {
  const raw = table.cells[index] ?? [];
  const width = layout.columns.length;
  let cells = layout.columns.map((c) => cleanCellText(raw[c.index] ?? ""));
  const num = layout.byRole.number;
  const act = layout.byRole.activity;
  let number = num === undefined ? "" : oneLine(cells[num]);
  if (num !== undefined && act === num + 1 && raw.length === width - 1) {
    const glued = splitGluedNumber(cells[num]);
    if (glued) cells = [...cells.slice(0, num), glued.number, glued.rest, ...cells.slice(num + 1, width - 1)];
    if (glued) number = glued.number;
  }
  if (num !== undefined && act !== undefined) {
    const fromNumberCell = !isNumberOnly(number) && cells[act] === "" ? splitGluedNumber(cells[num]) : null;
    const fromText = number === "" ? splitGluedNumber(cells[act]) : null;
    const glued = fromNumberCell ?? fromText;
    if (glued) {
      cells = cells.map((t, c) => (c === num ? glued.number : c === act ? glued.rest : t));
      number = glued.number;
    } else if (number !== "" && !isNumberOnly(number) && cells[act] === "") {
      cells = cells.map((t, c) => (c === num ? "" : c === act ? t || cells[num] : t));
      number = "";
    }
  }
  if (numberInText && act !== undefined) {
    // The № column counts rows (22, 23, 24); the activity's own code leads its text («4.1. Информирование …»).
    const glued = splitGluedNumber(cells[act]);
    if (glued) {
      cells = cells.map((t, c) => (c === act ? glued.rest : t));
      number = glued.number;
    }
  }
  return { index, raw, cells, number: cleanNumber(number), bold: allBold(raw, table.boldRows?.[index]), wide: wideRows.has(index) };
}

/** The header again (a new page): every filled cell equals that of one header row, so dropping it loses nothing. */
export function isHeaderRepeat(view: RowView, layout: ColumnLayout): boolean {
  if (sameAs(view, layout.headerKeys)) return true;
  for (const keys of layout.bandKeys) if (sameAs(view, keys)) return true;
  return false;
}

function sameAs(view: RowView, keys: readonly string[]): boolean {
  let same = 0;
  for (let c = 0; c < keys.length; c++) {
    const text = view.cells[c];
    if (text === "" || text === undefined) continue;
    if (text.length > 120) return false;
    if (headerKey(text) !== keys[c]) return false;
    same++;
  }
  return same >= 2;
}

export function yearOf(view: RowView): number | undefined {
  const filled = view.cells.filter((t) => t !== "");
  const m = filled.length === 1 && view.number === "" ? YEAR_ROW.exec(oneLine(filled[0])) : null;
  return m ? Number(m[1]) : undefined;
}

/** «I. Организационные мероприятия», «II) Методическое сопровождение»: a Roman numeral never numbers an activity. */
const ROMAN_HEADING = /^[IVXLC]{1,6}\s*[.)]\s*\p{Lu}/u;

function looksLikeSection(view: RowView, ctx: ClassifyContext, text: string): boolean {
  if (view.bold || view.wide || SECTION_WORDS.test(text) || GROUP_START.test(text)) return true;
  // A line with no tabs in a wide table is a merged row: «1. Общесистемные мероприятия» over items «1.», «2.».
  if (view.number !== "" && view.raw.length === 1 && ctx.layout.columns.length >= 3) return true;
  if (view.number === "" && ROMAN_HEADING.test(text)) return true;
  return view.number !== "" && ctx.multiLevel && isTopLevelNumber(view.number);
}

/** What a row is: see DOMAIN.md «Roadmap tables» for the kinds of rows a pasted roadmap holds. */
export function classifyRow(view: RowView, ctx: ClassifyContext): RowKind {
  const { number: num, activity: act } = ctx.layout.byRole;
  const filled = view.cells.map((t, c) => (t !== "" ? c : -1)).filter((c) => c >= 0);
  if (filled.length === 0 && view.number === "") return "blank";
  if (isColumnNumberRow(view.raw)) return "numbers";
  if (isHeaderRepeat(view, ctx.layout)) return "header";
  if (yearOf(view) !== undefined) return "section";
  const text = act === undefined ? "" : view.cells[act];
  const others = filled.filter((c) => c !== num && c !== act);
  if (others.length === 0 && text !== "" && !STARTS_LOWER.test(text) && looksLikeSection(view, ctx, text)) return "section";
  if (others.length > 0 && text !== "" && isGroupRow(view, ctx, text)) return "section";
  if (view.number === "" && ctx.hasActivity && continues(text, ctx, view, act)) return "continuation";
  if (view.number !== "" || text !== "") return "activity";
  return ctx.hasActivity ? "continuation" : "unrecognized";
}

/** A group row with cells of its own: named as a group, numbered in Roman, or «3.» with no deadline over «3.1». */
function isGroupRow(view: RowView, ctx: ClassifyContext, text: string): boolean {
  if (GROUP_START.test(text) || ROMAN_NUMBER.test(view.number) || (view.number === "" && ROMAN_HEADING.test(text))) return true;
  if (!(view.number !== "" && ctx.multiLevel && isTopLevelNumber(view.number))) return false;
  const deadlines = ctx.layout.deadlineParts.length ? ctx.layout.deadlineParts.map((p) => p.column) : [ctx.layout.byRole.deadline];
  return deadlines.every((c) => c === undefined || view.cells[c] === "");
}

function continues(text: string, ctx: ClassifyContext, view: RowView, act: number | undefined): boolean {
  if (text === "" || STARTS_LOWER.test(text)) return true;
  const { deadline, responsible } = ctx.layout.byRole;
  const empty = (c: number | undefined) => c === undefined || view.cells[c] === "";
  return ctx.previousUnfinished && empty(deadline) && empty(responsible) && act !== undefined;
}
