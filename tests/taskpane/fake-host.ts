import type { ExcelHost, RangeRead, RenderReport } from "../../src/excel/host-types";

/** A recording ExcelHost for component tests: every call is kept; the selection is whatever the test sets. */
export function fakeHost(selection: Partial<RangeRead> = {}) {
  const calls = { selectCell: [] as [string, string][], renderPlan: 0, readSelection: 0 };
  const host: ExcelHost = {
    readSelection: async () => {
      calls.readSelection++;
      return { sheet: "Лист1", address: "A1", firstRow: 1, firstColumn: 1, values: [], merges: [], ...selection };
    },
    renderPlan: async (plan): Promise<RenderReport> => {
      calls.renderPlan++;
      const sheetNames = Object.fromEntries(plan.sheets.map((s) => [s.key, s.name]));
      return { sheetNames, syncCount: 3, warnings: [] };
    },
    readOwnSheet: async () => null,
    selectCell: async (sheet, address) => {
      calls.selectCell.push([sheet, address]);
    },
    features: () => ({
      charts: true,
      conditionalFormats: true,
      dataValidation: true,
      createWorkbook: false,
      suspendScreenUpdating: true,
    }),
    loadSettings: async () => ({}),
    saveSettings: async () => undefined,
  };
  return { host, calls };
}
