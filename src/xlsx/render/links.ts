import { quoteSheet } from "../../core/workbook";
import type { RenderContext } from "./context";

const QUOTED = /^'((?:[^']|'')+)'!(.+)$/;
const BARE = /^([^'!]+)!(.+)$/;
const CELL = /^\$?([A-Z]{1,3})\$?(\d{1,7})(?::\$?[A-Z]{1,3}\$?\d{1,7})?$/;

function splitTarget(target: string): { sheet?: string; ref: string } {
  const quoted = QUOTED.exec(target);
  if (quoted) return { sheet: quoted[1].replace(/''/g, "'"), ref: quoted[2] };
  const bare = BARE.exec(target);
  if (bare) return { sheet: bare[1], ref: bare[2] };
  return { ref: target };
}

/**
 * The location a link may point at: a cell of a sheet of THIS workbook, as `'Sheet'!A1`
 * (the form ExcelJS recognises as internal). Anything else — an outside address, a file, an unknown
 * sheet — gives undefined and the cell is written as plain text.
 */
export function internalLinkTarget(link: string, ctx: RenderContext, ownSheet: string): string | undefined {
  const resolved = ctx.resolve(String(link).trim()).replace(/^#/, "");
  const { sheet = ownSheet, ref } = splitTarget(resolved);
  const cell = CELL.exec(ref.toUpperCase());
  if (!cell || !ctx.sheetNames.has(sheet)) return undefined;
  return `${quoteSheet(sheet)}!${cell[1]}${cell[2]}`;
}
