import { readdir, readFile, stat } from "node:fs/promises";
import * as path from "node:path";
import { readReturn, schoolsOfReport, type NotAReturn, type ParsedReturn } from "../core/returns";
import { runResultsJob } from "../core/pipeline";
import { decodeText } from "../core/table";
import { readXlsx } from "../xlsx";
import { CliInputError } from "./errors";
import { readResultTables } from "./input";

/** Every file of the folders (or the files themselves) that may be a return: .xlsx, in name order. */
async function returnFiles(places: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const place of places) {
    let info;
    try {
      info = await stat(place);
    } catch {
      throw new CliInputError(`Папка или файл с ответами школ «${place}» не найдены.`);
    }
    if (info.isDirectory()) {
      const names = (await readdir(place))
        .filter((f) => !f.startsWith("~$") && !f.startsWith("."))
        .sort((a, b) => a.localeCompare(b, "ru"));
      files.push(...names.map((f) => path.join(place, f)));
    } else files.push(place);
  }
  return files;
}

/** Reads each return; a file that is no .xlsx or cannot be opened is a skipped file with its reason, not an abort. */
export async function readReturnFiles(places: readonly string[]): Promise<(ParsedReturn | NotAReturn)[]> {
  const out: (ParsedReturn | NotAReturn)[] = [];
  for (const file of await returnFiles(places)) {
    const name = path.basename(file);
    if (path.extname(file).toLowerCase() !== ".xlsx") {
      out.push({ kind: "not-a-return", file: name, reason: "это не книга Excel .xlsx" });
      continue;
    }
    try {
      const [bytes, info] = await Promise.all([readFile(file), stat(file)]);
      const tables = await readXlsx(new Uint8Array(bytes), { includeHidden: true });
      out.push(readReturn({ name, savedAt: info.mtime.toISOString(), tables }));
    } catch {
      out.push({ kind: "not-a-return", file: name, reason: "файл повреждён или это не книга Excel" });
    }
  }
  return out;
}

/** «A; B» → the school names (a «;» separates them: school names hold commas). */
export function schoolsArg(text: string | undefined): string[] | null {
  if (text === undefined) return null;
  const names = text
    .split(/[;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
  return names.length ? names : null;
}

/**
 * The schools of a file: the schools a result table names (any layout the results reader knows), else one
 * school per line of a text file.
 */
export async function schoolsFromFile(file: string): Promise<string[]> {
  const tables = await readResultTables([file]);
  const job = runResultsJob({ tables });
  const names = schoolsOfReport(job.report);
  if (names.length) return names;
  if (/\.(txt|tsv|csv)$/i.test(file)) {
    const lines = decodeText(new Uint8Array(await readFile(file)))
      .split(/\r?\n|\r/)
      .map((l) => l.split("\t")[0].trim())
      .filter(Boolean);
    if (lines.length) return lines;
  }
  throw new CliInputError(`В файле «${path.basename(file)}» не найдено ни одной школы.`);
}
