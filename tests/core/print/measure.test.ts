import fc from "fast-check";
import { CARLITO } from "../../../src/core/print/font-metrics";
import { MAX_ROW_HEIGHT, columnPoints, lineHeight, linesIn, rowHeightFor, textRoom, textWidth, wrapText } from "../../../src/core/print";

describe("text measurement in Calibri's widths (Carlito)", () => {
  it("knows Calibri's digit and the Cyrillic letters", () => {
    // Calibri's digits are 0.507 em: 5.58 pt at 11 pt (Excel's 7 px character unit).
    expect(textWidth("0")).toBeCloseTo(5.58, 1);
    expect(textWidth("Ш")).toBeGreaterThan(textWidth("г"));
    expect(textWidth("Просрочено", { bold: true })).toBeGreaterThan(textWidth("Просрочено"));
    expect(textWidth("абв", { size: 22 })).toBeCloseTo(2 * textWidth("абв"), 5);
    // Every Russian letter and the report's punctuation are in the table, not the wide fallback.
    const table = new Set(CARLITO.regular.split(",").map((p) => String.fromCharCode(parseInt(p.split(":")[0], 36))));
    for (const ch of "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ«»—–№…%") expect(table.has(ch)).toBe(true);
  });

  it("turns column widths into points as Excel does (7 px a unit)", () => {
    expect(columnPoints(10)).toBe(52.5);
    expect(textRoom([10, 10])).toBeLessThan(2 * columnPoints(10));
  });

  it("wraps at word boundaries, every line within the room, nothing lost", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("мероприятие", "по", "ОГЭ", "качество", "−24,5", "«Озёрная", "СОШ»", "2024"), { minLength: 1, maxLength: 40 }), fc.integer({ min: 40, max: 400 }), fc.boolean(), (words, room, bold) => {
        const lines = wrapText(words.join(" "), room, { bold });
        for (const line of lines) if (line.includes(" ")) expect(textWidth(line, { bold })).toBeLessThanOrEqual(room + 1e-9);
        // Words stay in order; only a word wider than the line is cut (and then its pieces fill whole lines).
        expect(lines.join("").replace(/ /g, "")).toBe(words.join("").replace(/ /g, ""));
        if (words.every((w) => textWidth(w, { bold }) <= room)) expect(lines.join(" ").split(" ")).toEqual(words.join(" ").split(" "));
      }),
    );
  });

  it("cuts a word longer than the line and keeps explicit line breaks", () => {
    const lines = wrapText("Сверхдлинноесловобезпробеловвообще", 40);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join("")).toBe("Сверхдлинноесловобезпробеловвообще");
    expect(linesIn("а\nб\nв", 200)).toBe(3);
  });

  it("gives Excel's 15 pt a line at 11 pt and caps nothing itself", () => {
    expect(lineHeight()).toBe(15);
    expect(rowHeightFor(2)).toBeGreaterThanOrEqual(30);
    expect(rowHeightFor(2, 14)).toBeGreaterThan(rowHeightFor(2));
    expect(rowHeightFor(40)).toBeGreaterThan(MAX_ROW_HEIGHT);
  });
});
