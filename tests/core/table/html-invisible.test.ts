import { htmlToText, parseHtmlTables, readDocumentText } from "../../../src/core/table";

/** Clipboard HTML as Word and browsers put it: a head with styles, conditional comments, scripts. */
const CLIPBOARD = `<html xmlns:o="urn:schemas-microsoft-com:office:office">
<head><meta charset="utf-8"><title>Приказ № 15</title>
<style><!-- p.MsoNormal { margin:0cm; font-family:"Times New Roman"; } td { border: 1px } --></style>
<!--[if gte mso 9]><xml><o:OfficeDocumentSettings><o:AllowPNG/></o:OfficeDocumentSettings></xml><![endif]-->
<script>document.write("ВРЕДНЫЙ ТЕКСТ")</script>
</head>
<body><p>План мероприятий на 2024-2025 годы</p>
<table><tr><td>№</td><td>Мероприятие<script>alert("скрипт")</script></td></tr>
<tr><td><![if !supportLists]>1.<![endif]></td><td>Совещание<style>.x{color:red}</style> руководителей<!-- заметка --></td></tr></table>
</body></html>`;

describe("script, style, head and comments never become text", () => {
  it("in table cells", () => {
    const [t] = parseHtmlTables(CLIPBOARD);
    expect(t.cells).toEqual([["№", "Мероприятие"], ["1.", "Совещание руководителей"]]);
  });

  it("in the text before a table and in the document's text", () => {
    const doc = readDocumentText(CLIPBOARD, "вставка.html");
    const all = JSON.stringify(doc);
    for (const hidden of ["ВРЕДНЫЙ", "скрипт", "MsoNormal", "color:red", "заметка", "Приказ № 15", "AllowPNG"]) expect(all).not.toContain(hidden);
    expect(doc.tables[0].context).toMatch(/План мероприятий на 2024-2025 годы/);
  });

  it("line numbers after a removed block do not move", () => {
    const text = "<html><head><style>\na{}\nb{}\n</style></head><body>\n<table><tr><td>x</td></tr></table>";
    expect(readDocumentText(text, "x.html").tables[0].origin.firstRow).toBe(5);
  });

  it("an unclosed script hides the rest, as in a browser", () => {
    expect(htmlToText("<p>Текст</p><script>var a = 1;")).toBe("Текст");
  });

  it("tab-separated text that merely mentions a tag is left alone", () => {
    const doc = readDocumentText("№\tМероприятие\n1.\tРазместить <script> на сайте школы\n", "x.txt");
    expect(doc.tables[0].cells[1][1]).toContain("на сайте школы");
  });
});
