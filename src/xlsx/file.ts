import { writeFile, mkdir } from "node:fs/promises";
import * as path from "node:path";
import type { WorkbookPlan } from "../core/workbook";
import { renderXlsx } from "./render";

/** For the CLI: render a plan and write it, creating the folder if needed. */
export async function renderXlsxToFile(plan: WorkbookPlan, file: string): Promise<void> {
  const bytes = await renderXlsx(plan);
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await writeFile(file, bytes);
}
