import { parseAsOfArg, parsePeriodArg, type CliValues } from "../args";
import { CliUsageError } from "../errors";
import { SUPPORTED, readInputDocument, readResultTables } from "../input";
import type { CliIo } from "../io";
import { type OutputTarget, checkOutputTarget, writeOutputFile } from "../output";
import { describeFileList, expandFileList, withoutOutputs } from "../paths";
import { filesJson } from "./results";
import { runReportJob, runResultsJob, runRoadmapJob, type RoadmapJobResult, type ResultsJobResult } from "../../core/pipeline";
import type { Period } from "../../core/deadlines/types";
import type { NoteParagraph } from "../../core/report";
import { renderXlsx } from "../../xlsx";

export interface ReportFiles {
  readonly roadmaps: readonly string[];
  readonly results: readonly string[];
  readonly district?: string;
  readonly period: Period | null;
  readonly asOf: string;
}

/** Reads every file and runs the three jobs; shared by `report` and `demo`. */
export async function buildDistrictReport(files: ReportFiles) {
  const roadmaps: { job: RoadmapJobResult }[] = [];
  for (const file of files.roadmaps) {
    const document = await readInputDocument(file);
    roadmaps.push({ job: runRoadmapJob({ document, period: files.period, asOf: files.asOf }) });
  }
  const tables = await readResultTables(files.results);
  const results: ResultsJobResult | null = tables.length ? runResultsJob({ tables }) : null;
  const district = files.district ?? districtFromTitles(roadmaps.map((r) => r.job.roadmap.title)) ?? "Муниципальный район";
  return { roadmaps, results, report: runReportJob({ district, asOf: files.asOf, period: files.period, roadmaps, results }) };
}

/** The district phrase of a roadmap title, as written («Подпорожского муниципального района»); the report puts it in the nominative. */
function districtFromTitles(titles: readonly string[]): string | null {
  for (const t of titles) {
    const m = /([А-ЯЁ][а-яё-]+(?:ого|ий|ый|ой|ая)\s+(?:муниципальн[а-яё]+\s+)?(?:район[а-яё]*|округ[а-яё]*))/u.exec(t);
    if (m) return m[1];
  }
  return null;
}

/** `.docx` → a Word document; anything else → plain UTF-8 text. */
export async function writeNote(target: OutputTarget, paragraphs: readonly NoteParagraph[], text: string): Promise<void> {
  if (target.file.toLowerCase().endsWith(".docx")) {
    const { noteToDocx } = await import("../export/note-docx");
    await writeOutputFile(target, await noteToDocx(paragraphs));
  } else {
    await writeOutputFile(target, text);
  }
}

export async function reportCommand(positionals: string[], values: CliValues, io: CliIo): Promise<number> {
  const roadmapArgs = [...(values.roadmap ?? []), ...positionals];
  const resultArgs = values.results ?? [];
  if (!values.out) throw new CliUsageError("report: укажите --out СВОД.xlsx");
  if (!roadmapArgs.length && !resultArgs.length) throw new CliUsageError("report: укажите --roadmap ФАЙЛ и/или --results ФАЙЛ (или папку)");
  if (values.note && values.note === values.out) throw new CliUsageError("report: --out и --note указывают на один файл");
  const period = parsePeriodArg(values.period);
  const asOf = parseAsOfArg(values["as-of"], io.today);
  const outputs = [values.out, values.note];
  const roadmapList = withoutOutputs(await expandFileList(roadmapArgs, SUPPORTED), outputs);
  const resultList = withoutOutputs(await expandFileList(resultArgs, SUPPORTED), outputs);
  const roadmaps = roadmapList.files.map((f) => f.file);
  const results = resultList.files.map((f) => f.file);
  const inputs = [...roadmaps, ...results];
  const out: OutputTarget = { file: values.out, replace: !!values.force, inputs };
  const note: OutputTarget | null = values.note ? { file: values.note, replace: !!values.force, inputs } : null;
  await checkOutputTarget(out);
  if (note) await checkOutputTarget(note);
  for (const line of [...describeFileList(roadmapList), ...describeFileList(resultList)]) io.err(line);
  const built = await buildDistrictReport({
    roadmaps,
    results,
    district: values.district,
    period,
    asOf,
  });
  await writeOutputFile(out, await renderXlsx(built.report.plan));
  io.err(`Записано: ${out.file}`);
  if (note) {
    await writeNote(note, built.report.note, built.report.noteText);
    io.err(`Справка: ${note.file}`);
  }
  if (values.json) {
    const files = { roadmaps: filesJson(roadmapList), results: filesJson(resultList) };
    io.out(JSON.stringify({ report: built.report.report, note: built.report.noteText, files }, null, 2));
  }
  return 0;
}
