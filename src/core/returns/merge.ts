/**
 * A return never silently overwrites what the methodologist typed in the district workbook: per field, the newer
 * entry wins and the other is kept in a note, so nothing anyone typed is lost.
 */
export interface StampedValue {
  readonly value: string;
  /** ISO date(-time) the value was entered or saved; null when unknown. */
  readonly at: string | null;
  /** Who entered it, for the note: «школа (файл «…»)», «методист». */
  readonly by: string;
}

export interface MergedField {
  readonly value: string;
  readonly from: "district" | "school" | "same";
  /** The losing entry in words, when there was a different one. */
  readonly note: string | null;
}

/** Newer wins; when either time is unknown the methodologist's entry stands (she may have typed it after the answer came). */
export function mergeField(district: StampedValue | null, school: StampedValue | null): MergedField {
  const d = district?.value.trim() ?? "";
  const s = school?.value.trim() ?? "";
  if (!d && !s) return { value: "", from: "same", note: null };
  if (!d) return { value: s, from: "school", note: null };
  if (!s || d === s) return { value: d, from: d === s ? "same" : "district", note: null };
  const schoolNewer = !!school?.at && !!district?.at && school.at > district.at;
  const [win, lose, from] = schoolNewer
    ? [school!, district!, "school" as const]
    : [district!, school!, "district" as const];
  return {
    value: win.value.trim(),
    from,
    note: `Ранее: «${lose.value.trim()}» (${lose.by}${lose.at ? `, ${lose.at.slice(0, 10).split("-").reverse().join(".")}` : ""})`,
  };
}
