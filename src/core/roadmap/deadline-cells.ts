import { oneLine } from "../table";
import type { ColumnLayout } from "./columns";
import { cellQuery } from "./periods";
import type { DeadlineCell } from "./types";

export interface ComposedDeadline {
  /** What the cells say, as one text: «01.02.2024 – 31.05.2024», «I кв. 2024: х; III кв. 2024: х». */
  readonly raw: string;
  /** Set when the deadline is written over several columns. */
  readonly cells?: { readonly cells: readonly DeadlineCell[]; readonly query: string };
}

/**
 * The deadline of a row from its deadline column, or from several: start and end columns give one range
 * («январь 2024» + «май 2024» → «январь 2024 – май 2024»); each marked period column of a plan-graph and each
 * of repeated date columns is one occurrence. The raw text keeps every non-empty cell as written.
 */
export function composeDeadline(cells: readonly string[], layout: ColumnLayout): ComposedDeadline {
  const parts = layout.deadlineParts;
  if (parts.length === 0) {
    const c = layout.byRole.deadline;
    return { raw: c === undefined ? "" : oneLine(cells[c] ?? "") };
  }
  const written: DeadlineCell[] = parts.map((p) => ({
    column: p.column,
    header: layout.columns[p.column]?.header ?? "",
    part: p.part,
    text: oneLine(cells[p.column] ?? ""),
  }));
  const filled = written.filter((w) => w.text !== "");
  const part = parts[0].part;
  let raw: string;
  let query: string;
  if (part === "start" || part === "end") {
    const start = written.find((w) => w.part === "start")?.text ?? "";
    const end = written.find((w) => w.part === "end")?.text ?? "";
    raw = start && end && start !== end ? `${start} – ${end}` : start || end;
    query = start && end ? raw : start ? `с ${start}` : end ? `до ${end}` : "";
  } else if (part === "occurrence") {
    raw = filled.map((w) => w.text).join("; ");
    query = raw;
  } else {
    raw = parts
      .map((p, i) => (written[i].text === "" ? "" : `${p.label}: ${written[i].text}`))
      .filter(Boolean)
      .join("; ");
    query = parts
      .map((p, i) => cellQuery(written[i].text, p.query ?? p.label, p.year))
      .filter((q): q is string => q !== null)
      .join("; ");
  }
  return { raw, cells: { cells: written, query } };
}
