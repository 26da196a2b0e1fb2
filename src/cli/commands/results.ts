import type { CliValues } from "../args";
import { CliUsageError } from "../errors";
import { readResultTables } from "../input";
import type { CliIo } from "../io";
import { runResultsJob } from "../../core/pipeline";
import { renderXlsxToFile } from "../../xlsx/file";

/** `results FILE…`: indicators per school and district as JSON (DESIGN.md «results --json»), `--out` a workbook. */
export async function resultsCommand(positionals: string[], values: CliValues, io: CliIo): Promise<number> {
  if (positionals.length === 0) throw new CliUsageError("results: укажите файл(ы) с результатами");
  const tables = await readResultTables(positionals, values.sheet);
  const job = runResultsJob({ tables });
  if (values.out) {
    await renderXlsxToFile(job.plan, values.out);
    io.err(`Записано: ${values.out}`);
  }
  if (values.json || !values.out) io.out(JSON.stringify(job.json, null, 2));
  return 0;
}
