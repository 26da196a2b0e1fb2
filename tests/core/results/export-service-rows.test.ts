import { readResults } from "../../../src/core/results";
import { isExportServiceRow } from "../../../src/core/results/export-service-rows";
import { exportRows, SCHOOL_A, SCHOOL_B, table } from "../tasks/export-fixture";

describe("ФИС ОКО per-pupil export in the per-student reader", () => {
  it("knows group rows and absent pupils' rows", () => {
    expect(isExportServiceRow(["МБОУ «СОШ № 1»(edu990101)", "Кол-во участников: 27", ""])).toBe("group");
    expect(
      isExportServiceRow([
        "edu990101",
        "Энский район",
        "МБОУ «СОШ № 1»(edu990101)",
        "10004",
        "5",
        "отсутствовал",
        "",
        "",
      ]),
    ).toBe("absent");
    expect(
      isExportServiceRow([
        "edu990101",
        "Энский район",
        "МБОУ «СОШ № 1»(edu990101)",
        "10001",
        "5",
        "1",
        "1",
        "0",
        "2",
        "1",
        "3",
        "4",
        "4",
      ]),
    ).toBeNull();
  });

  it("reads schools by «Название ОО», no school of 0 participants, «нет отметки» is no finding", () => {
    const r = readResults([table(exportRows([SCHOOL_A, SCHOOL_B]))]);
    const schools = r.tables.flatMap((t) => t.schools);
    // (edu… codes glued on the name are recognised as codes by the results reader's own school-key work, #16.)
    expect(schools.map((s) => [s.school, s.participants])).toEqual([
      [expect.stringContaining("МБОУ «СОШ № 1 г. Энска»"), 5],
      [expect.stringContaining("МБОУ «ООШ с. Озёрное»"), 4],
    ]);
    expect(r.findings.filter((f) => f.code === "results.invalid-mark")).toEqual([]);
  });
});
