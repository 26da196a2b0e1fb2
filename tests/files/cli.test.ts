/**
 * The attacks of issue #13 (input half) end to end through the real CLI: exit codes, Russian messages on
 * stderr, nothing on stdout for a file that is refused, findings for what was read differently from its
 * name. Every refused attack must answer well within the run's timeout (it used to take 50–100 s and die).
 */
import { readFile, writeFile } from "node:fs/promises";
import * as path from "node:path";
import { ROOT, makeTempDir, runCliProcess, warmUpCli } from "../cli/run-cli";
import { binaryFile, docxWith, encodeText, farCellSheet, repetitiveSheet, withDeclaredSize, xlsxWith, type FileEncoding } from "./build";

let dir = "";
let cleanup: () => Promise<void> = async () => undefined;
const MB = 1024 * 1024;
/** A refused attack answers in seconds; the CLI's start-up on a busy machine is most of it. */
const QUICK = { timeoutMs: 30_000 };

const ROADMAP_TSV = [
  "План мероприятий («дорожная карта») по повышению качества образования на 2024-2025 годы",
  "№\tМероприятие\tСрок\tОтветственный",
  "1.\tСовещание с руководителями школ с низкими результатами\tмарт 2025 г.\tУправление образования",
  "2.\tМониторинг выполнения планов школ\tежеквартально\tМуниципальный координатор",
].join("\r\n");

interface Json {
  activities: { text: string }[];
  findings: { code: string; severity: string; message: string }[];
}

async function put(name: string, bytes: Uint8Array | string): Promise<string> {
  await writeFile(path.join(dir, name), bytes);
  return name;
}

async function roadmap(name: string) {
  const run = await runCliProcess(["roadmap", name, "--json", "--as-of", "2025-01-10"], { cwd: dir, ...QUICK });
  return { ...run, json: run.code === 0 ? (JSON.parse(run.stdout) as Json) : null };
}

beforeAll(async () => {
  await warmUpCli();
  ({ dir, cleanup } = await makeTempDir("rm-files-"));
});
afterAll(() => cleanup());

