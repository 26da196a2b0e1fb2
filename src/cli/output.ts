import * as fsp from "node:fs/promises";
import * as path from "node:path";
import { randomBytes } from "node:crypto";
import { CliInputError } from "./errors";
import { openablePath } from "./paths";

/**
 * The one way the CLI writes a file (workbooks, the note, the demo's files).
 * - An existing file is replaced only when asked (`--force`), and never one of the inputs (same file by
 *   device and inode, so a symlink or a hard link to the input is caught too, with or without `--force`).
 * - The bytes go to a temporary file beside the target, are flushed to disk, and only then take the target's
 *   name (link without --force, so a file that appears meanwhile is not replaced; rename with --force).
 *   A full disk or a killed process leaves the old file whole and no half-written one under its name.
 * - Every failure is a CliInputError with a Russian reason (exit 1), never a stack trace.
 */
export interface OutputTarget {
  /** As the user wrote it (for messages). */
  readonly file: string;
  /** Replace an existing regular file (`--force`). */
  readonly replace: boolean;
  /** Files the command reads: never written over, even with `replace`. */
  readonly inputs: readonly string[];
}

/** The file-system calls the writer makes; tests swap in one that fails (ENOSPC, EACCES). */
export interface OutputFs {
  stat(p: string | Buffer): Promise<{ isFile(): boolean; isDirectory(): boolean; dev: number; ino: number; mode: number }>;
  open(p: string, flags: string, mode?: number): Promise<{ writeFile(data: Uint8Array | string): Promise<void>; sync(): Promise<void>; close(): Promise<void> }>;
  chmod(p: string, mode: number): Promise<void>;
  link(from: string, to: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(p: string): Promise<void>;
}

export const nodeOutputFs: OutputFs = {
  stat: (p) => fsp.stat(p),
  open: (p, flags, mode) => fsp.open(p, flags, mode),
  chmod: (p, mode) => fsp.chmod(p, mode),
  link: (a, b) => fsp.link(a, b),
  rename: (a, b) => fsp.rename(a, b),
  unlink: (p) => fsp.unlink(p),
};

const REASON_RU: Record<string, string> = {
  ENOSPC: "на диске нет места",
  EDQUOT: "превышена квота на диске",
  EACCES: "нет прав на запись в эту папку",
  EPERM: "нет прав на запись в эту папку",
  EROFS: "диск доступен только для чтения",
  ENOENT: "папки нет",
  ENOTDIR: "часть пути — файл, а не папка",
  EISDIR: "это папка, а не файл",
  ENAMETOOLONG: "слишком длинное имя",
  EFBIG: "файл слишком большой для этого диска",
  EIO: "ошибка ввода-вывода диска",
  EMFILE: "открыто слишком много файлов",
  EBUSY: "файл занят другой программой (открыт в Excel?)",
};

function reasonRu(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  return (code && REASON_RU[code]) ?? `ошибка записи (${code ?? (error as Error)?.message ?? String(error)})`;
}

async function statOrNull(fs: OutputFs, p: string | Buffer) {
  try {
    return await fs.stat(p);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return null;
    if (code === "ENOTDIR") throw new CliInputError(`Нельзя записать «${p}»: ${REASON_RU.ENOTDIR}.`, { cause: error });
    throw new CliInputError(`Нельзя записать «${p}»: ${reasonRu(error)}.`, { cause: error });
  }
}

/**
 * Everything that can be known before writing: called for every target of a command before the work
 * starts, so a refused `--note` does not come after a minute of rendering, nor after `--out` was written.
 * Returns the target's current mode when it is replaced (the new file keeps it).
 */
export async function checkOutputTarget(target: OutputTarget, fs: OutputFs = nodeOutputFs): Promise<{ existingMode: number | null }> {
  const file = target.file;
  if (!file.trim()) throw new CliInputError("Не указано имя файла для записи.");
  const abs = path.resolve(file);
  const dir = path.dirname(abs);
  const dirStat = await statOrNull(fs, dir);
  if (!dirStat) throw new CliInputError(`Нельзя записать «${file}»: папки «${dir}» нет. Создайте её или укажите другой путь.`);
  if (!dirStat.isDirectory()) throw new CliInputError(`Нельзя записать «${file}»: «${dir}» — файл, а не папка.`);
  const existing = await statOrNull(fs, abs);
  if (!existing) return { existingMode: null };
  if (existing.isDirectory()) throw new CliInputError(`Нельзя записать «${file}»: это папка. Укажите имя файла, например «${path.join(file, "свод.xlsx")}».`);
  if (!existing.isFile()) throw new CliInputError(`Нельзя записать «${file}»: это не обычный файл (устройство или канал).`);
  for (const input of target.inputs) {
    const s = await statOrNull(fs, openablePath(input)).catch(() => null);
    if (s && s.dev === existing.dev && s.ino === existing.ino) {
      throw new CliInputError(`Нельзя записать «${file}»: это входной файл «${input}». Укажите другое имя — исходный файл не заменяется никогда.`);
    }
  }
  if (!target.replace) throw new CliInputError(`Файл «${file}» уже есть и не заменён. Укажите другое имя или добавьте --force, чтобы заменить его.`);
  return { existingMode: existing.mode & 0o7777 };
}

/** Writes `data` to the target as described above; throws CliInputError with a Russian reason. */
export async function writeOutputFile(target: OutputTarget, data: Uint8Array | string, fs: OutputFs = nodeOutputFs): Promise<void> {
  const { existingMode } = await checkOutputTarget(target, fs);
  const abs = path.resolve(target.file);
  const temp = path.join(path.dirname(abs), `.${path.basename(abs).slice(0, 100)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  let created = false;
  try {
    const handle = await fs.open(temp, "wx", 0o666);
    created = true;
    try {
      await handle.writeFile(data);
      // Without fsync a full disk may only show after the rename, when the old file is already gone.
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (existingMode !== null) await fs.chmod(temp, existingMode).catch(() => undefined);
    try {
      await moveIntoPlace(fs, temp, abs, target);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // Replacing a file Excel holds open fails so on Windows: say that, not «no permission on the folder».
      if (code === "EPERM" || code === "EACCES" || code === "EBUSY") {
        throw new CliInputError(`Не удалось заменить «${target.file}»: файл открыт в другой программе (Excel?) или нет прав на его замену. Прежний файл не изменён.`, { cause: error });
      }
      throw error;
    }
    created = false;
  } catch (error) {
    if (created) await fs.unlink(temp).catch(() => undefined);
    if (error instanceof CliInputError) throw error;
    throw new CliInputError(`Не удалось записать «${target.file}»: ${reasonRu(error)}. Прежний файл, если он был, не изменён.`, { cause: error });
  }
}

async function moveIntoPlace(fs: OutputFs, temp: string, abs: string, target: OutputTarget): Promise<void> {
  if (target.replace) {
    await fs.rename(temp, abs);
    return;
  }
  try {
    // link() fails when the name is taken: a file created since the check is not replaced.
    await fs.link(temp, abs);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") throw new CliInputError(`Файл «${target.file}» уже есть и не заменён. Укажите другое имя или добавьте --force, чтобы заменить его.`);
    // File systems without hard links (FAT on a flash drive, some network shares): the check above stands.
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP" && code !== "ENOSYS" && code !== "EMLINK") throw error;
    await fs.rename(temp, abs);
    return;
  }
  await fs.unlink(temp).catch(() => undefined);
}
