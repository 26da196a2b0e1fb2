/**
 * `forms` and `report --returns` as a district script calls them: forms for three schools from an order's roadmap,
 * filled by another program, collected from a folder that also holds a stray file.
 */
import { readFile, utimes, writeFile } from "node:fs/promises";
import * as path from "node:path";
import { fillForm } from "../core/returns/fill";
import { makeTempDir, runCliProcess } from "./run-cli";

const ROADMAP = path.resolve(__dirname, "../fixtures/returns/krasnoborsk-order-roadmap.tsv");
const SCHOOLS = "МБОУ «Красноборская СОШ»; МБОУ «Черевковская СОШ»; МБОУ «Пермогорская ООШ»";

describe("forms and returns on the command line", () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  beforeAll(async () => {
    temp = await makeTempDir("rm-cli-returns-");
  });
  afterAll(() => temp.cleanup());

  it("writes one form per school, refuses to replace them without --force, and reads the returns back", async () => {
    const forms = path.join(temp.dir, "формы");
    const made = await runCliProcess([
      "forms",
      "--roadmap",
      ROADMAP,
      "--schools",
      SCHOOLS,
      "--out",
      forms,
      "--as-of",
      "2025-06-01",
    ]);
    expect(made.code).toBe(0);
    expect(made.stderr).toContain("Записано 3 формы");
    const again = await runCliProcess([
      "forms",
      "--roadmap",
      ROADMAP,
      "--schools",
      SCHOOLS,
      "--out",
      forms,
      "--as-of",
      "2025-06-01",
    ]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("--force");

    const returns = path.join(temp.dir, "ответы");
    await runCliProcess([
      "forms",
      "--roadmap",
      ROADMAP,
      "--schools",
      SCHOOLS,
      "--out",
      returns,
      "--as-of",
      "2025-06-01",
    ]);
    const a = path.join(returns, "МБОУ Красноборская СОШ.xlsx");
    await writeFile(
      a,
      await fillForm(
        new Uint8Array(await readFile(a)),
        { "1.2": { status: "выполнено" }, "3.3": { status: "в работе" } },
        { sort: true },
      ),
    );
    // The school renamed its file: the return is recognised by its content.
    const b = path.join(returns, "МБОУ Черевковская СОШ.xlsx");
    const renamed = path.join(returns, "отчёт_Черевково_июнь.xlsx");
    await writeFile(
      renamed,
      await fillForm(
        new Uint8Array(await readFile(b)),
        { "1.2": { status: "выполнено", comment: "=СУММ(A1:A2) — так написала школа" } },
        { deleteIds: ["2.2"] },
      ),
    );
    await writeFile(b, "");
    await utimes(renamed, new Date("2025-06-25"), new Date("2025-06-25"));
    await writeFile(path.join(returns, "заметки.txt"), "не ответ");

    const out = path.join(temp.dir, "свод.xlsx");
    const run = await runCliProcess([
      "report",
      "--roadmap",
      ROADMAP,
      "--returns",
      returns,
      "--schools",
      SCHOOLS,
      "--as-of",
      "2025-07-01",
      "--out",
      out,
      "--json",
    ]);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    const bySchool = Object.fromEntries(json.report.execution.bySchool.map((s: { name: string }) => [s.name, s]));
    expect(bySchool["МБОУ «Красноборская СОШ»"]).toMatchObject({ total: 8, done: 1, inProgress: 0, overdue: 3 });
    expect(bySchool["МБОУ «Черевковская СОШ»"]).toMatchObject({ total: 8, done: 1 });
    // An empty file under a school's name is skipped with its reason; the school's renamed file is its return, and
    // the unfilled form of the third school is a return with nothing done.
    const received = json.report.returns.map((r: { school: string; received: boolean; file: string | null }) => [
      r.school,
      r.received,
      r.file,
    ]);
    expect(received).toEqual([
      ["МБОУ «Красноборская СОШ»", true, "МБОУ Красноборская СОШ.xlsx"],
      ["МБОУ «Черевковская СОШ»", true, "отчёт_Черевково_июнь.xlsx"],
      ["МБОУ «Пермогорская ООШ»", true, "МБОУ Пермогорская ООШ.xlsx"],
    ]);
    expect(json.returnsSkipped.map((s: { file: string }) => s.file).sort()).toEqual([
      "МБОУ Черевковская СОШ.xlsx",
      "заметки.txt",
    ]);
    expect(run.stderr).toContain("Пропущен файл «заметки.txt»");

    // The school's comment reaches the district workbook verbatim, as text, never as a formula.
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const comments = wb.getWorksheet("Комментарии школ")!;
    const values: unknown[] = [];
    comments.eachRow((row) => row.eachCell((cell) => values.push(cell.value)));
    expect(values).toContain("=СУММ(A1:A2) — так написала школа");
  });

  it("asks for the school figures the order's own targets need, on a second sheet", async () => {
    const out = path.join(temp.dir, "формы-показатели");
    const order = path.resolve(__dirname, "../fixtures/targets/severny-order.txt");
    const run = await runCliProcess(["forms", "--roadmap", order, "--schools", "МБОУ «СОШ № 1»", "--out", out, "--as-of", "2025-03-01"]);
    expect(run.code).toBe(0);
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(out, "МБОУ СОШ № 1.xlsx"));
    const figures = wb.getWorksheet("Показатели школы")!;
    const labels: string[] = [];
    figures.eachRow((row) => labels.push(String(row.getCell(1).value ?? "")));
    // «Доля педагогов, имеющих высшую и первую квалификационную категорию, не менее 45 %» in the order.
    expect(labels).toEqual(expect.arrayContaining(["Педагогических работников, всего (чел.)", "из них с высшей и первой квалификационной категорией (чел.)"]));
  });

  it("explains wrong calls in Russian", async () => {
    const run = await runCliProcess(["forms", "--roadmap", ROADMAP, "--out", temp.dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("укажите школы");
  });
});