describe("binary content under a table's name", () => {
  it.each([
    ["картинка.tsv", "png", /не похож на текст или таблицу: это изображение PNG/],
    ["отчёт.txt", "pdf", /не похож на текст или таблицу: это документ PDF/],
    ["шум.csv", "random", /не похож на текст или таблицу: .*управляющих и нулевых символов/],
    ["старая.xlsx", "xls", /в этом формате не читается: это книга Excel 97–2003 \(\.xls\)/],
  ] as const)("%s (%s) exits 1 with the reason, stdout empty", async (name, kind, message) => {
    await put(name, binaryFile(kind));
    const run = await roadmap(name);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toContain(`«${name}»`);
    expect(run.stderr).not.toMatch(/\bat \w+ \(|Error:/);
    expect(run.stdout).toBe("");
  });
});

describe("a container under another name is read as what it is", () => {
  it("an .xlsx renamed .tsv", async () => {
    const run = await roadmap(await put("книга.tsv", await xlsxWith(farCellSheet())));
    expect(run.code).toBe(0);
    expect(run.json?.activities.map((a) => a.text)).toContain("Совещание с руководителями школ");
    expect(run.json?.findings.find((f) => f.code === "file.content")?.message).toMatch(/«книга\.tsv» по содержимому — книга Excel \(\.xlsx\)/);
  });

  it("a .docx renamed .txt", async () => {
    const grid = ROADMAP_TSV.split("\r\n").slice(1).map((l) => l.split("\t"));
    const run = await roadmap(await put("приказ.txt", await docxWith([grid])));
    expect(run.code).toBe(0);
    expect(run.json?.activities).toHaveLength(2);
    expect(run.json?.findings.find((f) => f.code === "file.content")?.message).toMatch(/документ Word/);
  });
});

describe("text in the encodings files arrive in", () => {
  it.each<[FileEncoding, RegExp | null]>([
    ["utf8", null],
    ["utf8bom", null],
    ["utf16lebom", /UTF-16 LE/],
    ["utf16le", /UTF-16 LE/],
    ["utf16be", /UTF-16 BE/],
    ["win1251", /Windows-1251/],
    ["koi8-r", /KOI8-R/],
    ["cp866", /CP866/],
  ])("%s: the same activities, and a finding naming the encoding when not UTF-8", async (enc, named) => {
    const text = enc === "koi8-r" || enc === "cp866" ? ROADMAP_TSV.replace(/[«»]/g, '"') : ROADMAP_TSV;
    const run = await roadmap(await put(`карта-${enc}.tsv`, encodeText(text, enc)));
    expect(run.code).toBe(0);
    expect(run.json?.activities.map((a) => a.text)).toEqual(["Совещание с руководителями школ с низкими результатами", "Мониторинг выполнения планов школ"]);
    const finding = run.json?.findings.find((f) => f.code === "file.encoding");
    if (named) expect(finding?.message).toMatch(new RegExp(`прочитан в кодировке ${named.source}`));
    else expect(finding).toBeUndefined();
  });

  it("lone CR line ends (an old Mac file) read as lines", async () => {
    const run = await roadmap(await put("карта-cr.tsv", encodeText(ROADMAP_TSV.replace(/\r\n/g, "\r"), "win1251")));
    expect(run.json?.activities).toHaveLength(2);
  });

  it("results saved by Excel as «Unicode text» (UTF-16 LE with BOM) read as the UTF-8 file does", async () => {
    const sample = await readFile(path.join(ROOT, "samples", "results", "ege-2024.tsv"), "utf8");
    await put("егэ-utf8.tsv", sample);
    await put("егэ-юникод.txt", encodeText(sample.replace(/\r?\n/g, "\r\n"), "utf16lebom"));
    const a = await runCliProcess(["results", "егэ-utf8.tsv", "--json"], { cwd: dir });
    const b = await runCliProcess(["results", "егэ-юникод.txt", "--json"], { cwd: dir });
    expect([a.code, b.code]).toEqual([0, 0]);
    const ja = JSON.parse(a.stdout) as { assessments: unknown[]; findings: { code: string; message: string }[] };
    const jb = JSON.parse(b.stdout) as typeof ja;
    expect(jb.assessments).toEqual(ja.assessments);
    expect(jb.findings.find((f) => f.code === "file.encoding")?.message).toMatch(/егэ-юникод\.txt.*UTF-16 LE/);
  });
});

describe("zip bombs and far cells", () => {
  it("an .xlsx declaring a 450 MB sheet exits 1 at once with a Russian reason", async () => {
    await put("бомба.xlsx", withDeclaredSize(await xlsxWith(farCellSheet()), "xl/worksheets/sheet1.xml", 450 * MB));
    const run = await roadmap("бомба.xlsx");
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Файл «бомба\.xlsx» не прочитан: часть «xl\/worksheets\/sheet1\.xml» при распаковке заняла бы 450 МБ/);
    expect(run.stdout).toBe("");
  });

  it("a .docx whose document would inflate a thousand times exits 1", async () => {
    const zip = withDeclaredSize(await docxWith([[["№", "Мероприятие"]]]), "word/document.xml", 1_500 * MB);
    const run = await roadmap(await put("приказ-бомба.docx", zip));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/не прочитан: .*word\/document\.xml/);
  });

  it("an extreme ratio is refused by the results command too", async () => {
    await put("результаты.xlsx", await xlsxWith(repetitiveSheet(12), { level: 9 }));
    const run = await runCliProcess(["results", "результаты.xlsx", "--json"], { cwd: dir, ...QUICK });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/zip-бомбу/);
  });

  it("a 2 KB .xlsx with a cell at XFD1048576 is read; the far cell is named among the tables left out", async () => {
    const bytes = await xlsxWith(farCellSheet("Итого по району"));
    expect(bytes.length).toBeLessThan(4096);
    const run = await roadmap(await put("дальняя.xlsx", bytes));
    expect(run.code).toBe(0);
    expect(run.json?.activities.map((a) => a.text)).toEqual(["Совещание с руководителями школ"]);
    expect(run.json?.findings.find((f) => f.code === "table.left-out")?.message).toMatch(/№ 1 «Итого по району» \(1 строка\).*--table N/);
    const listed = await runCliProcess(["roadmap", "дальняя.xlsx", "--list-tables"], { cwd: dir });
    expect(listed.stdout).toMatch(/Итого по району|Столбец 1/);
  });
});
