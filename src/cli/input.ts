import { readFile } from "node:fs/promises";
import * as path from "node:path";
import { decodeText, parseCsv, parseTsv, readDocumentText, readDocx } from "../core/table";
import type { SourceDocument, SourceTable } from "../core/table/types";
import { readXlsx } from "../xlsx";
import { CliInputError } from "./errors";
import { openablePath } from "./paths";

export const SUPPORTED = [".tsv", ".txt", ".csv", ".html", ".htm", ".xlsx", ".docx"];

/** Any supported input file → a document of tables. Text encodings are detected (UTF-8, BOM, Windows-1251). */
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
  try {
    return await decodeDocument(bytes, ext, name, opts);
  } catch (error) {
    if (error instanceof CliInputError) throw error;
    throw new CliInputError(`Файл «${name}» не удалось прочитать: ${BINARY_REASON_RU[ext] ?? "содержимое не распознано"}.`, { cause: error });
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

const BINARY_REASON_RU: Record<string, string> = {
  ".xlsx": "файл повреждён или это не книга Excel .xlsx",
  ".docx": "файл повреждён или это не документ Word .docx",
};

async function decodeDocument(bytes: Uint8Array, ext: string, name: string, opts: ReadInputOptions): Promise<SourceDocument> {
  const sheet = opts.sheet;
  switch (ext) {
    case ".docx":
      return { ...(await readDocx(bytes)), name };
    case ".xlsx": {
      const tables = await readXlsx(bytes, { sheet });
      if (sheet && tables.length === 0) throw new CliInputError(`В книге «${name}» нет листа «${sheet}».`);
      return { tables, text: "", name };
    }
    case ".csv": {
      const table = parseCsv(decodeText(bytes), { kind: "csv", sheet: name, firstRow: 1, firstColumn: 1 });
      return { tables: [table], text: "", name };
    }
    case ".tsv":
    case ".txt":
      if (opts.mode === "grid") {
        const text = decodeText(bytes);
        return { tables: [parseTsv(text, { kind: "tsv", sheet: name, firstRow: 1, firstColumn: 1 })], text, name };
      }
      return readDocumentText(decodeText(bytes), name);
    default:
      return readDocumentText(decodeText(bytes), name);
  }
}

/** Every table of the result files, each file read as one grid (see ReadInputOptions.mode). */
export async function readResultTables(files: readonly string[], sheet?: string): Promise<SourceTable[]> {
  const tables: SourceTable[] = [];
  for (const file of files) tables.push(...(await readInputDocument(file, { sheet, mode: "grid" })).tables);
  return tables;
}
