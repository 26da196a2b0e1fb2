import JSZip from "jszip";
import { pluralRu } from "../findings";
import { FileRefused, sizeRu } from "./refusal";
import { entryData, readZipDirectory, type ZipDirectory, type ZipEntry } from "./zip-directory";

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
      const times = Math.round(e.uncompressedSize / Math.max(1, e.compressedSize));
      return `часть «${e.name}» сжата в ${times.toLocaleString("ru-RU")} ${pluralRu(times, ["раз", "раза", "раз"])} (${sizeRu(e.compressedSize)} → ${sizeRu(e.uncompressedSize)}); так сжимается только повторяющийся мусор, не таблица. Похоже на «zip-бомбу»`;
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

/** Compressed bytes fed to the inflater at a time: with back-pressure, at most ~1,000 times this is ever held. */
const FEED = 64 * 1024;

/**
 * Inflated size of one deflated part, counted as it streams through the platform's own inflater
 * (DecompressionStream: Node 18+ and every current browser) and cut off as soon as it passes `cap`.
 * Nothing is kept. Throws on a broken deflate stream.
 */
async function streamedSize(data: Uint8Array, cap: number, watch?: ChunkWatcher): Promise<number> {
  const inflater = new DecompressionStream("deflate-raw");
  const writer = inflater.writable.getWriter();
  const feeding = (async () => {
    // A Uint8Array over a plain ArrayBuffer (file bytes always are); the DOM typings want it said.
    for (let i = 0; i < data.length; i += FEED) await writer.write(data.subarray(i, i + FEED) as Uint8Array<ArrayBuffer>);
    await writer.close();
  })().catch(() => undefined); // A cancelled read rejects the pending write: nothing to report.
  const reader = inflater.readable.getReader();
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      watch?.(value);
      if (size > cap) {
        await reader.cancel();
        break;
      }
    }
  } finally {
    await feeding;
  }
  return size;
}

/** The piece of JSZip's object the typings leave out: a stream of inflated chunks. */
interface ChunkStream {
  on(event: "data", cb: (chunk: Uint8Array) => void): ChunkStream;
  on(event: "end", cb: () => void): ChunkStream;
  on(event: "error", cb: (e: Error) => void): ChunkStream;
  resume(): ChunkStream;
  pause(): ChunkStream;
}

/** The same count through JSZip's own streaming inflater (slower), where DecompressionStream is missing. */
function jszipStreamedSize(file: JSZip.JSZipObject, cap: number, watch?: ChunkWatcher): Promise<number> {
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

const hasDecompressionStream = (): boolean => typeof DecompressionStream === "function";

async function partSize(bytes: Uint8Array, entry: ZipEntry, zip: () => Promise<JSZip>, watch?: ChunkWatcher): Promise<number> {
  const data = entryData(bytes, entry);
  if (!data) throw new FileRefused("damaged", `часть «${entry.name}» архива не найдена на своём месте; файл повреждён`);
  if (entry.method === 0) {
    watch?.(data);
    return data.length;
  }
  const cap = entry.uncompressedSize;
  if (hasDecompressionStream()) return streamedSize(data, cap, watch);
  const file = (await zip()).file(entry.name);
  return file ? jszipStreamedSize(file, cap, watch) : 0;
}

/**
 * The declared sizes are the file's own word: a forged directory may declare 1 KB for a part that inflates
 * to gigabytes. Every part is inflated once here as a stream (nothing kept) and stopped at its declared
 * size, so the libraries that inflate whole parts never meet more than the limits allow.
 */
async function forgedSizeProblem(bytes: Uint8Array, dir: ZipDirectory, watch?: PartWatcher): Promise<string | null> {
  let loaded: Promise<JSZip> | undefined;
  const zip = () => (loaded ??= JSZip.loadAsync(bytes));
  for (const entry of dir.entries) {
    if (entry.name.endsWith("/")) continue;
    let size: number;
    try {
      size = await partSize(bytes, entry, zip, watch?.(entry.name));
    } catch (e) {
      if (e instanceof FileRefused) throw e;
      throw new FileRefused("damaged", `часть «${entry.name}» не распаковывается; файл повреждён`);
    }
    if (size > entry.uncompressedSize) {
      return `часть «${entry.name}» распаковывается больше, чем заявлено в архиве (${sizeRu(entry.uncompressedSize)}); файл повреждён или подделан`;
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
