import { type DataColumn, LEVEL_SCHOOL, dataColumn } from "./results-sheet";
import { SETTING_NAMES as N } from "./keys";

/** Where a row of «Показатели» sits and what it compares with. Rows are 1-based sheet rows. */
export interface RowCtx {
  readonly r: number;
  /** The district row of the same assessment; equal to r on the district row itself. */
  readonly d: number;
  /** The same school (or district) one period earlier, when the data has it. */
  readonly prev: number | null;
  readonly isDistrict: boolean;
}

export type ColKey =
  | "label" | "id" | "school" | "schoolKey" | "participants" | "n2" | "n3" | "n4" | "n5"
  | "success" | "quality" | "sou" | "meanMark" | "below" | "belowBase" | "belowShare" | "scoreSum" | "scoreCount" | "meanScore"
  | "lowered" | "confirmed" | "raised" | "loweredShare" | "confirmedShare" | "raisedShare"
  | "devSuccess" | "devQuality" | "prevQuality" | "dynQuality" | "trend"
  | "flagFail" | "flagBelow" | "flagLowered" | "flagRaised" | "flagDecline";

export const IND_COLUMNS: readonly (readonly [ColKey, string, "text" | "int" | "pct" | "num" | "pp"])[] = [
  ["label", "Процедура", "text"], ["id", "Ключ процедуры", "text"], ["school", "Школа", "text"], ["schoolKey", "Ключ школы", "text"],
  ["participants", "Участников", "int"], ["n2", "«2»", "int"], ["n3", "«3»", "int"], ["n4", "«4»", "int"], ["n5", "«5»", "int"],
  ["success", "Успеваемость", "pct"], ["quality", "Качество", "pct"], ["sou", "СОУ", "pct"], ["meanMark", "Средняя отметка", "num"],
  ["below", "Ниже порога", "int"], ["belowBase", "Проверено по порогу", "int"], ["belowShare", "Доля ниже порога", "pct"],
  ["scoreSum", "Сумма баллов", "num"], ["scoreCount", "Число баллов", "int"], ["meanScore", "Средний балл", "num"],
  ["lowered", "Понизили", "int"], ["confirmed", "Подтвердили", "int"], ["raised", "Повысили", "int"],
  ["loweredShare", "Понизили, %", "pct"], ["confirmedShare", "Подтвердили, %", "pct"], ["raisedShare", "Повысили, %", "pct"],
  ["devSuccess", "Откл. успеваемости от района, п.п.", "pp"], ["devQuality", "Откл. качества от района, п.п.", "pp"],
  ["prevQuality", "Качество в прошлый период", "pct"], ["dynQuality", "Динамика качества, п.п.", "pp"], ["trend", "Тренд", "text"],
  ["flagFail", "Риск: доля «2»", "text"], ["flagBelow", "Риск: ниже района", "text"], ["flagLowered", "Понизили ≥ порога", "text"],
  ["flagRaised", "Повысили ≥ порога", "text"], ["flagDecline", "Снижение 2 периода", "text"],
];

export const colLetter = (key: ColKey): string => {
  const i = IND_COLUMNS.findIndex(([k]) => k === key);
  let n = i + 1;
  let out = "";
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
};

const at = (key: ColKey, row: number) => `$${colLetter(key)}${row}`;

/**
 * SUMIFS over «Результаты» by assessment (and school). «Результаты» holds counts per school, not per
 * student, so each SUMIFS scans hundreds of rows: recalculation stays instant even when the counts came
 * from a million per-student rows (COUNTIFS over those rows would cost rows × schools × marks).
 */
function sumifs(col: DataColumn, c: RowCtx): string {
  const school = c.isDistrict ? "" : `,${dataColumn("schoolKey")},${at("schoolKey", c.r)}`;
  return `SUMIFS(${dataColumn(col)},${dataColumn("id")},${at("id", c.r)}${school},${dataColumn("level")},"${LEVEL_SCHOOL}")`;
}

const ifZero = (den: string, expr: string) => `IF(${den}=0,"",${expr})`;

/** A school's stated figure from «Результаты» (blank when the table stated none): used where it has no marks. */
function stated(col: DataColumn, c: RowCtx): string {
  const where = `${dataColumn("id")},${at("id", c.r)},${dataColumn("schoolKey")},${at("schoolKey", c.r)},${dataColumn("level")},"${LEVEL_SCHOOL}"`;
  return `IF(COUNTIFS(${where},${dataColumn(col)},"<>")=0,"",SUMIFS(${dataColumn(col)},${where}))`;
}
/** The district's stated figure: schools' stated values times their participants over those participants. */
function statedDistrict(weightedCol: DataColumn, c: RowCtx): string {
  const where = `${dataColumn("id")},${at("id", c.r)},${dataColumn("level")},"${LEVEL_SCHOOL}",${dataColumn(weightedCol)},"<>"`;
  const n = `SUMIFS(${dataColumn("participants")},${where})`;
  return `IF(${n}=0,"",SUMIFS(${dataColumn(weightedCol)},${where})/${n})`;
}
const WEIGHTED: Partial<Record<DataColumn, DataColumn>> = { statedSuccess: "statedSuccessN", statedQuality: "statedQualityN", statedMeanMark: "statedMarkSum" };
/** Computed from marks; without marks, the figure the table stated (a district: weighted by participants). */
const orStated = (marks: string, expr: string, col: DataColumn, c: RowCtx) =>
  `IF(${marks}=0,${c.isDistrict ? statedDistrict(WEIGHTED[col] as DataColumn, c) : stated(col, c)},${expr})`;
