import type { AssessmentData, AssessmentIndicators, Figures, IndicatorReport, Totals } from "../../indicators";
import { FLAG_LABEL_RU, type FlagCode, addCounts, emptyTotals } from "../../indicators";
import type { Cell, ConditionalFormat, Format, SheetPlan } from "../../workbook";
import { type ColKey, IND_COLUMNS, type RowCtx, colLetter, formulaOf } from "./indicator-columns";
import { PERCENT_FMT, PP_FMT, RESULT_SHEET_KEYS, SETTING_NAMES as N } from "./keys";

export const IND_HEADER_ROW = 4;

interface RowData {
  readonly label: string; readonly id: string; readonly school: string; readonly schoolKey: string;
  readonly totals: Totals; readonly figures: Figures; readonly isDistrict: boolean;
  readonly deviation: { successRate: number | null; qualityRate: number | null } | null;
  readonly prevQuality: number | null; readonly change: number | null; readonly trend: string | null;
  readonly flags: readonly FlagCode[];
}

const labelOf = (a: AssessmentIndicators) =>
  [a.assessment, a.subject, a.grade ? `${a.grade} кл.` : null, a.year].filter(Boolean).join(" · ") || "Без названия";
const blank = (x: number | null | undefined): number | string => (x === null || x === undefined ? "" : x);
const flag = (flags: readonly FlagCode[], code: FlagCode) => (flags.includes(code) ? "да" : "");

/** The engine's value of each column: written as the formula's cached value, and compared with LibreOffice in tests. */
function valueOf(key: ColKey, d: RowData): number | string | null {
  const t = d.totals, f = d.figures;
  const o = f.objectivity;
  const values: Record<ColKey, number | string | null> = {
    label: d.label, id: d.id, school: d.school, schoolKey: d.schoolKey, participants: f.participants,
    n2: t.n2, n3: t.n3, n4: t.n4, n5: t.n5, success: blank(f.successRate), quality: blank(f.qualityRate), sou: blank(f.sou),
    meanMark: blank(f.meanMark), below: t.below, belowBase: t.belowBase, belowShare: blank(f.belowThresholdShare),
    scoreSum: t.scoreSum, scoreCount: t.scoreCount, meanScore: blank(f.meanScore),
    lowered: t.lowered, confirmed: t.confirmed, raised: t.raised,
    loweredShare: blank(o?.lowered), confirmedShare: blank(o?.confirmed), raisedShare: blank(o?.raised),
    devSuccess: blank(d.deviation?.successRate), devQuality: blank(d.deviation?.qualityRate),
    prevQuality: blank(d.prevQuality), dynQuality: blank(d.change), trend: d.trend ?? "",
    flagFail: flag(d.flags, "risk.fail-share"), flagBelow: flag(d.flags, "risk.below-district"),
    flagLowered: flag(d.flags, "objectivity.lowered"), flagRaised: flag(d.flags, "objectivity.raised"),
    flagDecline: flag(d.flags, "risk.decline"),
  };
  return values[key];
}

function groupRows(a: AssessmentIndicators, data: AssessmentData): RowData[] {
  const label = labelOf(a);
  const dist = emptyTotals();
  for (const s of data.schools) addCounts(dist, countsOf(s.totals));
  const dd = a.district.dynamics?.qualityRate ?? null;
  const district: RowData = {
    label, id: a.id, school: "Район (по школам)", schoolKey: "", totals: dist, figures: a.district, isDistrict: true,
    deviation: null, prevQuality: dd?.previous ?? null, change: dd?.change ?? null, trend: dd?.trend ?? null, flags: [],
  };
  const schools = a.schools.map((s): RowData => {
    const q = s.dynamics?.qualityRate ?? null;
    const totals = data.schools.find((e) => e.schoolKey === s.schoolKey)?.totals ?? emptyTotals();
    return {
      label, id: a.id, school: s.school, schoolKey: s.schoolKey, totals, figures: s, isDistrict: false,
      deviation: s.deviation, prevQuality: q?.previous ?? null, change: q?.change ?? null, trend: q?.trend ?? null, flags: s.flags,
    };
  });
  return [district, ...schools];
}

function countsOf(t: Totals) {
  return {
    school: "", schoolCode: null, schoolKey: "", sourceRows: [], participants: t.participants, scoreSum: t.scoreSum, scoreCount: t.scoreCount,
    marks: t.marksKnown ? { "2": t.n2, "3": t.n3, "4": t.n4, "5": t.n5 } : null,
    ...(t.belowKnown ? { belowThreshold: t.below, belowThresholdBase: t.belowBase } : {}),
    objectivity: t.objectivityKnown ? { lowered: t.lowered, confirmed: t.confirmed, raised: t.raised } : null,
  };
}

const seriesOf = (a: AssessmentIndicators) => [a.assessment, a.subject, a.grade].map((x) => x ?? "").join("|");

