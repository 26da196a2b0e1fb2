export { DEFAULT_FONT_SIZE, MAX_ROW_HEIGHT, columnPoints, defaultRowHeight, lineHeight, linesIn, rowHeightFor, textRoom, textWidth, wrapText, type FontSpec } from "./measure";
export { A4, MIN_FIT_SCALE, PRINT_MARGINS, WIDE_SHEET_SCALE, printableArea, printedColumnPoints, type Orientation } from "./page";
export { layoutPlanForPrint, layoutSheetForPrint, measureSheet, pageBreaks, type PrintLayoutOptions, type SheetLayout } from "./layout";
export { STATUS_COLOURS, colourForLabel } from "./colours";
