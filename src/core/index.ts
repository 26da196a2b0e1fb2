export * as workbook from "./workbook";
export * from "./findings";
