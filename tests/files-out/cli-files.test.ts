/**
 * The CLI end to end as a district script calls it: outputs that must not be replaced, paths that cannot
 * be written, usage mistakes, folders as lists, names in Windows-1251 bytes, a table as wide as Excel.
 */
import { execFile } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { loadWorkbook } from "../helpers/xlsx-read";
import { CLI, ROOT, type CliRun, makeTempDir, runCliProcess, seed, seedsAvailable, warmUpCli } from "../cli/run-cli";

const SAMPLES = path.join(ROOT, "samples");
let dir = "";
let cleanup: () => Promise<void> = async () => undefined;
beforeAll(async () => {
  await warmUpCli();
  ({ dir, cleanup } = await makeTempDir("rm-cli-files-"));
  copyFileSync(path.join(SAMPLES, "roadmaps", "school-ozernaya-sosh.tsv"), path.join(dir, "k.tsv"));
}, 120000);
afterAll(() => cleanup());

const cli = (args: string[]) => runCliProcess(args, { cwd: dir, timeoutMs: 120000 });
const at = (name: string) => path.join(dir, name);

function expectRefused(run: CliRun, code: 1 | 2, message: RegExp): void {
  expect({ code: run.code, stderr: run.stderr }).toEqual({ code, stderr: expect.stringMatching(message) });
  expect(run.stderr).not.toMatch(/\n\s+at |Error:|Внутренняя ошибка/);
}

