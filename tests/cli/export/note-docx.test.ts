import JSZip from "jszip";
import { noteToDocx } from "../../../src/cli/export/note-docx";
import type { NoteParagraph } from "../../../src/core/report";

const note: NoteParagraph[] = [
  { kind: "title", text: "Аналитическая справка" },
  { kind: "heading", text: "Предложения" },
  { kind: "numbered", number: 1, text: "Обеспечить адресное сопровождение школ." },
  { kind: "numbered", number: 2, text: "Провести перепроверку работ." },
  { kind: "item", text: "МКОУ «Озёрная СОШ»:" },
  { kind: "item", level: 2, text: "доля «2» 33,3 %." },
];

describe("the note as a Word document", () => {
  it("writes proposals as a real numbered list (Word numbering, no typed «1.»)", async () => {
    const zip = await JSZip.loadAsync(await noteToDocx(note));
    const doc = await zip.file("word/document.xml")!.async("string");
    const numbering = await zip.file("word/numbering.xml")!.async("string");
    expect(numbering).toMatch(/w:numFmt w:val="decimal"/);
    const paragraphs = doc.split("</w:p>");
    const proposals = paragraphs.filter((p) => /Обеспечить|перепроверку/.test(p));
    expect(proposals).toHaveLength(2);
    for (const p of proposals) {
      expect(p).toMatch(/<w:numPr>/);
      expect(p).not.toMatch(/>\d\.\s/);
    }
    expect(paragraphs.filter((p) => /<w:numPr>/.test(p))).toHaveLength(2);
    expect(doc).toContain("• доля «2» 33,3 %.");
  });
});
