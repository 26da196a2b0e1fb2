import type { AssessmentSummary, DistrictReport, FiguresInput, SchoolReport } from "../../report";
import { type Cell, type ConditionalFormat, type Format, formula, keyRef, link } from "../../workbook";
import { FLAG_FILL, FLAG_FONT, HEADER_FILL, PERCENT_FMT, PP_FMT, SECTION_FILL, SUMMARY_WIDTHS, ZEBRA_FILL, type ReportSheetOptions } from "./options";
import { spanRows } from "./row-span";
import { compactReasons, sourceOf } from "./summary-reasons";

/** Where one assessment's block sits, for the charts' data. */
export interface ResultBlock {
  readonly assessmentIndex: number;
  readonly districtRow: number;
  /** Sheet row of each school (a school with a long name or reasons spans several merged rows). */
  readonly schoolRows: readonly number[];
  /** Schools in the block's order. */
  readonly schools: readonly SchoolReport[];
  readonly hasMarks: boolean;
}

/** Columns of a block (letters of the A–K grid): success (or below-threshold share) in E, quality (or mean score) in G. */
export const RESULT_COLS = { success: "E", successDev: "F", quality: "G", qualityDev: "H" } as const;

const MARK_HEADERS = ["№", "Школа", "Признаки риска по процедуре", "Участников", "Успеваемость", "Откл. от района, п.п.", "Качество знаний", "Откл. от района, п.п.", "Средняя отметка", "Качество к прошлому году, п.п.", "Источник"];
const EXAM_HEADERS = ["№", "Школа", "Признаки риска по процедуре", "Участников", "Не преодолели мин. порог", "Откл. от района, п.п.", "Средний балл", "Откл. от района, баллов", "", "", "Источник"];

const hasMarks = (a: AssessmentSummary) => a.source.district.successRate !== null || a.source.district.qualityRate !== null;
const v = (x: number | null | undefined): Cell => (x === null || x === undefined ? "" : x);

/** School minus district as a live formula; `scale` 100 turns a rate difference into p.p. */
function deviation(c: string, row: number, dRow: number, value: number | null, scale: number): Cell {
  const body = scale === 1 ? `${c}${row}-${c}$${dRow}` : `(${c}${row}-${c}$${dRow})*${scale}`;
  return formula(`IF(OR(${c}${row}="",${c}$${dRow}=""),"",${body})`, value === null ? "" : value);
}

function figuresCells(f: FiguresInput, marks: boolean): Cell[] {
  return marks ? [v(f.successRate), "", v(f.qualityRate), "", v(f.meanMark)] : [v(f.belowThresholdShare), "", v(f.meanScore), "", ""];
}

function sourceLink(row: number | undefined, opts: ReportSheetOptions): Cell {
  return opts.indicatorsSheetKey && row !== undefined ? link(keyRef(opts.indicatorsSheetKey, `A${row}`), "Показатели") : "";
}

function schoolCells(r: DistrictReport, k: number, s: SchoolReport, i: number, row: number, dRow: number, opts: ReportSheetOptions): Cell[] {
  const a = r.assessments[k];
  const f = s.subjects[k]!;
  const src = sourceOf(a, s.key);
  const marks = hasMarks(a);
  const [e, , g, , i9] = figuresCells(src ?? { ...f, marks: null, belowThresholdShare: null, objectivity: null }, marks);
  const eDev = marks ? f.successDeviation : src?.belowThresholdShare != null && a.source.district.belowThresholdShare !== null ? (src.belowThresholdShare - a.source.district.belowThresholdShare) * 100 : null;
  const gDev = marks ? f.qualityDeviation : src?.meanScore != null && a.source.district.meanScore != null ? src.meanScore - a.source.district.meanScore : null;
  return [
    i + 1, s.school, compactReasons(r, k, s), f.participants,
    e, deviation("E", row, dRow, eDev, 100), g, deviation("G", row, dRow, gDev, marks ? 100 : 1), i9,
    marks ? v(f.qualityChange?.change) : "", sourceLink(f.sourceRow, opts),
  ];
}

