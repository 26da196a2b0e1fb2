/**
 * The schools' returns: 100 schools × 80 activities. Forms are made and filled outside the timing (as schools do);
 * timed is what the methodologist waits for — reading every return, matching it by activity ID, and building the
 * district report with its returns sheets. The floor beside it: only opening the same 100 files with ExcelJS.
 */
import ExcelJS from "exceljs";
import { runReportJob, runRoadmapJob } from "../../src/core/pipeline";
import { buildSchoolForm, collectReturns, FORM_HEADER_ROW, FORM_SHEET, readReturn } from "../../src/core/returns";
import { readDocumentText } from "../../src/core/table";
import { readXlsx, renderXlsx } from "../../src/xlsx";
import { collect } from "../lib/child";
import { timeRuns } from "../lib/stats";
import type { Metric, Workload } from "../lib/types";

const STATUSES = ["выполнено", "в работе", "не выполнено", "", "Выполнено."];

/** A district roadmap of `n` activities in four sections, most addressed to the schools. */
function roadmapText(n: number): string {
  const lines = [
    "План мероприятий («дорожная карта») по повышению качества образования на 2025 год",
    "№ п/п\tМероприятие\tСрок исполнения\tОтветственные\tРезультат",
  ];
  for (let i = 0; i < n; i++) {
    if (i % 20 === 0) lines.push(`${i / 20 + 1}. Раздел ${i / 20 + 1}\t\t\t\t`);
    const party = i % 4 === 3 ? "Отдел образования" : i % 4 === 2 ? "Заместители директоров по УВР" : "Руководители ОО";
    lines.push(
      `${Math.floor(i / 20) + 1}.${(i % 20) + 1}\tМероприятие номер ${i + 1} по сопровождению школ\t${["январь", "март", "май", "октябрь"][i % 4]} 2025 г.\t${party}\tОтчёт`,
    );
  }
  return lines.join("\n");
}

async function filledForm(bytes: Uint8Array, seed: number): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet(FORM_SHEET)!;
  for (let r = FORM_HEADER_ROW + 1; r <= ws.rowCount; r++) {
    const status = STATUSES[(r + seed) % STATUSES.length];
    if (status) ws.getCell(r, 5).value = status;
    if (status.startsWith("в") || status.startsWith("В"))
      ws.getCell(r, 6).value = new Date(Date.UTC(2025, 2, 1 + (r % 27)));
    if (r % 7 === 0) ws.getCell(r, 8).value = `Комментарий школы ${seed} к строке ${r}`;
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const workload: Workload = {
  title: "Ответы школ: чтение и свод (формы по школам)",
  async run(opts) {
    const schools = opts.quick ? 20 : 100;
    const activities = 80;
    const job = runRoadmapJob({
      document: readDocumentText(roadmapText(activities), "bench.tsv"),
      period: null,
      asOf: "2025-06-01",
    });
    const names = Array.from({ length: schools }, (_, i) => `МБОУ «СОШ № ${i + 1}»`);
    const files: { name: string; bytes: Uint8Array }[] = [];
    for (const [i, school] of names.entries()) {
      const form = buildSchoolForm({ roadmap: job.roadmap, school, schools: names, created: "2025-05-01" });
      files.push({ name: `${school}.xlsx`, bytes: await filledForm(await renderXlsx(form.plan), i) });
    }
    opts.log(`${schools} форм по ${job.roadmap.activities.length} мероприятий`);
    const ours = await timeRuns(
      opts.runs,
      async () => {
        const parsed = [];
        for (const f of files)
          parsed.push(
            readReturn({ name: f.name, savedAt: null, tables: await readXlsx(f.bytes, { includeHidden: true }) }),
          );
        const returns = collectReturns({ roadmap: job.roadmap, expectedSchools: null, returns: parsed });
        return runReportJob({ district: "Район", asOf: "2025-06-01", roadmaps: [{ job }], results: null, returns })
          .report.returns.length;
      },
      collect,
    );
    const floor = await timeRuns(
      opts.runs,
      async () => {
        for (const f of files) await new ExcelJS.Workbook().xlsx.load(f.bytes as unknown as ExcelJS.Buffer);
        return files.length;
      },
      collect,
    );
    const note = `медиана ${opts.runs} после разогрева`;
    const size = `${schools} школ × ${activities} мероприятий`;
    return [
      {
        name: `returns.collect.${schools}x${activities}`,
        label: `${size}: чтение ответов, сопоставление по ID, свод`,
        value: ours.medianMs,
        unit: "ms",
        note,
      },
      {
        name: `returns.floor.${schools}x${activities}`,
        label: `  «пол»: только открыть те же файлы ExcelJS`,
        value: floor.medianMs,
        unit: "ms",
        note,
      },
      {
        name: "returns.vsFloor",
        label: "  наше / «пол»",
        value: ours.medianMs / floor.medianMs,
        unit: "ratio",
        suffix: "×",
      },
    ];
  },
};
export default workload;
