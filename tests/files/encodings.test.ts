/**
 * Text files as they arrive: real Russian roadmap text (../shared/seeds and realworld) in UTF-8 (BOM or
 * not), UTF-16 LE/BE (BOM or not; Excel's «Unicode text» is LE with BOM), Windows-1251, KOI8-R and CP866,
 * short and long, with LF, CRLF and lone-CR line ends. The detector is measured against chardet on the
 * same samples: it must be at least as right at every length, and right on whole files.
 */
import chardet from "chardet";
import { decodeFileText, detectEncoding } from "../../src/core/files";
import { decodeText, readDocumentText } from "../../src/core/table";
import { EXPECTED, encodableIn, encodeText, realRussianLines, type FileEncoding } from "./build";

const LINES = realRussianLines();
const ALL: FileEncoding[] = ["utf8", "utf8bom", "utf16le", "utf16lebom", "utf16be", "utf16bebom", "win1251", "koi8-r", "cp866"];
const CHARDET_NAME: Record<string, string> = { "UTF-8": "utf-8", "UTF-16LE": "utf-16le", "UTF-16BE": "utf-16be", "windows-1251": "windows-1251", "KOI8-R": "koi8-r" };

/** Deterministic samples of `length` characters cut from real lines (each with Cyrillic in it). */
function samples(length: number, count: number, seed: number): string[] {
  let s = seed;
  const next = () => (s = (s * 1103515245 + 12345) >>> 0) / 2 ** 32;
  const out: string[] = [];
  while (out.length < count) {
    const line = LINES[Math.floor(next() * LINES.length)];
    const from = Math.floor(next() * Math.max(1, line.length - length));
    const text = line.slice(from, from + length).trim();
    if (text.length >= Math.min(length, 4) && /[А-яЁё]/.test(text)) out.push(text);
  }
  return out;
}

interface Accuracy {
  ours: number;
  chardet: number;
}

function accuracy(enc: FileEncoding, length: number): Accuracy {
  const texts = samples(length, 150, length * 31 + enc.length).map((t) => encodableIn(t, enc));
  let ours = 0;
  let theirs = 0;
  for (const t of texts) {
    const bytes = encodeText(t, enc);
    if (detectEncoding(bytes).encoding === EXPECTED[enc]) ours++;
    if (CHARDET_NAME[chardet.detect(bytes) ?? ""] === EXPECTED[enc]) theirs++;
  }
  return { ours: ours / texts.length, chardet: theirs / texts.length };
}

describe("encoding detection on real Russian text", () => {
  it("has real text to work on", () => expect(LINES.length).toBeGreaterThan(100));

  const table: string[] = [];
  afterAll(() => {
    // The figures of docs/notes/files-in.md: printed so a run shows them.
    if (table.length) console.log(`share detected right (ours / chardet):\n${table.join("\n")}`);
  });

  it.each([8, 16, 32, 128])("%i-character fragments: right at least as often as chardet, nearly always from 16 on", (length) => {
    const row: string[] = [];
    for (const enc of ALL) {
      const a = accuracy(enc, length);
      row.push(`${enc} ${(a.ours * 100).toFixed(0)}/${(a.chardet * 100).toFixed(0)}`);
      expect(a.ours).toBeGreaterThanOrEqual(a.chardet);
      expect(a.ours).toBeGreaterThanOrEqual(length >= 16 ? 0.98 : 0.9);
    }
    table.push(`${length}: ${row.join(", ")}`);
  });

  it.each(ALL)("a whole roadmap in %s reads back letter for letter", (enc) => {
    const text = encodableIn(LINES.slice(0, 400).join("\n"), enc);
    const decoded = decodeFileText(encodeText(text, enc));
    expect(decoded.detected.encoding).toBe(EXPECTED[enc]);
    expect(decoded.detected.bom).toBe(enc.endsWith("bom"));
    expect(decoded.text).toBe(text);
  });

  it("one word is enough for UTF-16 without a BOM and for the common single-byte encodings", () => {
    for (const word of ["Мероприятие", "Ответственный", "Срок исполнения", "Приказ"]) {
      for (const enc of ["utf16le", "utf16be", "win1251", "koi8-r", "cp866"] as const) {
        expect([word, enc, detectEncoding(encodeText(word, enc)).encoding]).toEqual([word, enc, EXPECTED[enc]]);
      }
    }
  });

  it("pure ASCII and empty files are UTF-8, with no finding to make", () => {
    expect(detectEncoding(new TextEncoder().encode("1.\tPlan\t2024")).encoding).toBe("utf-8");
    expect(detectEncoding(new Uint8Array()).encoding).toBe("utf-8");
  });

  it("UTF-8 with a few broken bytes stays UTF-8 and counts them", () => {
    const good = new TextEncoder().encode(LINES.slice(0, 20).join("\n"));
    const broken = new Uint8Array([...good.subarray(0, 200), 0xff, ...good.subarray(200)]);
    const d = detectEncoding(broken);
    expect(d.encoding).toBe("utf-8");
    expect(d.invalidBytes).toBe(1);
  });
});

describe("line ends", () => {
  const doc = (eol: string) => ["Приказ", "Об утверждении плана на 2024-2025 годы", "№\tМероприятие\tСрок", "1.\tСовещание руководителей\tмарт 2025 г.", "2.\tМониторинг\tежеквартально"].join(eol) + eol;

  it.each([
    ["CRLF", "\r\n"],
    ["lone CR", "\r"],
  ])("%s reads as LF does: the same tables on the same lines", (_name, eol) => {
    for (const enc of ["utf8", "win1251", "utf16lebom", "koi8-r"] as const) {
      const want = readDocumentText(encodableIn(doc("\n"), enc), "x.txt");
      const got = readDocumentText(decodeText(encodeText(encodableIn(doc(eol), enc), enc)), "x.txt");
      expect(got.tables.map((t) => [t.origin.firstRow, t.cells.map((r) => r.map((c) => c.trim()))])).toEqual(
        want.tables.map((t) => [t.origin.firstRow, t.cells.map((r) => r.map((c) => c.trim()))]),
      );
    }
  });
});
