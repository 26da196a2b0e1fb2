import { type Block, type Sink, cell, isBlankRow } from "./block";
import { resultFindings as F } from "./messages";
import { parseNumberRu } from "./numbers";
import { classifyEntity, normalizeSchoolName, splitSchoolCode } from "./school-key";
import type { ContingentRecord } from "./types";

/** Contingent and staff figures per school: numerators and denominators for target indicators. */
export function readContingentBlock(b: Block, sink: Sink): ContingentRecord[] {
  const metrics = Object.entries(b.det.metrics ?? {}) as [string, number][];
  const header = b.cells[b.det.headerRow];
  const out: ContingentRecord[] = [];
  const seen = new Map<string, number>();
  for (let r = b.start; r < b.end; r++) {
    const row = b.cells[r];
    const raw = cell(row, b.det.columns.school).trim();
    if (!raw || isBlankRow(row)) continue;
    const { code, name } = splitSchoolCode(raw);
    if (!code && classifyEntity(name) !== "school") continue;
    const rowNo = b.firstRow + r;
    const key = normalizeSchoolName(name) || (code ?? "");
    if (seen.has(key)) {
      sink.findings.push(F.duplicate({ sheet: b.sheet, row: rowNo }, name, seen.get(key) ?? 0));
      continue;
    }
    seen.set(key, rowNo);
    const values: Record<string, number | null> = {};
    for (const [metric, col] of metrics) {
      const v = parseNumberRu(cell(row, col));
      if (v !== null && Number.isNaN(v)) {
        sink.findings.push(F.invalidNumber({ sheet: b.sheet, row: rowNo }, cell(row, col), cell(header, col)));
        values[metric] = null;
      } else values[metric] = v;
    }
    out.push({ school: name, schoolCode: code, schoolKey: key, values, sourceRow: rowNo, source: b.sheet });
  }
  return out;
}
