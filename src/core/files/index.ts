export { decodeBytes, detectEncoding, ENCODING_NAME_RU, type DecodedText, type DetectedEncoding, type TextEncoding } from "./encoding";
export { scoreCyrillic } from "./cyrillic-score";
export { FileRefused, refusalMessage, sizeRu, type RefusalKind } from "./refusal";
export { CONTENT_NAME_RU, sniffContent, type ContentKind } from "./sniff";
export { decodeFileText, foreignShare } from "./text-content";
export { readZipDirectory, looksLikeZip, type ZipDirectory, type ZipEntry } from "./zip-directory";
export { DOCX_LIMITS, XLSX_LIMITS, declaredSizeProblem, guardZip, type ChunkWatcher, type PartWatcher, type ZipLimits } from "./zip-guard";
export { fileFindings } from "./findings";
