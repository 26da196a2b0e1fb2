/** The ExcelJS edge: render a WorkbookPlan to .xlsx bytes, read .xlsx input into cells. */
export { renderXlsx, buildWorkbook } from "./render";
export { readXlsx } from "./read";
