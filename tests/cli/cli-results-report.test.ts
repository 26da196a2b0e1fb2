/**
 * `results … --json` and `report … --out` end to end: the samples/, and a small table written here
 * whose figures are worked out by hand, so the JSON is checked against arithmetic, not against itself.
 */
import { existsSync } from "node:fs";
import { readFile, readdir, writeFile } from "node:fs/promises";
import * as path from "node:path";
import { loadWorkbook } from "../helpers/xlsx-read";
import { resultsJsonSchema, type ResultsJson } from "./contract";
import { CYRILLIC, ROOT, makeTempDir, runCliProcess, seed, SEEDS_DIR, warmUpCli } from "./run-cli";
import { describeWithInputs } from "../helpers/inputs";

const RESULTS_DIR = path.join(ROOT, "samples", "results");
let dir = "";
let cleanup: () => Promise<void> = async () => undefined;
let sampleResults: string[] = [];
beforeAll(async () => {
  await warmUpCli();
  ({ dir, cleanup } = await makeTempDir("rm-cli-results-"));
  sampleResults = existsSync(RESULTS_DIR) ? (await readdir(RESULTS_DIR)).filter((f) => f.endsWith(".tsv")).map((f) => path.join(RESULTS_DIR, f)) : [];
});
afterAll(() => cleanup());

async function resultsJson(files: string[]): Promise<ResultsJson> {
  const run = await runCliProcess(["results", ...files, "--json"], { cwd: dir });
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  const parsed = resultsJsonSchema.safeParse(JSON.parse(run.stdout));
  if (!parsed.success) throw new Error(`results JSON breaks the contract: ${JSON.stringify(parsed.error.issues.slice(0, 5))}`);
  return parsed.data;
}

type Figures = ResultsJson["assessments"][number]["district"];
const sumMarks = (m: NonNullable<Figures["marks"]>) => m["2"] + m["3"] + m["4"] + m["5"];

/** What DOMAIN.md defines, recomputed from the counts the JSON itself reports. */
function expectRatesFromCounts(f: Figures): void {
  if (!f.marks || f.participants === 0) return;
  const n = sumMarks(f.marks);
  expect(f.participants).toBe(n);
  expect(f.successRate).toBeCloseTo((n - f.marks["2"]) / n, 9);
  expect(f.qualityRate).toBeCloseTo((f.marks["4"] + f.marks["5"]) / n, 9);
  expect(f.meanMark).toBeCloseTo((2 * f.marks["2"] + 3 * f.marks["3"] + 4 * f.marks["4"] + 5 * f.marks["5"]) / n, 9);
}

describe("results --json on samples/results", () => {
  let json: ResultsJson;
  beforeAll(async () => {
    if (sampleResults.length === 0) throw new Error(`нет файлов в ${RESULTS_DIR}`);
    json = await resultsJson(sampleResults);
  });

  it("finds several assessments with schools, one per subject, grade and year", () => {
    const withSchools = json.assessments.filter((a) => a.schools.length > 0);
    expect(withSchools.length).toBeGreaterThanOrEqual(5);
    const keys = json.assessments.map((a) => [a.assessment, a.subject, a.grade, a.year].join("|"));
    expect(new Set(keys).size).toBe(keys.length);
    expect(withSchools.map((a) => a.assessment)).toEqual(expect.arrayContaining(["ВПР", "ОГЭ", "ЕГЭ"]));
  });

  it("every school and district figure follows from its counts", () => {
    for (const a of json.assessments) {
      for (const s of a.schools) expectRatesFromCounts(s);
      expectRatesFromCounts(a.district);
    }
  });

  it("district figures are built from the schools' counts, never averaged percentages", () => {
    for (const a of json.assessments.filter((x) => x.schools.length > 0 && x.schools.every((s) => s.marks))) {
      const total = { "2": 0, "3": 0, "4": 0, "5": 0 };
      for (const s of a.schools) for (const k of ["2", "3", "4", "5"] as const) total[k] += s.marks![k];
      expect(a.district.marks).toEqual(total);
    }
  });

  it("keeps reference rows (Вся выборка, region) apart from schools", () => {
    const vpr = json.assessments.find((a) => a.assessment === "ВПР" && a.references.length > 0);
    expect(vpr).toBeDefined();
    expect(vpr!.references.map((r) => r.name)).toContain("Вся выборка");
    const schoolNames = vpr!.schools.map((s) => s.school);
    for (const r of vpr!.references) expect(schoolNames).not.toContain(r.name);
  });
});

