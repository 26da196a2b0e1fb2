export type { MergedArea, SourceDocument, SourceTable, TableOrigin, TableOriginKind } from "./types";
export { decodeText, normalizeLineEnds } from "./decode";
export { parseCsv, parseTsv, sniffDelimiter, splitDelimited } from "./delimited";
export { parseHtmlTables, type HtmlTableOptions } from "./html";
export { fromRangeValues, valueText, type RangeOptions } from "./range";
export { readDocx } from "./docx";
export { readDocumentText } from "./document";
export { cleanCellText, hasHtml, htmlToText, isStrayLine, normalizeSpaces, oneLine, tidyLines } from "./clean";
export { decodeEntities } from "./entities";
export { boldShare } from "./html-bold";
export { GENRE_WORDS } from "./genre-words";
export {
  buildStrongVocabulary,
  buildVocabulary,
  GENRE_VOCABULARY,
  findMixedScript,
  joinBrokenWords,
  type JoinResult,
  type MixedScriptWord,
  type WordJoin,
} from "./words";
