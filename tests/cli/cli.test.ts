/**
 * The headless CLI as a caller sees it (DESIGN.md «Headless CLI contract»): help, exit codes 0/1/2,
 * Russian messages on stderr naming the file, nothing on stdout when the input cannot be read.
 */
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import * as path from "node:path";
import { CLI, CYRILLIC, ROOT, makeTempDir, runCliProcess, seed, SEEDS_DIR, warmUpCli } from "./run-cli";
import { describeWithInputs } from "../helpers/inputs";

let dir = "";
let cleanup: () => Promise<void> = async () => undefined;
const ROADMAP = "roadmap.tsv";

beforeAll(async () => {
  await warmUpCli();
  ({ dir, cleanup } = await makeTempDir("rm-cli-"));
  await writeFile(path.join(dir, ROADMAP), "№\tМероприятие\tСрок\n1.\tСовещание руководителей\tмарт 2025 г.\n", "utf8");
});
afterAll(() => cleanup());

describe("help", () => {
  it.each([["--help"], ["-h"], ["help"]])("%s exits 0 and speaks Russian and English", async (flag) => {
    const run = await runCliProcess([flag], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Использование/);
    expect(run.stdout).toMatch(/Usage|usage|headless CLI/);
    for (const command of ["roadmap", "results", "report", "cells", "demo"]) expect(run.stdout).toContain(command);
    expect(run.stderr).toBe("");
  });

  it("no arguments is wrong usage (exit 2) and still shows the help", async () => {
    const run = await runCliProcess([], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout + run.stderr).toMatch(/Использование/);
  });
});

