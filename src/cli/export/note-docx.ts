import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, TextRun } from "docx";
import type { NoteParagraph } from "../../core/report";

const PROPOSALS = "proposals";

/** The analytic note as a Word document: A4, Times New Roman 14 pt, 1.5 spacing — the usual form of a «справка». */
function paragraphOf(p: NoteParagraph): Paragraph {
  switch (p.kind) {
    case "title":
      return new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: p.text, bold: true, allCaps: true })] });
    case "subtitle":
      return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new TextRun({ text: p.text, bold: true })] });
    case "heading":
      return new Paragraph({ heading: HeadingLevel.HEADING_2, spacing: { before: 240, after: 120 }, children: [new TextRun({ text: p.text, bold: true })] });
    case "item":
      return p.level === 2
        ? new Paragraph({ indent: { left: 1418, hanging: 284 }, children: [new TextRun(`• ${p.text}`)] })
        : new Paragraph({ indent: { left: 709, hanging: 284 }, children: [new TextRun(`– ${p.text}`)] });
    case "numbered":
      // A real Word list: the numbers are the list's, so an edited or inserted proposal renumbers itself.
      return new Paragraph({ numbering: { reference: PROPOSALS, level: 0 }, alignment: AlignmentType.JUSTIFIED, children: [new TextRun(p.text)] });
    default:
      return new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 709 }, children: [new TextRun(p.text)] });
  }
}

export async function noteToDocx(paragraphs: readonly NoteParagraph[]): Promise<Uint8Array> {
  const doc = new Document({
    creator: "Монитор дорожных карт",
    title: "Аналитическая справка",
    numbering: {
      config: [{
        reference: PROPOSALS,
        levels: [{ level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 709, hanging: 425 } } } }],
      }],
    },
    styles: { default: { document: { run: { font: "Times New Roman", size: 28 }, paragraph: { spacing: { line: 360 } } } } },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1701, right: 850 } } },
        children: paragraphs.map(paragraphOf),
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
