import fc from "fast-check";
import { decodeBytes, indexOfText, lastIndexOfText, spliceText } from "../../src/xlsx/package/bytes";

const bytes = (s: string) => new TextEncoder().encode(s);

describe("byte-level edits of package parts", () => {
  it("finds ASCII text as String.indexOf / lastIndexOf do, also among Cyrillic bytes", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("<a>", "</a>", "ж", "x", "<", "a", "ё"), { maxLength: 30 }), fc.constantFrom("<a>", "</a>", "a", "<"), (parts, needle) => {
        const text = parts.join("");
        const b = bytes(text);
        const byteIndex = (i: number) => (i < 0 ? -1 : bytes(text.slice(0, i)).length);
        expect(indexOfText(b, needle)).toBe(byteIndex(text.indexOf(needle)));
        expect(lastIndexOfText(b, needle)).toBe(byteIndex(text.lastIndexOf(needle)));
      }),
    );
  });

  it("splices text in place of a byte range", () => {
    const b = bytes("<w><d>ячейки</d><h>old</h></w>");
    const start = indexOfText(b, "<h>");
    const end = indexOfText(b, "</w>");
    expect(decodeBytes(spliceText(b, start, end, "<h>новое</h>"))).toBe("<w><d>ячейки</d><h>новое</h></w>");
    expect(lastIndexOfText(bytes("ab"), "abc")).toBe(-1);
  });
});