describe("--out never loses a user's file", () => {
  it("refuses to write over the input, with or without --force, and leaves it whole", async () => {
    const before = readFileSync(at("k.tsv"));
    expectRefused(await cli(["roadmap", "k.tsv", "--out", "k.tsv"]), 1, /входной файл/);
    expectRefused(await cli(["roadmap", "k.tsv", "--out", "./k.tsv", "--force"]), 1, /входной файл/);
    expect(readFileSync(at("k.tsv")).equals(before)).toBe(true);
  });

  it("writes a new workbook, refuses to replace it, replaces it with --force", async () => {
    expect((await cli(["roadmap", "k.tsv", "--out", "k.xlsx"])).code).toBe(0);
    const first = statSync(at("k.xlsx")).ino;
    expectRefused(await cli(["roadmap", "k.tsv", "--out", "k.xlsx"]), 1, /уже есть и не заменён.*--force/);
    expect(statSync(at("k.xlsx")).ino).toBe(first);
    const forced = await cli(["roadmap", "k.tsv", "--out", "k.xlsx", "--force"]);
    expect(forced.code).toBe(0);
    expect(statSync(at("k.xlsx")).ino).not.toBe(first);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it.each([
    ["a folder", ".", /это папка/],
    ["a device", "/dev/full", /не обычный файл/],
    ["a missing folder", "нет/k.xlsx", /папки .* нет/],
  ])("an output path that is %s: exit 1, a Russian reason, no stack trace", async (_what, out, reason) => {
    expectRefused(await cli(["roadmap", "k.tsv", "--out", out, "--force"]), 1, reason);
  });

  it("report checks --note before writing --out (a refused note leaves no half-done work)", async () => {
    writeFileSync(at("справка.txt"), "моя справка");
    expectRefused(await cli(["report", "--roadmap", "k.tsv", "--out", "свод-новый.xlsx", "--note", "справка.txt", "--as-of", "2025-03-01"]), 1, /справка\.txt.*уже есть/);
    expect(readdirSync(dir)).not.toContain("свод-новый.xlsx");
    expect(readFileSync(at("справка.txt"), "utf8")).toBe("моя справка");
  });
});

describe("usage mistakes are exit 2 in Russian", () => {
  it.each([
    [["roadmap", "k.tsv", "--as-of", "2024-02-30"], /--as-of: такой даты нет в календаре: «2024-02-30»/],
    [["report", "--roadmap", "k.tsv", "--out", "x.xlsx", "--as-of", "2023-02-29"], /такой даты нет/],
    [["roadmap", "k.tsv", "другой.tsv", "--json"], /команда читает один файл.*«другой\.tsv»/],
    [["cells", "k.tsv", "k.tsv"], /команда читает один файл/],
    [["roadmap", "k.tsv", "--out", "--json"], /у параметра --out нет значения/],
    [["roadmap", "k.tsv", "--as-off", "2024-01-01"], /Может быть, --as-of\?/],
    [["demo", "лишнее"], /demo: лишний аргумент/],
  ])("%j", async (args, message) => {
    expectRefused(await cli(args), 2, message);
  });
});

describe("a folder wherever a list of files is accepted", () => {
  beforeAll(() => {
    mkdirSync(at("итоги"));
    for (const f of ["vpr-2024-5kl-statistika.tsv", "oge-2024.tsv"]) copyFileSync(path.join(SAMPLES, "results", f), path.join(at("итоги"), f));
    writeFileSync(path.join(at("итоги"), "протокол.pdf"), "%PDF-1.4");
    mkdirSync(at("карты"));
    for (const f of ["school-ozernaya-sosh.tsv", "school-lesnovskaya-oosh.tsv"]) copyFileSync(path.join(SAMPLES, "roadmaps", f), path.join(at("карты"), f));
  });

  it("results DIR --json reads every supported file, names each in JSON and on stderr, skips the rest by name", async () => {
    const run = await cli(["results", "итоги", "--json"]);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as { assessments: unknown[]; files: { file: string; read: boolean; reason?: string }[] };
    expect(json.files).toEqual([
      { file: path.join("итоги", "oge-2024.tsv"), read: true },
      { file: path.join("итоги", "vpr-2024-5kl-statistika.tsv"), read: true },
      { file: path.join("итоги", "протокол.pdf"), read: false, reason: "формат «.pdf» не поддерживается" },
    ]);
    expect(json.assessments.length).toBeGreaterThan(1);
    expect(run.stderr).toMatch(/Из папки «итоги» прочитано файлов: 2 — oge-2024\.tsv, vpr-2024-5kl-statistika\.tsv/);
    expect(run.stderr).toMatch(/Пропущен «итоги\/протокол\.pdf»: формат «\.pdf» не поддерживается/);
  });

  it("report --roadmap DIR --results DIR counts both roadmaps and names every file", async () => {
    const run = await cli(["report", "--roadmap", "карты", "--results", "итоги", "--out", "свод-папки.xlsx", "--as-of", "2025-03-01", "--json"]);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as { report: { roadmaps: unknown[] }; files: { roadmaps: { file: string }[]; results: { file: string }[] } };
    expect(json.report.roadmaps).toHaveLength(2);
    expect(json.files.roadmaps.map((f) => path.basename(f.file))).toEqual(["school-lesnovskaya-oosh.tsv", "school-ozernaya-sosh.tsv"]);
    expect(json.files.results.map((f) => path.basename(f.file))).toEqual(["oge-2024.tsv", "vpr-2024-5kl-statistika.tsv", "протокол.pdf"]);
    expect(run.stderr).toMatch(/Из папки «карты» прочитано файлов: 2/);
  }, 120000);
});

/** Runs the CLI from /bin/sh so that argv carries raw Windows-1251 bytes, as a shell in a C locale passes them. */
function cliWithRawBytes(script: string): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile("/bin/sh", ["-c", script], { cwd: dir, encoding: "utf8", timeout: 120000 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

describe("a file named in Windows-1251 bytes", () => {
  it("opens from a raw-byte argument and from a folder listing", async () => {
    // «Карта.tsv» in Windows-1251: Ê à ð ò à
    const name = Buffer.concat([Buffer.from([0xca, 0xe0, 0xf0, 0xf2, 0xe0]), Buffer.from(".tsv")]);
    mkdirSync(at("cp1251"));
    writeFileSync(Buffer.concat([Buffer.from(at("cp1251") + "/"), name]), readFileSync(at("k.tsv")));
    const escaped = [...name].map((b) => `\\${b.toString(8).padStart(3, "0")}`).join("");
    const run = await cliWithRawBytes(`"${process.execPath}" "${CLI}" roadmap "cp1251/$(printf '${escaped}')" --json`);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { activities: unknown[] }).activities.length).toBeGreaterThan(3);
    const listed = await cli(["report", "--roadmap", "cp1251", "--out", "свод-1251.xlsx", "--as-of", "2025-03-01", "--json"]);
    expect(listed.code).toBe(0);
    expect((JSON.parse(listed.stdout) as { files: { roadmaps: { file: string }[] } }).files.roadmaps[0].file).toBe(path.join("cp1251", "Карта.tsv"));
  }, 120000);
});

(seedsAvailable() ? describe : describe.skip)("the widest sheet", () => {
  it("a roadmap with a note in column XFD (16,384) is written; the note is kept in «Исходные данные»", async () => {
    const lines = readFileSync(seed("kuzovatovo-2022.txt"), "utf8").trimEnd().split("\n");
    const wide = [...Array(16383).fill(""), "примечание в XFD"].join("\t");
    writeFileSync(at("wide.tsv"), [...lines.slice(0, 40), wide, ...lines.slice(40)].join("\n") + "\n");
    const run = await cli(["roadmap", "wide.tsv", "--out", "wide.xlsx"]);
    expect(run.stderr).toBe("Записано: wide.xlsx\n");
    expect(run.code).toBe(0);
    const wb = await loadWorkbook(readFileSync(at("wide.xlsx")));
    const original = wb.getWorksheet("Исходные данные")!;
    let found = "";
    original.eachRow((row) => {
      row.eachCell((cell) => {
        if (cell.value === "примечание в XFD") found = `${row.getCell(1).value} @ ${cell.address}`;
      });
    });
    expect(found).toMatch(/^\d+ \(столбцы 16384–16384\) @ B\d+$/);
  }, 120000);
});
