/**
 * LibreOffice headless for tests: convert files, and recalculate a workbook's formulas for real.
 * Each call uses its own throwaway profile (so parallel jest workers never share a locked profile)
 * configured to recalculate OOXML on load — otherwise LibreOffice would trust the cached values we wrote.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";

export const SOFFICE = process.env.SOFFICE_PATH ?? "/usr/bin/soffice";
export const libreOfficeAvailable = (): boolean => existsSync(SOFFICE);

/** OOXMLRecalcMode / ODFRecalcMode 0 = "always recalculate on load". */
const REGISTRY = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

export interface ConvertOptions {
  /** Kill soffice after this long; the first start of a fresh profile takes a few seconds. */
  readonly timeoutMs?: number;
}

async function withProfile<T>(run: (profileUrl: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(tmpdir(), "rm-lo-profile-"));
  await mkdir(path.join(dir, "user"), { recursive: true });
  await writeFile(path.join(dir, "user", "registrymodifications.xcu"), REGISTRY);
  try {
    return await run(`file://${dir}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function runSoffice(args: string[], timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    // Own process group, so a timeout kills soffice.bin too and nothing else.
    const child = spawn(SOFFICE, args, { detached: true, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    const timer = setTimeout(() => {
      if (child.pid) process.kill(-child.pid, "SIGKILL");
      reject(new Error(`soffice timed out after ${timeoutMs} ms: ${output}`));
    }, timeoutMs);
    child.on("error", (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(output);
      else reject(new Error(`soffice exited with ${code}: ${output}`));
    });
  });
}

const FILTERS: Record<"pdf" | "xlsx" | "csv", string> = {
  pdf: "pdf:calc_pdf_Export",
  xlsx: "xlsx:Calc MS Excel 2007 XML",
  // UTF-8 (76), comma-separated, quoted text: first sheet only.
  csv: "csv:Text - txt - csv (StarCalc):44,34,76,1",
};

/** Converts several files in ONE soffice start (seconds each start); returns the output paths in order. */
export async function convertManyWithLibreOffice(
  inputPaths: readonly string[],
  format: "pdf" | "xlsx" | "csv",
  outDir: string,
  opts: ConvertOptions = {},
): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const timeout = opts.timeoutMs ?? 60000 + 15000 * inputPaths.length;
  const outputs = inputPaths.map((p) => path.join(outDir, `${path.basename(p, path.extname(p))}.${format}`));
  // A stale output from an earlier run must not pass for this run's result.
  await Promise.all(outputs.map((p) => rm(p, { force: true })));
  await withProfile((profile) =>
    runSoffice([`-env:UserInstallation=${profile}`, "--headless", "--norestore", "--nolockcheck", "--convert-to", FILTERS[format], "--outdir", outDir, ...inputPaths], timeout),
  );
  const missing = outputs.filter((p) => !existsSync(p));
  if (missing.length) throw new Error(`LibreOffice produced no ${missing.join(", ")} (in ${(await readdir(outDir)).join(", ")})`);
  return outputs;
}

export async function convertWithLibreOffice(inputPath: string, format: "pdf" | "xlsx" | "csv", outDir: string, opts: ConvertOptions = {}): Promise<string> {
  return (await convertManyWithLibreOffice([inputPath], format, outDir, opts))[0];
}

export type RecalculatedValue = string | number | null;
export type RecalculatedSheets = Record<string, RecalculatedValue[][]>;

function plainValue(value: ExcelJS.CellValue): RecalculatedValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string") return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (value instanceof Date) return value.getTime() / 86400000 + 25569;
  if ("result" in value) return plainValue((value.result ?? null) as ExcelJS.CellValue);
  if ("error" in value) return String(value.error);
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("text" in value) return String(value.text);
  return null;
}

/** Values (formulas → their result) of every sheet as a 0-based grid from A1. Dates come back as serials. */
export async function readValues(bytes: Uint8Array): Promise<RecalculatedSheets> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const out: RecalculatedSheets = {};
  for (const ws of wb.worksheets) {
    const grid: RecalculatedValue[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      const cells: RecalculatedValue[] = [];
      row.eachCell({ includeEmpty: true }, (cell, c) => (cells[c - 1] = plainValue(cell.value)));
      grid[r - 1] = Array.from(cells, (v) => v ?? null);
    });
    out[ws.name] = Array.from(grid, (row) => row ?? []);
  }
  return out;
}

/** Recalculates several workbooks in one soffice start; results in input order. */
export async function recalculateManyWithLibreOffice(workbooks: readonly Uint8Array[], opts: ConvertOptions = {}): Promise<RecalculatedSheets[]> {
  const dir = await mkdtemp(path.join(tmpdir(), "rm-lo-recalc-"));
  try {
    const inputs = await Promise.all(
      workbooks.map(async (bytes, i) => {
        const p = path.join(dir, `in${i}.xlsx`);
        await writeFile(p, bytes);
        return p;
      }),
    );
    const outputs = await convertManyWithLibreOffice(inputs, "xlsx", path.join(dir, "out"), opts);
    return Promise.all(outputs.map(async (p) => readValues(new Uint8Array(await readFile(p)))));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Opens the workbook in LibreOffice, which recalculates every formula, and returns what it computed. */
export async function recalculateWithLibreOffice(xlsxBytes: Uint8Array, opts: ConvertOptions = {}): Promise<RecalculatedSheets> {
  return (await recalculateManyWithLibreOffice([xlsxBytes], opts))[0];
}

/** Page count of a PDF (pdfinfo when installed, else counting page objects). */
export async function pdfPageCount(pdfPath: string): Promise<number> {
  const text = (await readFile(pdfPath)).toString("latin1");
  return (text.match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}
