import { createOfficeHost } from "../../../src/excel";
import { createPaneJobs } from "../../../src/taskpane/jobs";
import { readPaneSettings, storedPaneSettings, withMapping, defaultPaneSettings } from "../../../src/taskpane/settings";
import { createFakeOffice } from "../../helpers/fake-excel";
import { envOf } from "../../excel/plans";

function newJobs() {
  const fake = createFakeOffice();
  fake.addUserSheet("Лист1", [["Своё"]]);
  return createPaneJobs(createOfficeHost({ env: envOf(fake) }));
}

const progress = { report: () => undefined, isCancelled: () => false };
const UNCLEAR = "Название\tИтог\tКомментарий\nРомашка\t4\t\nРомашка\t5\tхорошо\nБерёзка\t2\t\nБерёзка\t3\t";

describe("results import the pane cannot read by itself", () => {
  it("returns the columns with a guessed role each instead of guessing in silence", async () => {
    const jobs = newJobs();
    const out = await jobs.importResults({ pasted: { kind: "text", content: UNCLEAR }, asOf: "2025-06-30" }, progress);
    expect(out.resultColumns?.map((c) => [c.header, c.role])).toEqual([["Название", "other"], ["Итог", "mark"], ["Комментарий", "other"]]);
    expect(jobs.reportSources().results).toHaveLength(0);
  });

  it("reads it with the user's roles and fields, and hands back the mapping to save", async () => {
    const jobs = newJobs();
    const out = await jobs.importResults({
      pasted: { kind: "text", content: UNCLEAR }, asOf: "2025-06-30",
      columns: [["Название", "school"], ["Итог", "mark"]], key: { assessment: "ВПР", subject: "Математика", grade: "4", year: "" },
    }, progress);
    expect(out.recognised?.[0]).toMatchObject({ assessment: "ВПР", subject: "Математика", grade: "4", schools: 2 });
    expect(out.savedMapping?.columns).toEqual([["Название", "school"], ["Итог", "mark"]]);
    // The next paste of the same header is read with the saved mapping, without asking again.
    const again = await jobs.importResults({ pasted: { kind: "text", content: UNCLEAR }, asOf: "2025-06-30", mappings: [out.savedMapping!] }, progress);
    expect(again.recognised?.[0].schools).toBe(2);
    // «Рассчитать показатели» reads every import with the roles and fields it was read with.
    const computed = await jobs.computeIndicators({ pasted: null, asOf: "2025-06-30" }, progress);
    expect(computed.recognised?.map((r) => [r.assessment, r.subject, r.schools])).toEqual([["ВПР", "Математика", 2], ["не определена", "не указан", 2]]);
  });

  it("saved mappings survive the document settings round trip; bad entries are dropped", () => {
    const s = { ...defaultPaneSettings("2025-06-30"), resultMappings: withMapping([], { signature: "название|итог", columns: [["Название", "school"]] }) };
    const raw = JSON.parse(JSON.stringify(storedPaneSettings(s)));
    expect(readPaneSettings(raw, "2025-06-30").resultMappings).toEqual(s.resultMappings);
    expect(readPaneSettings({ resultMappings: [{ signature: 1 }, { signature: "x", columns: [["a", "школа"]] }] }, "2025-06-30").resultMappings).toEqual([]);
  });
});
