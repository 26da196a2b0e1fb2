/**
 * The engine's values must equal what the formulas compute once LibreOffice recalculates the written .xlsx
 * (a throwaway profile set to recalculate on load). One workbook carries deliberately wrong cached values:
 * if LibreOffice trusted the cache, that test would see them.
 */
import { DEFAULT_SETTINGS, parseSettings } from "../../../../src/core/indicators";
import { readResults } from "../../../../src/core/results";
import { type FormulaCell, type SheetPlan } from "../../../../src/core/workbook";
import { renderXlsx } from "../../../../src/xlsx";
import { recalculateManyWithLibreOffice, SOFFICE, type RecalculatedSheets } from "../../../helpers/libreoffice";
import { tsv } from "../../results/tsv";
import { studentRows } from "../../results/synth";
import { formulaCells, planOf, sampleResults } from "./plan-helpers";
import { describeWithInputs } from "../../../helpers/inputs";

const HEADER = ["ОО", "Класс", "Код", "Отметка", "Отметка по журналу", "Первичный балл"];

function synthetic(seed: number) {
  const years = [2022, 2023, 2024].map((y, i) => {
    const rows = studentRows(600, 7, seed + i, 0.01);
    return tsv(`ВПР ${y}, математика, 5 класс\n${[HEADER, ...rows].map((r) => r.join("\t")).join("\n")}`, `ВПР ${y}`);
  });
  return readResults(years);
}

const datasets = [
  { name: "samples", ...planOf(sampleResults()) },
  { name: "synthetic, 3 years, strict thresholds", ...planOf(synthetic(7), parseSettings({ failShare: 0.2, loweredShare: 0.2, dynamicsBandPp: 1 }).settings) },
  {
    name: "summaries with stated figures only (ЕГЭ: participants, average, share passed; ОГЭ: a block per subject)",
    ...planOf(readResults([
      tsv("Результаты ЕГЭ 2024 по русскому языку\nОбразовательное учреждение\tЧисло выпускников, сдававших экзамен\tСредний балл\tДоля сдавших, %\nМАОУ Лицей № 1\t64\t74,2\t100\nМБОУ Ключевская СОШ\t9\t58,1\t88,9\nМКОУ Березовская ООШ\t\t60\t90"),
      tsv("ОГЭ-2023\nОО\tРусский язык\t\tМатематика\t\nМБОУ СОШ № 1\tУчастников\tКачество, %\tУчастников\tКачество, %\n".replace("МБОУ СОШ № 1\tУчастников", "\tУчастников") + "МБОУ СОШ № 1\t52\t71,2\t52\t42,3\nМБОУ СОШ № 2\t47\t63,8\t46\t32,6"),
    ]), DEFAULT_SETTINGS),
  },
  { name: "tiny, exam only", ...planOf(readResults([tsv("ЕГЭ 2024\nОО\tПредмет\tТестовый балл\nМБОУ СОШ 1\tРусский язык\t20\nМБОУ СОШ 2\tРусский язык\t70")]), DEFAULT_SETTINGS) },
];

/** The wrong-cache workbook: every cached number of «Показатели» replaced by 999 999. */
function withWrongCache(sheets: readonly SheetPlan[]): SheetPlan[] {
  return sheets.map((s) => ({
    ...s,
    blocks: s.blocks?.map((b) => ({ ...b, rows: b.rows.map((r) => r.map((c) => (c && typeof c === "object" && "f" in c && typeof c.v === "number" ? ({ ...c, v: 999999 } as FormulaCell) : c))) })),
  }));
}

function mismatches(sheets: readonly SheetPlan[], got: RecalculatedSheets): string[] {
  const out: string[] = [];
  for (const s of sheets) {
    for (const c of formulaCells(s)) {
      const lo = got[s.name]?.[c.row]?.[c.col] ?? null;
      const want = c.v === "" ? null : c.v;
      // ExcelJS reads LibreOffice's cached <v>0</v> back as no result: a zero and an empty result are one here.
      const same = typeof want === "number" ? (lo === null && want === 0) || (typeof lo === "number" && Math.abs(lo - want) <= 1e-9 * Math.max(1, Math.abs(want))) : (lo === "" ? null : lo) === want;
      if (!same) out.push(`${s.name}!R${c.row + 1}C${c.col + 1}: engine ${String(want)}, LibreOffice ${String(lo)} (${c.f.slice(0, 80)})`);
    }
  }
  return out;
}

const maybe = (name: string, body: () => void) => describeWithInputs(name, [SOFFICE], body);

maybe("LibreOffice recalculation", () => {
  let recalculated: RecalculatedSheets[] = [];
  const wrong = withWrongCache(datasets[0].sheets);
  beforeAll(async () => {
    const bytes = await Promise.all([...datasets.map((d) => renderXlsx(d.plan)), renderXlsx({ ...datasets[0].plan, sheets: wrong })]);
    recalculated = await recalculateManyWithLibreOffice(bytes);
  }, 240000);

  it.each(datasets.map((d, i) => [d.name, i] as const))("%s: every formula equals the engine", (_name, i) => {
    expect(formulaCells(datasets[i].sheets[0]).length).toBeGreaterThan(20);
    expect(mismatches(datasets[i].sheets, recalculated[i])).toEqual([]);
  });

  it("really recalculates: deliberately wrong cached values are replaced by the formulas' results", () => {
    const got = recalculated[datasets.length];
    const cells = formulaCells(wrong[0]).filter((c) => c.v === 999999);
    expect(cells.length).toBeGreaterThan(100);
    expect(cells.filter((c) => got["Показатели"][c.row][c.col] === 999999)).toEqual([]);
    expect(mismatches(datasets[0].sheets, got)).toEqual([]);
  });
});
