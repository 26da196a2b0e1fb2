import { BlockBuilder, type SchoolAgg } from "./agg";
import { type Block, type Sink, cell, isBlankRow } from "./block";
import { normalizeHeader } from "./columns";
import { resultFindings as F } from "./messages";
import { parseNumberRu } from "./numbers";
import type { ResultTable } from "./types";

type Kind = "lowered" | "confirmed" | "raised" | "total";
const LABELS: readonly (readonly [Kind, RegExp])[] = [
  ["lowered", /^понизили/],
  ["confirmed", /^подтвердили/],
  ["raised", /^повысили/],
  ["total", /^(всего|итого)\*?$/],
];
const HEADER = /^(группы участников|оо|образовательная организация)$/;

function labelOf(text: string): Kind | null {
  const t = normalizeHeader(text);
  return LABELS.find(([, re]) => re.test(t))?.[0] ?? null;
}

/** Count and percent of a label row: the first two numbers after the label. */
function numbersAfter(row: readonly string[], from: number): (number | null)[] {
  const out: (number | null)[] = [];
  for (let i = from + 1; i < row.length && out.length < 2; i++) {
    const v = parseNumberRu(row[i]);
    if (v !== null && !Number.isNaN(v)) out.push(v);
  }
  return out;
}

interface Pending {
  agg: SchoolAgg;
  values: Partial<Record<Kind, { n: number | null; p: number | null }>>;
  row: number;
}

function settle(p: Pending, b: Block, sink: Sink): void {
  const total = p.values.total?.n ?? null;
  const get = (k: Kind) => {
    const v = p.values[k];
    if (!v) return 0;
    if (v.n !== null) return v.n;
    return v.p !== null && total !== null ? Math.round((v.p * total) / 100) : 0;
  };
  p.agg.lowered = get("lowered");
  p.agg.confirmed = get("confirmed");
  p.agg.raised = get("raised");
  p.agg.objectivityKnown = true;
  const sum = p.agg.lowered + p.agg.confirmed + p.agg.raised;
  if (total !== null && total !== sum) sink.findings.push(F.countSum({ sheet: b.sheet, row: p.row }, p.agg.school, sum, total, false));
}

interface WideColumn {
  readonly i: number;
  readonly kind: Kind;
  readonly percent: boolean;
}

/**
 * Columns of the wide variant. Today's export puts «%» and «Кол-во участников» under each label (a second
 * header row, or unlabelled cells right after the label): those columns belong to the label on their left.
 */
function wideColumns(b: Block): WideColumn[] {
  const last = b.cells[b.det.headerRow];
  const labelled = last.some((h) => labelOf(h) && labelOf(h) !== "total");
  const top = labelled ? last : (b.cells[b.det.headerRow - 1] ?? last);
  const sub = labelled ? null : last;
  const out: WideColumn[] = [];
  let current: Kind | null = null;
  for (let i = 0; i < Math.max(top.length, sub?.length ?? 0); i++) {
    const head = top[i] ?? "";
    const below = normalizeHeader(sub?.[i] ?? "");
    const own = labelOf(head);
    const h = normalizeHeader(head);
    if (own) current = own;
    else if (h !== "" && !/^(%|кол-?во участников|количество участников|чел\.?)$/.test(h)) current = null;
    if (i === b.det.columns.school || i === b.det.columns.participants) continue;
    if (!current) continue;
    const percent = below ? below === "%" : /%/.test(head) && !/^кол-?во/.test(h);
    out.push({ i, kind: current, percent });
  }
  return out;
}

/** The wide variant: «ОО | Понизили | Подтвердили | Повысили | Всего», counts and/or «%» columns. */
function readWide(b: Block, sink: Sink, builder: BlockBuilder): void {
  const cols = wideColumns(b);
  const group = builder.group(b.preamble);
  for (let r = b.start; r < b.end; r++) {
    const row = b.cells[r];
    const name = cell(row, b.det.columns.school).trim();
    if (!name || isBlankRow(row)) continue;
    const rowNo = b.firstRow + r;
    const { agg, fresh } = group.entity(name);
    if (!fresh) {
      sink.findings.push(F.duplicate({ sheet: b.sheet, row: rowNo }, name, agg.rows[0] ?? 0));
      continue;
    }
    agg.rows.push(rowNo);
    const pending: Pending = { agg, values: {}, row: rowNo };
    for (const c of cols) {
      const v = parseNumberRu(row[c.i]);
      if (v === null || Number.isNaN(v)) continue;
      const slot = (pending.values[c.kind as Kind] ??= { n: null, p: null });
      if (c.percent) slot.p = v;
      else slot.n = v;
    }
    if (!pending.values.total) {
      const n = cell(row, b.det.columns.participants);
      const total = parseNumberRu(n);
      if (total !== null && !Number.isNaN(total)) pending.values.total = { n: total, p: null };
    }
    settle(pending, b, sink);
  }
}

/** ФИС ОКО «Сравнение отметок с отметками по журналу»: a name row, then Понизили / Подтвердили / Повысили / Всего*. */
export function readObjectivityBlock(b: Block, sink: Sink): ResultTable[] {
  const builder = new BlockBuilder("fisoko-objectivity", b.sheet);
  if (b.det.columns.school !== undefined) {
    readWide(b, sink, builder);
    return builder.finish();
  }
  const group = builder.group(b.preamble);
  let current: Pending | null = null;
  const open = (name: string, row: number, kind?: "district") => {
    if (current) settle(current, b, sink);
    const { agg, fresh } = group.entity(name, kind);
    if (!fresh) sink.findings.push(F.duplicate({ sheet: b.sheet, row }, name, agg.rows[0] ?? 0));
    agg.rows.push(row);
    current = fresh ? { agg, values: {}, row } : null;
  };
  for (let r = b.start; r < b.end; r++) {
    const row = b.cells[r];
    if (isBlankRow(row)) continue;
    const first = row.findIndex((x) => x.trim() !== "");
    const label = labelOf(row[first]);
    const rowNo = b.firstRow + r;
    if (!label) {
      if (!HEADER.test(normalizeHeader(row[first]))) open(row[first].trim(), rowNo);
      continue;
    }
    if (!current) open("Итого по таблице", rowNo, "district");
    const [n, p] = numbersAfter(row, first);
    const pending = current as Pending | null;
    if (pending) pending.values[label] = p === undefined ? { n: null, p: n ?? null } : { n: n ?? null, p };
    if (pending) pending.row = rowNo;
  }
  if (current) settle(current, b, sink);
  return builder.finish();
}
