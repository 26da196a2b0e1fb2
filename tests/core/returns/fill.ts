/** Fills a school's form as a school would, through ExcelJS (another program than the one that wrote it). */
import ExcelJS from "exceljs";
import { FORM_HEADER_ROW, FORM_SHEET } from "../../../src/core/returns";

export interface Answer {
  readonly status?: string;
  readonly doneDate?: string | Date;
  readonly evidence?: string;
  readonly comment?: string;
}

export interface FillOptions {
  /** Sort the activity rows by status text (as a school sorting the table would). */
  readonly sort?: boolean;
  /** IDs whose rows the school deletes. */
  readonly deleteIds?: readonly string[];
}

export async function fillForm(
  bytes: Uint8Array,
  answers: Record<string, Answer>,
  opts: FillOptions = {},
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet(FORM_SHEET)!;
  const first = FORM_HEADER_ROW + 1;
  const rows: ExcelJS.CellValue[][] = [];
  for (let r = first; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const id = String(row.getCell(1).value ?? "");
    if (!id) continue;
    const values = [1, 2, 3, 4, 5, 6, 7, 8].map((c) => row.getCell(c).value);
    const a = answers[id];
    if (a) {
      values[4] = a.status ?? null;
      values[5] = a.doneDate ?? null;
      values[6] = a.evidence ?? null;
      values[7] = a.comment ?? null;
    }
    rows.push(values);
  }
  let kept = rows.filter((v) => !(opts.deleteIds ?? []).includes(String(v[0])));
  if (opts.sort)
    kept = [...kept].sort(
      (x, y) =>
        String(x[4] ?? "яяя").localeCompare(String(y[4] ?? "яяя"), "ru") || String(y[0]).localeCompare(String(x[0])),
    );
  for (let r = first; r < first + rows.length; r++) {
    const values = kept[r - first];
    const row = ws.getRow(r);
    for (let c = 1; c <= 8; c++) row.getCell(c).value = values ? values[c - 1] : null;
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
