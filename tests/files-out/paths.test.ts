/** Folders as file lists, and file names that are not UTF-8 (a folder unpacked from a Windows archive). */
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { SUPPORTED } from "../../src/cli/input";
import { describeFileList, displayName, expandFileList, openablePath } from "../../src/cli/paths";
import { makeTempDir } from "../cli/run-cli";

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await makeTempDir("rm-paths-")));
afterAll(() => cleanup());

const cp1251 = (text: string) => Buffer.from(new Uint8Array([...text].map((ch) => {
  const code = ch.codePointAt(0)!;
  if (code < 0x80) return code;
  if (ch === "ё") return 0xb8;
  if (ch === "Ё") return 0xa8;
  return code - 0x410 + 0xc0;
})));

describe("a folder in place of a list of files", () => {
  it("takes every supported file directly in it, sorted, and names what it skips and why", async () => {
    const folder = path.join(dir, "результаты");
    mkdirSync(path.join(folder, "архив"), { recursive: true });
    for (const name of ["Школа 2.xlsx", "школа 10.csv", "Акт.tsv", "скан.pdf", "~$Школа 2.xlsx", ".hidden.tsv", "readme"]) writeFileSync(path.join(folder, name), "x");
    writeFileSync(path.join(folder, "архив", "старое.xlsx"), "x");
    symlinkSync(path.join(folder, "нет-такого.tsv"), path.join(folder, "битая.tsv"));
    const list = await expandFileList([folder], SUPPORTED);
    expect(list.files.map((f) => path.basename(f.file))).toEqual(["Акт.tsv", "Школа 2.xlsx", "школа 10.csv"].sort((a, b) => a.localeCompare(b, "ru")));
    expect(list.files.every((f) => f.folder === folder)).toBe(true);
    const skipped = Object.fromEntries(list.skipped.map((s) => [path.basename(s.file), s.reason]));
    expect(skipped).toEqual({
      "скан.pdf": "формат «.pdf» не поддерживается",
      "~$Школа 2.xlsx": "временный файл Word/Excel (документ открыт)",
      ".hidden.tsv": "скрытый файл",
      readme: "формат «без расширения» не поддерживается",
      архив: "вложенная папка: читаются только файлы самой папки",
      "битая.tsv": "не открывается (битая ссылка?)",
    });
    const lines = describeFileList(list);
    expect(lines[0]).toMatch(/^Из папки «.*результаты» прочитано файлов: 3 — /);
    expect(lines.some((l) => l.startsWith("Пропущен «") && l.includes("скан.pdf"))).toBe(true);
  });

  it("keeps files named one by one as given, in order, beside folders", async () => {
    const list = await expandFileList(["b.tsv", "a.tsv"], SUPPORTED);
    expect(list.files).toEqual([{ file: "b.tsv", folder: null }, { file: "a.tsv", folder: null }]);
  });

  it("refuses a folder with nothing to read, in Russian", async () => {
    const empty = path.join(dir, "пусто");
    mkdirSync(empty);
    await expect(expandFileList([empty], SUPPORTED)).rejects.toThrow(/нет файлов, которые можно прочитать \(папка пуста\)/);
  });
});

describe("file names in Windows-1251 bytes", () => {
  const folder = () => path.join(dir, "win");
  beforeAll(() => {
    mkdirSync(folder());
    writeFileSync(Buffer.concat([Buffer.from(folder() + "/"), cp1251("Отчёт школы.tsv")]), "отчёт");
    writeFileSync(Buffer.concat([Buffer.from(folder() + "/"), cp1251("Школа.tsv")]), "школа");
  });

  it("are listed under their Windows-1251 reading and open by it", async () => {
    const list = await expandFileList([folder()], SUPPORTED);
    expect(list.files.map((f) => path.basename(f.file))).toEqual(["Отчёт школы.tsv", "Школа.tsv"]);
    const opened = openablePath(list.files[0].file);
    expect(Buffer.isBuffer(opened)).toBe(true);
    expect(readFileSync(opened, "utf8")).toBe("отчёт");
  });

  it("are found from the name argv makes of them (invalid bytes → «�»), when only one file reads so", () => {
    const lossy = path.join(folder(), Buffer.from(cp1251("Школа.tsv")).toString("utf8"));
    expect(lossy).toContain("\uFFFD");
    expect(readFileSync(openablePath(lossy), "utf8")).toBe("школа");
    expect(displayName(cp1251("Школа"))).toBe("Школа");
    expect(displayName(Buffer.from("Школа"))).toBe("Школа");
  });
});

describe("the command's own output inside an input folder", () => {
  it("is skipped by name, not read as input", async () => {
    const { withoutOutputs } = await import("../../src/cli/paths");
    const folder = path.join(dir, "карты");
    mkdirSync(folder);
    writeFileSync(path.join(folder, "школа.tsv"), "x");
    writeFileSync(path.join(folder, "свод.xlsx"), "x");
    const list = withoutOutputs(await expandFileList([folder], SUPPORTED), [path.join(folder, "свод.xlsx"), undefined]);
    expect(list.files.map((f) => path.basename(f.file))).toEqual(["школа.tsv"]);
    expect(list.skipped).toEqual([{ file: path.join(folder, "свод.xlsx"), reason: "это файл, который команда записывает (--out/--note)" }]);
  });
});
