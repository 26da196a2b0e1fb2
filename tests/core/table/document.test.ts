import JSZip from "jszip";
import { readDocumentText, readDocx } from "../../../src/core/table";
import { assembleRoadmap } from "../../../src/core/roadmap";
import { seedText } from "../roadmap/seed-helpers";

describe("readDocumentText", () => {
  it("finds every table of a seed order, each with the text before it", () => {
    const doc = readDocumentText(seedText("bodaibo-2020-2023.txt"), "bodaibo");
    expect(doc.tables.map((t) => [t.origin.firstRow, t.cells[0][0]])).toEqual([
      [68, "Наименование программы"],
      [112, "Фактор"],
      [152, ""],
      [378, "Предмет мониторинга"],
      [389, "№ п/п"],
    ]);
    expect(doc.tables[4].context).toMatch(/\*\*План мероприятий {2}\nпо повышению качества образования в общеобразовательных организациях\*\*$/);
    expect(doc.text.length).toBeGreaterThan(50000);
  });

  it("row i of a table is line firstRow + i of the text, blank lines included", () => {
    const doc = readDocumentText("Заголовок\n\nа\tб\n\nв\tг\nтекст\n");
    expect(doc.tables[0].origin.firstRow).toBe(3);
    expect(doc.tables[0].cells).toEqual([["а", "б"], [], ["в", "г"]]);
    expect(doc.tables[0].context).toBe("Заголовок");
  });

  it("keeps a section line without tabs inside a run, splits at prose", () => {
    const doc = readDocumentText("№\tМероприятие\tСрок\n2. Второй раздел\n2.1\tСеминар\tмай\nПрочее\nx\ty\n");
    expect(doc.tables.map((t) => t.cells.length)).toEqual([3, 1]);
  });

  it("reads <table> blocks and pipe tables inside text", () => {
    const doc = readDocumentText("Вступление\n<table><tr><td>№</td><td>Мероприятие</td></tr></table>\nмежду\n| a | b |\n|---|---|\n| 1 | 2 |\n");
    expect(doc.tables.map((t) => t.cells)).toEqual([[["№", "Мероприятие"]], [["a", "b"], [], ["1", "2"]]]);
    expect(doc.tables[0].context).toBe("Вступление");
    expect(doc.tables[1].origin.firstRow).toBe(4);
  });
});

async function docx(body: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  zip.file("word/document.xml", `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: "uint8array" });
}

const p = (text: string, bold = false) => `<w:p><w:r>${bold ? "<w:rPr><w:b/></w:rPr>" : ""}<w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const tc = (text: string, extra = "", bold = false) => `<w:tc><w:tcPr>${extra}</w:tcPr>${p(text, bold)}</w:tc>`;
const tr = (...cells: string[]) => `<w:tr>${cells.join("")}</w:tr>`;

describe("readDocx", () => {
  it("offers the Word file's tables with merged cells and bold section rows, and keeps the text", async () => {
    const body =
      p("Дорожная карта Энского района на 2024-2026 годы", true) +
      "<w:tbl>" +
      tr(tc("№"), tc("Мероприятие"), tc("Срок"), tc("Ответственный")) +
      tr(tc("1. Диагностика", '<w:gridSpan w:val="4"/>', true)) +
      tr(tc("1.1."), tc("Анализ результатов"), tc("май 2024", '<w:vMerge w:val="restart"/>'), tc("Отдел образования")) +
      tr(tc("1.2."), tc("Анкетирование"), tc("", "<w:vMerge/>"), tc("Методисты")) +
      "</w:tbl>";
    const doc = await readDocx(await docx(body));
    expect(doc.text).toContain("на 2024-2026 годы");
    expect(doc.tables).toHaveLength(1);
    expect(doc.tables[0].boldRows?.[1]).toBe(true);
    const r = assembleRoadmap(doc);
    expect(r.sections.map((s) => s.title)).toEqual(["1. Диагностика"]);
    expect(r.activities.map((a) => [a.number, a.deadline.raw, a.responsibleRaw])).toEqual([
      ["1.1.", "май 2024", "Отдел образования"],
      ["1.2.", "май 2024", "Методисты"],
    ]);
    expect(r.title).toBe("Дорожная карта Энского района на 2024-2026 годы");
  });
});