describe("wrong usage exits 2 with a Russian message on stderr", () => {
  it.each([
    ["unknown command", ["frobnicate"]],
    ["unknown option", ["roadmap", ROADMAP, "--bogus"]],
    ["bad --period", ["roadmap", ROADMAP, "--period", "два года"]],
    ["inverted --period", ["roadmap", ROADMAP, "--period", "2025-2023"]],
    ["bad --as-of", ["roadmap", ROADMAP, "--as-of", "01.03.2025"]],
    ["--table not a number", ["roadmap", ROADMAP, "--table", "вторая"]],
    ["--table out of range", ["roadmap", ROADMAP, "--table", "7"]],
    ["roadmap without a file", ["roadmap"]],
    ["results without a file", ["results"]],
    ["report without --out", ["report", "--roadmap", ROADMAP]],
  ])("%s", async (_label, args) => {
    const run = await runCliProcess(args, { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(CYRILLIC);
    expect(run.stdout).toBe("");
  });
});

describe("unreadable input exits 1, names the file in Russian, prints nothing on stdout", () => {
  const cases: [string, (d: string) => Promise<string>][] = [
    ["missing file", async () => "нет-такого-файла.tsv"],
    ["unsupported extension", async (d) => writeAndReturn(path.join(d, "приказ.pdf"), "%PDF-1.4 not really")],
    ["a directory", async (d) => mkdirAndReturn(path.join(d, "папка.tsv"))],
    ["random bytes as .xlsx", async (d) => writeAndReturn(path.join(d, "сломанная.xlsx"), randomBytes(4096))],
    ["random bytes as .docx", async (d) => writeAndReturn(path.join(d, "сломанный.docx"), randomBytes(2048))],
  ];
  it.each(cases)("%s", async (_label, make) => {
    const file = await make(dir);
    for (const command of ["roadmap", "results", "cells"]) {
      const run = await runCliProcess([command, file, "--json"], { cwd: dir });
      expect({ command, code: run.code }).toEqual({ command, code: 1 });
      expect(run.stderr).toMatch(CYRILLIC);
      expect(run.stderr).toContain(path.basename(file));
      expect(run.stderr).not.toMatch(/^\s+at /m); // a message, not a stack trace
      expect(run.stdout).toBe("");
    }
  });
});

async function writeAndReturn(file: string, content: string | Uint8Array): Promise<string> {
  await writeFile(file, content);
  return file;
}
async function mkdirAndReturn(d: string): Promise<string> {
  await mkdir(d, { recursive: true });
  return d;
}

describe("findings are data, not errors", () => {
  it("a table full of problems exits 0, findings on stdout, stderr empty", async () => {
    const messy = "№\tМероприятие\tСрок\n1.\tСовещание\t\n1.\tСовещание еще раз\tкогда-нибудь\n5.\tCовещание с латинской C\tмарт\n";
    await writeFile(path.join(dir, "messy.tsv"), messy, "utf8");
    const run = await runCliProcess(["roadmap", "messy.tsv", "--json", "--as-of", "2025-06-01", "--period", "2024-2025"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    const codes = (JSON.parse(run.stdout).findings as { code: string }[]).map((f) => f.code);
    expect(codes).toEqual(expect.arrayContaining(["number.duplicate", "deadline.missing", "text.mixed-script"]));
  });
});

/** The bundle is loaded in a plain node process: is ExcelJS in require.cache after a command? */
function loadedModulesAfter(args: string[]): Promise<string[]> {
  const script = `
    const { runCli } = require(${JSON.stringify(path.join(ROOT, "build", "cli.cjs"))});
    const io = { out() {}, err() {}, today: () => new Date(2025, 0, 1) };
    runCli(${JSON.stringify(args)}, io).then(() => process.stdout.write(JSON.stringify(Object.keys(require.cache))));`;
  return new Promise((resolve, reject) =>
    execFile(process.execPath, ["-e", script], { cwd: dir, encoding: "utf8" }, (error, stdout) => (error ? reject(error) : resolve(JSON.parse(stdout)))),
  );
}

describe("--help stays light (district scripts call the CLI hundreds of times)", () => {
  it("--help loads neither exceljs nor mammoth", async () => {
    const modules = await loadedModulesAfter(["--help"]);
    expect(modules.filter((m) => /node_modules[\\/](exceljs|mammoth)[\\/]/.test(m))).toEqual([]);
  });
  it("…while a command that writes a workbook does load exceljs (the check can see it)", async () => {
    const modules = await loadedModulesAfter(["cells", path.join(dir, ROADMAP), "--out", path.join(dir, "light.xlsx")]);
    expect(modules.some((m) => /node_modules[\\/]exceljs[\\/]/.test(m))).toBe(true);
  });
  it("the launcher runs the compiled bundle, not a TypeScript interpreter", async () => {
    const launcher = await readFile(CLI, "utf8");
    expect(launcher).toMatch(/build["', ]+cli\.cjs/);
    expect(launcher).not.toMatch(/ts-node|tsx\/|ts-jest|register\(/);
  });
});

describeWithInputs("cells", [SEEDS_DIR], () => {
  it("cells FILE --out writes a workbook with one sheet per table of the document", async () => {
    const run = await runCliProcess(["cells", seed("bodaibo-2020-2023.txt"), "--out", "cells.xlsx"], { cwd: dir });
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout) as { tables: { rows: number; columns: number }[] };
    expect(summary.tables.length).toBeGreaterThan(1);
    const { loadWorkbook } = await import("../helpers/xlsx-read");
    const wb = await loadWorkbook(new Uint8Array(await readFile(path.join(dir, "cells.xlsx"))));
    expect(wb.worksheets.map((w) => w.name)).toEqual(summary.tables.map((_t, i) => `Таблица ${i + 1}`));
    const texts: string[] = [];
    wb.worksheets.forEach((ws) => ws.eachRow((row) => row.eachCell((c) => void texts.push(String(c.value)))));
    expect(texts.join("\n")).toContain("Оформление партнёрства со школой");
    summary.tables.forEach((t, i) => expect(wb.worksheets[i].rowCount).toBe(t.rows));
  });
});
