import type { CliValues } from "../args";
import { CliUsageError } from "../errors";
import { SUPPORTED, readResultTables } from "../input";
import type { CliIo } from "../io";
import { checkOutputTarget, writeOutputFile } from "../output";
import { describeFileList, expandFileList, withoutOutputs, type FileList } from "../paths";
import { runResultsJob } from "../../core/pipeline";
import { renderXlsx } from "../../xlsx";

/** The files a list argument stood for, as the JSON names them. */
export function filesJson(list: FileList) {
  return [...list.files.map((f) => ({ file: f.file, read: true })), ...list.skipped.map((s) => ({ file: s.file, read: false, reason: s.reason }))];
}

/** `results FILE|DIR…`: indicators per school and district as JSON (DESIGN.md «results --json»), `--out` a workbook. */
export async function resultsCommand(positionals: string[], values: CliValues, io: CliIo): Promise<number> {
  if (positionals.length === 0) throw new CliUsageError("results: укажите файл(ы) или папку с результатами");
  const list = withoutOutputs(await expandFileList(positionals, SUPPORTED), [values.out]);
  const files = list.files.map((f) => f.file);
  const out = values.out ? { file: values.out, replace: !!values.force, inputs: files } : null;
  if (out) await checkOutputTarget(out);
  for (const line of describeFileList(list)) io.err(line);
  const tables = await readResultTables(files, values.sheet);
  const job = runResultsJob({ tables });
  if (out) {
    await writeOutputFile(out, await renderXlsx(job.plan));
    io.err(`Записано: ${out.file}`);
  }
  if (values.json || !out) io.out(JSON.stringify({ ...job.report, files: filesJson(list) }, null, 2));
  return 0;
}
