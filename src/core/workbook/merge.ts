import type { WorkbookPlan } from "./plan";

/**
 * One workbook from several job plans (roadmap + results + report). A sheet key that appears twice
 * keeps its first occurrence: the same roadmap imported twice is one set of sheets.
 */
export function mergePlans(plans: readonly WorkbookPlan[], title?: string): WorkbookPlan {
  const seenSheets = new Set<string>();
  const seenNames = new Set<string>();
  const merged: WorkbookPlan = { title: title ?? plans.find((p) => p.title)?.title, sheets: [], names: [] };
  for (const plan of plans) {
    for (const sheet of plan.sheets) {
      if (seenSheets.has(sheet.key)) continue;
      seenSheets.add(sheet.key);
      merged.sheets.push(sheet);
    }
    for (const name of plan.names ?? []) {
      if (seenNames.has(name.name)) continue;
      seenNames.add(name.name);
      merged.names!.push(name);
    }
  }
  return merged;
}