/** Rows of every group, with the previous period's row of the same school for the dynamics formulas. */
function layout(report: IndicatorReport, data: readonly AssessmentData[]): { rows: RowData[]; ctx: RowCtx[] } {
  const order = [...report.assessments].sort((x, y) => seriesOf(x).localeCompare(seriesOf(y), "ru") || (x.year ?? "").localeCompare(y.year ?? ""));
  const rows: RowData[] = [];
  const ctx: RowCtx[] = [];
  const rowOf = new Map<string, number>();
  const prevYearOf = new Map<string, string>();
  for (const a of order) {
    const group = groupRows(a, data.find((x) => x.id === a.id) as AssessmentData);
    const d = IND_HEADER_ROW + 1 + rows.length;
    const prevId = a.district.dynamics ? prevYearOf.get(seriesOf(a)) : undefined;
    group.forEach((g, i) => {
      const r = d + i;
      const prev = prevId !== undefined ? rowOf.get(`${prevId}\u0001${g.schoolKey}`) ?? null : null;
      rows.push(g);
      ctx.push({ r, d, prev, isDistrict: g.isDistrict });
      rowOf.set(`${a.id}\u0001${g.schoolKey}`, r);
    });
    prevYearOf.set(seriesOf(a), a.id);
  }
  return { rows, ctx };
}

const FMT: Record<string, string | undefined> = { pct: PERCENT_FMT, pp: PP_FMT, num: "0.00", int: "#,##0", text: undefined };

function conditionalFormats(first: number, last: number): ConditionalFormat[] {
  const col = (k: ColKey) => `${colLetter(k)}${first}:${colLetter(k)}${last}`;
  const ref = (k: ColKey) => `$${colLetter(k)}${first}`;
  const red = "#F8CBAD", amber = "#FFE699";
  return [
    { range: `${colLetter("flagFail")}${first}:${colLetter("flagDecline")}${last}`, formula: `${colLetter("flagFail")}${first}="да"`, fill: red, bold: true },
    { range: col("belowShare"), formula: `AND(${ref("belowShare")}<>"",${ref("belowShare")}>=${N.failShare})`, fill: red },
    { range: col("success"), formula: `AND(${ref("devSuccess")}<>"",${ref("devSuccess")}<=-${N.belowDistrictPp})`, fill: red },
    { range: col("quality"), formula: `AND(${ref("devQuality")}<>"",${ref("devQuality")}<=-${N.belowDistrictPp})`, fill: red },
    { range: col("loweredShare"), formula: `AND(${ref("loweredShare")}<>"",${ref("loweredShare")}>=${N.loweredShare})`, fill: amber },
    { range: col("raisedShare"), formula: `AND(${ref("raisedShare")}<>"",${ref("raisedShare")}>=${N.raisedShare})`, fill: amber },
    { range: col("trend"), formula: `${ref("trend")}="снижение"`, fontColor: "#C00000", bold: true },
    { range: col("trend"), formula: `${ref("trend")}="рост"`, fontColor: "#007A33" },
  ];
}

/**
 * «Показатели»: per assessment, the district row on top (from the summed counts, never averaged
 * percentages), then a row per school; every figure a live formula over «Результаты» with the
 * engine's value cached, and flags read their thresholds from the named cells of «Настройки».
 */
export function buildIndicatorsSheet(report: IndicatorReport, data: readonly AssessmentData[]): SheetPlan {
  const { rows, ctx } = layout(report, data);
  const cells: Cell[][] = rows.map((row, i) =>
    IND_COLUMNS.map(([key]) => {
      const f = formulaOf(key, ctx[i]);
      const v = valueOf(key, row);
      if (f === null) return key === "label" || key === "id" || key === "school" || key === "schoolKey" ? (v as string) : null;
      return { f, v };
    }),
  );
  const last = IND_HEADER_ROW + Math.max(rows.length, 1);
  const first = IND_HEADER_ROW + 1;
  const lastCol = colLetter(IND_COLUMNS[IND_COLUMNS.length - 1][0]);
  const formats: Format[] = [
    { range: "A1", bold: true, fontSize: 13 },
    { range: `A${IND_HEADER_ROW}:${lastCol}${IND_HEADER_ROW}`, bold: true, wrap: true, fill: "#DDEBF7", border: true, vertical: "center" },
    ...IND_COLUMNS.flatMap(([key, , kind]) => (FMT[kind] ? [{ range: `${colLetter(key)}${first}:${colLetter(key)}${last}`, numFmt: FMT[kind] }] : [])),
    ...ctx.filter((c) => c.isDistrict).map((c) => ({ range: `A${c.r}:${lastCol}${c.r}`, bold: true, fill: "#F2F2F2" })),
  ];
  return {
    key: RESULT_SHEET_KEYS.indicators,
    name: "Показатели",
    freeze: { rows: IND_HEADER_ROW, columns: 3 },
    columnWidths: IND_COLUMNS.map(([key]) => (key === "school" ? 34 : key === "label" ? 30 : key === "id" || key === "schoolKey" ? 0 : 12)),
    blocks: [
      { at: "A1", rows: [["Показатели по школам и району (формулы над листом «Результаты»)"]] },
      { at: "A2", rows: [[`Флаги: ${Object.values(FLAG_LABEL_RU).join("; ")}. Пороги — на листе «Настройки».`]] },
      { at: `A${IND_HEADER_ROW}`, rows: [IND_COLUMNS.map(([, header]) => header), ...cells] },
    ],
    formats,
    conditionalFormats: rows.length ? conditionalFormats(first, last) : [],
    print: { orientation: "landscape", fitToWidth: true, titleRows: `${IND_HEADER_ROW}:${IND_HEADER_ROW}` },
  };
}

/** 1-based row of each school (and of the district, key "") per assessment id on «Показатели», for links. */
export function indicatorRowsOf(report: IndicatorReport, data: readonly AssessmentData[]): Map<string, number> {
  const { rows, ctx } = layout(report, data);
  return new Map(rows.map((row, i) => [`${row.id}\u0001${row.schoolKey}`, ctx[i].r]));
}
