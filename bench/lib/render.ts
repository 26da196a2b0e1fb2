/**
 * One plan through both renderers: ExcelJS to .xlsx bytes, and Office.js against the recording fake of
 * the Excel object model (tests/helpers/fake-excel), which counts sync() calls and sizes each request
 * as the JSON a real host would receive.
 */
import type { WorkbookPlan } from "../../src/core/workbook";
import { renderPlanWith, type OfficeEnv } from "../../src/excel";
import { renderXlsx } from "../../src/xlsx";
import { createFakeOffice, type FakeOffice } from "../../tests/helpers/fake-excel";
import { collect } from "./child";
import { MB, timeRuns } from "./stats";

function envOf(fake: FakeOffice): OfficeEnv {
  return {
    run: (batch) => fake.Excel.run(batch as never),
    isSetSupported: (n, v) => fake.Office.context.requirements.isSetSupported(n, v),
    settings: () => fake.Office.context.document.settings as unknown as Office.Settings,
    createWorkbook: (b) => fake.Excel.createWorkbook(b),
  };
}

export interface OfficeFigures {
  readonly syncs: number;
  readonly maxRequestMB: number;
  readonly totalMB: number;
  readonly ms: number;
}

/** A fresh fake workbook per run (with one sheet of the user's, as in real life). */
export async function renderThroughOffice(plan: WorkbookPlan, runs: number): Promise<OfficeFigures> {
  let fake = createFakeOffice();
  const t = await timeRuns(
    runs,
    () => renderPlanWith(envOf(fake), plan),
    () => {
      collect();
      fake = createFakeOffice();
      fake.addUserSheet("Лист1", [["данные пользователя"]]);
    },
  );
  const bytes = fake.stats.requestBytes;
  return { syncs: t.last.syncCount, maxRequestMB: Math.max(0, ...bytes) / MB, totalMB: bytes.reduce((a, b) => a + b, 0) / MB, ms: t.medianMs };
}

export async function renderToXlsx(plan: WorkbookPlan, runs: number): Promise<{ ms: number; kb: number }> {
  const t = await timeRuns(runs, () => renderXlsx(plan), collect);
  return { ms: t.medianMs, kb: t.last.length / 1024 };
}
