import type { Finding } from "../findings";
import { resultFindings as F } from "./messages";
import type { ResultTable, SchoolCounts } from "./types";

const sheetOf = (t: ResultTable) => t.source ?? "таблица";

/** A district row stated in the table against the sum of its schools (participants and each mark). */
export function checkDistrict(t: ResultTable): Finding[] {
  const d = t.statedDistrict;
  if (!d || t.schools.length === 0) return [];
  const where = { sheet: sheetOf(t), row: d.sourceRows[0] ?? 0 };
  const out: Finding[] = [];
  const sum = (f: (s: SchoolCounts) => number) => t.schools.reduce((a, s) => a + f(s), 0);
  const stated = d.statedParticipants ?? d.participants;
  const computed = sum((s) => s.statedParticipants ?? s.participants);
  if (stated !== computed) out.push(F.districtMismatch(where, d.school, "участников", stated, computed));
  if (d.marks && t.schools.every((s) => s.marks)) {
    for (const m of ["2", "3", "4", "5"] as const) {
      const c = sum((s) => s.marks?.[m] ?? 0);
      // Counts restored from percentages may differ by rounding: one per school is not a disagreement.
      const slack = t.layout === "fisoko-marks" ? t.schools.length : 0;
      if (Math.abs(d.marks[m] - c) > slack) out.push(F.districtMismatch(where, d.school, `отметок «${m}»`, d.marks[m], c));
    }
  }
  if (d.objectivity && t.schools.every((s) => s.objectivity)) {
    const c = sum((s) => s.objectivity?.lowered ?? 0);
    if (c !== d.objectivity.lowered) out.push(F.districtMismatch(where, d.school, "понизивших отметку", d.objectivity.lowered, c));
  }
  return out;
}

/** The school's own «Успеваемость, %» / «Качество, %» against the rates from its counts. */
export function checkStatedRates(t: ResultTable, tolerance: number): Finding[] {
  const out: Finding[] = [];
  for (const s of [...t.schools, ...t.references]) {
    if (!s.marks || s.participants === 0) continue;
    const n = s.participants;
    const success = (s.marks["3"] + s.marks["4"] + s.marks["5"]) / n;
    const quality = (s.marks["4"] + s.marks["5"]) / n;
    const where = { sheet: sheetOf(t), row: s.sourceRows[0] ?? 0 };
    if (s.statedSuccessRate != null && Math.abs(s.statedSuccessRate - success) > tolerance) {
      out.push(F.statedRate(where, s.school, "успеваемость", s.statedSuccessRate, success));
    }
    if (s.statedQualityRate != null && Math.abs(s.statedQualityRate - quality) > tolerance) {
      out.push(F.statedRate(where, s.school, "качество", s.statedQualityRate, quality));
    }
  }
  return out;
}
