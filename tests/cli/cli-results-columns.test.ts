/**
 * `results` never exits 0 having read no school from a file with rows: it reads the table (by content, or
 * by the user's `--columns`) or exits 1 naming the columns it saw and a mapping that would read them.
 */
import { writeFile } from "node:fs/promises";
import * as path from "node:path";
import { ROOT, makeTempDir, runCliProcess, warmUpCli } from "./run-cli";

let dir = "";
let cleanup: () => Promise<void> = async () => undefined;
beforeAll(async () => {
  await warmUpCli();
  ({ dir, cleanup } = await makeTempDir("rm-cli-columns-"));
});
afterAll(() => cleanup());

const UNCLEAR = "Название\tИтог\tКомментарий\nРомашка\t4\t\nРомашка\t5\tхорошо\nБерёзка\t2\t\nБерёзка\t3\t\n";

describe("results on a table it cannot read by itself", () => {
  it("exits 1 with the columns seen and a --columns mapping", async () => {
    const file = path.join(dir, "непонятная.tsv");
    await writeFile(file, UNCLEAR, "utf8");
    const run = await runCliProcess(["results", file, "--json"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/Файл «непонятная\.tsv»: не прочитано ни одной школы/);
    expect(run.stderr).toMatch(/«Итог» — похоже: отметка/);
    expect(run.stderr).toMatch(/--columns "Название=other;Итог=mark;Комментарий=other"/);
  });

  it("reads it with the user's mapping and states the assessment", async () => {
    const file = path.join(dir, "непонятная.tsv");
    await writeFile(file, UNCLEAR, "utf8");
    const run = await runCliProcess(["results", file, "--json", "--columns", "Название=school;Итог=mark;Комментарий=other",
      "--assessment", "ВПР", "--subject", "Русский язык", "--grade", "4", "--year", "2025"]);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.assessments[0]).toMatchObject({ assessment: "ВПР", subject: "Русский язык", grade: "4", year: "2025" });
    expect(json.assessments[0].schools.map((s: { school: string; participants: number }) => [s.school, s.participants])).toEqual([["Ромашка", 2], ["Берёзка", 2]]);
    expect(json.findings.map((f: { code: string }) => f.code)).toContain("results.mapped");
  });

  it("a wrong role or grade is wrong usage (exit 2)", async () => {
    const file = path.join(dir, "непонятная.tsv");
    await writeFile(file, UNCLEAR, "utf8");
    expect((await runCliProcess(["results", file, "--columns", "Название=школа"])).code).toBe(2);
    expect((await runCliProcess(["results", file, "--grade", "14"])).code).toBe(2);
  });

  it("a table of municipalities has no schools: exit 1, not an empty report", async () => {
    const run = await runCliProcess(["results", path.resolve(ROOT, "../shared/realworld/09_mariy-el-2009-ege-udelny-ves-sdavshih-po-municipalitetam.tsv")]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Муниципальное образование/);
  });

  it("report refuses such a results file, naming it", async () => {
    const file = path.join(dir, "непонятная.tsv");
    await writeFile(file, UNCLEAR, "utf8");
    const run = await runCliProcess(["report", "--results", file, "--out", path.join(dir, "свод.xlsx")]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/непонятная\.tsv/);
  });
});
