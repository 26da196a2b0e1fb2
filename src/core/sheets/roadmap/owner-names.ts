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
  const clean = owner.replace(/[[\]:*?/\\]/g, " ").replace(/'/g, "’").replace(/\s+/g, " ").trim();
  const suffix = n > 1 ? ` ${n}` : "";
  const room = MAX_SHEET_NAME - base.length - 3 - suffix.length;
  if (!clean || room < 3) return base;
  // «район» and «округ» are the first to shorten, as officials do: «Подпорожский р-н».
  let cut = clean.length > room ? clean.replace(/\sрайон$/u, " р-н").replace(/\sокруг$/u, " окр.") : clean;
  if (cut.length > room) {
    const words = cut.slice(0, room + 1).split(" ");
    cut = words.length > 1 ? words.slice(0, -1).join(" ") : cut.slice(0, room);
  }
  const owned = cut.replace(/[\s,;:№-]+$/u, "").replace(/(\s[а-яё]{1,2})\.$/u, "$1");
  return owned ? sanitizeSheetName(`${base} — ${owned}${suffix}`) : base;
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
  // A name that already says whose it is gets the new owner in place of the old one.
  return sheets.map((s) => ({ ...s, name: sheetNameWithOwner(s.name.split(" — ")[0], owner, n) }));
}

const DISTRICT_IN_TITLE = /([А-ЯЁ][а-яё-]+)(?:ого|ей)\s+(?:муниципальн[а-яё]+\s+)?(район|округ)а/u;

/**
 * The district a roadmap's title names, short and in the nominative: «… школ Энского муниципального района …» →
 * «Энский район» (adjective stems in к/г/х/ж/ш/щ/ч take «-ий», others «-ый»: Северного → Северный).
 */
export function districtOfTitle(title: string): string | null {
  const m = DISTRICT_IN_TITLE.exec(title);
  if (!m) return null;
  const stem = m[1];
  return `${stem}${/[кгхжшщч]$/u.test(stem) ? "ий" : "ый"} ${m[2]}`;
}
