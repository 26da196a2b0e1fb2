/**
 * «Ответственные»: the activity count per party is a live formula that counts the party's own name only —
 * «КО» is not counted inside «Руководители ОО» (issue 14, point 5). Checked by LibreOffice recalculating the
 * written workbook, against the parties the roadmap itself parsed.
 */
import { runRoadmapJob } from "../../../../src/core/pipeline";
import { readDocumentText } from "../../../../src/core/table";
import { renderXlsx } from "../../../../src/xlsx";
import { libreOfficeAvailable, recalculateWithLibreOffice } from "../../../helpers/libreoffice";
import { exactPartyCountFormula } from "../../../../src/core/sheets/roadmap";

const ORDER = [
  "План мероприятий («дорожная карта») на 2024 год",
  "",
  "№\tМероприятие\tСрок\tОтветственные",
  "1.\tСовещание руководителей\tянварь 2024\tКО",
  "2.\tАнализ результатов ВПР\tфевраль 2024\tРуководители ОО",
  "3.\tСеминар по объективности\tмарт 2024\tКО, Руководители ОО",
  "4.\tМетодический десант\tапрель 2024\tМетодисты",
  "5.\tКонсультации\tмай 2024\tМетодисты, КО",
].join("\n");

describe("«Ответственные» counts", () => {
  const job = runRoadmapJob({ document: readDocumentText(ORDER), asOf: "2024-12-01" });
  const directory = job.plan.sheets.find((s) => s.name.startsWith("Ответственные"))!;
  const rows = directory.tables![0].rows;

  it("lists only the parties the document names (not the whole built-in list of abbreviations)", () => {
    expect(rows.map((r) => r[0]).sort()).toEqual(["КО", "Методисты", "Руководители ОО"]);
  });

  it("a formula counting the whole name among «; »-joined names", () => {
    expect(exactPartyCountFormula("R", "A3")).toMatch(/^COUNTIF\(R,.*\)\+COUNTIF\(R,.*&"; \*"\)\+COUNTIF\(R,"\*; "&.*\)\+COUNTIF\(R,"\*; "&.*&"; \*"\)$/);
  });

  (libreOfficeAvailable() ? it : it.skip)("recalculated by LibreOffice, each count equals the activities that name the party", async () => {
    const sheets = await recalculateWithLibreOffice(await renderXlsx(job.plan));
    const values = sheets[directory.name];
    const expected = (name: string) => job.roadmap.activities.filter((a) => a.responsible.some((p) => p.name === name)).length;
    const got = values.slice(2).filter((r) => r[0]).map((r) => [r[0], r[5]]);
    expect(got).toEqual(rows.map((r) => [r[0], expected(String(r[0]))]));
    expect(got.find((r) => r[0] === "КО")?.[1]).toBe(3);
  }, 120000);
});
