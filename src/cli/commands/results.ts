import type { CliValues } from "../args";
import { CliInputError, CliUsageError } from "../errors";
import { SUPPORTED, readResultInputs } from "../input";
import type { CliIo } from "../io";
import { checkOutputTarget, writeOutputFile } from "../output";
import { describeFileList, expandFileList, withoutOutputs, type FileList } from "../paths";
import { renderXlsx } from "../../xlsx";
import { runResultsJob, type ResultsJobInput } from "../../core/pipeline";
import { type AssessmentKey, hasDataRows, noSchoolsMessage, parseUserColumns, readResults, schoolCount } from "../../core/results";
import type { SourceTable } from "../../core/table/types";
import type { Finding } from "../../core/findings";

type ReadOptions = NonNullable<ResultsJobInput["read"]>;

/** `--assessment`, `--subject`, `--grade`, `--year`, `--columns`: what the user states about the tables. */
export function resultOptionsOf(values: CliValues): ReadOptions {
  const key: { -readonly [K in keyof AssessmentKey]?: string } = {};
  if (values.assessment !== undefined) {
    if (!values.assessment.trim()) throw new CliUsageError("--assessment: укажите вид работы (ВПР, ОГЭ, ЕГЭ, …)");
    key.assessment = values.assessment.trim().toUpperCase();
  }
  if (values.subject !== undefined) {
    if (!values.subject.trim()) throw new CliUsageError("--subject: укажите предмет");
    key.subject = values.subject.trim().replace(/^./, (c) => c.toUpperCase());
  }
  if (values.grade !== undefined) {
    const g = values.grade.trim();
    if (!/^\d{1,2}$/.test(g) || Number(g) < 1 || Number(g) > 11) throw new CliUsageError(`--grade: ожидается класс от 1 до 11, получено «${values.grade}»`);
    key.grade = String(Number(g));
  }
  if (values.year !== undefined) {
    if (!/^20\d\d$/.test(values.year.trim())) throw new CliUsageError(`--year: ожидается год ГГГГ, получено «${values.year}»`);
    key.year = values.year.trim();
  }
  let mappings: ReadOptions["mappings"];
  if (values.columns !== undefined) {
    const parsed = parseUserColumns(values.columns);
    if ("error" in parsed) throw new CliUsageError(`--columns: ${parsed.error}`);
    mappings = [parsed.columns];
  }
  return { key, ...(mappings ? { mappings } : {}) };
}

/**
 * Reads result files; a file with rows from which no school is read stops the run (exit 1) with the columns
 * seen and a `--columns` mapping that would read them: a table is never dropped in silence.
 */
export async function readResultFilesChecked(
  files: readonly string[],
  sheet: string | undefined,
  read: ReadOptions,
): Promise<{ tables: SourceTable[]; findings: Finding[] }> {
  const all: SourceTable[] = [];
  const findings: Finding[] = [];
  for (const file of files) {
    const got = await readResultInputs([file], sheet);
    const tables = got.tables;
    findings.push(...got.findings);
    if (hasDataRows(tables)) {
      const set = readResults(tables, read);
      if (schoolCount(set) === 0) throw new CliInputError(noSchoolsMessage(file.split(/[\\/]/).pop() ?? file, tables, set, read.mappings));
    }
    all.push(...tables);
  }
  return { tables: all, findings };
}

/** The files a list argument stood for, as the JSON names them. */
export function filesJson(list: FileList) {
  return [...list.files.map((f) => ({ file: f.file, read: true })), ...list.skipped.map((s) => ({ file: s.file, read: false, reason: s.reason }))];
}

/** `results FILE|DIR…`: indicators per school and district as JSON (DESIGN.md «results --json»), `--out` a workbook. */
export async function resultsCommand(positionals: string[], values: CliValues, io: CliIo): Promise<number> {
  if (positionals.length === 0) throw new CliUsageError("results: укажите файл(ы) или папку с результатами");
  const read = resultOptionsOf(values);
  const list = withoutOutputs(await expandFileList(positionals, SUPPORTED), [values.out]);
  const files = list.files.map((f) => f.file);
  const out = values.out ? { file: values.out, replace: !!values.force, inputs: files } : null;
  if (out) await checkOutputTarget(out);
  for (const line of describeFileList(list)) io.err(line);
  const { tables, findings } = await readResultFilesChecked(files, values.sheet, read);
  const job = runResultsJob({ tables, read, fileFindings: findings });
  if (out) {
    await writeOutputFile(out, await renderXlsx(job.plan));
    io.err(`Записано: ${out.file}`);
  }
  if (values.json || !out) io.out(JSON.stringify({ ...(job.json as object), files: filesJson(list) }, null, 2));
  return 0;
}
