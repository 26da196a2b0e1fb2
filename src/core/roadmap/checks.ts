import { finding, type Finding } from "../findings";
import { findMixedScript } from "../table";
import { MESSAGES } from "./messages";
import { numberKey, numberParts, numberTokens } from "./numbers";
import type { Activity } from "./types";

function sectionOf(a: Activity): string {
  return a.id.slice(0, a.id.indexOf("."));
}

interface SectionState {
  readonly seen: Set<string>;
  /** Last number seen under each parent («2.8» for «2.8.3»): gaps are checked level by level. */
  readonly last: Map<string, { value: number; number: string }>;
}

function checkNumber(a: Activity, state: SectionState, out: Finding[]): void {
  const at = { activityId: a.id, row: a.sourceRows[0] };
  const key = numberKey(a.number);
  if (state.seen.has(key)) {
    out.push(finding("number.duplicate", "warning", MESSAGES.numberDuplicate(at.row, a.number, a.section), at));
    return;
  }
  state.seen.add(key);
  const tokens = numberTokens(a.number);
  // «2.2 2.3» (two activities in one row): checked from the first, continued from the last.
  const parts = numberParts(tokens.length > 1 ? tokens[0] : a.number);
  const lastParts = numberParts(tokens.length > 1 ? tokens[tokens.length - 1] : a.number);
  if (!parts || !lastParts) return;
  const parent = parts.slice(0, -1).join(".");
  const previous = state.last.get(parent);
  if (previous && parts[parts.length - 1] > previous.value + 1) {
    out.push(finding("number.gap", "warning", MESSAGES.numberGap(at.row, previous.number, a.number), { ...at, data: { previous: previous.number } }));
  }
  state.last.set(lastParts.slice(0, -1).join("."), { value: lastParts[lastParts.length - 1], number: a.number });
}

/** number.missing, number.duplicate and number.gap, section by section (numbering may restart in each). */
export function numberingFindings(activities: readonly Activity[], numbered: boolean): Finding[] {
  const out: Finding[] = [];
  let section = "";
  let state: SectionState = { seen: new Set(), last: new Map() };
  for (const a of activities) {
    if (sectionOf(a) !== section) {
      section = sectionOf(a);
      state = { seen: new Set(), last: new Map() };
    }
    if (a.number !== "") checkNumber(a, state, out);
    else if (numbered) {
      out.push(finding("number.missing", "warning", MESSAGES.numberMissing(a.sourceRows[0], a.text), { activityId: a.id, row: a.sourceRows[0] }));
    }
  }
  return out;
}

/** result.missing: the table has a result or indicator column, and this activity fills neither. */
export function resultFindings(activities: readonly Activity[]): Finding[] {
  return activities
    .filter((a) => a.result === "" && a.indicator === "")
    .map((a) => finding("result.missing", "warning", MESSAGES.resultMissing(a.sourceRows[0], a.number), { activityId: a.id, row: a.sourceRows[0] }));
}

/** text.mixed-script: Latin look-alikes inside Cyrillic words, in any field; reported, not fixed. */
export function mixedScriptFindings(activities: readonly Activity[]): Finding[] {
  const out: Finding[] = [];
  for (const a of activities) {
    const fields = [a.text, a.responsibleRaw, a.result, a.indicator, a.reportForm, a.deadline.raw];
    const words = new Set<string>();
    for (const f of fields) for (const w of findMixedScript(f)) words.add(w.word);
    if (words.size === 0) continue;
    const list = [...words];
    out.push(
      finding("text.mixed-script", "warning", MESSAGES.mixedScript(a.sourceRows[0], a.number, list), {
        activityId: a.id,
        row: a.sourceRows[0],
        data: { words: list.join(", ") },
      }),
    );
  }
  return out;
}
