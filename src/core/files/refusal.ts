/**
 * Why a file is not read. Thrown by the readers of src/core/files and src/xlsx before they hand bytes to a
 * library that would read garbage, hang or exhaust memory; the CLI turns it into exit 1 with the Russian
 * message, the task pane into an error line. Never a finding: nothing of such a file is read.
 */
export type RefusalKind =
  /** Binary content that is no table: an image, a PDF, an archive, random bytes. */
  | "not-text"
  /** A container whose parts would inflate beyond what the product reads (a zip bomb or a giant part). */
  | "too-big"
  /** A container that cannot be read as what it claims to be. */
  | "damaged"
  /** A format the product knows but does not read (.xls, .doc, .ods…), with what to do instead. */
  | "unsupported";

export class FileRefused extends Error {
  constructor(
    readonly kind: RefusalKind,
    /** Russian, lowercase, no final period: «это изображение PNG». */
    readonly reason: string,
  ) {
    super(reason);
    this.name = "FileRefused";
  }
}

/** The sentence a user reads: «Файл «x.tsv» не похож на текст или таблицу: это изображение PNG.» */
export function refusalMessage(name: string, refusal: FileRefused): string {
  const head =
    refusal.kind === "not-text"
      ? "не похож на текст или таблицу"
      : refusal.kind === "too-big"
        ? "не прочитан"
        : refusal.kind === "unsupported"
          ? "в этом формате не читается"
          : "не удалось прочитать";
  return `Файл «${name}» ${head}: ${refusal.reason}.`;
}

const MB = 1024 * 1024;

/** Sizes as a Russian user reads them: «450 МБ», «1,4 МБ», «12 КБ». */
export function sizeRu(bytes: number): string {
  if (bytes >= 10 * MB) return `${Math.round(bytes / MB).toLocaleString("ru-RU")} МБ`;
  if (bytes >= MB) return `${(bytes / MB).toFixed(1).replace(".", ",")} МБ`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} КБ`;
  return `${bytes} Б`;
}