/** Counts per school in an office's own layout; figures worked out by hand below. */
const OWN_TABLE = [
  "Результаты ВПР 2025, 7 класс, предмет: История",
  "Образовательная организация\tВсего участников\t«5»\t«4»\t«3»\t«2»",
  "МОУ СОШ № 7 с. Верхнее\t20\t2\t5\t10\t3",
  "МОУ «Гимназия № 2»\t20\t5\t10\t5\t0",
].join("\n");

describe("results --json on a table written here", () => {
  it("computes the figures worked out by hand", async () => {
    await writeFile(path.join(dir, "история.tsv"), OWN_TABLE + "\n", "utf8");
    const json = await resultsJson(["история.tsv"]);
    const a = json.assessments.find((x) => x.schools.length > 0)!;
    expect(a).toMatchObject({ assessment: "ВПР", subject: "История", grade: "7", year: "2025" });
    const verhnee = a.schools.find((s) => s.school.includes("Верхнее"))!;
    expect(verhnee).toMatchObject({ participants: 20, marks: { "2": 3, "3": 10, "4": 5, "5": 2 } });
    expect(verhnee.successRate).toBeCloseTo(0.85, 9);
    expect(verhnee.qualityRate).toBeCloseTo(0.35, 9);
    expect(verhnee.meanMark).toBeCloseTo(3.3, 9);
    expect(a.district.participants).toBe(40);
    expect(a.district.successRate).toBeCloseTo(37 / 40, 9);
    expect(a.district.qualityRate).toBeCloseTo(22 / 40, 9);
  });
});

const REPORT_SHEETS = ["Свод по району", "Исполнение дорожной карты", "Справка", "Показатели"];

describeWithInputs("report --roadmap … --results … --out --note", [SEEDS_DIR], () => {
  it("writes the workbook with the report's sheets and a Russian note", async () => {
    const results = sampleResults.filter((f) => /vpr-2024-5kl-statistika|oge-2024/.test(f));
    expect(results.length).toBe(2);
    const args = ["report", "--roadmap", seed("podporozhye-2020-2021.txt"), ...results.flatMap((f) => ["--results", f])];
    const run = await runCliProcess([...args, "--as-of", "2021-03-01", "--out", "свод.xlsx", "--note", "справка.txt"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(""); // no --json: nothing but the two files
    const wb = await loadWorkbook(new Uint8Array(await readFile(path.join(dir, "свод.xlsx"))));
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toEqual(expect.arrayContaining(REPORT_SHEETS));
    // The roadmap's sheets say whose they are (issue 14): «Мероприятия — Подпорожский район».
    expect(names.filter((n) => n.startsWith("Мероприятия — "))).toHaveLength(1);
    expect(names[0]).toBe("Свод по району");
    const summary = wb.getWorksheet("Свод по району")!;
    expect(summary.pageSetup.orientation).toBe("landscape");
    expect(summary.rowCount).toBeGreaterThan(5);
    const note = await readFile(path.join(dir, "справка.txt"), "utf8");
    expect(note).toMatch(CYRILLIC);
    expect(note).toMatch(/\d,\d/); // decimal commas
    expect(note).not.toMatch(/\d\.\d+ ?%|NaN|undefined|null|Infinity/);
    expect(note).toContain("01.03.2021");
  });

  it("report --json prints the report model and the note to stdout", async () => {
    const run = await runCliProcess(["report", "--roadmap", seed("kuzovatovo-2022.txt"), "--as-of", "2022-06-01", "--out", "к.xlsx", "--json"], { cwd: dir });
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as { note: string; report: unknown };
    expect(json.note).toMatch(CYRILLIC);
    expect(json.report).toBeTruthy();
  });
});
