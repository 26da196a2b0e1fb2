/**
 * The returns loop against a real spreadsheet program: a school's form saved again by LibreOffice (another program
 * than ours) reads the same, and LibreOffice recalculating the returns sheets gets the counts the report states.
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { renderXlsx } from "../../src/xlsx";
import { convertWithLibreOffice, recalculateManyWithLibreOffice } from "../helpers/libreoffice";
import { A, B, C, parse, schoolLoop } from "../core/returns/loop";
import type { ParsedReturn } from "../../src/core/returns";

describe("school returns through LibreOffice", () => {
  let loop: Awaited<ReturnType<typeof schoolLoop>>;
  beforeAll(async () => {
    loop = await schoolLoop();
  });

  it("reads a form that LibreOffice opened and saved as the same return", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "rm-returns-"));
    try {
      const input = path.join(dir, "Черевково.xlsx");
      await writeFile(input, loop.files.b);
      const saved = await convertWithLibreOffice(input, "xlsx", path.join(dir, "saved"));
      const direct = (await parse("Черевково.xlsx", loop.files.b, null)) as ParsedReturn;
      const again = (await parse("Черевково.xlsx", new Uint8Array(await readFile(saved)), null)) as ParsedReturn;
      expect(again.kind).toBe("return");
      expect(again.school).toBe(B);
      const fields = (r: ParsedReturn) =>
        r.entries.map((e) => [
          e.id,
          e.status,
          e.doneDate,
          e.evidence,
          e.comment,
          e.doneDateRaw && !e.doneDate ? e.doneDateRaw : "",
        ]);
      expect(fields(again)).toEqual(fields(direct));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("recalculates the per-school counts to the figures of the report", async () => {
    const [values] = await recalculateManyWithLibreOffice([await renderXlsx(loop.report.plan)]);
    const sheet = values["Ответы школ"];
    const header = sheet.findIndex((row) => row[0] === "Школа");
    // LibreOffice saves a formula whose result is 0 without a cached value; ExcelJS reads that back as null.
    const rows = new Map(
      sheet.slice(header + 1, header + 4).map((row) => [row[0], row.slice(3, 9).map((v) => v ?? 0)]),
    );
    for (const s of loop.report.report.execution.bySchool) {
      expect([s.name, rows.get(s.name)]).toEqual([
        s.name,
        [s.total, s.done, s.inProgress, s.overdue, s.planned, s.doneShare],
      ]);
    }
    expect([...rows.keys()]).toEqual([A, B, C]);
    expect(sheet[2][1]).toBe("2 из 3");
  });
});