const pp = (a: string, b: string) => `IF(OR(${a}="",${b}=""),"",ROUND((${a}-${b})*100,6))`;
/** Excel's AND evaluates every argument, so a blank cell is tested in an IF before any arithmetic. */
const atLeast = (cell: string, name: string) => `IF(${cell}="","",IF(ROUND(${cell},9)>=${name},"да",""))`;
const behind = (x: string, d: string) => `IF(OR(${x}="",${d}=""),FALSE,ROUND((${d}-${x})*100,6)>=${N.belowDistrictPp})`;

/** The formula of a column in a row; null where the cell stays empty (district flags, no previous period). */
export function formulaOf(key: ColKey, c: RowCtx): string | null {
  const r = c.r;
  const marks = `SUM(${at("n2", r)}:${at("n5", r)})`;
  const cell = (k: ColKey) => at(k, r);
  const dcell = (k: ColKey) => at(k, c.d);
  const obj = `(${cell("lowered")}+${cell("confirmed")}+${cell("raised")})`;
  switch (key) {
    case "label": case "id": case "school": case "schoolKey": return null;
    case "participants": return sumifs("participants", c);
    case "n2": case "n3": case "n4": case "n5": case "below": case "belowBase": case "scoreSum": case "scoreCount":
    case "lowered": case "confirmed": case "raised": return sumifs(key, c);
    case "success": return orStated(marks, `(${cell("n3")}+${cell("n4")}+${cell("n5")})/${marks}`, "statedSuccess", c);
    case "quality": return orStated(marks, `(${cell("n4")}+${cell("n5")})/${marks}`, "statedQuality", c);
    case "sou": return ifZero(marks, `(${cell("n5")}+0.64*${cell("n4")}+0.36*${cell("n3")}+0.16*${cell("n2")})/${marks}`);
    case "meanMark": return orStated(marks, `(2*${cell("n2")}+3*${cell("n3")}+4*${cell("n4")}+5*${cell("n5")})/${marks}`, "statedMeanMark", c);
    case "belowShare": return ifZero(cell("belowBase"), `${cell("below")}/${cell("belowBase")}`);
    case "meanScore": return ifZero(cell("scoreCount"), `${cell("scoreSum")}/${cell("scoreCount")}`);
    case "loweredShare": return ifZero(obj, `${cell("lowered")}/${obj}`);
    case "confirmedShare": return ifZero(obj, `${cell("confirmed")}/${obj}`);
    case "raisedShare": return ifZero(obj, `${cell("raised")}/${obj}`);
    case "devSuccess": return c.isDistrict ? null : pp(cell("success"), dcell("success"));
    case "devQuality": return c.isDistrict ? null : pp(cell("quality"), dcell("quality"));
    case "prevQuality": return c.prev === null ? null : `IF(${at("quality", c.prev)}="","",${at("quality", c.prev)})`;
    case "dynQuality": return c.prev === null ? null : pp(cell("quality"), cell("prevQuality"));
    case "trend": {
      const d = cell("dynQuality");
      return c.prev === null ? null : `IF(${d}="","",IF(${d}>${N.dynamicsBandPp},"рост",IF(${d}<-${N.dynamicsBandPp},"снижение","стабильно")))`;
    }
    case "flagFail": return c.isDistrict ? null : atLeast(cell("belowShare"), N.failShare);
    case "flagBelow": return c.isDistrict ? null : `IF(OR(${behind(cell("success"), dcell("success"))},${behind(cell("quality"), dcell("quality"))}),"да","")`;
    case "flagLowered": return c.isDistrict ? null : atLeast(cell("loweredShare"), N.loweredShare);
    case "flagRaised": return c.isDistrict ? null : atLeast(cell("raisedShare"), N.raisedShare);
    case "flagDecline": {
      if (c.isDistrict || c.prev === null) return null;
      const now = cell("dynQuality");
      const before = at("dynQuality", c.prev);
      return `IF(OR(${now}="",${before}=""),"",IF(AND(${now}<-${N.dynamicsBandPp},${before}<-${N.dynamicsBandPp}),"да",""))`;
    }
  }
}
