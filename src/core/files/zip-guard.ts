import JSZip from "jszip";
import { FileRefused, sizeRu } from "./refusal";
import { readZipDirectory, type ZipDirectory, type ZipEntry } from "./zip-directory";

/**
 * What an .xlsx or .docx may inflate to before it is handed to ExcelJS or mammoth, which inflate every
 * part into memory at once (a 1.4 MB file that inflates to 450 MB ends the process after a minute at 5 GB).
 */
export interface ZipLimits {
  /** Parts in the package: a real workbook has tens, a few thousand with many sheets and images. */
  readonly maxEntries: number;
  /** One part inflated (a sheet's XML, the document's XML). */
  readonly maxPartBytes: number;
  /** All parts inflated together. */
  readonly maxTotalBytes: number;
  /**
   * Inflated / compressed for a part larger than `ratioFromBytes`. Real sheet XML compresses 5–20 times
   * (50 with many empty styled cells); a bomb is one string repeated, 300–1000 times.
   */
  readonly maxRatio: number;
  readonly ratioFromBytes: number;
}

const MB = 1024 * 1024;

export const XLSX_LIMITS: ZipLimits = { maxEntries: 10_000, maxPartBytes: 200 * MB, maxTotalBytes: 400 * MB, maxRatio: 100, ratioFromBytes: 10 * MB };
/** A Word order is a few MB of XML at most; images are not inflated (see readDocx). */
export const DOCX_LIMITS: ZipLimits = { maxEntries: 10_000, maxPartBytes: 100 * MB, maxTotalBytes: 400 * MB, maxRatio: 100, ratioFromBytes: 10 * MB };

const ratioText = (e: ZipEntry) => `сжатие 1:${Math.round(e.uncompressedSize / Math.max(1, e.compressedSize)).toLocaleString("ru-RU")}`;

/** The first limit the declared sizes break, as a Russian reason; null when they keep to all. */
export function declaredSizeProblem(dir: ZipDirectory, limits: ZipLimits): string | null {
  if (dir.entries.length > limits.maxEntries) {
    return `в архиве ${dir.entries.length.toLocaleString("ru-RU")} частей — больше допустимых ${limits.maxEntries.toLocaleString("ru-RU")}`;
  }
  let total = 0;
  for (const e of dir.entries) {
    if (e.method !== 0 && e.method !== 8) return `часть «${e.name}» сжата неподдерживаемым способом (${e.method}); пересохраните файл в Excel или Word`;
    if (e.uncompressedSize > limits.maxPartBytes) {
      return `часть «${e.name}» при распаковке заняла бы ${sizeRu(e.uncompressedSize)} (${ratioText(e)}) — больше допустимых ${sizeRu(limits.maxPartBytes)}. Похоже на повреждённый или намеренно раздутый файл («zip-бомбу»)`;
    }
    if (e.uncompressedSize > limits.ratioFromBytes && e.uncompressedSize > limits.maxRatio * e.compressedSize) {
      return `часть «${e.name}» сжата в ${Math.round(e.uncompressedSize / Math.max(1, e.compressedSize)).toLocaleString("ru-RU")} раз (${sizeRu(e.compressedSize)} → ${sizeRu(e.uncompressedSize)}); так сжимается только повторяющийся мусор, не таблица. Похоже на «zip-бомбу»`;
    }
    total += e.uncompressedSize;
  }
  if (total > limits.maxTotalBytes) {
    return `при распаковке файл занял бы ${sizeRu(total)} — больше допустимых ${sizeRu(limits.maxTotalBytes)}. Разделите книгу или документ на части`;
  }
  return null;
}

/** Sees every inflated chunk of one part as the guard streams it (a reader's own scan, at no extra inflation). */
export type ChunkWatcher = (chunk: Uint8Array) => void;
/** The watcher for a part, or undefined to let it stream unseen. */
export type PartWatcher = (partName: string) => ChunkWatcher | undefined;

/** The piece of JSZip's object the typings leave out: a stream of inflated chunks. */
interface ChunkStream {
  on(event: "data", cb: (chunk: Uint8Array) => void): ChunkStream;
  on(event: "end", cb: () => void): ChunkStream;
  on(event: "error", cb: (e: Error) => void): ChunkStream;
  resume(): ChunkStream;
  pause(): ChunkStream;
}

/** Inflates one part chunk by chunk, keeping nothing, and stops as soon as it outgrows `cap`. */
function inflatedSize(file: JSZip.JSZipObject, cap: number, watch?: ChunkWatcher): Promise<number> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const stream = (file as unknown as { internalStream(type: "uint8array"): ChunkStream }).internalStream("uint8array");
    stream
      .on("data", (chunk) => {
        size += chunk.length;
        watch?.(chunk);
        if (size > cap) {
          stream.pause();
          resolve(size);
        }
      })
      .on("error", reject)
      .on("end", () => resolve(size))
      .resume();
  });
}

/**
 * The declared sizes are the file's own word: a forged directory may declare 1 KB for a part that inflates
 * to gigabytes. Every deflated part is inflated once here as a stream (nothing kept, ~150 MB/s) and stopped
 * at its declared size, so the libraries that inflate whole parts never meet more than the limits allow.
 */
async function forgedSizeProblem(bytes: Uint8Array, dir: ZipDirectory, watch?: PartWatcher): Promise<string | null> {
  const declared = new Map(dir.entries.map((e) => [e.name, e.uncompressedSize]));
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch {
    return null; // The reader will refuse the damaged archive with its own reason.
  }
  for (const file of Object.values(zip.files)) {
    if (file.dir) continue;
    const cap = declared.get((file as { unsafeOriginalName?: string }).unsafeOriginalName ?? file.name) ?? declared.get(file.name) ?? 0;
    const size = await inflatedSize(file, cap, watch?.(file.name));
    if (size > cap) {
      return `часть «${file.name}» распаковывается больше, чем заявлено в архиве (${sizeRu(cap)}); файл повреждён или подделан`;
    }
  }
  return null;
}

/**
 * Refuses (FileRefused «too-big») a zip whose parts would inflate beyond `limits`, before anything is
 * inflated into memory; a zip without a readable directory is «damaged». `watch` lets the caller scan
 * the parts it cares about while they stream by.
 */
export async function guardZip(bytes: Uint8Array, limits: ZipLimits, watch?: PartWatcher): Promise<ZipDirectory> {
  const dir = readZipDirectory(bytes);
  if (!dir) throw new FileRefused("damaged", "архив повреждён или обрезан (нет оглавления zip)");
  const declared = declaredSizeProblem(dir, limits);
  if (declared) throw new FileRefused("too-big", declared);
  const forged = await forgedSizeProblem(bytes, dir, watch);
  if (forged) throw new FileRefused("too-big", forged);
  return dir;
}