function blockFormats(at: number, dRow: number, last: number, marks: boolean): Format[] {
  const fmts: Format[] = [
    { range: `A${at}:K${at}`, bold: true, fill: SECTION_FILL, fontSize: 11 },
    { range: `A${at + 1}:K${dRow - 1}`, bold: true, fontSize: 10, fill: HEADER_FILL, wrap: true, horizontal: "center", vertical: "center", border: true },
    { range: `A${dRow}:K${dRow}`, bold: true, fill: ZEBRA_FILL },
    { range: `A${dRow}:A${last}`, horizontal: "center" },
    { range: `A${dRow}:K${last}`, border: true, vertical: "top" },
    { range: `C${dRow}:C${last}`, wrap: true },
    { range: `B${dRow}:B${last}`, wrap: true },
    { range: `F${dRow}:F${last}`, numFmt: PP_FMT },
    { range: `H${dRow}:H${last}`, numFmt: PP_FMT },
    { range: `J${dRow}:J${last}`, numFmt: PP_FMT },
    { range: `E${dRow}:E${last}`, numFmt: PERCENT_FMT },
    { range: `G${dRow}:G${last}`, numFmt: marks ? PERCENT_FMT : "0.0" },
    { range: `I${dRow}:I${last}`, numFmt: "0.00" },
  ];
  return fmts;
}

function blockCf(r: DistrictReport, first: number, last: number, marks: boolean): ConditionalFormat[] {
  return [
    { range: `B${first}:C${last}`, formula: `$C${first}<>""`, fill: FLAG_FILL, fontColor: FLAG_FONT, priority: 1 },
    ...(marks ? ["F", "H"] : ["F"]).map((c): ConditionalFormat => ({
      range: `${c}${first}:${c}${last}`, priority: 2, fontColor: FLAG_FONT, bold: true,
      formula: marks ? `AND(ISNUMBER(${c}${first}),${c}${first}<=-${r.settings.belowDistrictPp})` : `AND(ISNUMBER(${c}${first}),${c}${first}>0)`,
    })),
  ];
}

/** One assessment: title, header, district row, reference rows («Вся выборка», the region), its schools. */
function resultBlock(r: DistrictReport, k: number, at: number, opts: ReportSheetOptions) {
  const a = r.assessments[k];
  const marks = hasMarks(a);
  const d = a.source.district;
  const header = spanRows([marks ? MARK_HEADERS : EXAM_HEADERS], SUMMARY_WIDTHS, at + 1, { bold: true });
  const dRow = header.last + 1;
  const refs = a.references.map((ref): Cell[] => ["", ref.name, "", ref.figures.participants || "", ...figuresCells(ref.figures, marks), "", ""]);
  const districtCells: Cell[] = ["", "Район (в целом)", "", d.participants, ...figuresCells(d, marks), marks ? v(d.dynamics?.qualityRate.change) : "", sourceLink(d.sourceRow, opts)];
  const schools = r.schools.filter((s) => s.subjects[k] !== undefined);
  const cellsAt = (rows: readonly number[]) => schools.map((s, i) => schoolCells(r, k, s, i, rows[i] ?? 0, dRow, opts));
  const preview = spanRows([districtCells, ...refs, ...cellsAt([])], SUMMARY_WIDTHS, dRow);
  const schoolRows = preview.starts.slice(1 + refs.length);
  const body = spanRows([districtCells, ...refs, ...cellsAt(schoolRows)], SUMMARY_WIDTHS, dRow);
  const first = schoolRows[0] ?? dRow + 1;
  const last = body.last;
  const title = `${a.label}: ${schools.length} шк., ${d.participants} участн.${a.flaggedSchools ? `; с признаками риска — ${a.flaggedSchools}` : ""}`;
  const refFormats: Format[] = refs.length ? [{ range: `B${dRow + 1}:K${(schoolRows[0] ?? last + 1) - 1}`, italic: true, fontColor: "#595959" }] : [];
  const block: ResultBlock = { assessmentIndex: k, districtRow: dRow, schoolRows, schools, hasMarks: marks };
  return {
    rows: [[title], ...header.rows, ...body.rows] as Cell[][],
    formats: [...blockFormats(at, dRow, last, marks), ...refFormats],
    cf: schools.length ? blockCf(r, first, last, marks) : [],
    block, next: last + 2, merges: [`A${at}:K${at}`, ...header.merges, ...body.merges], heights: [...header.heights, ...body.heights],
  };
}

/** Part 2 of the summary: a block per assessment stacked down the same 11 columns. */
export function resultBlocks(r: DistrictReport, at: number, opts: ReportSheetOptions) {
  const rows: { at: string; rows: Cell[][] }[] = [];
  const formats: Format[] = [];
  const cf: ConditionalFormat[] = [];
  const merges: string[] = [];
  const heights: { row: number; height: number }[] = [];
  const blocks: ResultBlock[] = [];
  let next = at;
  r.assessments.forEach((_, k) => {
    const b = resultBlock(r, k, next, opts);
    rows.push({ at: `A${next}`, rows: b.rows });
    formats.push(...b.formats);
    cf.push(...b.cf);
    merges.push(...b.merges);
    heights.push(...b.heights);
    blocks.push(b.block);
    next = b.next;
  });
  return { blocks: rows, formats, cf, merges, heights, results: blocks, next };
}

