import { writeFile } from "node:fs/promises";
import { parseAsOfArg, parsePeriodArg, type CliValues } from "../args";
import { CliUsageError } from "../errors";
import { readInputDocument, readResultInputs } from "../input";
import type { CliIo } from "../io";
import { runReportJob, runResultsJob, runRoadmapJob, type RoadmapJobResult, type ResultsJobResult } from "../../core/pipeline";
import type { Period } from "../../core/deadlines/types";
import type { NoteParagraph } from "../../core/report";
import { renderXlsxToFile } from "../../xlsx/file";

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
  const { tables, findings } = await readResultInputs(files.results);
  const results: ResultsJobResult | null = tables.length ? runResultsJob({ tables, fileFindings: findings }) : null;
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
export async function writeNote(file: string, paragraphs: readonly NoteParagraph[], text: string): Promise<void> {
  if (file.toLowerCase().endsWith(".docx")) {
    const { noteToDocx } = await import("../export/note-docx");
    await writeFile(file, await noteToDocx(paragraphs));
  } else {
    await writeFile(file, text, "utf8");
  }
}

export async function reportCommand(positionals: string[], values: CliValues, io: CliIo): Promise<number> {
  const roadmaps = [...(values.roadmap ?? []), ...positionals];
  const results = values.results ?? [];
  if (!values.out) throw new CliUsageError("report: укажите --out СВОД.xlsx");
  if (!roadmaps.length && !results.length) throw new CliUsageError("report: укажите --roadmap ФАЙЛ и/или --results ФАЙЛ");
  const built = await buildDistrictReport({
    roadmaps,
    results,
    district: values.district,
    period: parsePeriodArg(values.period),
    asOf: parseAsOfArg(values["as-of"], io.today),
  });
  await renderXlsxToFile(built.report.plan, values.out);
  io.err(`Записано: ${values.out}`);
  if (values.note) {
    await writeNote(values.note, built.report.note, built.report.noteText);
    io.err(`Справка: ${values.note}`);
  }
  if (values.json) {
    io.out(JSON.stringify({ report: built.report.report, note: built.report.noteText }, null, 2));
  }
  return 0;
}
