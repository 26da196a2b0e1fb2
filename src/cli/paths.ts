import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import * as path from "node:path";
import { CliInputError } from "./errors";

/**
 * Paths as the user's system spells them. On Linux a file name is bytes: a folder unpacked from a Windows
 * archive holds names in Windows-1251, which Node's argv and `readdir` turn into «�». Such a name is kept
 * as its bytes (a Buffer path opens it) and shown decoded as Windows-1251.
 */
const RAW = new Map<string, Buffer>();

const REPLACEMENT = "\uFFFD";
const utf8Strict = new TextDecoder("utf-8", { fatal: true });
const cp1251 = new TextDecoder("windows-1251");

/** A file name's bytes as a readable name: UTF-8 when it is, else Windows-1251. */
export function displayName(bytes: Buffer): string {
  try {
    return utf8Strict.decode(bytes);
  } catch {
    return cp1251.decode(bytes);
  }
}

/** Remembers a name shown to the user (and given back to `openablePath`) for a path of raw bytes. */
function remember(bytes: Buffer): string {
  const shown = displayName(bytes);
  if (Buffer.from(shown, "utf8").equals(bytes)) return shown;
  RAW.set(shown, bytes);
  return shown;
}

/** The raw bytes of this process's arguments (Linux), to recover names argv decoded lossily. */
function rawArgv(): Buffer[] {
  try {
    const bytes = readFileSync("/proc/self/cmdline");
    const out: Buffer[] = [];
    let start = 0;
    for (let i = 0; i < bytes.length; i++) {
      if (bytes[i] === 0) {
        out.push(bytes.subarray(start, i));
        start = i + 1;
      }
    }
    return out;
  } catch {
    return [];
  }
}

/** Walks the path one name at a time, matching each lossy name against the folder's real (byte) names. */
function walkLossy(file: string): Buffer | null {
  const abs = path.resolve(file);
  const parts = abs.split(path.sep).filter(Boolean);
  let current = Buffer.from(path.sep);
  for (const part of parts) {
    const next = Buffer.concat([current, current.length > 1 ? Buffer.from(path.sep) : Buffer.alloc(0), Buffer.from(part, "utf8")]);
    if (!part.includes(REPLACEMENT) && existsSync(next)) {
      current = next;
      continue;
    }
    let names: Buffer[];
    try {
      names = readdirSync(current, { encoding: "buffer" });
    } catch {
      return null;
    }
    const matches = names.filter((n) => n.toString("utf8") === part || displayName(n) === part);
    if (matches.length !== 1) {
      if (matches.length > 1) {
        throw new CliInputError(`Имя «${file}» подходит к нескольким файлам с именами не в UTF-8. Переименуйте файл или укажите папку целиком.`);
      }
      return null;
    }
    current = Buffer.concat([current, current.length > 1 ? Buffer.from(path.sep) : Buffer.alloc(0), matches[0]]);
  }
  return current;
}

/**
 * What to hand to `fs` for a name the user gave: the string itself when it exists; the remembered bytes of a
 * name listed from a folder; the bytes of the argument as the shell passed them; else the one file whose
 * name reads the same. Unknown names are returned as given (the reader then says «файл не найден»).
 */
export function openablePath(file: string): string | Buffer {
  const remembered = RAW.get(file);
  if (remembered) return remembered;
  if (!file.includes(REPLACEMENT) || existsSync(file)) return file;
  for (const raw of rawArgv()) {
    if (raw.toString("utf8") === file && existsSync(raw)) return raw;
  }
  return walkLossy(file) ?? file;
}

/** One entry of a file list after folders are opened. */
export interface ListedFile {
  /** The name to read it by and to show (a folder's entries: folder/name). */
  readonly file: string;
  /** The folder it came from, when it was not named itself. */
  readonly folder: string | null;
}

export interface SkippedFile {
  readonly file: string;
  readonly reason: string;
}

export interface FileList {
  readonly files: ListedFile[];
  readonly skipped: SkippedFile[];
}

/**
 * A list of file arguments where any may be a folder: a folder stands for every supported file directly in
 * it (not in its subfolders), sorted by name; other entries are named in `skipped` with a reason.
 */
export async function expandFileList(args: readonly string[], supported: readonly string[]): Promise<FileList> {
  const files: ListedFile[] = [];
  const skipped: SkippedFile[] = [];
  for (const arg of args) {
    const where = openablePath(arg);
    let isDir = false;
    try {
      isDir = (await stat(where)).isDirectory();
    } catch {
      // Not there: the reader says so in Russian, with the name.
    }
    if (!isDir) {
      files.push({ file: arg, folder: null });
      continue;
    }
    const folderBytes = typeof where === "string" ? Buffer.from(where, "utf8") : where;
    const entries = await readdir(where, { encoding: "buffer" });
    const found: ListedFile[] = [];
    for (const name of entries.sort(Buffer.compare)) {
      const full = Buffer.concat([folderBytes, Buffer.from(path.sep), name]);
      const shown = remember(full);
      const base = displayName(name);
      const reason = skipReason(base, full, supported);
      if (reason) skipped.push({ file: shown, reason });
      else found.push({ file: shown, folder: arg });
    }
    found.sort((a, b) => a.file.localeCompare(b.file, "ru"));
    if (!found.length) {
      const seen = skipped.length ? "" : " (папка пуста)";
      throw new CliInputError(`В папке «${arg}» нет файлов, которые можно прочитать${seen}. Подходят: ${supported.join(", ")}.`);
    }
    files.push(...found);
  }
  return { files, skipped };
}

function skipReason(base: string, full: Buffer, supported: readonly string[]): string | null {
  let kind: ReturnType<typeof statSync>;
  try {
    kind = statSync(full);
  } catch {
    return "не открывается (битая ссылка?)";
  }
  if (kind.isDirectory()) return "вложенная папка: читаются только файлы самой папки";
  if (!kind.isFile()) return "не обычный файл";
  if (base.startsWith("~$")) return "временный файл Word/Excel (документ открыт)";
  if (base.startsWith(".")) return "скрытый файл";
  const ext = path.extname(base).toLowerCase();
  if (!supported.includes(ext)) return `формат «${ext || "без расширения"}» не поддерживается`;
  return null;
}

/**
 * The command's own outputs are not its inputs: `report --roadmap карты --out карты/свод.xlsx` run twice
 * must not read last time's workbook as a roadmap. Only files that came from a folder are dropped.
 */
export function withoutOutputs(list: FileList, outputs: readonly (string | undefined)[]): FileList {
  const out = new Set(outputs.filter((o): o is string => !!o).map((o) => path.resolve(o)));
  if (!out.size) return list;
  const dropped = list.files.filter((f) => f.folder !== null && out.has(path.resolve(f.file)));
  if (!dropped.length) return list;
  return {
    files: list.files.filter((f) => !dropped.includes(f)),
    skipped: [...list.skipped, ...dropped.map((f) => ({ file: f.file, reason: "это файл, который команда записывает (--out/--note)" }))],
  };
}

/** «Из папки …: a, b; пропущено: c (причина)» — one line per folder, for stderr. */
export function describeFileList(list: FileList): string[] {
  const byFolder = new Map<string, string[]>();
  for (const f of list.files) if (f.folder !== null) byFolder.set(f.folder, [...(byFolder.get(f.folder) ?? []), path.basename(f.file)]);
  const lines = [...byFolder].map(([folder, names]) => `Из папки «${folder}» прочитано файлов: ${names.length} — ${names.join(", ")}`);
  for (const s of list.skipped) lines.push(`Пропущен «${s.file}»: ${s.reason}`);
  return lines;
}
