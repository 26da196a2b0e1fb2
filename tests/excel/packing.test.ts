import { createOfficeHost, SYNC_BUDGET_BYTES } from "../../src/excel";
import { OP_OVERHEAD_BYTES } from "../../src/excel/sheet-data";
import { createFakeOffice } from "../helpers/fake-excel";
import { envOf, fiveSheetPlan } from "./plans";

describe("the packer's size estimate", () => {
  it("a simple op serialises to about 100 bytes, under the packer's per-op estimate", async () => {
    const fake = createFakeOffice({ apiVersion: "1.9" });
    fake.addUserSheet("Лист1", [["x"]]);
    const merges = Array.from({ length: 10_000 }, (_, i) => `A${i * 2 + 1}:C${i * 2 + 1}`);
    const rowHeights = Array.from({ length: 10_000 }, (_, i) => ({ row: i * 2 + 1, height: 30 + (i % 2) }));
    await createOfficeHost({ env: envOf(fake) }).renderPlan({
      sheets: [{ key: "m.m", name: "Сводный отчёт по району", merges, rowHeights }],
    });
    const perOp = fake.stats.requestBytes.map((b, i) => b / Math.max(1, fake.stats.opsPerSync[i]));
    const bulk = perOp.filter((_, i) => fake.stats.opsPerSync[i] > 1000);
    expect(bulk.length).toBeGreaterThan(0);
    for (const b of bulk) {
      expect(b).toBeGreaterThan(80);
      expect(b).toBeLessThan(OP_OVERHEAD_BYTES);
    }
  });

  it("fills syncs close to the budget without passing it", async () => {
    const fake = createFakeOffice({ apiVersion: "1.9" });
    fake.addUserSheet("Лист1", [["x"]]);
    await createOfficeHost({ env: envOf(fake) }).renderPlan(fiveSheetPlan(10_000));
    const writes = fake.stats.requestBytes.slice(1, -1);
    expect(Math.max(...writes)).toBeLessThan(SYNC_BUDGET_BYTES);
    expect(Math.max(...writes)).toBeGreaterThan(SYNC_BUDGET_BYTES * 0.6);
  });
});
