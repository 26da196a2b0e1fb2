import { mkdir, readdir } from "node:fs/promises";
import * as path from "node:path";
import { noPositionals, parseAsOfArg, parsePeriodArg, type CliValues } from "../args";
import { CliInputError } from "../errors";
import type { CliIo } from "../io";
import { type OutputTarget, writeOutputFile } from "../output";
import { renderXlsx } from "../../xlsx";
import { roadmapToJson } from "./roadmap";
import { buildDistrictReport, writeNote } from "./report";
import { countRu } from "../../core/findings";
import { formatDateRu } from "../../core/util";

const INPUT = /\.(tsv|txt|csv|html?|xlsx|docx)$/i;

async function filesIn(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((f) => INPUT.test(f)).sort().map((f) => path.join(dir, f));
  } catch {
    return [];
  }
}

/** The district roadmap as pasted text and as clipboard HTML is one roadmap: take one of each base name. */
function onePerBaseName(files: readonly string[]): string[] {
  const seen = new Set<string>();
  return files.filter((f) => {
    const base = path.basename(f).replace(/\.[^.]+$/, "");
    if (seen.has(base)) return false;
    seen.add(base);
    return true;
  });
}

/** `npm run demo`: the whole district workbook from samples/, with no Excel and no network. */
export async function demoCommand(positionals: string[], values: CliValues, io: CliIo): Promise<number> {
  noPositionals(positionals, "demo");
  const root = path.resolve(__dirname, "..");
  const samples = path.join(root, "samples");
  const outDir = path.resolve(values.out ?? "out");
  const roadmaps = onePerBaseName(await filesIn(path.join(samples, "roadmaps")));
  const results = await filesIn(path.join(samples, "results"));
  if (!roadmaps.length && !results.length) throw new CliInputError(`В папке ${samples} нет примеров (roadmaps/, results/).`);
  const asOf = parseAsOfArg(values["as-of"], io.today);
  const built = await buildDistrictReport({ roadmaps, results, district: values.district ?? "Энский муниципальный район", period: parsePeriodArg(values.period), asOf });
  await mkdir(outDir, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    throw new CliInputError(`Не удалось создать папку «${outDir}» для результатов (${error.code ?? error.message}).`, { cause: error });
  });
  // The demo's folder holds the demo's own files under fixed names: a second run replaces them (atomically).
  const target = (name: string): OutputTarget => ({ file: path.join(outDir, name), replace: true, inputs: [...roadmaps, ...results] });
  const workbook = path.join(outDir, "district-report.xlsx");
  await writeOutputFile(target("district-report.xlsx"), await renderXlsx(built.report.plan));
  const note = path.join(outDir, "analytic-note.txt");
  await writeOutputFile(target("analytic-note.txt"), built.report.noteText);
  const noteDocx = path.join(outDir, "analytic-note.docx");
  await writeNote(target("analytic-note.docx"), built.report.note, built.report.noteText);
  const roadmapJson = path.join(outDir, "roadmaps.json");
  await writeOutputFile(target("roadmaps.json"), JSON.stringify(built.roadmaps.map((r) => roadmapToJson(r.job.roadmap)), null, 2));
  const resultsJson = path.join(outDir, "results.json");
  await writeOutputFile(target("results.json"), JSON.stringify(built.results?.json ?? null, null, 2));
  const activities = built.roadmaps.reduce((n, r) => n + r.job.roadmap.activities.length, 0);
  const schools = built.results?.report.assessments.reduce((n, a) => Math.max(n, a.schools.length), 0) ?? 0;
  io.out(
    [
      `Готово (дата контроля ${formatDateRu(asOf)}): ${countRu(roadmaps.length, ["дорожная карта", "дорожные карты", "дорожных карт"])}, ` +
        `${countRu(activities, ["мероприятие", "мероприятия", "мероприятий"])}; ${countRu(results.length, ["таблица результатов", "таблицы результатов", "таблиц результатов"])}, ` +
        `${countRu(schools, ["школа", "школы", "школ"])}.`,
      `  Книга района:         ${workbook}`,
      `  Аналитическая справка: ${noteDocx} (и ${path.basename(note)})`,
      `  JSON:                  ${roadmapJson}, ${resultsJson}`,
    ].join("\n"),
  );
  return 0;
}
