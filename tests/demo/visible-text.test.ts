/**
 * Issue 14 over the demo's own output, built in process from samples/: what a user reads — every visible cell of
 * every visible sheet, the note, the CLI's message — is Russian (no codes, keys or ISO dates), its counts agree
 * with their nouns, and a figure shown in two places is one value.
 */
import { readdirSync } from "node:fs";
import * as path from "node:path";
import { buildDistrictReport } from "../../src/cli/commands/report";
import { pluralRu } from "../../src/core/findings";
import { FORMS } from "../../src/core/report/note-format";
import { type Cell, type SheetPlan, isDateCell, isFormulaCell, isLinkCell, parseCellRef } from "../../src/core/workbook";

const SAMPLES = path.resolve(__dirname, "../../samples");
const files = (dir: string, re: RegExp) => readdirSync(path.join(SAMPLES, dir)).filter((f) => re.test(f)).sort().map((f) => path.join(SAMPLES, dir, f));

let built: Awaited<ReturnType<typeof buildDistrictReport>>;
beforeAll(async () => {
  const roadmaps = files("roadmaps", /\.(tsv|html)$/).filter((f) => !/ensky-2024-2026\.tsv$/.test(f)); // one of the two copies
  built = await buildDistrictReport({ roadmaps, results: files("results", /\.tsv$/), district: "Энский муниципальный район", period: null, asOf: "2025-12-01" });
}, 60000);

/** Text a user sees in a cell: a formula's cached value, a link's text; dates are rendered as dates. */
function shownText(c: Cell): string | null {
  if (c === null || typeof c === "boolean" || typeof c === "number") return null;
  if (typeof c === "string") return c;
  if (isDateCell(c)) return null;
  if (isLinkCell(c)) return c.text;
  if (isFormulaCell(c)) return typeof c.v === "string" ? c.v : null;
  return null;
}

/** Every visible cell text of a sheet with its address; columns of width 0 and hidden table columns are skipped. */
function visibleTexts(sheet: SheetPlan): { at: string; text: string }[] {
  if (sheet.hidden) return [];
  const hidden = new Set((sheet.columnWidths ?? []).flatMap((w, i) => (w === 0 ? [i] : [])));
  const out: { at: string; text: string }[] = [];
  const take = (row: number, col: number, c: Cell) => {
    const text = shownText(c);
    if (text && !hidden.has(col)) out.push({ at: `${sheet.name}!R${row + 1}C${col + 1}`, text });
  };
  for (const b of sheet.blocks ?? []) {
    const at = parseCellRef(b.at);
    b.rows.forEach((cells, r) => cells.forEach((c, k) => take(at.row + r, at.column + k, c)));
  }
  for (const t of sheet.tables ?? []) {
    const at = parseCellRef(t.at);
    t.columns.forEach((col, k) => {
      if (col.hidden) hidden.add(at.column + k);
      take(at.row, at.column + k, col.header);
    });
    t.rows.forEach((cells, r) => cells.forEach((c, k) => take(at.row + 1 + r, at.column + k, c)));
  }
  return out;
}

const CODE = /(?<![\w.@/\\])[a-z]+\.[a-z][a-z-]*(?![\w])/;
const PIPE_KEY = /[^\s|]*\|[^\s|]*\|/;
const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/;

/** Every noun form the product counts with, by case; a number must stand before the form its plural index takes. */
const firstWords = (t: readonly string[]) => t.map((w) => w.split(" ")[0]) as unknown as readonly [string, string, string];
const TRIPLES: (readonly [string, string, string])[] = [
  ...Object.values(FORMS).map(firstWords),
  ["школа", "школы", "школ"], ["замечание", "замечания", "замечаний"], ["таблица", "таблицы", "таблиц"],
  ["строка", "строки", "строк"], ["участник", "участника", "участников"],
];
const FORM_WORDS = new Set(TRIPLES.flatMap((t) => [...t]));
const indexOf = (n: number) => ["одна", "несколько", "много"].indexOf(pluralRu(n, ["одна", "несколько", "много"]));

function disagreements(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?<![\d,.])(\d[\d\u00a0]*)\s+([а-яё]+)/giu)) {
    const word = m[2].toLowerCase();
    if (!FORM_WORDS.has(word)) continue;
    const n = Number(m[1].replace(/\u00a0/g, ""));
    if (!TRIPLES.some((t) => t[indexOf(n)] === word)) out.push(m[0]);
  }
  return out;
}

describe("the demo workbook and note read in Russian", () => {
  it("no code, key or ISO date in any visible cell of any sheet", () => {
    const bad = built.report.plan.sheets.flatMap(visibleTexts).filter(({ text }) => CODE.test(text) || PIPE_KEY.test(text) || ISO_DATE.test(text));
    expect(bad).toEqual([]);
  });

  it("the scan catches what it must (codes, keys, dates would fail it)", () => {
    for (const t of ["deadline.overdue", "schools.count", "огэ|русский язык||2024", "risk.fail-share", "срок 2024-03-01"]) {
      expect(CODE.test(t) || PIPE_KEY.test(t) || ISO_DATE.test(t)).toBe(true);
    }
    expect(disagreements("выявлены в 1 школах из 9; 21 мероприятий; 3 дорожная")).toEqual(["1 школах", "21 мероприятий", "3 дорожная"]);
  });

  it("no code or ISO date in the note", () => {
    expect(built.report.noteText).not.toMatch(CODE);
    expect(built.report.noteText).not.toMatch(ISO_DATE);
  });

  it("every count agrees with its noun, in the cells and in the note", () => {
    const texts = [...built.report.plan.sheets.flatMap(visibleTexts).map((x) => x.text), built.report.noteText];
    expect(texts.flatMap(disagreements)).toEqual([]);
  });
});

describe("one fact, one figure", () => {
  const summary = () => built.report.plan.sheets.find((s) => s.name === "Свод по району")!;
  const districtRowText = () => visibleTexts(summary()).find((x) => /Школ с признаками риска/.test(x.text))!.text;

  it("schools at risk: the summary sheet and the note state the same count", () => {
    const [, k, of] = /Школ с признаками риска: (\d+) из (\d+)/.exec(districtRowText())!;
    expect(built.report.noteText).toContain(`выявлены в ${k} ${pluralRu(Number(k), FORMS.schoolsLoc)} из ${of}:`);
    const obj = /необъективности: (\d+)/.exec(districtRowText());
    if (obj) expect(built.report.noteText).toContain(`Признаки необъективности оценивания выявлены в ${obj[1]} `);
  });

  it("overdue activities: the note counts each once, as the execution total does", () => {
    const overdue = built.report.report.execution.total.overdue;
    expect(built.report.noteText).toContain(`просрочено ${overdue}`);
    expect(built.report.noteText).toMatch(new RegExp(`Просрочено ${overdue} мероприяти`));
    const items = built.report.note.filter((p) => p.kind === "item" && / — срок \d\d\.\d\d\.\d{4};/.test(p.text));
    expect(items).toHaveLength(overdue);
  });

  it("targets: what the note says is what the sheet computed", () => {
    const t = built.report.report.districtTargets;
    expect(t.rows.length).toBeGreaterThan(0);
    expect(built.report.noteText).toContain(`по ${t.achieved + t.notAchieved} из ${t.rows.length}`);
  });

  it("the note never cuts an activity title, names no «Без раздела» section, nests quotes", () => {
    expect(built.report.noteText).not.toMatch(/…»/);
    expect(built.report.noteText).not.toContain("«Без раздела»");
    expect(built.report.noteText).not.toMatch(/»»/);
  });
});
