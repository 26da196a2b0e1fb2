/**
 * The fake Excel's workbook state as an ExcelJS workbook: cells (values, formulas, number formats), merges,
 * list validations, visibility and defined names. The differential test compares it with what the .xlsx
 * renderer writes for the same plan, and LibreOffice recalculates both.
 */
import ExcelJS from "exceljs";
import { parseRect } from "./fake-excel/cells";
import type { WorkbookState } from "./fake-excel/state";

const VISIBILITY = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" } as const;

/** `=HYPERLINK("#'Лист'!B5","→")` as the .xlsx writer stores an internal link: a hyperlink value. */
function linkOf(formula: string): { text: string; hyperlink: string } | null {
  const m = /^=HYPERLINK\("((?:[^"]|"")*)","((?:[^"]|"")*)"\)$/.exec(formula);
  return m ? { hyperlink: m[1].replace(/""/g, '"'), text: m[2].replace(/""/g, '"') } : null;
}

export function fakeToWorkbook(state: WorkbookState, keep: (sheet: string) => boolean = () => true): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const s of state.sheets.filter((x) => keep(x.name))) {
    const ws = wb.addWorksheet(s.name, { state: VISIBILITY[s.visibility] });
    for (const [r, row] of s.cells) {
      for (const [c, cell] of row) {
        const x = ws.getCell(r + 1, c + 1);
        const link = cell.f ? linkOf(cell.f) : null;
        if (link) x.value = link;
        else if (cell.f) x.value = { formula: cell.f.slice(1) } as ExcelJS.CellFormulaValue;
        else if (cell.v !== "") x.value = cell.v;
        if (cell.nf && cell.nf !== "General") x.numFmt = cell.nf;
      }
    }
    for (const m of s.merges) ws.mergeCells(m);
    const validations = (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } })
      .dataValidations;
    for (const dv of s.dataValidations) {
      const list = (dv.props.rule as { list?: { source: string } } | undefined)?.list;
      if (!list) continue;
      validations.add(dv.target, {
        type: "list",
        allowBlank: dv.props.ignoreBlanks !== false,
        formulae: [`"${list.source}"`],
      });
    }
  }
  for (const n of state.names) {
    const body = n.formula.replace(/^=/, "");
    const sheet = body.slice(0, body.lastIndexOf("!")).replace(/^'|'$/g, "").replace(/''/g, "'");
    if (!body.includes("!") || !keep(sheet)) continue;
    try {
      parseRect(body);
      wb.definedNames.add(body, n.name);
    } catch {
      // a constant or an expression: not a range name, not exported
    }
  }
  return wb;
}
