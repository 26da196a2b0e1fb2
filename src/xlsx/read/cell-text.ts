import type ExcelJS from "exceljs";

const pad = (n: number): string => String(n).padStart(2, "0");

/** Dates as a Russian official writes them: dd.mm.yyyy (with hh:mm only when there is a time of day). */
export function dateText(d: Date): string {
  if (Number.isNaN(d.getTime())) return "";
  const day = `${pad(d.getUTCDate())}.${pad(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}`;
  const minutes = d.getUTCHours() * 60 + d.getUTCMinutes();
  return minutes === 0 ? day : `${day} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** Plain text of a number, without binary noise (0.1+0.2 → "0.3"), as Excel's 15 significant digits. */
export function numberText(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  return String(Number(n.toPrecision(15)));
}

type Value = ExcelJS.CellValue | undefined;

function objectText(value: object): string {
  if (value instanceof Date) return dateText(value);
  if ("richText" in value) return (value as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join("");
  if ("hyperlink" in value) return cellText((value as ExcelJS.CellHyperlinkValue).text as Value);
  if ("formula" in value || "sharedFormula" in value) return cellText((value as ExcelJS.CellFormulaValue).result as Value);
  if ("error" in value) return String((value as ExcelJS.CellErrorValue).error);
  if ("text" in value) return String((value as { text: unknown }).text);
  return "";
}

/** A cell's text as the user sees it; a formula gives its cached result, never its source. */
export function cellText(value: Value): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return numberText(value);
  if (typeof value === "boolean") return value ? "ИСТИНА" : "ЛОЖЬ";
  if (typeof value === "object") return objectText(value);
  return String(value);
}
