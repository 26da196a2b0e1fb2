import { finding, type Finding } from "../findings";
import { ENCODING_NAME_RU, type DetectedEncoding } from "./encoding";
import { CONTENT_NAME_RU, type ContentKind } from "./sniff";

export interface FileFacts {
  /** What the bytes are. */
  readonly kind: ContentKind;
  /** What the file's name says it is. */
  readonly named: ContentKind;
  /** For text: the encoding it was read in. */
  readonly detected?: DetectedEncoding;
}

/** Below this the statistics chose the encoding on little evidence: the user is asked to look at the letters. */
const SURE = 0.9;

/**
 * What the user should know about how a file was read: that it is not what its name says (an .xlsx named
 * .tsv), and which encoding a text was read in when not UTF-8. Informational: the file was read.
 */
export function fileFindings(name: string, facts: FileFacts): Finding[] {
  const out: Finding[] = [];
  if (facts.kind !== facts.named) {
    out.push(
      finding("file.content", "info", `Файл «${name}» по содержимому — ${CONTENT_NAME_RU[facts.kind]}, хотя имя говорит другое; прочитан как ${CONTENT_NAME_RU[facts.kind]}.`, {
        sheet: name,
        data: { content: facts.kind },
      }),
    );
  }
  const d = facts.detected;
  if (d && d.encoding !== "utf-8") {
    const unsure = d.confidence < SURE ? " Кодировка определена по тексту; если буквы искажены, сохраните файл в UTF-8." : "";
    out.push(finding("file.encoding", "info", `Файл «${name}» прочитан в кодировке ${ENCODING_NAME_RU[d.encoding]}.${unsure}`, { sheet: name, data: { encoding: d.encoding } }));
  }
  if (d && d.invalidBytes > 0) {
    out.push(
      finding("file.encoding-damaged", "warning", `Файл «${name}»: ${d.invalidBytes} байт не являются символами UTF-8 (файл повреждён или склеен из частей в разных кодировках); они заменены знаком «�».`, {
        sheet: name,
        data: { encoding: d.encoding, invalidBytes: d.invalidBytes },
      }),
    );
  }
  return out;
}
