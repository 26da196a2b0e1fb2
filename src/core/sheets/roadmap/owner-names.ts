import { MAX_SHEET_NAME, sanitizeSheetName, type SheetPlan } from "../../workbook";

const ORG_FORM = /^(?:[МГ][БКА]?ОУ|МОУ|МАОУ|МБОУ|МКОУ|ГБОУ|ГОУ|ЧОУ|ОО)\s+/u;

/** «МКОУ «Озёрная СОШ»» → «Озёрная СОШ»; «МБОУ «СОШ № 3»» → «СОШ № 3». */
export function shortSchoolName(name: string): string {
  return name.replace(ORG_FORM, "").replace(/[«»"“”„]/g, "").replace(/\s+/g, " ").trim();
}

/** «Энский муниципальный район» → «Энский район»; «Северный муниципальный округ» → «Северный округ». */
export function shortDistrictName(name: string): string {
  return name.replace(/\s+муниципальн[а-яё]*(?=\s)/giu, "").replace(/\s+/g, " ").trim();
}

/**
 * «Мероприятия — Озёрная СОШ», the owner cut at a word so the name stays within Excel's 31 characters and free of
 * its forbidden characters; `n` > 1 numbers a second roadmap of the same owner («… Озёрная СОШ 2»).
 */
export function sheetNameWithOwner(base: string, owner: string, n = 1): string {
  const clean = sanitizeSheetName(owner).replace(/'/g, "’");
  const suffix = n > 1 ? ` ${n}` : "";
  const room = MAX_SHEET_NAME - base.length - 3 - suffix.length;
  if (!clean || room < 3) return base;
  let cut = clean;
  if (cut.length > room) {
    const words = cut.slice(0, room + 1).split(" ");
    cut = words.length > 1 ? words.slice(0, -1).join(" ") : cut.slice(0, room);
  }
  return `${base} — ${cut.replace(/[\s.,;:№-]+$/u, "")}${suffix}`;
}

/** The how-many-th roadmap of its owner each one is: two roadmaps of one school get 1 and 2. */
export function ownerOrdinals(owners: readonly string[]): number[] {
  const seen = new Map<string, number>();
  return owners.map((o) => {
    const n = (seen.get(o.toLocaleLowerCase("ru")) ?? 0) + 1;
    seen.set(o.toLocaleLowerCase("ru"), n);
    return n;
  });
}

/** A roadmap's sheets renamed for their owner; the keys (what a second run recognises) stay as they are. */
export function withOwnerNames(sheets: readonly SheetPlan[], owner: string, n = 1): SheetPlan[] {
  return sheets.map((s) => ({ ...s, name: sheetNameWithOwner(s.name, owner, n) }));
}
