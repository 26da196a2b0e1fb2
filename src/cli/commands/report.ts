import { parseAsOfArg, parsePeriodArg, type CliValues } from "../args";
import { CliUsageError } from "../errors";
import { SUPPORTED, readInputDocument } from "../input";
import { readResultFilesChecked, filesJson } from "./results";
import type { CliIo } from "../io";
import { type OutputTarget, checkOutputTarget, writeOutputFile } from "../output";
import { describeFileList, expandFileList, withoutOutputs } from "../paths";
import { runReportJob, runResultsJob, runRoadmapJob, type RoadmapJobResult, type ResultsJobResult } from "../../core/pipeline";
import type { Period } from "../../core/deadlines/types";
import type { SourceDocument } from "../../core/table/types";
import type { NoteParagraph } from "../../core/report";
import type { TargetSpec } from "../../core/indicators";
import { findTargets, targetsFromFile } from "../../core/targets";
import { CliInputError } from "../errors";
import { renderXlsx } from "../../xlsx";
import { collectReturns, roadmapOfReturns, type CollectedReturns } from "../../core/returns";
import { readReturnFiles, schoolsArg, schoolsFromFile } from "../returns-io";

export interface ReportFiles {
  readonly roadmaps: readonly string[];
  readonly results: readonly string[];
  readonly district?: string;
  readonly period: Period | null;
  readonly asOf: string;
  /** Folders or files with the schools' filled forms. */
  readonly returns?: readonly string[];
  /** Schools expected to answer; null: those the forms were made for. */
  readonly schools?: readonly string[] | null;
  /** `--targets FILE`: the programme's targets when the order has none. */
  readonly targets?: string;
}

/** `--targets FILE` first; else the first roadmap document that lists its own targets; else none. */
export async function programmeTargets(file: string | undefined, documents: readonly SourceDocument[], year: number): Promise<TargetSpec[]> {
  if (file) {
    const found = targetsFromFile(await readInputDocument(file), year);
    if (!found.length) throw new CliInputError(`Файл «${file}»: не найдено ни одного целевого показателя (ожидается по одному на строку или таблица со столбцом «Показатель»).`);
    return found;
  }
  for (const document of documents) {
    const found = findTargets(document, year);
    if (found.length) return found;
  }
  return [];
}

/** Reads every file and runs the three jobs; shared by `report` and `demo`. */
export async function buildDistrictReport(files: ReportFiles) {
  const roadmaps: { job: RoadmapJobResult }[] = [];
  const documents: SourceDocument[] = [];
  for (const file of files.roadmaps) {
    const document = await readInputDocument(file);
    documents.push(document);
    roadmaps.push({ job: runRoadmapJob({ document, period: files.period, asOf: files.asOf }) });
  }
  const targets = await programmeTargets(files.targets, documents, Number(files.asOf.slice(0, 4)));
  // A results file that gives no school stops the report (exit 1 naming the file) instead of going on without it.
  const { tables, findings } = await readResultFilesChecked(files.results, undefined, {});
  const results: ResultsJobResult | null = tables.length ? runResultsJob({ tables, fileFindings: findings }) : null;
  const district = files.district ?? districtFromTitles(roadmaps.map((r) => r.job.roadmap.title)) ?? "Муниципальный район";
  const returns = files.returns?.length ? await collectSchoolReturns(roadmaps.map((r) => r.job), files.returns, files.schools ?? null) : null;
  return { roadmaps, results, returns, report: runReportJob({ district, asOf: files.asOf, period: files.period, roadmaps, results, targets, returns }) };
}

/**
 * The returns belong to the roadmap their forms were made from (its title is recorded in each form); without such a
 * match, to the district's own roadmap (the first one whose title names no school).
 */
async function collectSchoolReturns(jobs: readonly RoadmapJobResult[], places: readonly string[], schools: readonly string[] | null): Promise<CollectedReturns> {
  if (!jobs.length) throw new CliUsageError("report: для --returns нужна дорожная карта (--roadmap ФАЙЛ), по которой выданы формы");
  const parsed = await readReturnFiles(places);
  const roadmap = roadmapOfReturns(jobs.map((j) => j.roadmap), parsed)!;
  return collectReturns({ roadmap, expectedSchools: schools, returns: parsed });
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
  if (values.schools !== undefined && values["schools-from"] !== undefined) throw new CliUsageError("report: укажите либо --schools, либо --schools-from");
  if ((values.schools !== undefined || values["schools-from"] !== undefined) && !values.returns?.length) {
    throw new CliUsageError("report: --schools и --schools-from относятся к ответам школ: добавьте --returns ПАПКА");
  }
  const schools = schoolsArg(values.schools) ?? (values["schools-from"] ? await schoolsFromFile(values["schools-from"]) : null);
  const built = await buildDistrictReport({
    roadmaps,
    results,
    district: values.district,
    period,
    asOf,
    returns: values.returns,
    schools,
    targets: values.targets,
  });
  if (built.returns) {
    const got = built.returns.schools.filter((s) => s.received).length;
    io.err(`Ответы школ: получено ${got} из ${built.returns.schools.length}.`);
    for (const s of built.returns.skipped) io.err(`Пропущен файл «${s.file}»: ${s.reason}.`);
  }
  await writeOutputFile(out, await renderXlsx(built.report.plan));
  io.err(`Записано: ${out.file}`);
  if (note) {
    await writeNote(note, built.report.note, built.report.noteText);
    io.err(`Справка: ${note.file}`);
  }
  if (values.json) {
    const files = { roadmaps: filesJson(roadmapList), results: filesJson(resultList) };
    const skipped = built.returns?.skipped.map((s) => ({ file: s.file, reason: s.reason })) ?? [];
    io.out(JSON.stringify({ report: built.report.report, note: built.report.noteText, files, ...(built.returns ? { returnsSkipped: skipped } : {}) }, null, 2));
  }
  return 0;
}
