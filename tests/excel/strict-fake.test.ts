/** The fake refuses what Excel refuses: a test that passes on it does not rely on a kinder Excel. */
import { createFakeOffice } from "../helpers/fake-excel";

async function run(
  api: string,
  batch: (ctx: any) => void,
  setup?: (fake: ReturnType<typeof createFakeOffice>) => void,
) {
  const fake = createFakeOffice({ apiVersion: api });
  fake.addUserSheet("Лист1", [
    ["a", "b"],
    ["c", "d"],
  ]);
  setup?.(fake);
  const error = await fake.Excel.run(async (ctx) => {
    batch(ctx);
    await ctx.sync();
  }).then(
    () => null,
    (e: unknown) => e as { code: string },
  );
  return { fake, error };
}

describe("strict fake Excel", () => {
  it.each([
    [
      "1.7",
      "Range.dataValidation (1.8)",
      (ctx: any) => (ctx.workbook.worksheets.getItem("Лист1").getRange("A1").dataValidation.rule = {}),
    ],
    [
      "1.8",
      "Worksheet.pageLayout (1.9)",
      (ctx: any) => (ctx.workbook.worksheets.getItem("Лист1").pageLayout.orientation = "Landscape"),
    ],
    [
      "1.8",
      "suspendScreenUpdatingUntilNextSync (1.9)",
      (ctx: any) => ctx.workbook.application.suspendScreenUpdatingUntilNextSync(),
    ],
    [
      "1.9",
      "getMergedAreasOrNullObject (1.13)",
      (ctx: any) =>
        ctx.workbook.worksheets.getItem("Лист1").getRange("A1").getMergedAreasOrNullObject().load("address"),
    ],
  ])("ExcelApi %s: %s fails with ApiNotFound", async (api, _what, batch) => {
    expect((await run(api, batch)).error).toMatchObject({ code: "ApiNotFound" });
  });

  it.each(["A1", "xfd1048576", "R1C1", "R2", "C"])(
    "refuses the defined name %s, which reads as a cell reference",
    async (name) => {
      const { error } = await run("1.9", (ctx) => ctx.workbook.names.add(name, "=Лист1!$A$1"));
      expect(error).toMatchObject({ code: "InvalidArgument" });
    },
  );

  it("refuses a name taken by a table and a table over merged cells or another table", async () => {
    const addTable = (ctx: any, at: string) => ctx.workbook.worksheets.getItem("Лист1").tables.add(at, true);
    expect(
      (
        await run(
          "1.9",
          (ctx) => ((addTable(ctx, "A1:B2").name = "План"), ctx.workbook.names.add("План", "=Лист1!$A$1")),
        )
      ).error,
    ).toMatchObject({ code: "InvalidArgument" });
    expect(
      (
        await run(
          "1.9",
          (ctx) => addTable(ctx, "A1:B2"),
          (f) => f.sheet("Лист1")!.merges.push("B2:C2"),
        )
      ).error,
    ).toMatchObject({ code: "InvalidOperation" });
    expect((await run("1.9", (ctx) => (addTable(ctx, "A1:B2"), addTable(ctx, "B2:C3")))).error).toMatchObject({
      code: "InvalidOperation",
    });
  });

  it("refuses to hide or delete the last visible sheet, and to freeze a hidden one", async () => {
    expect((await run("1.9", (ctx) => ctx.workbook.worksheets.getItem("Лист1").delete())).error).toMatchObject({
      code: "InvalidOperation",
    });
    expect(
      (await run("1.9", (ctx) => (ctx.workbook.worksheets.getItem("Лист1").visibility = "Hidden"))).error,
    ).toMatchObject({ code: "InvalidOperation" });
    const { error } = await run(
      "1.9",
      (ctx) => ctx.workbook.worksheets.getItem("Скрытый").freezePanes.freezeRows(1),
      (f) => f.addUserSheet("Скрытый", [], "Hidden"),
    );
    expect(error).toMatchObject({ code: "GeneralException" });
  });

  it("refuses a request over 5 MB and a cell over 32,767 characters (quote prefix included)", async () => {
    const big = (ctx: any) =>
      (ctx.workbook.worksheets.getItem("Лист1").getRange("A1:A200").values = Array.from({ length: 200 }, () => [
        "Ж".repeat(15_000),
      ]));
    expect((await run("1.9", big)).error).toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    const cell = (text: string) => (ctx: any) =>
      (ctx.workbook.worksheets.getItem("Лист1").getRange("A1").values = [[text]]);
    expect((await run("1.9", cell(`'${"x".repeat(32_767)}`))).error).toMatchObject({ code: "InvalidArgument" });
    expect((await run("1.9", cell(`'${"x".repeat(32_766)}`))).error).toBeNull();
  });

  it("refuses a response over 5 MB", async () => {
    const { error } = await run(
      "1.9",
      (ctx) => ctx.workbook.worksheets.getItem("Лист1").getRange("A1:A400").load("values"),
      (f) => {
        const s = f.sheet("Лист1")!;
        for (let r = 0; r < 400; r++) s.cells.set(r, new Map([[0, { v: "Ж".repeat(7_000) }]]));
      },
    );
    expect(error).toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });
});
