import { readFile } from "node:fs/promises";
import * as path from "node:path";
import { decodeFileText, FileRefused, fileFindings, refusalMessage, sniffContent, type ContentKind } from "../core/files";
import type { Finding } from "../core/findings";
import { normalizeLineEnds, parseCsv, parseTsv, readDocumentText, readDocx } from "../core/table";
import type { SourceDocument, SourceTable } from "../core/table/types";
import { readXlsx } from "../xlsx";
import { CliInputError } from "./errors";
import { openablePath } from "./paths";

export const SUPPORTED = [".tsv", ".txt", ".csv", ".html", ".htm", ".xlsx", ".docx"];

/**
 * Any supported input file → a document of tables. What the file is comes from its bytes, not its name
 * (an .xlsx named .tsv is read as a workbook); text encodings are detected (UTF-8, UTF-16, Windows-1251,
 * KOI8-R, CP866); binary content, zip bombs and old Office formats are refused with a Russian reason.
 */
export interface ReadInputOptions {
  readonly sheet?: string;
  /**
   * "document" (roadmaps): a text file may be a whole order with several tables among prose.
   * "grid" (result sheets): a text file is one sheet as pasted — its preamble and block titles
   * (a school's name above its objectivity rows) are rows of the same table.
   */
  readonly mode?: "document" | "grid";
}

export async function readInputDocument(file: string, opts: ReadInputOptions = {}): Promise<SourceDocument> {
  const ext = path.extname(file).toLowerCase();
  const name = path.basename(file);
  if (!SUPPORTED.includes(ext)) {
    throw new CliInputError(`Файл «${name}»: формат «${ext || "без расширения"}» не поддерживается. Подходят: ${SUPPORTED.join(", ")}.`);
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(openablePath(file)));
  } catch (error) {
    throw new CliInputError(`Не удалось открыть файл «${file}»: ${fsReasonRu(error as NodeJS.ErrnoException)}.`, { cause: error });
  }
  let kind: ContentKind | undefined;
  try {
    kind = sniffContent(bytes);
    return await decodeDocument(bytes, kind, ext, name, opts);
  } catch (error) {
    if (error instanceof CliInputError) throw error;
    if (error instanceof FileRefused) throw new CliInputError(refusalMessage(name, error), { cause: error });
    throw new CliInputError(`Файл «${name}» не удалось прочитать: ${DAMAGED_RU[kind ?? namedKind(ext)] ?? "содержимое не распознано"}.`, { cause: error });
  }
}

const FS_REASON_RU: Record<string, string> = {
  ENOENT: "файл не найден",
  EISDIR: "это папка, а не файл",
  EACCES: "нет прав на чтение",
  EPERM: "нет прав на чтение",
  EMFILE: "открыто слишком много файлов",
};

function fsReasonRu(error: NodeJS.ErrnoException): string {
  return (error.code && FS_REASON_RU[error.code]) ?? `ошибка чтения (${error.code ?? error.message})`;
}

const DAMAGED_RU: Partial<Record<ContentKind, string>> = {
  xlsx: "файл повреждён или это не книга Excel .xlsx",
  docx: "файл повреждён или это не документ Word .docx",
};

function namedKind(ext: string): ContentKind {
  return ext === ".xlsx" ? "xlsx" : ext === ".docx" ? "docx" : "text";
}

async function decodeDocument(bytes: Uint8Array, kind: ContentKind, ext: string, name: string, opts: ReadInputOptions): Promise<SourceDocument> {
  const sheet = opts.sheet;
  if (kind === "docx") {
    const doc = await readDocx(bytes);
    return { ...doc, name, findings: fileFindings(name, { kind, named: namedKind(ext) }) };
  }
  if (kind === "xlsx") {
    const tables = await readXlsx(bytes, { sheet });
    if (sheet && tables.length === 0) throw new CliInputError(`В книге «${name}» нет листа «${sheet}».`);
    return { tables, text: "", name, findings: fileFindings(name, { kind, named: namedKind(ext) }) };
  }
  const decoded = decodeFileText(bytes);
  const text = normalizeLineEnds(decoded.text);
  const findings = fileFindings(name, { kind, named: namedKind(ext), detected: decoded.detected });
  const withFindings = (doc: SourceDocument): SourceDocument => ({ ...doc, findings });
  switch (ext) {
    case ".csv":
      return withFindings({ tables: [parseCsv(text, { kind: "csv", sheet: name, firstRow: 1, firstColumn: 1 })], text: "", name });
    case ".tsv":
    case ".txt":
    case ".xlsx":
    case ".docx":
      // A text file under an .xlsx or .docx name is read as the tab-separated text it is.
      if (opts.mode === "grid") return withFindings({ tables: [parseTsv(text, { kind: "tsv", sheet: name, firstRow: 1, firstColumn: 1 })], text, name });
      return withFindings(readDocumentText(text, name));
    default:
      return withFindings(readDocumentText(text, name));
  }
}

/** Every table of the result files, each file read as one grid (see ReadInputOptions.mode), and how they were read. */
export async function readResultInputs(files: readonly string[], sheet?: string): Promise<{ tables: SourceTable[]; findings: Finding[] }> {
  const tables: SourceTable[] = [];
  const findings: Finding[] = [];
  for (const file of files) {
    const doc = await readInputDocument(file, { sheet, mode: "grid" });
    tables.push(...doc.tables);
    findings.push(...(doc.findings ?? []));
  }
  return { tables, findings };
}

/** Every table of the result files, each file read as one grid (see ReadInputOptions.mode). */
export async function readResultTables(files: readonly string[], sheet?: string): Promise<SourceTable[]> {
  return (await readResultInputs(files, sheet)).tables;
}
