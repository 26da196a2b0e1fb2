import { parseAsOfArg, parsePeriodArg, parseTableArg, singleFileArg, type CliValues } from "../args";
import { CliUsageError } from "../errors";
import { checkOutputTarget, writeOutputFile } from "../output";
import { readInputDocument } from "../input";
import type { CliIo } from "../io";
import { runRoadmapJob } from "../../core/pipeline";
import { listTables } from "../../core/roadmap";
import type { Roadmap } from "../../core/roadmap/types";
import { countRu } from "../../core/findings";
import { renderXlsx } from "../../xlsx";

/** The public JSON of DESIGN.md «roadmap --json» (plus `table`, `title`, `periodSource`). */
export function roadmapToJson(roadmap: Roadmap) {
  return {
    title: roadmap.title,
    table: roadmap.table ?? null,
    period: roadmap.period,
    periodSource: roadmap.periodSource,
    columns: roadmap.columns,
    sections: roadmap.sections.map((s) => ({
      title: s.title,
      activityIds: s.activityIds,
      ...(s.year ? { year: s.year } : {}),
      ...(s.responsibleRaw ? { responsibleRaw: s.responsibleRaw } : {}),
      ...(s.deadlineRaw ? { deadlineRaw: s.deadlineRaw } : {}),
      ...(s.extra ? { extra: s.extra } : {}),
    })),
    activities: roadmap.activities.map((a) => ({
      id: a.id,
      number: a.number,
      section: a.section,
      text: a.text,
      deadline: a.deadline,
      responsible: a.responsible,
      responsibleRaw: a.responsibleRaw,
      result: a.result,
      indicator: a.indicator,
      reportForm: a.reportForm,
      ...(a.extra ? { extra: a.extra } : {}),
      ...(a.deadlineCells ? { deadlineCells: a.deadlineCells } : {}),
      ...(a.status ? { status: a.status } : {}),
      sourceRows: a.sourceRows,
      original: a.original,
    })),
    findings: roadmap.findings,
  };
}

export async function roadmapCommand(positionals: string[], values: CliValues, io: CliIo): Promise<number> {
  const file = singleFileArg(positionals, "roadmap", "файл с дорожной картой");
  const period = parsePeriodArg(values.period);
  const asOf = parseAsOfArg(values["as-of"], io.today);
  const tableIndex = parseTableArg(values.table);
  const out = values.out ? { file: values.out, replace: !!values.force, inputs: [file] } : null;
  if (out && !values["list-tables"]) await checkOutputTarget(out);
  const document = await readInputDocument(file, { sheet: values.sheet });
  if (values["list-tables"]) {
    const tables = listTables(document);
    io.out(values.json ? JSON.stringify({ tables }, null, 2) : tables.map(describeTable).join("\n") || "Таблиц не найдено.");
    return 0;
  }
  if (tableIndex !== undefined && (tableIndex < 0 || tableIndex >= document.tables.length)) {
    throw new CliUsageError(`--table ${tableIndex}: в файле ${countRu(document.tables.length, ["таблица", "таблицы", "таблиц"])} (номера с 0)`);
  }
  const job = runRoadmapJob({ document, tableIndex, period, asOf });
  if (out) {
    await writeOutputFile(out, await renderXlsx(job.plan));
    io.err(`Записано: ${values.out}`);
  }
  if (values.json || !values.out) io.out(JSON.stringify(roadmapToJson(job.roadmap), null, 2));
  return 0;
}

function describeTable(t: ReturnType<typeof listTables>[number]): string {
  const mark = t.looksLikeRoadmap ? "дорожная карта" : "—";
  const rows = countRu(t.rows, ["строка", "строки", "строк"]);
  const activities = countRu(t.activityCount, ["мероприятие", "мероприятия", "мероприятий"]);
  return `${t.index}\t${rows}\t${activities}\t${mark}\t${t.header.join(" | ")}`;
}
